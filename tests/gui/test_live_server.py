"""Two windows on one server library: what "the other user" commits shows up at once,
and a lost connection is shown, refused with one sentence, and recovered from.

Two library folders share one PostgreSQL database (tests/server_db.py); "the other
user" changes records through the db use cases on a Library of their own. A lost
network is a :class:`~tests.tcp_proxy.TcpRelay` between one window and the server, cut.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from db.agreements import add_agreement, list_agreements
from db.documents import attach_document
from db.opening import open_library
from db.partners import add_partner, find_partner, list_partners
from db.schemas import AgreementCreate, PartnerCreate
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.conflict_dialog import FormSaving
from desktop.dialogs.partner_dialog import PartnerDialog
from tests import server_db
from tests.tcp_proxy import TcpRelay

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library
    from desktop.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)
LIVE_MS = 2000  # what "at once" means here: the longest wait for another user's change


@pytest.fixture
def url() -> Iterator[str]:
    with server_db.database() as address:
        yield address


@pytest.fixture
def relay(url: str) -> Iterator[TcpRelay]:
    with TcpRelay("127.0.0.1", sa.engine.make_url(url).port) as proxy:
        yield proxy


def open_window(qtbot, library: Library) -> MainWindow:  # noqa: ANN001 - pytest-qt's bot
    from desktop.window.main_window import MainWindow

    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.change_monitor.server.backend_pid != 0, timeout=10_000)
    return window


@pytest.fixture
def libraries(url: str, tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    """Mine (the windows') and the other user's: two folders, one database."""
    mine = open_library(tmp_path / "mine", database_url=url)
    theirs = open_library(tmp_path / "theirs", database_url=url)
    yield mine, theirs
    mine.close()
    theirs.close()


def document_names(window: MainWindow) -> list[str]:
    model = window.document_view.document_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def connection_label(window: MainWindow) -> QLabel | None:
    label = window.status_bar.findChild(QLabel, "connectionLabel")
    return label if label is not None and label.isVisibleTo(window) else None


def test_what_another_user_adds_appears_in_both_windows_within_two_seconds(
    qtbot, libraries: tuple[Library, Library], samples: Path
) -> None:
    mine, theirs = libraries
    first, second = open_window(qtbot, mine), open_window(qtbot, theirs)
    paris = find_partner(mine, "Paris")
    kept = list_agreements(mine, partner_id=paris.id)[0]
    assert first.select_partner(paris.id)
    assert first.select_agreement(kept.id)

    lyon = add_partner(theirs, PartnerCreate(name="Lyon Tourisme", country="FR"))
    for window in (first, second):
        qtbot.waitUntil(
            lambda w=window: w.browser.partner_model.row_of(lyon.id) >= 0, timeout=LIVE_MS
        )
    assert (first.current_partner().id, first.current_agreement().id) == (paris.id, kept.id)

    added = add_agreement(
        theirs,
        AgreementCreate(partner_id=paris.id, title="Games letter", date_signed=dt.date(2026, 1, 9)),
    )
    qtbot.waitUntil(lambda: first.browser.agreement_model.row_of(added.id) >= 0, timeout=LIVE_MS)
    assert first.current_agreement().id == kept.id
    assert first.current_partner().agreement_count == paris.agreement_count + 1

    attach_document(theirs, kept.id, samples / "minimal-document.pdf")
    qtbot.waitUntil(
        lambda: "minimal-document.pdf" in " ".join(map(str, document_names(first))),
        timeout=LIVE_MS,
    )
    assert first.current_agreement().id == kept.id


def test_a_lost_connection_shows_and_clears_and_what_was_missed_is_applied(
    qtbot, libraries: tuple[Library, Library]
) -> None:
    mine, theirs = libraries
    window = open_window(qtbot, mine)
    server = window.change_monitor.server
    pid = server.backend_pid
    with theirs.engine.connect() as conn:
        conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    qtbot.waitUntil(lambda: connection_label(window) is not None, timeout=LIVE_MS)
    label = connection_label(window)
    assert label.text() == "Server connection lost — reconnecting…"
    assert "terminat" in label.toolTip() or "closed" in label.toolTip()
    assert not window.change_monitor.connected
    assert window.browser.partner_model.partner_count() == len(list_partners(mine))  # still shown
    if os.environ.get("ACCORD_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["ACCORD_SCREENSHOTS"], "connection-lost.png"))

    nice = add_partner(theirs, PartnerCreate(name="Nice Côte d'Azur", country="FR"))
    qtbot.waitUntil(lambda: connection_label(window) is None, timeout=10_000)
    assert window.change_monitor.connected
    qtbot.waitUntil(lambda: window.browser.partner_model.row_of(nice.id) >= 0, timeout=LIVE_MS)
    assert server.backend_pid not in (0, pid)


def test_a_save_while_the_server_is_unreachable_is_refused_and_the_form_keeps_the_text(
    qtbot, url: str, relay: TcpRelay, tmp_path: Path
) -> None:
    mine = open_library(tmp_path / "mine", database_url=relay.url(url))
    try:
        window = open_window(qtbot, mine)
        partners = list_partners(mine)
        relay.cut()
        qtbot.waitUntil(lambda: connection_label(window) is not None, timeout=LIVE_MS)
        # What is shown stays; another agreement chosen says why its detail is not shown.
        rows = window.agreement_view.model().rowCount()
        window.agreement_view.setCurrentIndex(window.agreement_view.model().index(3, 0))
        assert window.agreement_view.model().rowCount() == rows
        assert window.detail.agreement is None
        assert window.browser.unreadable is not None

        partner_form = PartnerDialog(
            window,
            countries=["FR"],
            saving=FormSaving(mine, kind="partner", save=lambda v, _e: add_partner_to(mine, v)),
        )
        qtbot.addWidget(partner_form)
        partner_form.name_edit.setText("Marseille Provence")
        partner_form.country_combo.setCurrentText("FR")
        partner_form.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        refusal = partner_form.error_label.text()
        assert refusal.startswith("The library's server cannot be reached (")
        assert "nothing was changed" in refusal
        assert partner_form.name_edit.text() == "Marseille Provence"
        assert partner_form.result() == 0  # still open

        agreement_form = AgreementDialog(
            window,
            library=mine,
            partners=partners,
            partner_id=partners[0].id,
            saving=FormSaving(mine, kind="agreement", save=lambda *_a, **_k: None),
        )
        qtbot.addWidget(agreement_form)
        agreement_form.title_edit.setPlainText("Letter of intent")
        agreement_form.signed_field.setDate(dt.date(2026, 3, 1))
        agreement_form.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        assert agreement_form.error_label.text().startswith(
            "The library's server cannot be reached ("
        )
        assert agreement_form.title_edit.toPlainText() == "Letter of intent"

        relay.restore()
        qtbot.waitUntil(lambda: connection_label(window) is None, timeout=15_000)
        qtbot.waitUntil(lambda: window.detail.agreement is not None, timeout=LIVE_MS)
        assert window.browser.unreadable is None
        partner_form.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        assert partner_form.result() == 1
        assert find_partner(mine, "Marseille Provence") is not None
        window.close()
    finally:
        mine.close()


def add_partner_to(library: Library, value: PartnerCreate):  # noqa: ANN201
    return add_partner(library, value)
