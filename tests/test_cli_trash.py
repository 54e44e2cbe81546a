"""``accord trash``: list, restore, purge and empty the trash from the command line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from db.agreements import delete_agreement, get_agreement, list_agreements
from db.documents import attach_document
from db.errors import NotFoundError
from db.opening import open_library
from db.partners import delete_partner, find_partner
from db.trash import list_trash
from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

WHEN = r"deleted \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ by \S+"


def _run(capsys: pytest.CaptureFixture[str], library_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--library", str(library_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def trashed(library_dir: Path, samples: Path) -> dict[str, int]:
    """Agreement 1 (with a document) and the partner Paris (with its 3 agreements) deleted."""
    library = open_library(library_dir)
    attach_document(library, 1, samples / "jo.pdf")
    delete_agreement(library, 1)
    paris = find_partner(library, "Paris")
    assert paris is not None
    delete_partner(library, paris.id, with_agreements=True)
    library.close()
    return {"agreement": 1, "partner": paris.id}


def test_an_empty_trash(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    assert _run(capsys, library_dir, "trash") == (0, "The trash is empty.\n", "")
    assert _run(capsys, library_dir, "trash", "--empty") == (
        0,
        "The trash is already empty.\n",
        "",
    )


def test_the_list_says_kind_id_name_when_who_and_what_it_holds(
    capsys: pytest.CaptureFixture[str], library_dir: Path, trashed: dict[str, int]
) -> None:
    code, out, err = _run(capsys, library_dir, "trash")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    partner, agreement = sorted(lines[:2], key=lambda line: not line.startswith("partner"))
    assert re.fullmatch(
        rf"partner {trashed['partner']}  “Paris”  {WHEN}  holds 3 agreements", partner
    )
    assert re.fullmatch(rf"agreement 1  “[^”]+” of “Seoul”  {WHEN}  holds 1 document", agreement)
    assert lines[2] == "2 items in the trash."


def test_restore_brings_back_the_record_with_what_went_with_it(
    capsys: pytest.CaptureFixture[str], library_dir: Path, trashed: dict[str, int]
) -> None:
    code, out, err = _run(capsys, library_dir, "trash", "--restore", "agreement", "1")
    assert (code, err) == (0, "")
    assert re.fullmatch(
        r"Restored from the trash: agreement 1 “[^”]+” of “Seoul” with 1 document\.\n", out
    )
    library = open_library(library_dir)
    try:
        assert get_agreement(library, 1).document_count == 1
        assert [(item.kind, item.id) for item in list_trash(library)] == [
            ("partner", trashed["partner"])
        ]
    finally:
        library.close()


def test_purge_deletes_for_good_and_says_what_went(
    capsys: pytest.CaptureFixture[str], library_dir: Path, trashed: dict[str, int]
) -> None:
    files_before = list((library_dir / "attachments").rglob("*.pdf"))
    assert len(files_before) == 1

    code, out, err = _run(capsys, library_dir, "trash", "--purge", "Agreement", "1")

    assert (code, err) == (0, "")
    assert re.fullmatch(
        r"Deleted for good: agreement 1 “[^”]+” of “Seoul” with 1 document\.\n", out
    )
    assert not files_before[0].exists()  # no other record used the stored file
    library = open_library(library_dir)
    try:
        with pytest.raises(NotFoundError):
            get_agreement(library, 1)
        assert len(list_trash(library)) == 1
    finally:
        library.close()


def test_empty_deletes_everything_for_good(
    capsys: pytest.CaptureFixture[str], library_dir: Path, trashed: dict[str, int]
) -> None:
    code, out, err = _run(capsys, library_dir, "trash", "--empty")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("Deleted for good: ") for line in lines[:2])
    assert lines[2] == "Emptied the trash: 2 items deleted for good."
    library = open_library(library_dir)
    try:
        assert list_trash(library) == []
        assert len(list_agreements(library)) == 21 - 4
    finally:
        library.close()


def test_failures_are_one_sentence_and_exit_1(
    capsys: pytest.CaptureFixture[str], library_dir: Path, trashed: dict[str, int]
) -> None:
    assert _run(capsys, library_dir, "trash", "--restore", "partner", "9999") == (
        1,
        "",
        "accord: There is no partner with ID 9999 in the trash.\n",
    )
    assert _run(capsys, library_dir, "trash", "--purge", "document", "5") == (
        1,
        "",
        "accord: There is no document with ID 5 in the trash.\n",
    )
    # An agreement that went to the trash with Paris brings Paris back with it (one batch).
    library = open_library(library_dir)
    paris_agreement = next(i for i in range(2, 22) if _of_paris(library, i))
    library.close()
    code, out, err = _run(
        capsys, library_dir, "trash", "--restore", "agreement", str(paris_agreement)
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored from the trash: partner {trashed['partner']} “Paris”")


def _of_paris(library, agreement_id: int) -> bool:  # noqa: ANN001
    from db.models import Agreement, Partner

    with library.session() as session:
        agreement = session.get(Agreement, agreement_id)
        partner = session.get(Partner, agreement.partner_id) if agreement else None
        return partner is not None and partner.name == "Paris"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--restore", "thing", "1"], "“thing” is not a kind of record"),
        (["--purge", "partner", "x"], "“x” is not a record ID"),
        (["--restore", "partner", "1", "--empty"], "not allowed with"),
        (["--purge", "partner"], "expected 2 arguments"),
    ],
)
def test_bad_usage_exits_2(
    capsys: pytest.CaptureFixture[str], library_dir: Path, argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, library_dir, "trash", *argv)
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1
