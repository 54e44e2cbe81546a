"""The ``accord`` command line: each command, its errors and exit codes."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.errors import AccordError
from db.opening import open_library
from desktop.cli.main import main
from tests.conftest import assert_no_orphans

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True)
def _no_orphans_afterwards(library_dir: Path) -> Iterator[None]:
    """After every command-line scenario, the library has no orphan rows."""
    yield
    if (library_dir / "accord.sqlite3").is_file():
        try:
            library = open_library(library_dir)
            assert_no_orphans(library)
        except (AccordError, sa.exc.DBAPIError):
            return  # the scenario broke the database on purpose
        library.close()


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def test_export_prints_the_office_agreements(capsysbinary, library_dir: Path) -> None:
    code, out, err = run(capsysbinary, "--library", str(library_dir), "export", "-o", "-")
    assert (code, err) == (0, "")
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    assert len(rows) == 21
    assert rows[0]["Partner"] == "Abu Dhabi"  # a report's order: by partner, then date


def test_export_partners_and_one_partner(capsysbinary, library_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsysbinary, "--library", str(library_dir), "export", "--partners")
    assert code == 0
    assert len(list(csv.reader(io.StringIO(out.decode("utf-8-sig"))))) == 21  # header + 20
    target = tmp_path / "paris.csv"
    code, out, err = run(
        capsysbinary,
        "--library",
        str(library_dir),
        "export",
        "--partner",
        "Paris",
        "-o",
        str(target),
    )
    assert (code, out) == (0, b"")
    assert "Exported 3 agreements" in err
    assert target.read_bytes().count(b"\r\n") == 4


def test_export_errors_are_one_sentence(capsysbinary, library_dir: Path) -> None:
    code, out, err = run(
        capsysbinary, "--library", str(library_dir), "export", "--partner", "Atlantis"
    )
    assert (code, out) == (1, b"")
    assert err == "accord: There is no partner named “Atlantis”.\n"
    code, _, err = run(capsysbinary, "--library", str(library_dir), "export", "--encoding", "cp932")
    # One sentence, then every record cp932 cannot carry on a line of its own (6 of them).
    assert code == 1
    assert "Shift_JIS" in err
    assert err.count("\n") == 7
    assert err.splitlines()[0].endswith("export them as UTF-8 with BOM instead.")
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "export", "--encoding", "latin1"
    )
    assert code == 2
    assert "invalid choice" in err
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "export", "--partners", "--partner", "Paris"
    )
    assert code == 2


def test_attach_records_the_true_size_and_sha256(
    capsysbinary, library_dir: Path, samples: Path
) -> None:
    jo = samples / "jo.pdf"
    code, out, err = run(
        capsysbinary, "--library", str(library_dir), "attach", "3", str(jo), "--language", "ja"
    )
    assert code == 0, err
    digest = hashlib.sha256(jo.read_bytes()).hexdigest()
    assert f"{jo.stat().st_size} bytes, SHA-256 {digest}" in out.decode()
    library = open_library(library_dir)
    from db.agreements import get_agreement

    (document,) = get_agreement(library, 3).documents
    assert (document.size, document.sha256, document.language) == (3373, digest, "ja")
    library.close()
    code, out, _ = run(capsysbinary, "--library", str(library_dir), "check")
    assert code == 0


def test_attach_a_non_pdf_exits_1_and_leaves_the_library_unchanged(
    capsysbinary, library_dir: Path, tmp_path: Path
) -> None:
    open_library(library_dir).close()
    database = library_dir / "accord.sqlite3"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf at all")
    code, out, err = run(capsysbinary, "--library", str(library_dir), "attach", "3", str(text))
    assert (code, out) == (1, b"")
    assert err == "accord: The file notes.pdf is not a PDF (it has no %PDF- header).\n"
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not [p for p in (library_dir / "attachments").rglob("*") if p.is_file()]


def test_attach_usage_and_unknown_agreement(capsysbinary, library_dir: Path, samples: Path) -> None:
    code, _, err = run(capsysbinary, "--library", str(library_dir), "attach", "x", "y.pdf")
    assert code == 2
    assert "is not a record ID" in err
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "attach", "999", str(samples / "jo.pdf")
    )
    assert code == 1
    assert err == "accord: There is no agreement with ID 999.\n"


def test_check_reports_a_missing_file_with_exit_1(
    capsysbinary, library_dir: Path, samples: Path
) -> None:
    run(capsysbinary, "--library", str(library_dir), "attach", "1", str(samples / "jo.pdf"))
    stored = next(p for p in (library_dir / "attachments").rglob("*.pdf"))
    stored.unlink()
    code, out, _ = run(capsysbinary, "--library", str(library_dir), "check")
    assert code == 1
    assert "is missing" in out.decode()
    assert "1 problem found" in out.decode()
    code, out, _ = run(capsysbinary, "--library", str(library_dir), "check", "--verbose")
    assert "checked: database" in out.decode()


def test_library_and_database_url_are_exclusive(capsysbinary, library_dir: Path) -> None:
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "--database-url", "sqlite://", "check"
    )
    assert code == 2
    assert "not allowed with" in err


def test_bad_database_url_is_one_sentence(capsysbinary) -> None:
    code, _, err = run(capsysbinary, "--database-url", "nosuchdb://x/y", "check")
    assert code == 2
    assert "Traceback" not in err
    assert err == (
        "accord: Accord cannot use the database address “nosuchdb://x/y”; it accepts "
        "postgresql+psycopg://user@host/database for a PostgreSQL server, or "
        "sqlite:///path/to/accord.sqlite3 for a database file (see “accord --help”).\n"
    )


def test_library_environment_variable_is_used(
    capsysbinary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "from-env"))
    code, _, _ = run(capsysbinary, "check")
    assert code == 0
    assert (tmp_path / "from-env" / "accord.sqlite3").is_file()


def test_screenshot_rejects_a_non_png_name(capsysbinary, library_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "--screenshot", str(tmp_path / "x.jpg")
    )
    assert code == 2
    assert ".png" in err


def test_installed_command_never_prints_a_traceback(library_dir: Path, tmp_path: Path) -> None:
    """The real console script, in a child process, as a user runs it."""
    (library_dir).mkdir()
    (library_dir / "accord.sqlite3").write_bytes(b"garbage" * 1000)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(library_dir), "export"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("accord: The database")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "--partner", ""), "--partner needs a partner's name"),
        (("export", "--partner", "  "), "--partner needs a partner's name"),
        (("export", "-o", ""), "-o needs a file name"),
    ],
)
def test_blank_values_are_usage_errors(capsysbinary, library_dir: Path, args, message) -> None:
    code, out, err = run(capsysbinary, "--library", str(library_dir), *args)
    assert (code, out) == (2, b"")
    assert message in err


def test_a_damaged_database_gives_one_sentence(capsysbinary, library_dir: Path) -> None:
    open_library(library_dir).close()
    database = library_dir / "accord.sqlite3"
    with database.open("r+b") as handle:  # overwrite pages of the tables, not the header
        handle.seek(4096 * 2)
        handle.write(b"\xff" * 6000)
    code, out, err = run(capsysbinary, "--library", str(library_dir), "export")
    assert (code, out) == (1, b"")
    assert err.startswith(f"accord: The database {database} is damaged (database disk image is")
    assert err.endswith("restore ARCHIVE.zip”, or move it away to start a new library.\n")
    code, out, err = run(capsysbinary, "--library", str(library_dir), "check")
    assert (code, err) == (1, "")
    assert out.decode().startswith("The database file cannot be checked: database disk image")


def test_an_empty_database_file_is_refused_not_reseeded(capsysbinary, library_dir: Path) -> None:
    open_library(library_dir).close()
    (library_dir / "accord.sqlite3").write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (library_dir / f"accord.sqlite3{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsysbinary, "--library", str(library_dir), "check")
    assert (code, out) == (1, b"")
    assert "is empty (0 bytes)" in err
    assert (library_dir / "accord.sqlite3").stat().st_size == 0


def test_the_database_password_is_never_printed(capsysbinary) -> None:
    url = "postgresql+psycopg://clerk:S3cretPw@127.0.0.1:1/accord"
    code, _, err = run(capsysbinary, "--database-url", url, "check")
    assert code == 1
    assert "S3cretPw" not in err
    assert "***" in err
    assert err.count("\n") == 1
    assert "\t" not in err
    code, _, err = run(capsysbinary, "--database-url", "postgresql+psycopg://u:p@[::1", "check")
    assert code == 2
    assert "unexpected" not in err
    assert "not a URL Accord can read" in err
    assert "p@" not in err


def test_the_window_without_a_display_is_one_sentence(
    capsysbinary, library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(capsysbinary, "--library", str(library_dir))
    assert code == 1
    assert "needs a graphical desktop" in err


def test_screenshot_works_without_a_display(library_dir: Path, tmp_path: Path) -> None:
    """The real command in a child process with no DISPLAY: it renders offscreen."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(library_dir), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_attach_with_a_role_and_an_encrypted_file(
    capsysbinary, library_dir: Path, samples: Path
) -> None:
    code, out, err = run(
        capsysbinary,
        "--library",
        str(library_dir),
        "attach",
        "1",
        str(samples / "aes-128-password-foo.pdf"),
        "--role",
        "translation",
        "--language",
        "ja",
    )
    assert code == 0, err
    assert out.decode().rstrip().endswith("translation, password-protected).")
    code, out, err = run(
        capsysbinary,
        "--library",
        str(library_dir),
        "attach",
        "1",
        str(samples / "jo.pdf"),
        "--language",
        "xx",
    )
    assert code == 2
    assert "ISO 639-1" in err
    code, _, err = run(
        capsysbinary,
        "--library",
        str(library_dir),
        "attach",
        "1",
        str(samples / "jo.pdf"),
        "--role",
        "treaty",
    )
    assert code == 2
    assert "invalid choice" in err


