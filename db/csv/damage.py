"""Cells Excel damaged: ``?`` where a character was, read back or refused in one sentence.

Excel saving a CSV as Shift_JIS (cp932, "CSV (Comma delimited)" on Japanese
Windows) writes ``?`` for each character cp932 cannot carry (``??`` for one
outside the Basic Multilingual Plane): ``é`` of ``Joint communiqué``, Korean,
Thai, Arabic, emoji. A value the library holds (:func:`repair`) or a label
of an enumeration (:func:`damaged_label`) is read back when the damaged text
can be only one of them; where it could be several, the cell is refused
naming them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from db.enums import TYPE_ALIASES, AgreementType
from db.errors import CellError
from db.i18n.translate import fill, translate

if TYPE_CHECKING:
    from collections.abc import Iterable


def excerpt(text: str, limit: int = 40) -> str:
    """Return ``text`` as a message quotes it: its first ``limit`` characters, then " …"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


LOST = "?\ufffd"
"""What stands for a lost character: Excel's ``?``, and U+FFFD, which tools write
where decoding fails."""


def has_lost(text: str) -> bool:
    """Return whether ``text`` holds a mark of a lost character (``?`` or U+FFFD)."""
    return "?" in text or "\ufffd" in text


def damaged(file_value: str, library_value: str) -> bool:
    """Return whether ``file_value`` is ``library_value`` as Excel saving as Shift_JIS
    would damage it: some characters cp932 cannot carry replaced, everything else equal.

    Excel writes through Windows' WideCharToMultiByte with the default character:
    one ``?`` per UTF-16 code unit, so exactly one for a character of the Basic
    Multilingual Plane and two for one outside it (one is accepted too, as
    Python's ``errors="replace"`` writes). U+FFFD counts as ``?``. Identical
    values are not damaged.
    """
    if file_value == library_value or not has_lost(file_value):
        return False
    if len(file_value) > 2 * len(library_value):
        return False
    pattern = []
    replaceable = False
    for char in library_value:
        if _carried(char):
            pattern.append(re.escape(char))
        else:
            replaceable = True
            marks = "[?\ufffd]{1,2}" if ord(char) > 0xFFFF else "[?\ufffd]"
            pattern.append(f"(?:{re.escape(char)}|{marks})")
    return replaceable and re.fullmatch("".join(pattern), file_value, re.DOTALL) is not None


def _carried(char: str) -> bool:
    """Return whether Shift_JIS (cp932) carries ``char``."""
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


_RUNS = re.compile("[?\ufffd]+|[^?\ufffd]+")


@dataclass(frozen=True)
class Repair:
    """A cell whose ``?`` Excel put in place of characters the library holds, mended.

    ``value`` is the file's text with those characters put back (the user's
    other edits kept); ``put_back`` pairs each ``?`` run with the characters
    it replaces, in order.
    """

    value: str
    put_back: tuple[tuple[str, str], ...]

    def notice(self) -> str:
        """The sentence a preview shows: “?” put back as “é” from the library."""
        pair = translate("import", "“{marks}” put back as “{chars}”")
        pairs = translate("import", ", ", "between the items of a list").join(
            fill(pair, marks=marks, chars=chars) for marks, chars in self.put_back
        )
        return fill(translate("import", "{changes} from the library."), changes=pairs)


def repair(file_value: str, library_value: str) -> Repair | None:
    """Return ``file_value`` with the ``?`` Excel put in place of the library's characters
    put back, or ``None`` when it has nothing to mend.

    Excel saving as Shift_JIS (cp932) writes ``?`` for each character cp932
    cannot carry (``??`` for one outside the Basic Multilingual Plane). The
    two values are aligned (:class:`difflib.SequenceMatcher`, on what lies
    between their common start and end); a ``?`` run of the file standing
    where the library holds a run of characters cp932 cannot carry, one or
    two ``?`` per character, is put back. A ``?`` where the library holds
    nothing, or only characters cp932 carries, was typed and stays. ``None``
    when the file's value has no ``?``, equals the library's, or the
    library's holds nothing cp932 cannot carry (free for cells without ``?``).
    Raises :class:`CellError` when some ``?`` stand where the library holds such
    characters but do not match them run for run (a damaged cell must
    never overwrite the good value).
    """
    if not has_lost(file_value) or file_value == library_value or library_value.isascii():
        return None
    if all(_carried(char) for char in set(library_value)):
        return None
    start = 0
    limit = min(len(file_value), len(library_value))
    while start < limit and file_value[start] == library_value[start]:
        start += 1
    end = 0
    while end < limit - start and file_value[-1 - end] == library_value[-1 - end]:
        end += 1
    old = library_value[start : len(library_value) - end]
    new = file_value[start : len(file_value) - end]
    parts: list[str] = [file_value[:start]]
    put_back: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        segment = new[j1:j2]
        if tag == "equal" or not has_lost(segment) or all(map(_carried, old[i1:i2])):
            parts.append(segment)
            continue
        mended = _mend(old[i1:i2], segment)
        if mended is None:
            raise CellError(
                fill(
                    translate(
                        "import",
                        "“{shown}” has “?” where the library holds characters this file cannot "
                        "carry; type them again or export as UTF-8.",
                    ),
                    shown=excerpt(file_value),
                )
            )
        parts.append(mended[0])
        put_back.extend(mended[1])
    parts.append(file_value[len(file_value) - end :])
    if not put_back:
        return None
    return Repair("".join(parts), tuple(put_back))


