"""Excel's ``?`` damage read back only where the counts fit, the row's ID deciding the partner.

Excel saving as Shift_JIS goes through Windows' WideCharToMultiByte with the
default character: one ``?`` per UTF-16 code unit cp932 cannot carry (two for
a character outside the Basic Multilingual Plane), every character cp932
carries kept. Tools that fail to decode a byte write U+FFFD instead.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement
from db.csv.damage import damaged, damaged_label
from db.csv.export import export_agreements
from db.csv.import_plan import RowAction
from db.csv.importer import plan_import
from db.enums import AgreementType
from db.partners import add_partner
from db.schemas import AgreementCreate, PartnerCreate

if TYPE_CHECKING:
    from db.library import Library

NAMES = ("เชียงใหม่", "دبي", "मुंबई", "부산")


def test_each_character_cp932_cannot_carry_is_one_question_mark_two_outside_the_bmp() -> None:
    assert damaged("Joint communiqu?", "Joint communiqué")
    assert not damaged("Joint communiqu??", "Joint communiqué")
    assert not damaged("???", "부산")
    assert damaged("??", "부산")
    assert damaged("party ??", "party 🎉")
    assert not damaged("party ???", "party 🎉")


def test_a_replacement_character_stands_for_a_lost_character() -> None:
    assert damaged("Joint communiqu\ufffd", "Joint communiqué")
    assert damaged_label("Joint communiqu\ufffd", AgreementType) is AgreementType.JOINT_COMMUNIQUE
    assert damaged_label("Joint communiqu??", AgreementType) is None


@pytest.fixture
def scripts(library: Library) -> Library:
    for number, name in enumerate(NAMES):
        partner = add_partner(library, PartnerCreate(name=name, country="Elsewhere"))
        add_agreement(
            library,
            AgreementCreate(
                partner_id=partner.id,
                title=f"Exchange {number}",
                date_signed=dt.date(2020, 1, 1 + number),
            ),
        )
    return library


def test_an_agreements_export_saved_as_cp932_imports_back(scripts: Library) -> None:
    out = io.BytesIO()
    export_agreements(scripts, out)
    damaged_file = out.getvalue().decode("utf-8-sig").encode("cp932", errors="replace")
    plan = plan_import(scripts, damaged_file)
    assert plan.problems == ()
    assert all(row.action is RowAction.UNCHANGED for row in plan.rows)