@pytest.mark.parametrize("agreement_id", ["99999999999999999999", "0", "-3"])
def test_an_impossible_agreement_id_is_a_usage_error(
    capsysbinary, library_dir: Path, samples: Path, agreement_id: str
) -> None:
    code, _, err = run(
        capsysbinary, "--library", str(library_dir), "attach", agreement_id, str(samples / "jo.pdf")
    )
    assert code == 2
    assert "is not a record ID" in err
    assert "unexpected" not in err


def test_version_is_the_installed_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"Accord {version('accord')}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--library", ""), "--library needs a folder"),
        (("--library", "  "), "--library needs a folder"),
        (("--database-url", ""), "--database-url needs a URL"),
        (("--database-url", " \t"), "--database-url needs a URL"),
    ],
)
@pytest.mark.parametrize("command", [("check",), ("export",), ("restore", "x.zip")])
def test_an_empty_library_or_database_url_is_refused(
    capsysbinary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    message: str,
    command: tuple[str, ...],
) -> None:
    """An empty option would silently mean the default library: it is a usage error."""
    monkeypatch.chdir(tmp_path)  # where a library named "  " would be made
    code, out, err = run(capsysbinary, *args, *command)
    assert (code, out) == (2, b"")
    assert err == f"accord: {message} (see “accord --help”).\n"
    assert not (tmp_path / "default-library").exists()  # $ACCORD_LIBRARY: never opened


