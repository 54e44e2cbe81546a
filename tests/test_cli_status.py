"""``accord status``: every agreement's status today, filtered by partner or status."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from db.enums import AgreementStatus
from db.lifecycle.lives import statuses
from desktop.cli.main import main
from tests.life_library import make_life_library
from tests.test_cli_console import accord

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def lives_folder(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    library, ids = make_life_library(tmp_path / "library")
    library.close()
    return tmp_path / "library", ids


def _lines(out: str) -> dict[int, list[str]]:
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    return {int(cells[0]): cells for cells in rows}


def test_each_agreement_with_its_status_and_dates(lives_folder, capsys) -> None:
    folder, ids = lives_folder
    assert main(["--library", str(folder), "status"]) == 0
    out = capsys.readouterr().out
    rows = _lines(out)
    assert len(rows) == 29  # the 21 built-in agreements and the 8 added
    from db.opening import open_library

    library = open_library(folder)
    try:
        expected = statuses(library, list(rows), dt.date.today())
    finally:
        library.close()
    assert {i: cells[1] for i, cells in rows.items()} == {i: s.label for i, s in expected.items()}
    assert rows[ids["superseded"]][1] == "Superseded"
    assert rows[ids["terminated"]][1] == "Terminated"
    assert rows[ids["renewed"]][2:4] == ["2020-04-01", "2030-03-31"]
    assert rows[ids["auto"]][3] >= dt.date.today().isoformat()  # renewed first, by its terms
    assert out.splitlines()[-1].startswith("29 agreements: ")


def test_by_partner_and_by_status(lives_folder, capsys) -> None:
    folder, ids = lives_folder
    assert main(["--library", str(folder), "status", "--partner", "서울특별시"]) == 0
    rows = _lines(capsys.readouterr().out)
    assert set(rows) >= {ids["superseded"], ids["successor"], ids["renewed"]}
    assert {cells[5] for cells in rows.values()} == {"Seoul"}
    assert main(["--library", str(folder), "status", "--only", "terminated"]) == 0
    assert set(_lines(capsys.readouterr().out)) == {ids["terminated"]}
    assert main(["--library", str(folder), "status", "--only", "終了"]) == 0  # Japanese label
    assert set(_lines(capsys.readouterr().out)) == {ids["terminated"]}


def test_bad_status_or_partner_is_one_sentence(lives_folder, capsys) -> None:
    folder, _ids = lives_folder
    assert main(["--library", str(folder), "status", "--only", "bogus"]) == 2
    assert "is not one of" in capsys.readouterr().err
    assert main(["--library", str(folder), "status", "--partner", "Atlantis"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_on_a_cp932_console(lives_folder) -> None:
    folder, ids = lives_folder
    code, text, _err, _raw = accord(folder, "--language", "ja", "status", encoding="cp932")
    assert code == 0
    assert f"{ids['terminated']}\t{AgreementStatus.TERMINATED.label_in('ja')}\t" in text
    assert "置き換え済み" in text
