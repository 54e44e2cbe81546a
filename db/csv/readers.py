"""How an imported cell becomes a field's value: the readers the field tables name.

A field of :mod:`db.agreement_fields` or :mod:`db.partner_fields` says how its cell is
read (:class:`db.record_fields.ReadAs`); :func:`reader` returns the function that does it,
with the CSV rules: cleaning as the forms clean, refusing a control character, dates in
any form a person or Excel writes, IDs, and labels in any language or as Excel damaged
them. Each reader takes ``(cell text, date order)`` (the neutralising apostrophe already
taken off) and raises :class:`db.errors.CellError` with one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from db.csv.cells import check_typable, parse_id, parse_label, parse_optional_date
from db.errors import CellError
from db.lifecycle.events import parse_events
from db.periods import parse_period
from db.rules import signatories_refusal
from db.schemas import EventData, clean_areas
from db.text import clean, clean_notes

if TYPE_CHECKING:
    import datetime as dt

    from db.dates import DateOrder
    from db.enums import LabelledEnum
    from db.record_fields import ReadAs

# Reads a CSV cell into a value; raises db.errors.CellError with one sentence.
Reader = Callable[[str, "DateOrder | None"], Any]


def read_text(text: str, _order: DateOrder | None = None) -> str:
    """A line of text, as :func:`db.text.clean` stores it; a control character refuses it."""
    if not text.isprintable():  # the usual cell is: no control character to look for
        check_typable(text)
    return clean(text)


def read_notes(text: str, _order: DateOrder | None = None) -> str:
    """Free text, as :func:`db.text.clean_notes` stores it."""
    if not text.isprintable():
        check_typable(text)
    return clean_notes(text)


def read_list(text: str, _order: DateOrder | None = None) -> list[str]:
    """A ``;``-separated list (areas), as :func:`db.schemas.clean_areas` stores it."""
    if not text.isprintable():
        check_typable(text)
    return clean_areas(text)


def read_date(text: str, order: DateOrder | None = None) -> dt.date | None:
    """A date in any form :func:`db.dates.parse_date` reads; empty: ``None``."""
    return parse_optional_date(text, order)


def _id_reader(what: str) -> Reader:
    def read_id(text: str, _order: DateOrder | None = None) -> int | None:
        return parse_id(text, what)

    return read_id


def _label_reader(enum: type[LabelledEnum]) -> Reader:
    def read_label(text: str, _order: DateOrder | None = None) -> Any:
        return parse_label(text, enum)

    return read_label


def read_period(text: str, _order: DateOrder | None = None) -> str:
    """A period in any form :func:`db.periods.parse_period` reads (``"3 months"``,
    ``"3か月"``, ``"P3M"``), as stored (``"P3M"``); empty: ``""``."""
    try:
        period = parse_period(text)
    except ValueError as exc:
        raise CellError(str(exc)) from None
    return "" if period is None else period.iso


# One signatory of a cell: a name, then its title in parentheses at the end (optional).
_SIGNATORY = re.compile(r"(?P<name>[^()]*?)\s*(?:\((?P<title>[^()]*)\))?")


def read_signatories(text: str, _order: DateOrder | None = None) -> list[dict[str, str]]:
    """Signatories as :func:`db.record_fields.write_signatories` writes them (``"Name
    (Title); Name2"``), cleaned as the form cleans them, empty parts left out; a part that
    is no name with a title at its end refuses the cell with
    :func:`db.rules.signatories_refusal`'s sentence."""
    if not text.isprintable():
        check_typable(text)
    found: list[dict[str, str]] = []
    for part in text.split(";"):
        part = clean(part)
        if not part:
            continue
        match = _SIGNATORY.fullmatch(part)
        if match is None:
            raise CellError(signatories_refusal([{"name": part}]) or part)
        name, title = clean(match["name"]), clean(match["title"] or "")
        if name or title:
            found.append({"name": name, "title": title})
    return found


def read_events(text: str, _order: DateOrder | None = None) -> list[EventData]:
    """Events in the text form of :mod:`db.lifecycle.events` (one a line, labels in any
    language Accord writes), in date order; empty: none."""
    if not text.isprintable():
        check_typable(text)
    try:
        return parse_events(text)
    except ValueError as exc:
        raise CellError(str(exc)) from None


_BY_KIND: dict[str, Reader] = {
    "text": read_text,
    "notes": read_notes,
    "list": read_list,
    "date": read_date,
    "period": read_period,
    "signatories": read_signatories,
    "events": read_events,
}


def reader(read_as: ReadAs) -> Reader:
    """Return the function that reads a cell as ``read_as`` says.

    Raises ``KeyError`` for a kind no reader exists for (a mistake in a field table,
    found when the CSV modules build their tables at import).
    """
    if read_as.how == "id":
        return _id_reader(read_as.of)
    if read_as.how == "label":
        return _label_reader(read_as.of)
    return _BY_KIND[read_as.how]