def test_an_empty_environment_variable_counts_as_unset(
    capsysbinary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where a library named "  " would be made
    monkeypatch.setenv("ACCORD_LIBRARY", "")
    monkeypatch.setenv("ACCORD_DATABASE_URL", "")
    code, _, err = run(capsysbinary, "check")
    assert (code, err) == (0, "")
    assert (tmp_path / "home" / "data" / "Accord" / "library" / "accord.sqlite3").is_file()
    for name in ("ACCORD_LIBRARY", "ACCORD_DATABASE_URL"):
        monkeypatch.setenv(name, "  ")
        code, out, err = run(capsysbinary, "check")
        assert (code, out) == (2, b"")
        assert f"${name} holds only spaces" in err
        monkeypatch.setenv(name, "")


@pytest.mark.parametrize(
    "url",
    [
        "bogus://x",
        "http://example.com/accord",
        "mysql://clerk:S3cretPw@host/accord",
        "postgresql+psycopg2://clerk:S3cretPw@host/accord",
        "sqlite://",
        "sqlite:///",
        "sqlite:///:memory:",
        "not a url",
        "postgresql+psycopg://clerk:S3cretPw@[::1",
    ],
)
@pytest.mark.parametrize("where", ["option", "environment"])
def test_a_database_address_accord_does_not_take_names_the_ones_it_does(
    capsysbinary, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, url: str, where: str
) -> None:
    if where == "option":
        code, out, err = run(capsysbinary, "--database-url", url, "export")
    else:
        monkeypatch.setenv("ACCORD_DATABASE_URL", url)
        code, out, err = run(capsysbinary, "export")
    assert (code, out) == (2, b"")
    assert "postgresql+psycopg://user@host/database" in err
    assert "sqlite:///path" in err
    assert err.count("\n") == 1
    assert "S3cretPw" not in err
    assert "Traceback" not in err
    assert not (tmp_path / "default-library").exists()


def test_a_sqlite_file_address_and_postgres_without_a_driver_name(
    capsysbinary, tmp_path: Path
) -> None:
    database = tmp_path / "elsewhere.sqlite3"
    code, _, err = run(capsysbinary, "--database-url", f"sqlite:///{database}", "check")
    assert (code, err) == (0, "")
    assert database.is_file()
    # postgres:// and postgresql:// mean psycopg; no server answers on port 1: exit 1.
    for scheme in ("postgres", "postgresql"):
        code, out, err = run(capsysbinary, "--database-url", f"{scheme}://u@127.0.0.1:1/a", "check")
        assert (code, out) == (1, b"")
        assert err.count("\n") == 1
        assert "cannot be opened" in err
        assert "Connection refused" in err


def test_a_missing_postgresql_driver_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from db.storage.engine import create_engine

    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    with pytest.raises(AccordError) as caught:
        create_engine("postgresql+psycopg://clerk:S3cretPw@host/accord")
    message = str(caught.value)
    assert "driver psycopg is not installed" in message
    assert "accord[postgresql]" in message
    assert "S3cretPw" not in message
    assert message.endswith(".")
