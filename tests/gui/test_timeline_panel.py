"""The Timeline dock in the main window: lazy, following the selection, selecting; Japanese.

The real window on a real library (the built-in records and Seoul's agreements of
:mod:`tests.gui.timeline_library`); only the file dialog, an OS edge, is patched.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from db.agreements import add_agreement
from db.enums import AgreementType
from db.i18n.ui_language import LanguageChoice
from db.schemas import AgreementCreate
from desktop.drawing.layout import MarkKind
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.language import install_translators
from desktop.window.timeline.panel import TimelinePanel
from tests.gui.test_language_dialogs import assert_language, visible_texts
from tests.gui.timeline_library import TODAY, add_lives

if TYPE_CHECKING:
    from collections.abc import Iterator

    from desktop.window.main_window import MainWindow
    from tests.gui.timeline_library import Added

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def added(library) -> Added:  # noqa: ANN001
    return add_lives(library)


def open_timeline(qtbot, window: MainWindow) -> TimelinePanel:  # noqa: ANN001
    action = window.findChild(type(window.window_actions.refresh), "actionTimeline")
    assert action in window.window_actions.view_menu.actions()
    assert not window.timeline_dock.isVisible()
    assert window.timeline_dock.panel is None  # nothing made before it is first shown
    action.trigger()
    qtbot.waitUntil(lambda: window.timeline_dock.panel is not None)
    panel = window.timeline_dock.make_panel()  # the one made when shown
    # Laid out in the dock, in the room the records leave: the window keeps its size.
    qtbot.waitUntil(lambda: panel.view.viewport().width() > 1000)
    assert panel.view.viewport().height() > 40
    assert window.height() == 800
    panel.today = lambda: TODAY
    panel.reload()
    shown(qtbot, panel)
    return panel


def shown(qtbot, panel: TimelinePanel) -> None:  # noqa: ANN001
    """Wait until the panel shows what it reads off the GUI thread."""
    qtbot.waitUntil(lambda: not panel.loading and panel.lives is not None)


def click_marker(qtbot, panel: TimelinePanel, kind: MarkKind, agreement_id: int) -> None:  # noqa: ANN001
    view = panel.view
    marker = next(m for m in view.layout_.markers
                  if m.kind is kind and m.agreement_id == agreement_id)  # fmt: skip
    view.ensure_visible(QPointF(marker.x, marker.y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.marker_point(marker))


def test_the_dock_follows_the_partner_and_a_click_selects_the_agreement(qtbot, window, added):
    panel = open_timeline(qtbot, window)
    assert window.timeline_dock.widget() is panel
    window.select_partner(added.seoul)
    shown(qtbot, panel)
    assert {lane.agreement_id for lane in panel.view.layout_.lanes} >= {
        added.renewed,
        added.successor,
        added.expired,
        added.terminated,
    }
    assert len(panel.view.layout_.lanes) == 6
    click_marker(qtbot, panel, MarkKind.TERMINATED, added.terminated)
    assert window.current_agreement().id == added.terminated
    assert panel.view.selected == added.terminated
    window.select_agreement(added.expired)
    assert panel.view.selected == added.expired  # the window's selection is outlined


def test_all_partners_a_click_moves_the_window_to_that_partner(qtbot, window, added):
    panel = open_timeline(qtbot, window)
    window.select_partner(added.seoul)
    panel.set_all_partners(True)
    shown(qtbot, panel)
    assert panel.shown_partner_id is None
    assert len(panel.view.layout_.lanes) == 20
    paris = next(p.id for p in panel.lives.partners.values() if p.name == "Paris")
    first_paris = next(a.id for a in panel.lives.agreements if a.partner_id == paris)
    click_marker(qtbot, panel, MarkKind.SIGNED, first_paris)
    assert window.current_partner().id == paris
    assert window.current_agreement().id == first_paris
    assert panel.scope.currentIndex() == TimelinePanel.ALL  # it stays on every partner


def test_a_change_to_the_records_is_shown(qtbot, window, library, added):
    panel = open_timeline(qtbot, window)
    window.select_partner(added.seoul)
    shown(qtbot, panel)
    before = len(panel.view.layout_.lanes)
    new = add_agreement(library, AgreementCreate(
        partner_id=added.seoul, title="Memorandum on Water", date_signed=dt.date(2025, 5, 1),
        type=AgreementType.MEMORANDUM_OF_UNDERSTANDING))  # fmt: skip
    window.notifier.notify(RecordChange(agreements=True, agreement_id=new.id))
    shown(qtbot, panel)
    assert len(panel.view.layout_.lanes) == before + 1
    assert panel.chart.counts.counts[(2025, AgreementType.MEMORANDUM_OF_UNDERSTANDING)] == 1


def test_export_chart_as_png(qtbot, library, added, tmp_path, monkeypatch):
    panel = TimelinePanel(library, RecordsNotifier(), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(800, 360)
    panel.show()
    qtbot.waitExposed(panel)
    panel.tabs.setCurrentIndex(1)
    assert panel.pages.currentWidget() is panel.chart
    assert panel.export_button.isVisible()
    assert not panel.zoom.isVisible()
    asked = []

    def save_as(parent, title, suggested, filters):  # noqa: ANN001, ANN202
        asked.append((title, Path(suggested).name, filters))
        return str(tmp_path / "per-year"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    panel.export_button.click()
    assert asked == [("Export Chart as PNG", "agreements-per-year.png", "PNG images (*.png)")]
    image = QImage(str(tmp_path / "per-year.png"))  # the extension added
    size = panel.chart.size()
    assert (image.width(), image.height()) == (2 * size.width(), 2 * size.height())


def test_the_window_does_not_load_the_timeline_until_it_is_shown(library):
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from db.opening import open_library; from desktop.window.main_window import MainWindow;"
        f"w = MainWindow(open_library({str(library.root)!r}), restore_settings=False); w.show();"
        "app.processEvents(); print('desktop.window.timeline' in sys.modules);"
        "w.timeline_dock.toggleViewAction().trigger(); app.processEvents();"
        "print('desktop.window.timeline.panel' in sys.modules, w.timeline_dock.panel is not None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.stdout.split() == ["False", "True", "True"], result.stderr


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # noqa: ANN001
    install_translators(qapp, LanguageChoice("ja", "option"))
    yield
    install_translators(qapp, LanguageChoice("en", "option"))


def test_the_panel_reads_in_japanese(qtbot, library, added, japanese):
    panel = TimelinePanel(library, RecordsNotifier(), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_partner(added.seoul)
    panel.set_all_partners(True)
    shown(qtbot, panel)
    tabs = panel.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["年表", "年別"]
    assert_language(visible_texts(panel, skip={"−", "+"}), "ja")
    labels = {lane.partner_id: lane.label for lane in panel.view.layout_.lanes}
    assert labels[added.seoul] == "ソウル特別市"
    assert [item.text for item in panel.legend._items][:3] == ["締結", "発効", "更新"]
    terminated = next(m for m in panel.view.layout_.markers if m.kind is MarkKind.TERMINATED)
    from desktop.drawing.texts import marker_tip

    assert marker_tip(terminated).startswith("終了：2021年9月30日")
