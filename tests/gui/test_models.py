"""The item models and proxies of the main window: qtmodeltester, then their data.

The agreement model runs its queries on the test's real library; search
and sort in SQL are covered in tests/test_agreement_query.py, the lazy
pages and off-thread loads in tests/gui/test_lazy_views.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from db.agreement_query import AgreementQuery, AgreementRow
from db.agreements import list_agreements
from db.documents import attach_document
from db.partner_rows import partner_rows
from db.search.terms import matches, search_terms
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.document_model import DocumentTableModel, format_size, language_name
from desktop.models.partner_model import PartnerTableModel
from desktop.models.partner_proxy import PartnerFilterProxy
from desktop.support.item_roles import ItemRole

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def partner_model(library) -> PartnerTableModel:
    model = PartnerTableModel()
    model.set_rows(partner_rows(library))
    return model


@pytest.fixture
def agreement_model(library) -> AgreementTableModel:
    model = AgreementTableModel(library)
    model.set_query(AgreementQuery())
    yield model
    model.wait_for_workers()


@pytest.fixture
def partner_proxy(partner_model) -> PartnerFilterProxy:
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(partner_model)
    return proxy


def column(model, col: int, role: int = DISPLAY) -> list:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def partner_id(model: PartnerTableModel, name: str) -> int:
    return next(p.id for p in model.partners() if p.name == name)


def search(model: AgreementTableModel, text: str, **query) -> None:
    model.set_query(AgreementQuery(terms=search_terms(text), **query))


# -- qtmodeltester on every model and proxy --------------------------------


def test_partner_model_passes_the_model_tester(qtmodeltester, partner_model):
    qtmodeltester.check(partner_model, force_py=True)


def test_agreement_model_passes_the_model_tester(qtmodeltester, agreement_model):
    qtmodeltester.check(agreement_model, force_py=True)


def test_agreement_model_passes_the_model_tester_searched_and_sorted(
    qtbot, qtmodeltester, agreement_model
):
    qtmodeltester.check(agreement_model, force_py=True)
    search(agreement_model, "communique")
    with qtbot.waitSignal(agreement_model.loaded):
        agreement_model.sort(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    assert agreement_model.rowCount() == 5


def test_document_model_passes_the_model_tester(qtmodeltester, library, samples):
    agreement = list_agreements(library)[0]
    attach_document(library, agreement.id, samples / "jo.pdf", language="ja")
    attach_document(library, agreement.id, samples / "habibi.pdf", language="ar")
    model = DocumentTableModel()
    model.set_rows(list_agreements(library)[0].documents)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_empty_document_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(DocumentTableModel(), force_py=True)


def test_partner_proxy_passes_the_model_tester_sorted_and_filtered(qtmodeltester, partner_proxy):
    partner_proxy.sort(PartnerTableModel.AGREEMENTS, Qt.SortOrder.DescendingOrder)
    partner_proxy.set_search("seoul", partner_ids={1})
    qtmodeltester.check(partner_proxy, force_py=True)


# -- partner model ----------------------------------------------------------


def test_partner_model_pins_all_agreements_first_with_the_total(partner_model):
    assert partner_model.rowCount() == 21
    assert partner_model.columnCount() == 5
    first = partner_model.index(0, PartnerTableModel.NAME)
    assert first.data() == "All agreements (21)"
    assert first.data(ItemRole.PINNED) is True
    assert first.data(ItemRole.RECORD) is None
    assert partner_model.index(0, PartnerTableModel.AGREEMENTS).data() == "21"
    headers = [partner_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Name", "Local name", "Country", "Relationship", "Agreements"]


def test_partner_model_shows_local_names_in_their_scripts(partner_model):
    local = dict(
        zip(
            column(partner_model, PartnerTableModel.NAME),
            column(partner_model, PartnerTableModel.LOCAL_NAME),
            strict=True,
        )
    )
    assert local["Seoul"] == "서울특별시"
    assert local["Bangkok"] == "กรุงเทพมหานคร"
    assert local["Abu Dhabi"] == "أبوظبي"
    assert local["Moscow"] == "Москва"
    assert local["Beijing"] == "北京市"


def test_partner_model_sort_role_gives_counts_as_ints(partner_model):
    row = partner_model.row_of(partner_id(partner_model, "Paris"))
    index = partner_model.index(row, PartnerTableModel.AGREEMENTS)
    assert index.data() == "3"
    assert index.data(ItemRole.SORT) == 3
    assert partner_model.index(row, PartnerTableModel.RELATIONSHIP).data() == "Sister/friendship"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("col", range(5))
def test_all_agreements_row_stays_first_under_any_sort(partner_proxy, col, order):
    partner_proxy.sort(col, order)
    assert partner_proxy.index(0, 0).data(ItemRole.PINNED) is True
    assert partner_proxy.rowCount() == 21


def test_partner_proxy_sorts_counts_as_numbers(partner_proxy):
    partner_proxy.sort(PartnerTableModel.AGREEMENTS, Qt.SortOrder.DescendingOrder)
    counts = column(partner_proxy, PartnerTableModel.AGREEMENTS, ItemRole.SORT)[1:]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == 3


def test_partner_proxy_narrows_to_matching_partners_and_partners_with_matches(partner_proxy):
    partner_proxy.sort(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
    partner_proxy.set_search("sao paulo")
    assert column(partner_proxy, 0)[1:] == ["São Paulo (state)"]
    assert partner_proxy.partner_count() == 1
    partner_proxy.set_search("서울")
    assert column(partner_proxy, 0)[1:] == ["Seoul"]
    paris = partner_id(partner_proxy.sourceModel(), "Paris")
    partner_proxy.set_search("no such words", partner_ids={paris})
    assert column(partner_proxy, 0) == ["All agreements (21)", "Paris"]
    partner_proxy.set_search("")
    assert partner_proxy.partner_count() == 20


# -- agreement model ----------------------------------------------------------------


def test_agreement_model_data_and_roles(library, agreement_model):
    assert agreement_model.rowCount() == 21
    headers = [agreement_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Title", "Partner", "Type", "Date signed", "Docs"]
    row = column(agreement_model, AgreementTableModel.TITLE).index(
        "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris"
    )
    assert agreement_model.index(row, AgreementTableModel.TYPE).data() == "Joint communiqué"
    assert agreement_model.index(row, AgreementTableModel.DATE_SIGNED).data() == "2017-10-23"
    assert agreement_model.index(row, AgreementTableModel.DOCUMENTS).data(ItemRole.SORT) == 0
    assert agreement_model.index(row, AgreementTableModel.DOCUMENTS).data() == "0"
    assert agreement_model.index(row, AgreementTableModel.PARTNER).data() == "Paris"
    tip = agreement_model.index(row, AgreementTableModel.PARTNER).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Paris · パリ市 (French Republic)"
    record = agreement_model.index(row, 3).data(ItemRole.RECORD)
    assert isinstance(record, AgreementRow)
    assert record.date_signed == dt.date(2017, 10, 23)
    assert agreement_model.row_of(record.id) == row
    assert agreement_model.id_at(row) == record.id
    assert agreement_model.ids() == [a.id for a in list_agreements(library)]


def test_agreement_model_filters_by_partner(agreement_model, partner_model):
    paris = partner_id(partner_model, "Paris")
    agreement_model.set_query(AgreementQuery(partner_id=paris))
    assert agreement_model.rowCount() == 3
    assert {r.partner_name for r in column(agreement_model, 0, ItemRole.RECORD)} == {"Paris"}
    agreement_model.set_query(AgreementQuery())
    assert agreement_model.rowCount() == 21


def test_communique_finds_the_five_communiques_with_and_without_accent(agreement_model):
    search(agreement_model, "communique")
    titles = column(agreement_model, AgreementTableModel.TITLE)
    assert len(titles) == 5
    assert all("Communique" in t or "Communiqué" in t for t in titles)
    assert any("Communiqué" in t for t in titles)
    search(agreement_model, "COMMUNIQUÉ")
    assert agreement_model.rowCount() == 5


def test_search_words_must_all_match(agreement_model):
    search(agreement_model, "paris communique")
    assert column(agreement_model, AgreementTableModel.TITLE) == [
        "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris"
    ]
    assert matches((), "anything")
    assert search_terms("  ＭＯＵ  São ") == ("mou", "sao")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ('"Seoul"', ("seoul",)),
        ("“Seoul”", ("seoul",)),
        ("＂Seoul＂", ("seoul",)),
        ('"Seoul', ("seoul",)),
        ('"joint  statement" 2015', ("joint statement", "2015")),
        ('Paris "joint declaration"', ("paris", "joint declaration")),
        ('""', ()),
        ('"', ()),
        ("Xi'an (Japan)", ("xi'an", "(japan)")),
    ],
)
def test_quotes_are_stripped_and_a_quoted_phrase_is_one_term(text, terms):
    assert search_terms(text) == terms


def test_a_quoted_word_finds_what_the_word_finds(agreement_model):
    search(agreement_model, '"Seoul"')
    assert agreement_model.rowCount() == 2
    assert {r.partner_name for r in column(agreement_model, 0, ItemRole.RECORD)} == {"Seoul"}


@pytest.mark.parametrize(
    ("text", "relationship"),
    [("Sister/friendship", "Sister/friendship"), ("cooperation partner", "Cooperation partner")],
)
def test_search_finds_agreements_and_partners_by_relationship(
    agreement_model, partner_proxy, partner_model, text, relationship
):
    search(agreement_model, text)
    records = column(agreement_model, 0, ItemRole.RECORD)
    assert records
    labels = {p.id: p.relationship.label for p in partner_model.partners()}
    assert {labels[r.partner_id] for r in records} == {relationship}
    partner_proxy.set_search(text)
    partners = column(partner_proxy, 0, ItemRole.RECORD)[1:]
    assert partners
    assert {p.relationship.label for p in partners} == {relationship}
    assert {r.partner_name for r in records} <= {p.name for p in partners}


def test_sorting_by_date_signed_is_chronological(qtbot, agreement_model):
    with qtbot.waitSignal(agreement_model.loaded):
        agreement_model.sort(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    dates = [r.date_signed for r in column(agreement_model, 0, ItemRole.RECORD)]
    assert dates == sorted(dates)
    assert dates[0] == dt.date(2014, 7, 23)
    with qtbot.waitSignal(agreement_model.loaded):
        agreement_model.sort(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.DescendingOrder)
    assert agreement_model.index(0, 0).data(ItemRole.RECORD).date_signed == dt.date(2025, 2, 6)
    assert agreement_model.ids()[0] == agreement_model.index(0, 0).data(ItemRole.RECORD).id


def test_sorting_keeps_persistent_indexes_on_their_records(qtbot, agreement_model):
    kept = agreement_model.index(3, AgreementTableModel.TITLE)
    from PySide6.QtCore import QPersistentModelIndex

    persistent = QPersistentModelIndex(kept)
    record = kept.data(ItemRole.RECORD)
    with qtbot.waitSignals([agreement_model.layoutChanged, agreement_model.loaded]):
        agreement_model.sort(AgreementTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert persistent.data(ItemRole.RECORD) == record
    assert persistent.column() == AgreementTableModel.TITLE


def test_set_query_resets_the_model(qtbot, agreement_model):
    with qtbot.waitSignals([agreement_model.modelAboutToBeReset, agreement_model.modelReset]):
        search(agreement_model, "no such words at all")
    assert agreement_model.rowCount() == 0
    assert agreement_model.rowCount(agreement_model.index(0, 0)) == 0
    assert agreement_model.data(QModelIndex()) is None


# -- documents ----------------------------------------------------------------


def test_document_model_shows_name_size_language_and_date(library, samples):
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf", language="ja")
    model = DocumentTableModel()
    model.set_rows([document])
    assert model.index(0, DocumentTableModel.NAME).data() == "jo.pdf"
    assert model.index(0, DocumentTableModel.SIZE).data(ItemRole.SORT) == 3373
    assert model.index(0, DocumentTableModel.SIZE).data() == format_size(3373)
    assert model.index(0, DocumentTableModel.LANGUAGE).data() == "Japanese"
    assert model.index(0, DocumentTableModel.ADDED).data()[:4].isdigit()
    assert model.index(0, 0).data(ItemRole.RECORD) == document
    assert model.row_of(document.id) == 0


def test_sizes_and_languages_read_as_a_person_expects():
    assert format_size(0).startswith("0")
    assert "kB" in format_size(3373) or "KB" in format_size(3373)
    assert "MB" in format_size(5_300_000)
    assert language_name("") == ""
    assert language_name("ko") == "Korean"
    assert language_name("th") == "Thai"
