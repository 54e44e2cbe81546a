"""The field tables (db.agreement_fields, db.partner_fields) against what they describe.

Each record's fields are declared once in its SQLModel base and described once in its
field table; these checks keep the two, and what is derived from the table, in step.
"""

from __future__ import annotations

import pytest

from db import agreement_fields, partner_fields
from db.csv.choices import AGREEMENT_COLUMNS, HEADINGS, PARTNER_COLUMNS
from db.history.labels import FIELD_LABELS
from db.history.values import DATE_FIELDS, ENUM_FIELDS
from db.i18n.translate import translate_into
from db.models import AgreementBase, PartnerBase
from db.search.index import AGREEMENT_PARTS, PARTNER_PARTS

TABLES = [
    (AgreementBase, agreement_fields.AGREEMENT_FIELDS, AGREEMENT_PARTS),
    (PartnerBase, partner_fields.PARTNER_FIELDS, PARTNER_PARTS),
]


@pytest.mark.parametrize(("base", "table", "searched"), TABLES)
def test_every_field_of_the_base_has_one_entry(base, table, searched) -> None:
    stored = [f.name for f in table if f.stored]
    assert sorted(stored) == sorted(base.model_fields)
    assert len({f.name for f in table}) == len(table)
    assert {f.name for f in table if f.searchable} == set(searched)


@pytest.mark.parametrize(("base", "table", "searched"), TABLES)
def test_every_stored_field_is_named_read_and_written(base, table, searched) -> None:
    for field in table:
        if field.stored:
            assert field.label, field.name
            assert field.history, field.name
            assert field.column, field.name
            assert FIELD_LABELS[field.name] == field.history
            assert field.read is not None, field.name
            assert field.write is not None, field.name
        if field.kind == "date" and field.stored:
            assert field.name in DATE_FIELDS
        if field.kind == "label":
            assert field.enum is not None, field.name
            assert not field.stored or ENUM_FIELDS[field.name] is field.enum


def test_the_report_columns_are_the_tables_in_order() -> None:
    assert AGREEMENT_COLUMNS[:3] == ("ID", "Partner", "Country")
    assert tuple(f.column for f in agreement_fields.AGREEMENT_FIELDS) == AGREEMENT_COLUMNS
    assert tuple(f.column for f in partner_fields.PARTNER_FIELDS) == PARTNER_COLUMNS
    for heading in HEADINGS[1:]:  # every heading has its Japanese (ID is ID)
        assert translate_into("ja", "csv", heading) != heading, heading


def test_form_panel_and_view_say_where_each_field_goes() -> None:
    assert all(f.form for f in agreement_fields.FORM_FIELDS)
    assert all(f.panel for f in agreement_fields.PANEL_FIELDS)
    assert all(f.view for f in agreement_fields.VIEW_FIELDS)
    shown = {f.name for f in agreement_fields.AGREEMENT_FIELDS if f.form}
    assert shown == set(agreement_fields.FORM)
    assert {f.name for f in agreement_fields.AGREEMENT_FIELDS if f.panel} == set(
        agreement_fields.PANEL
    )
    assert {f.name for f in agreement_fields.AGREEMENT_FIELDS if f.view} == set(
        agreement_fields.VIEW
    )


def test_added_records_default_as_their_bases() -> None:
    assert agreement_fields.DEFAULTS["expires_on"] is None
    assert agreement_fields.DEFAULTS["areas"] == []
    assert "title" not in agreement_fields.DEFAULTS
    assert partner_fields.DEFAULTS["office_name"] == ""
    assert "name" not in partner_fields.DEFAULTS