def _mend(old: str, new: str) -> tuple[str, list[tuple[str, str]]] | None:
    """Return ``new`` with each ``?`` run replaced by the matching run of ``old`` that cp932
    cannot carry, and the pairs; ``None`` when the runs do not match one for one."""
    lost = _lost_runs(old)
    marks = [run for run in _RUNS.findall(new) if run[0] in LOST]
    if len(marks) != len(lost):
        return None
    pairs = []
    for run, chars in zip(marks, lost, strict=True):
        wide = sum(ord(char) > 0xFFFF for char in chars)
        if not len(chars) <= len(run) <= len(chars) + wide:
            return None
        pairs.append((run, chars))
    found = iter(chars for _run, chars in pairs)
    return _RUNS.sub(lambda m: next(found) if m[0][0] in LOST else m[0], new), pairs


def _lost_runs(text: str) -> list[str]:
    """Return the runs of consecutive characters of ``text`` that cp932 cannot carry."""
    runs: list[str] = []
    current = ""
    for char in text:
        if _carried(char):
            if current:
                runs.append(current)
            current = ""
        else:
            current += char
    if current:
        runs.append(current)
    return runs


def label_spellings(enum: Any) -> dict[str, Any]:
    """Return every spelling of a labelled enum's members a file may hold, casefolded:
    label, value (``_`` as space), label without accents (:meth:`written` for cp932) and
    the type aliases (``覚書``...)."""
    spellings: dict[str, Any] = {}
    for member in enum:
        for text in (member.label, member.value.replace("_", " "), member.written("cp932")):
            spellings.setdefault(text.casefold(), member)
    if enum is AgreementType:
        for alias, value in TYPE_ALIASES.items():
            spellings.setdefault(alias.casefold(), AgreementType(value))
    return spellings


def damaged_label(text: str, enum: Any) -> Any:
    """Return the member of a labelled enum whose label ``text`` is once Excel damaged it
    (``Joint communiqu?`` for ``Joint communiqué``; case ignored), ``None`` when ``text``
    is no damaged label.

    Raises :class:`CellError` when the damaged text could be several labels,
    naming them.
    """
    if not has_lost(text):
        return None
    key = " ".join(text.split()).casefold()
    found = {member for spelling, member in label_spellings(enum).items() if damaged(key, spelling)}
    if len(found) > 1:
        labels = [member.label for member in enum if member in found]
        raise CellError(
            fill(
                translate(
                    "import",
                    "“{shown}” looks like a label a spreadsheet damaged (“?” in place of "
                    "characters) and could be {join} or {labels}; type it again.",
                ),
                shown=excerpt(text),
                join=", ".join(labels[:-1]),
                labels=labels[-1],
            )
        )
    return found.pop() if found else None


def label_notice(text: str, member: Any) -> str:
    """The sentence a preview shows for a damaged label read back (:func:`damaged_label`)."""
    return fill(
        translate(
            "import",
            "“{shown}” was read as “{label}”: the “?” stand for characters the file could not "
            "carry.",
        ),
        shown=excerpt(text),
        label=member.label,
    )


def damaged_partner(name: str, partners: Iterable[Any], preferred: Any = None) -> Any:
    """Return the one partner whose name or local name ``name`` is once Excel damaged it
    (:func:`damaged`), ``None`` when it fits none.

    ``preferred`` is the partner the row's ID already names (an agreement's
    partner): when the damaged text fits it, it is that partner whatever
    else it could be. Raises :class:`CellError` naming the partners when it
    could be several.
    """

    def fits(partner: Any) -> bool:
        return damaged(name, partner.name) or bool(
            partner.local_name and damaged(name, partner.local_name)
        )

    if preferred is not None and fits(preferred):
        return preferred
    candidates = [partner for partner in partners if fits(partner)]
    if len(candidates) > 1:
        names = sorted(partner.name for partner in candidates)
        raise CellError(
            fill(
                translate("import", "“{shown}” looks damaged and could be {join} or {names}."),
                shown=excerpt(name),
                join=", ".join(names[:-1]),
                names=names[-1],
            )
        )
    return candidates[0] if candidates else None
