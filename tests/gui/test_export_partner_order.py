"""The exports list partners in the order of the window's partner list (one key, the
chosen language's QCollator from desktop.support.collation, passed to db's exports), whatever
their accents, case or script."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from db.agreements import add_agreement
from db.csv.export import export_agreements, export_partners
from db.partner_rows import partner_list_rows
from db.partners import add_partner, list_partners
from db.schemas import AgreementCreate, PartnerCreate
from desktop.models.partner_model import PartnerTableModel
from desktop.support.collation import name_key

if TYPE_CHECKING:
    from db.library import Library

NAMES = ("sapporo", "Évry", "eindhoven", "Zürich", "zagreb", "Ōsaka", "Oslo", "Москва",
         "서울", "Αθήνα", "東京", "Ängelholm", "anchorage", "ßerlin", "São José")  # fmt: skip


def _window_order(library: Library) -> list[str]:
    model = PartnerTableModel()
    model.set_rows(partner_list_rows(library, name_key=name_key()))
    model.sort(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
    return [partner.name for partner in model.partners()]


def _column(data: bytes, name: str) -> list[str]:
    return [row[name] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]


def test_exports_order_partners_as_the_window_does(library: Library, qapp) -> None:
    for name in NAMES:
        partner = add_partner(library, PartnerCreate(name=name, country="Somewhere"))
        add_agreement(
            library,
            AgreementCreate(partner_id=partner.id, title="T", date_signed=dt.date(2020, 1, 1)),
        )
    window = _window_order(library)
    assert window.index("São Paulo (state)") < window.index("sapporo") < window.index("Seoul")
    assert window.index("Ängelholm") < window.index("Évry") < window.index("Zürich")
    out = io.BytesIO()
    export_partners(library, out, name_key=name_key())
    assert _column(out.getvalue(), "Partner") == window
    assert [p.name for p in list_partners(library, name_key=name_key())] == window
    out = io.BytesIO()
    export_agreements(library, out, name_key=name_key())
    with_agreements = {p.name for p in list_partners(library) if p.agreement_count}
    assert list(dict.fromkeys(_column(out.getvalue(), "Partner"))) == [
        name for name in window if name in with_agreements
    ]
