"""The History tab of the detail panel (``historyView``) on the real window and library."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from db.agreements import list_agreements, update_agreement
from db.documents import attach_document
from db.history.read import HistoryEntry
from db.partners import update_partner
from db.schemas import AgreementUpdate, PartnerUpdate
from db.storage.history_recorder import current_user
from desktop.models.history_model import HistoryTableModel
from desktop.support.item_roles import ItemRole
from desktop.window.history_view import HistoryPanel, HistoryView

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library
    from desktop.window.main_window import MainWindow


def history_view(window: MainWindow) -> HistoryView:
    view = window.findChild(HistoryView, "historyView")
    assert view is not None
    return view


def show_history(window: MainWindow) -> HistoryPanel:
    window.detail.tabs.setCurrentWidget(window.detail.history)
    assert history_view(window).isVisible()
    return window.detail.history


def column(view: HistoryView, number: int) -> list[str]:
    model = view.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_history_model_passes_the_model_tester_and_lists_newest_first(qtmodeltester) -> None:
    at = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)
    model = HistoryTableModel()
    model.set_entries(
        [
            HistoryEntry(at, "alice", "created", "title", None, "MoU"),
            HistoryEntry(at, "bob", "changed", "title", "MoU", "MoU on parks"),
            HistoryEntry(at, "bob", "trashed", None, None, None),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, HistoryTableModel.WHAT).data() for r in range(3)] == [
        "moved to the trash",
        "changed Title: “MoU” → “MoU on parks”",
        "created Title: “MoU”",
    ]
    assert model.index(0, HistoryTableModel.WHEN).data(Qt.ItemDataRole.ToolTipRole) == (
        "2026-05-01 08:00:00 UTC"
    )


def test_a_change_made_through_the_records_core_shows_who_and_which_field(
    library: Library, samples: Path, window: MainWindow
) -> None:
    agreement = window.current_agreement()
    panel = show_history(window)
    view = history_view(window)
    assert view.model().rowCount() == 0  # a built-in record never changed
    assert panel.empty_label.text() == "No changes are recorded for this agreement yet."

    update_agreement(library, agreement.id, AgreementUpdate(title="Joint Communiqué, revised"))
    attach_document(library, agreement.id, samples / "jo.pdf")
    window.refresh()

    assert column(view, HistoryTableModel.WHAT) == [
        "document added jo.pdf",
        f"changed Title: “{agreement.title}” → “Joint Communiqué, revised”",
    ]
    assert set(column(view, HistoryTableModel.WHO)) == {current_user()}
    newest = view.model().index(0, 0).data(ItemRole.RECORD)
    assert newest.at.astimezone().strftime("%Y-%m-%d %H:%M") == column(view, 0)[0]
    assert not panel.empty_label.isVisible()


def test_the_history_follows_the_selected_agreement(library: Library, window: MainWindow) -> None:
    first, second = list_agreements(library)[:2]
    update_agreement(library, second.id, AgreementUpdate(notes="Renewed in 2026."))
    show_history(window)
    view = history_view(window)
    window.select_agreement(first.id)
    assert view.model().rowCount() == 0
    window.select_agreement(second.id)
    assert column(view, HistoryTableModel.WHAT) == ["changed Notes: “” → “Renewed in 2026.”"]


def test_the_history_is_read_only_while_the_tab_is_shown(
    library: Library, window: MainWindow
) -> None:
    agreement = window.current_agreement()
    update_agreement(library, agreement.id, AgreementUpdate(notes="Seen later."))
    window.refresh()
    view = history_view(window)
    assert not view.isVisible()
    assert view.model().rowCount() == 0  # not read while the Documents tab is open
    show_history(window)
    assert column(view, HistoryTableModel.WHAT) == ["changed Notes: “” → “Seen later.”"]


def test_the_partners_history_can_be_chosen(library: Library, window: MainWindow) -> None:
    agreement = window.current_agreement()
    update_partner(library, agreement.partner_id, PartnerUpdate(notes="Friendship city."))
    window.refresh()
    panel = show_history(window)
    assert panel.subject.itemText(HistoryPanel.PARTNER) == (
        f"Its partner, {agreement.partner_name}"
    )
    panel.subject.setCurrentIndex(HistoryPanel.PARTNER)
    assert panel.record() == ("partner", agreement.partner_id)
    assert column(history_view(window), HistoryTableModel.WHAT) == [
        "changed Notes: “” → “Friendship city.”"
    ]
