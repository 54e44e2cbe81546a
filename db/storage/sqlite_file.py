"""What SQLite finds wrong in a database file, in sentences (``PRAGMA integrity_check``)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING
from urllib.parse import quote

from db.i18n.translate import fill, translate

if TYPE_CHECKING:
    from pathlib import Path


class IntegrityProblem(str):
    """One sentence of :func:`file_integrity_problems`, in the chosen language, that also keeps
    SQLite's own words (``reason``) and whether the file could not be checked at all
    (``unreadable``), so that no caller has to parse a translated sentence."""

    reason: str
    unreadable: bool

    def __new__(cls, text: str, reason: str, *, unreadable: bool) -> IntegrityProblem:
        problem = super().__new__(cls, text)
        problem.reason = reason
        problem.unreadable = unreadable
        return problem


def file_integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Return what ``PRAGMA integrity_check`` finds wrong in the file ``path``; empty if ok.

    ``quick`` runs ``quick_check`` instead: every page is read, but indexes
    are not compared with their tables (several times faster).
    """
    try:
        connection = sqlite3.connect(uri(path, "ro"), uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        opened = translate("backup", "it cannot be opened ({reason}).")
        reason = sqlite_reason(exc)
        return [IntegrityProblem(fill(opened, reason=reason), reason, unreadable=True)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as exc:
        read = translate("backup", "it cannot be read ({reason}).")
        reason = sqlite_reason(exc)
        return [IntegrityProblem(fill(read, reason=reason), reason, unreadable=True)]
    finally:
        connection.close()
    return [
        IntegrityProblem(f"{one_line(line)}.", one_line(line), unreadable=False)
        for (line,) in rows
        if line != "ok"
    ]


def one_line(finding: str) -> str:
    """One of SQLite's integrity findings on one line, short: for a sentence, not a report.

    SQLite heads some findings with ``*** in database main ***`` and a line
    break; that heading goes, the remaining lines are joined with ``; `` and
    the whole is cut to 120 characters.
    """
    lines = [line.strip() for line in finding.splitlines()]
    kept = [line for line in lines if line and not line.startswith("*** in database")]
    text = "; ".join(kept) or finding.strip()
    return text if len(text) <= 120 else text[:119].rstrip() + "…"


def problem_reason(problem: str) -> str:
    """SQLite's own words in one of :func:`file_integrity_problems`' sentences, no full stop."""
    if isinstance(problem, IntegrityProblem):
        return problem.reason.rstrip(".")
    return problem.rstrip(".")


def is_unreadable(problem: str) -> bool:
    """Whether :func:`file_integrity_problems` said ``problem`` of a file it could not check
    (it could not open or read it), as opposed to a fault it found inside."""
    return isinstance(problem, IntegrityProblem) and problem.unreadable


def uri(path: Path, mode: str) -> str:
    """Return the ``file:`` URI of ``path``; ``mode`` ``ro``, ``rw`` (must exist) or ``rwc``."""
    return f"file:{quote(path.absolute().as_posix())}?mode={mode}"


def sqlite_reason(error: sqlite3.Error) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return (lines[0] if lines else type(error).__name__).rstrip(".")
