"""The window's search finds a partner by its name in the office's language (ソウル → Seoul)."""

from __future__ import annotations

from desktop.models.partner_model import PartnerTableModel
from tests.gui.test_main_window import search, view_column


def test_search_by_the_office_language_name_finds_the_partner_and_its_agreements(qtbot, window):
    search(qtbot, window, "ソウル")
    assert view_column(window.partner_view, PartnerTableModel.NAME)[1:] == ["Seoul"]
    assert window.agreement_view.model().rowCount() == 2
    search(qtbot, window, "パリ市")
    assert view_column(window.partner_view, PartnerTableModel.NAME)[1:] == ["Paris"]
