"""``--database-url`` naming a SQLite file: what is refused, and what ``check`` names."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def test_a_sqlite_address_with_options_is_refused_without_a_warning(
    capsysbinary, tmp_path: Path
) -> None:
    database = tmp_path / "u.db"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a SAWarning would fail the command here
        code, out, err = run(
            capsysbinary, "--database-url", f"sqlite:///{database}?mode=ro", "check"
        )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "Warning" not in err
    assert "carries options after “?”" in err
    assert "sqlite:///path" in err
    assert not database.exists()


def test_a_sqlite_file_in_a_missing_folder_is_refused(capsysbinary, tmp_path: Path) -> None:
    folder = tmp_path / "nonexist" / "dir"
    code, out, err = run(capsysbinary, "--database-url", f"sqlite:///{folder}/x.db", "check")
    assert (code, out) == (1, "")
    assert err == (
        f"accord: The database address “sqlite:///{folder}/x.db” names a file in the folder "
        f"{folder}, which does not exist.\n"
    )
    assert not (tmp_path / "nonexist").exists()


def test_check_names_the_database_it_checked(
    capsysbinary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "documents"))
    database = tmp_path / "elsewhere.sqlite3"
    code, out, err = run(capsysbinary, "--database-url", f"sqlite:///{database}", "check")
    assert (code, err) == (0, "")
    assert out == (
        f"The library with the database {database.resolve()} and its documents in "
        f"{(tmp_path / 'documents').resolve()} is in order.\n"
    )


def test_check_of_a_library_folder_names_the_folder(capsysbinary, library_dir: Path) -> None:
    code, out, _ = run(capsysbinary, "--library", str(library_dir), "check")
    assert (code, out) == (0, f"The library at {library_dir.resolve()} is in order.\n")
