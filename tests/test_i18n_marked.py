"""Every sentence ``db/`` and the command line make for a person goes through the catalogue.

An AST scan: a string literal (or f-string) with words, given to an exception,
to a report list (``problems``, ``notices``, ``checked``), to a row's
``reject``/``notice``, to ``print`` or as an argparse ``help`` is a sentence
that ``translate`` never saw. Marked texts are ``translate(...)``/
``QT_TRANSLATE_NOOP(...)`` calls, with values put in by ``fill``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
WORDS = re.compile(r"[A-Za-z]{2,}")
# Exceptions whose messages are for programmers, not people (an impossible state).
ALLOWED = {
    "db/i18n/qm.py",  # the catalogue reader: its errors make the source texts show instead
    "db/i18n/translate.py",
    "db/storage/files.py",  # IsADirectoryError(EISDIR, "Is a directory"): the OS's own words
    "db/enums.py",  # its value errors are turned into sentences where labels are parsed
}
SENTENCE_METHODS = {"append", "reject", "notice", "print", "write", "exit", "error"}


def _sources() -> Iterator[Path]:
    yield from sorted(p for p in (ROOT / "db").rglob("*.py") if "migrations" not in p.parts)
    yield from sorted((ROOT / "desktop" / "cli").rglob("*.py"))


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return bool(WORDS.search(text))
    return False


def unmarked(path: Path, root: Path = ROOT) -> list[str]:
    """Return ``file:line`` of every sentence literal in ``path`` outside the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        sentence = name.endswith("Error") or name in SENTENCE_METHODS
        candidates = list(node.args) if sentence else []
        if name in ("add_argument", "add_parser", "ArgumentParser", "_Parser"):
            candidates += [kw.value for kw in node.keywords if kw.arg in ("help", "description")]
        if name == "reject" or name == "notice":
            candidates = candidates[1:]  # the first is the column, a key
        for arg in candidates:
            if _has_words(arg):
                found.append(f"{path.relative_to(root).as_posix()}:{arg.lineno}")
    return found


def test_every_sentence_of_db_and_the_command_line_is_marked() -> None:
    left = [
        where
        for path in _sources()
        if path.relative_to(ROOT).as_posix() not in ALLOWED
        for where in unmarked(path)
    ]
    assert left == []


def test_the_scan_finds_an_unmarked_sentence(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'raise ValueError(f"There is no {kind} here.")\n'
        'raise ValueError(translate("c", "Marked {kind}."))\n'
        'print("Done, all well.")\n'
        'row.reject("Partner", "A partner needs a name.")\n',
        encoding="utf-8",
    )
    assert unmarked(sample, tmp_path) == ["sample.py:1", "sample.py:3", "sample.py:4"]
