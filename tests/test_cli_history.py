"""``accord history``: a record's history, one line per entry; unknown IDs exit 1."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.agreements import delete_agreement, list_agreements, update_agreement
from db.opening import open_library
from db.partners import find_partner, update_partner
from db.schemas import AgreementUpdate, PartnerUpdate
from db.trash import purge
from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ  \S+  ")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_history_prints_one_line_per_change_even_after_a_purge(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    library = open_library(library_dir)
    agreement = list_agreements(library)[0]
    update_agreement(library, agreement.id, AgreementUpdate(title="New title"))
    delete_agreement(library, agreement.id)
    purge(library, "agreement", agreement.id)
    library.close()

    code, out, err = _run(capsys, "--library", str(library_dir), "history", str(agreement.id))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(LINE.match(line) for line in lines)
    assert lines[0].endswith(f"  changed  Title: “{agreement.title}” → “New title”")
    assert lines[1].endswith("  trashed")
    assert lines[2].endswith("  deleted")


def test_partner_history_and_a_record_with_none(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    library = open_library(library_dir)
    rome = find_partner(library, "Rome")
    assert rome is not None
    update_partner(library, rome.id, PartnerUpdate(notes="Sister city since 1982"))
    other = list_agreements(library)[0]
    library.close()
    code, out, _ = _run(capsys, "--library", str(library_dir), "history", "--partner", str(rome.id))
    assert code == 0
    assert out.rstrip().endswith("  changed  Notes: “” → “Sister city since 1982”")
    code, out, _ = _run(capsys, "--library", str(library_dir), "history", str(other.id))
    assert (code, out) == (0, f"No changes are recorded for agreement {other.id}.\n")


def test_an_unknown_id_is_one_sentence_and_exit_1(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    code, out, err = _run(capsys, "--library", str(library_dir), "history", "9999")
    assert (code, out) == (1, "")
    assert err == "accord: There is no agreement with ID 9999.\n"
    code, _, err = _run(capsys, "--library", str(library_dir), "history")
    assert code == 2
    assert "give one AGREEMENT_ID" in err
