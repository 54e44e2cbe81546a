"""The command line speaks the system's language: every command run as a real process.

With ``LANG=ja_JP.UTF-8`` and neither ``--language`` nor ``ACCORD_LANGUAGE``,
each command's output, its errors and ``--help`` are Japanese; with
``--language en`` they are the English source texts.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.agreements import delete_agreement, list_agreements
from db.opening import open_library

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "samples"
COMMANDS = ("export", "import", "attach", "check", "history", "trash", "backup", "restore")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Three or more English words in a row: a sentence left untranslated.
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}[,;]? [A-Za-z]{2,}[,;]? [A-Za-z]{2,}\b")
# What other programs say, quoted inside Accord's sentences (SQLite's reasons).
THIRD_PARTY = ("file is not a database", "database disk image is malformed")


def _env(language: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "ACCORD_LANGUAGE"))}
    env.pop("LANGUAGE", None)
    env.update(LANG="ja_JP.UTF-8", PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    if language:
        env["ACCORD_LANGUAGE"] = language
    return env


def accord(*argv: str, language: str | None = None) -> tuple[int, str, str]:
    """Run ``accord ARGV`` in a new process; return its exit code, stdout and stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(language),
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


def english_left(text: str) -> list[str]:
    """Runs of English words in ``text``, outside paths and what other programs say."""
    for quoted in THIRD_PARTY:
        text = text.replace(quoted, "")
    text = re.sub(r"--?[A-Za-z][\w-]*", " ", text)  # options: --purge, -o
    text = re.sub(r"/[^\s」）]*", " ", text)  # paths
    return ENGLISH_RUN.findall(text)


def assert_japanese(text: str) -> None:
    assert JAPANESE.search(text), text
    assert english_left(text) == [], text


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def test_help_of_accord_and_of_every_command_is_japanese() -> None:
    code, out, err = accord("--help")
    assert code == 0
    assert err == ""
    assert out.startswith("使い方: accord")
    assert "オプション:" in out
    assert "このヘルプを表示して終了します" in out
    assert_japanese(out)
    for command in COMMANDS:
        code, out, err = accord(command, "--help")
        assert code == 0, command
        assert err == "", command
        assert out.startswith(f"使い方: accord {command}"), command
        assert_japanese(out)


def test_help_with_language_en_is_english() -> None:
    code, out, _err = accord("--language", "en", "--help")
    assert code == 0
    assert out.startswith("usage: accord")
    assert "show this help message and exit" in out
    assert not JAPANESE.search(out)
    code, out, _err = accord("--language", "en", "trash", "--help")
    assert "delete everything in the trash for good" in out
    assert not JAPANESE.search(out)


def test_usage_errors_and_a_bad_database_address_are_japanese(tmp_path: Path) -> None:
    code, out, err = accord("export", "--bogus")
    assert code == 2
    assert out == ""
    assert "認識できない引数があります: --bogus" in err
    assert_japanese(err)
    code, _out, err = accord("history")
    assert code == 2
    assert_japanese(err)
    code, _out, err = accord("--database-url", "mysql://u@h/db", "check")
    assert code == 2
    assert "mysql" in err
    assert_japanese(err)
    code, _out, err = accord("--language", "en", "--database-url", "mysql://u@h/db", "check")
    assert code == 2
    assert "Accord cannot use the database address" in err
    assert not JAPANESE.search(err)


def test_a_damaged_library_is_told_in_japanese(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    assert accord("--library", str(folder), "check")[0] == 0
    (folder / "accord.sqlite3").write_bytes(b"this is not a database at all" * 200)
    for name in ("accord.sqlite3-wal", "accord.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    code, out, err = accord("--library", str(folder), "history", "1")
    assert code == 1
    assert out == ""
    assert "破損" in err
    assert "accord --library" in err
    assert_japanese(err)
    code, _out, err = accord("--language", "en", "--library", str(folder), "history", "1")
    assert code == 1
    assert "is damaged" in err
    assert not JAPANESE.search(err)


def _agreement_id(folder: Path, title: str) -> int:
    library = open_library(folder)
    try:
        return next(a.id for a in list_agreements(library) if a.title == title)
    finally:
        library.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_command_speaks_the_language(tmp_path: Path, language: str) -> None:
    folder = str(tmp_path / "library")
    lang = () if language == "ja" else ("--language", "en")

    def run(*argv: str) -> tuple[int, str, str]:
        return accord(*lang, "--library", folder, *argv)

    def said(text: str) -> None:
        if language == "ja":
            assert_japanese(text)
        else:
            for data in ("釜山広域市", "友好協定", "経済協定", "赤", "2014年7月23日"):
                text = text.replace(data, "")
            assert text, text
            assert not JAPANESE.search(text), text

    header = ["Partner", "Country", "Agreement", "Date signed", "Colour"]
    rejected = write_csv(
        tmp_path / "rejected.csv",
        [header, ["釜山広域市", "KR", "友好協定", "2014-07-23", ""],
         ["釜山広域市", "KR", "経済協定", "not a date", ""]],
    )  # fmt: skip
    code, out, err = run("import", str(rejected), "--create-partners")
    assert code == 1
    said(out)
    said(err)
    good = write_csv(
        tmp_path / "good.csv",
        [header, ["釜山広域市", "KR", "友好協定", "2014-07-23", "赤"]],
    )
    code, out, err = run("import", str(good), "--create-partners", "--verbose")
    assert code == 0
    assert err == ""
    said(out)
    ident = str(_agreement_id(tmp_path / "library", "友好協定"))

    code, out, err = run("export", "-o", str(tmp_path / "out.csv"))
    assert code == 0
    assert out == ""
    said(err)  # the report of an export is on stderr: stdout may be the CSV
    code, out, err = run("attach", ident, str(SAMPLES / "jo.pdf"))
    assert code == 0
    assert err == ""
    said(out)
    code, out, err = run("history", ident)
    assert code == 0
    said(out)

    code, out, err = run("backup", str(tmp_path / "backup.zip"))
    assert code == 0
    said(out)
    code, out, err = run("restore", str(tmp_path / "backup.zip"))
    assert code == 0
    said(out)

    for stored in (tmp_path / "library" / "attachments").rglob("*.pdf"):
        stored.unlink()
    code, out, err = run("check")
    assert code == 1
    said(out)

    library = open_library(tmp_path / "library")
    try:
        delete_agreement(library, int(ident))
    finally:
        library.close()
    code, out, err = run("trash")
    assert code == 0
    assert err == ""
    said(out)
    code, out, err = run("trash", "--restore", "agreement", ident)
    assert code == 0
    said(out)
    code, out, err = run("trash", "--restore", "agreement", ident)
    assert code == 1
    said(err)
    code, out, err = run("trash", "--empty")
    assert code == 0
    said(out)
