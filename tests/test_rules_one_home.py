"""Each limit and cross-field rule of :mod:`db.rules` says one sentence, whoever checks it.

The use cases (:mod:`db.agreements`, :mod:`db.partners`) raise it, the CSV
planners reject a row with it; the forms show it too (tests/gui/test_dialogs.py).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement
from db.csv.import_plan import Problem
from db.csv.importer import plan_import
from db.errors import ValidationError
from db.partners import add_partner, list_partners
from db.rules import (
    EARLIEST_DATE,
    MAX_NAME,
    MAX_TITLE,
    date_refusal,
    expires_on_refusal,
    name_refusal,
    title_refusal,
)
from db.schemas import AgreementCreate, PartnerCreate
from tests.test_csv_import import csv_bytes

if TYPE_CHECKING:
    from db.library import Library

SIGNED, EARLIER = dt.date(2020, 1, 1), dt.date(2019, 12, 31)


pytestmark = pytest.mark.backends


def test_each_rule_refuses_only_past_its_limit() -> None:
    assert title_refusal("x" * MAX_TITLE) is None
    assert title_refusal("x" * (MAX_TITLE + 1)) == (
        "An agreement's title can have at most 1000 characters."
    )
    assert name_refusal("name", "x" * MAX_NAME) is None
    assert name_refusal("local_name", None) is None
    assert name_refusal("name", "x" * 201) == "A partner's name can have at most 200 characters."
    assert name_refusal("local_name", "x" * 201) == (
        "A partner's local name can have at most 200 characters."
    )
    assert name_refusal("office_name", "x" * 201) == (
        "A partner's office-language name can have at most 200 characters."
    )
    assert date_refusal(EARLIEST_DATE) is None
    assert date_refusal(None) is None
    assert date_refusal(dt.date(1899, 12, 31)) == (
        "1899-12-31 looks wrong: dates before 1900 are not accepted."
    )
    assert expires_on_refusal(SIGNED, SIGNED) is None
    assert expires_on_refusal(None, EARLIER) is None
    assert expires_on_refusal(SIGNED, EARLIER) == (
        "“Expires on” (2019-12-31) cannot be earlier than the date signed (2020-01-01)."
    )


def test_the_use_case_and_the_agreements_file_say_the_same(library: Library) -> None:
    partner = list_partners(library)[0]
    base = {"partner_id": partner.id, "title": "T", "date_signed": SIGNED}
    with pytest.raises(ValidationError) as too_long:
        add_agreement(library, AgreementCreate(**{**base, "title": "x" * 1001}))
    assert (str(too_long.value), too_long.value.field) == (title_refusal("x" * 1001), "title")
    with pytest.raises(ValidationError) as expired:
        add_agreement(library, AgreementCreate(**{**base, "expires_on": EARLIER}))
    assert str(expired.value) == expires_on_refusal(SIGNED, EARLIER)

    columns = ["Partner", "Agreement", "Date signed", "Expires on"]
    rows = [
        [partner.name, "x" * 1001, "2020-01-01", ""],
        [partner.name, "Fine", "2020-01-01", "2019-12-31"],
    ]
    plan = plan_import(library, csv_bytes([columns, *rows], encoding="utf-8"))
    assert plan.problems == (
        Problem(2, "Agreement", str(too_long.value)),
        Problem(3, "Expires on", str(expired.value)),
    )


@pytest.mark.parametrize(
    ("field", "column"),
    [("name", "Partner"), ("local_name", "Local name"), ("office_name", "Office-language name")],
)
def test_the_use_case_and_the_partners_file_say_the_same(
    library: Library, field: str, column: str
) -> None:
    values = {"name": "Atlantis", "country": "Nowhere", field: "x" * 201}
    with pytest.raises(ValidationError) as refused:
        add_partner(library, PartnerCreate(**values))
    assert (str(refused.value), refused.value.field) == (name_refusal(field, "x" * 201), field)

    cells = {"Partner": "Atlantis", "Country": "Nowhere", "Kind": "City", column: "x" * 201}
    plan = plan_import(library, csv_bytes([list(cells), list(cells.values())], encoding="utf-8"))
    assert plan.problems == (Problem(2, column, str(refused.value)),)
