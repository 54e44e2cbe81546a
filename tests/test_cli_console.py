"""Every command on a console that cannot carry every character (cp932, ASCII).

Japanese Windows gives a redirected or piped stdout the cp932 code page,
which has no Hangul, Thai or Arabic letters (nor ``—`` or ``↵``); a Linux
box in the C locale has ASCII. Each command runs as a real child process
with ``PYTHONIOENCODING=cp932`` and must do its work exactly once, exit as
it would anywhere, and write what the console lacks as ``\\uXXXX``; files
and ``export``'s CSV bytes keep the real characters. The partners are in
Korean, Thai, Arabic and Russian script (cp932 has Cyrillic, so Russian comes
out as it is), and the library lives in a folder with a Korean name, so
every line naming its path is tried too.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import list_agreements, update_agreement
from db.models import Document
from db.opening import open_library
from db.partners import delete_partner, find_partner, list_partners
from db.schemas import AgreementUpdate
from desktop.cli.main import main

if TYPE_CHECKING:
    from db.library import Library

ROOT = Path(__file__).resolve().parents[1]
#: Partner (English name), country, agreement title; two scripts cp932 lacks, one it has.
PARTNERS = [
    ("부산", "Republic of Korea", "부산 협정 — culture"),
    ("เชียงใหม่", "Thailand", "ความร่วมมือ"),
    ("دبي", "United Arab Emirates", "اتفاقية التعاون"),
    ("Новосибирск", "Russian Federation", "Соглашение"),
]
BUSAN = "\\ubd80\\uc0b0"  # 부산 as backslashreplace writes it
CHIANG_MAI = "\\u0e40\\u0e0a\\u0e35\\u0e22\\u0e07"  # the start of เชียงใหม่
DUBAI = "\\u062f\\u0628\\u064a"
SEOUL = "\\uc11c\\uc6b8"  # 서울, in the library folder's name


def accord(library_dir: Path, *argv: str, encoding: str = "cp932") -> tuple[int, str, str, bytes]:
    """Run ``accord --library LIBRARY ARGV`` on a console of ``encoding``.

    Returns (exit code, stdout and stderr decoded strictly in ``encoding``,
    stdout's bytes): a byte the console could not show fails the decoding.
    The stdout of ``export`` is CSV bytes, not console text: "" then.
    """
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--library", str(library_dir), *argv],
        capture_output=True,
        env=env,
        cwd=library_dir.parent,
        timeout=120,
    )
    stdout = "" if "export" in argv else result.stdout.decode(encoding)
    stderr = result.stderr.decode(encoding)
    assert "Traceback" not in stderr, stderr
    assert "unexpected error" not in stderr, stderr
    return result.returncode, stdout, stderr, result.stdout


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    return path


def partners_csv(folder: Path) -> Path:
    rows = [["Partner", "Country", "Relationship", "Agreement", "Date signed"]]
    rows += [
        [name, country, "Sister/friendship", title, f"2020-01-0{number}"]
        for number, (name, country, title) in enumerate(PARTNERS, start=1)
    ]
    return write_csv(folder / "partners in four scripts.csv", rows)


@pytest.fixture
def world(tmp_path: Path) -> Path:
    """A library in a folder named in Korean, holding the four partners and an agreement each."""
    from db.csv.importer import apply_import, plan_import

    folder = tmp_path / "서울 library"
    library = open_library(folder)
    try:
        plan = plan_import(library, partners_csv(tmp_path))
        apply_import(library, plan, create_partners=True)
    finally:
        library.close()
    return folder


def _count(library_dir: Path, query: sa.Select) -> int:
    library = open_library(library_dir)
    try:
        with library.session() as session:
            return int(session.execute(query).scalar_one())
    finally:
        library.close()


def _agreement_of(library: Library, partner: str) -> int:
    return next(a.id for a in list_agreements(library) if a.partner_name == partner)


def test_import_names_new_partners_in_any_script(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    open_library(folder).close()
    source = partners_csv(tmp_path)
    code, out, err, _ = accord(folder, "import", str(source), "--create-partners", "-v")
    assert (code, err) == (0, "")
    assert f"New partners: {BUSAN}, " in out
    assert "Новосибирск" in out
    assert f"“{BUSAN}” \\u2014 " in out  # the row's summary: its em dash is escaped too
    assert "Imported: 4 added, 0 updated, 0 unchanged, 4 partners created." in out
    code, out, err, _ = accord(folder, "import", str(source), "--create-partners")
    assert (code, err) == (0, "")
    assert "0 to add, 0 to update, 4 unchanged" in out
    library = open_library(folder)
    try:
        names = [p.name for p in list_partners(library)]
        titles = [a.title for a in list_agreements(library)]
    finally:
        library.close()
    for name, _country, title in PARTNERS:  # each exactly once, though imported twice
        assert names.count(name) == 1
        assert titles.count(title) == 1


def test_export_writes_real_characters_whatever_the_console(world: Path, tmp_path: Path) -> None:
    code, _, err, raw = accord(world, "export")
    assert (code, err) == (0, "")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "부산 협정 — culture" in raw.decode("utf-8-sig")
    code, _, err, raw = accord(world, "export", "--partners")
    assert (code, err) == (0, "")
    assert "เชียงใหม่" in raw.decode("utf-8-sig")
    # --encoding writes bytes in that encoding, not in the console's.
    code, _, err, raw = accord(world, "export", "--encoding", "utf-8", "--partner", "دبي")
    assert (code, err) == (0, "")
    assert "اتفاقية التعاون" in raw.decode("utf-8")
    code, out, err, raw = accord(world, "export", "--encoding", "cp932", "--partner", "Новосибирск")
    assert (code, err) == (0, "")
    assert "Соглашение" in raw.decode("cp932")
    code, out, err, raw = accord(world, "export", "--encoding", "cp932")
    assert (code, raw) == (1, b"")
    assert BUSAN in err
    assert "cannot carry" in err

    target = tmp_path / "부산 report.csv"
    code, out, err, raw = accord(world, "export", "-o", str(target))
    assert (code, raw) == (0, b"")
    assert err == f"Exported 25 agreements to {str(target).replace('부산', BUSAN)}.\n"
    assert "اتفاقية التعاون" in target.read_text(encoding="utf-8-sig")


def test_attach_attaches_once_and_says_so(world: Path, tmp_path: Path, samples: Path) -> None:
    pdf = tmp_path / "부산 signed.pdf"
    pdf.write_bytes((samples / "minimal-document.pdf").read_bytes())
    library = open_library(world)
    try:
        agreement = _agreement_of(library, "부산")
    finally:
        library.close()
    documents = sa.select(sa.func.count()).select_from(Document)
    code, out, err, _ = accord(world, "attach", str(agreement), str(pdf), "--language", "ko")
    assert (code, err) == (0, "")
    assert out.startswith(f"Attached {BUSAN} signed.pdf to agreement {agreement} as document ")
    assert _count(world, documents) == 1
    code, out, err, _ = accord(world, "attach", str(agreement), str(pdf))  # a script's retry
    assert code == 1
    assert out == ""
    assert (
        err == f"accord: This file is already attached to the agreement as “{BUSAN} signed.pdf”.\n"
    )
    assert _count(world, documents) == 1


def test_check_backup_and_restore_name_the_library_folder(world: Path) -> None:
    code, out, err, _ = accord(world, "check", "-v")
    assert (code, err) == (0, "")
    assert out.endswith(f"The library at {str(world).replace('서울', SEOUL)} is in order.\n")
    code, out, err, _ = accord(world, "backup")
    assert (code, err) == (0, "")
    assert out.startswith("Backed up the library at ")
    assert SEOUL in out
    (archive,) = (world / "backups").glob("*.zip")
    code, out, err, _ = accord(world, "restore", str(archive))
    assert (code, err) == (0, "")
    assert out.startswith("Restored the library at ")
    assert SEOUL in out
    assert len(list((world / "backups").glob("*.zip"))) == 2  # the archive and the one kept


def test_history_and_trash_list_names_in_any_script(world: Path) -> None:
    library = open_library(world)
    try:
        agreement = _agreement_of(library, "เชียงใหม่")
        update_agreement(library, agreement, AgreementUpdate(notes="ในเชียงใหม่"))
        dubai = find_partner(library, "دبي")
        assert dubai is not None
        delete_partner(library, dubai.id, with_agreements=True)
    finally:
        library.close()
    code, out, err, _ = accord(world, "history", str(agreement))
    assert (code, err) == (0, "")
    assert f"Notes: “” → “\\u0e43\\u0e19{CHIANG_MAI}" in out
    code, out, err, _ = accord(world, "trash")
    assert (code, err) == (0, "")
    assert f"partner {dubai.id}  “{DUBAI}”" in out
    code, out, err, _ = accord(world, "trash", "--restore", "partner", str(dubai.id))
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored from the trash: partner {dubai.id} “{DUBAI}”")
    library = open_library(world)
    try:
        assert find_partner(library, "دبي") is not None
    finally:
        library.close()


@pytest.mark.parametrize("encoding", ["cp932", "ascii"])
def test_help_is_printed_whole(world: Path, encoding: str) -> None:
    code, out, err, _ = accord(world, "--help", encoding=encoding)
    assert (code, err) == (0, "")
    assert out.startswith("usage: accord")
    assert "restore" in out
    code, out, err, _ = accord(world, "import", "--help", encoding=encoding)
    assert (code, err) == (0, "")
    assert "--create-partners" in out
    assert ("→" if encoding == "cp932" else "\\u2192") in out


def test_errors_are_one_escaped_sentence(world: Path) -> None:
    code, out, err, _ = accord(world, "import", str(world.parent / "없는 file.csv"))
    assert (code, out) == (1, "")
    assert err == f"accord: There is no file {world.parent}/\\uc5c6\\ub294 file.csv.\n"
    code, out, err, _ = accord(world, "trash", "--restore", "부산", "1")
    assert (code, out) == (2, "")
    assert f"“{BUSAN}” is not a kind of record" in err
    code, out, err, _ = accord(world, "export", "--partner", "부산광역시")
    assert (code, out) == (1, "")
    assert BUSAN in err
    assert err.count("\n") == 1


def test_a_cp932_stdout_without_pythonioencoding(
    world: Path, tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stream that is cp932 and strict however it came to be (a Windows console in its
    legacy mode, a redirect on Japanese Windows): the same reconfigure covers it."""
    console = io.TextIOWrapper(io.BytesIO(), encoding="cp932")  # errors="strict"
    monkeypatch.setattr(sys, "stdout", console)
    pdf = tmp_path / "دبي.pdf"
    pdf.write_bytes((samples / "minimal-document.pdf").read_bytes())
    library = open_library(world)
    try:
        agreement = _agreement_of(library, "دبي")
    finally:
        library.close()
    assert main(["--library", str(world), "attach", str(agreement), str(pdf)]) == 0
    console.flush()
    shown = console.buffer.getvalue().decode("cp932")
    assert shown.startswith(f"Attached {DUBAI}.pdf to agreement {agreement}")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_report_that_cannot_be_written_does_not_fail_the_work(
    world: Path, tmp_path: Path, samples: Path
) -> None:
    """stdout on a full disk (``/dev/full``): the attach is done once and exits 0, and stderr
    says in one sentence that its report was lost; export, whose output is the work, fails."""
    pdf = tmp_path / "full disk.pdf"
    pdf.write_bytes((samples / "minimal-document.pdf").read_bytes())
    documents = sa.select(sa.func.count()).select_from(Document)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def to_full_disk(*argv: str) -> subprocess.CompletedProcess[str]:
        with open("/dev/full", "w") as full:  # noqa: PTH123 - a device, not a path to build
            return subprocess.run(
                [sys.executable, "-m", "desktop", "--library", str(world), *argv],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                timeout=120,
            )

    result = to_full_disk("attach", "1", str(pdf))
    assert result.returncode == 0
    assert _count(world, documents) == 1
    assert result.stderr == (
        "accord: what this command reports could not be written to standard output (No space "
        "left on device); the exit code still says how the command went.\n"
    )
    result = to_full_disk("check", "-v")
    assert result.returncode == 0
    assert "No space left on device" in result.stderr
    result = to_full_disk("export")
    assert result.returncode == 1
    assert result.stderr == "accord: The report cannot be written: No space left on device.\n"


def test_a_reader_that_goes_away_is_not_a_failure(world: Path) -> None:
    """``accord check -v | head -1``: the pipe closes; the command's exit code stands."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--library", str(world), "check", "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written
    with process.stderr:
        stderr = process.stderr.read()
    assert (process.wait(timeout=120), stderr) == (0, b"")
