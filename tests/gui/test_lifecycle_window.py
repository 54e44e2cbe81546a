"""The life of agreements in the window: automatic renewals at start-up, status shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db.agreements import get_agreement
from db.lifecycle.lives import agreement_status
from desktop.support.labels import enum_label
from desktop.window.main_window import MainWindow
from tests.life_library import EXPECTED, TODAY, make_life_library


def test_renewals_at_start_up_and_every_status_in_the_detail_panel(qtbot, tmp_path) -> None:
    library, ids = make_life_library(tmp_path / "lib")
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.renewer.finished, timeout=10_000) as done:
        window.renewer.start()
    assert done.args == [[ids["auto"]]]
    renewed = get_agreement(library, ids["auto"])
    assert renewed.expires_on >= dt.date.today()
    assert all(e.automatic for e in renewed.events)
    for key, agreement_id in ids.items():
        expected = EXPECTED[key]
        # Statuses as of the fixed day; the panel shows today's, which the same rule gives.
        assert agreement_status(library, agreement_id, TODAY) is expected, key
        window.browser.select_agreement(agreement_id)
        qtbot.waitUntil(lambda a=agreement_id: window.detail.agreement is not None
                        and window.detail.agreement.id == a)  # fmt: skip
        shown = agreement_status(library, agreement_id, dt.date.today())
        assert window.detail.status_label.text() == enum_label(shown), key


def test_the_table_shows_each_status_when_its_column_is_painted(qtbot, tmp_path) -> None:
    from desktop.models.agreement_model import AgreementTableModel

    library, ids = make_life_library(tmp_path / "lib")
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    model = window.browser.agreement_model
    model.settle()
    today = dt.date.today()
    column = AgreementTableModel.STATUS
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Status"
    for agreement_id in ids.values():
        row = model.row_of(agreement_id)
        expected = enum_label(agreement_status(library, agreement_id, today))
        assert model.index(row, column).data() == expected
    assert model.index(model.row_of(ids["terminated"]), column).data() == "Terminated"
