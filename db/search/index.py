"""Keeps ``search_text`` and the search index right on every ORM write.

Each flush of a session writes the search units (:mod:`db.search.writer`) of
the partners and agreements whose searchable text changed and of the pages
added, in its own transaction. A ``before_flush`` hook on every session (the
use cases', the built-in records', the trash's) fills the folded haystack of each new or changed
:class:`~db.models.Partner` and :class:`~db.models.Agreement` with the
functions of :mod:`db.search.terms`, so the search can run in SQL
(:mod:`db.agreement_query`). What goes in:

- a partner: :func:`partner_text` — English and local name, country and
  relationship label; **not** its notes, because an agreement's search joins
  its partner's text and a partner's notes must not make every one of its
  agreements match (the partner list matches notes itself);
- an agreement: :func:`agreement_text` — title, type label, date signed and
  valid until (ISO), notes and areas; its partner's part is joined at query
  time, so renaming a partner rewrites none of its agreements.

Bulk writes that bypass the ORM (the CSV import, the benchmark generator)
fill the column themselves with these two functions. The engine factory
(:func:`db.storage.engine.create_engine`) installs the hook (:func:`install`) before
any session of its engine can flush.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session

from db.enums import AgreementType, Relationship
from db.models import Agreement, DocumentPage, Partner
from db.search.terms import agreement_search_text, partner_search_text
from db.search.writer import insert_page_units, replace_agreement_units, replace_partner_units
from db.text import SearchKeys

if TYPE_CHECKING:
    from collections.abc import Iterable

# The fields each text is made of, in the order of the arguments of partner_text and
# agreement_text: the fields the field tables mark ``searchable`` (a test holds them
# alike). The order is the text's: titles sort by it (db.agreement_query).
PARTNER_PARTS = ("name", "local_name", "country", "relationship", "office_name")
AGREEMENT_PARTS = ("title", "type", "date_signed", "expires_on", "notes", "areas")


def partner_text(
    name: str,
    local_name: str,
    country: str,
    relationship: Relationship | str,
    office_name: str = "",
) -> str:
    """Return the ``search_text`` of a partner (``relationship`` as member or stored value)."""
    return partner_search_text(
        name, local_name or "", country, Relationship(relationship).label,
        office_name=office_name or "",
    )  # fmt: skip


def agreement_text(
    title: str,
    type: AgreementType | str,  # noqa: A002 - the column's name
    date_signed: dt.date | str,
    expires_on: dt.date | str | None,
    notes: str,
    areas: Iterable[str],
) -> str:
    """Return the ``search_text`` of an agreement (dates as dates or ISO text)."""
    return agreement_search_text(
        title,
        AgreementType(type).label,
        _iso(date_signed),
        _iso(expires_on),
        notes or "",
        list(areas or ()),
    )


def agreement_texts(
    rows: Iterable[tuple[str, AgreementType | str, dt.date | str, dt.date | str | None, str,
                         Iterable[str]]],
) -> list[str]:  # fmt: skip
    """Return the :func:`agreement_text` of each row (its arguments as a tuple), for bulk
    writes: type labels, ISO dates and the folded parts are made once per distinct value
    (titles, notes, areas and dates repeat).

    :func:`db.search.terms.search_text` folds its parts joined with spaces; folding each part
    alone and joining them gives the same text, because no step of
    :func:`db.text.search_key` acts across a space (NFKD, the marks removed, case
    folding and the script variants go character by character; canonical
    reordering and NFC composition stop at a character of combining class 0
    that composes with nothing, as a space is). Words are then joined by one
    space whatever the grouping, so the title and type (and the notes and
    areas) are folded and spaced once per distinct pair. A test holds the two to the same result.
    """
    heads: dict[Any, str] = {}  # (title, type) -> its words, folded
    tails: dict[Any, str] = {}  # (notes, areas) -> their words, folded
    isos: dict[Any, str] = {None: ""}
    folds = SearchKeys()
    texts = []
    for title, kind, signed, until, notes, areas in rows:
        head = heads.get((title, kind))
        if head is None:
            label = AgreementType(kind).label
            heads[(title, kind)] = head = _words(folds[title], folds[label])
        signed_text = isos.get(signed)
        if signed_text is None:
            isos[signed] = signed_text = _words(folds[_iso(signed)])
        until_text = isos.get(until)
        if until_text is None:
            isos[until] = until_text = _words(folds[_iso(until)])
        areas = tuple(areas or ())
        tail = tails.get((notes, areas))
        if tail is None:
            tails[(notes, areas)] = tail = _words(
                folds[notes or ""], *map(folds.__getitem__, areas)
            )
        texts.append(" ".join(filter(None, (head, signed_text, until_text, tail))))
    return texts


def _words(*parts: str) -> str:
    """Return the words of ``parts`` joined by one space, as :func:`db.search.terms.search_text`."""
    return " ".join(" ".join(parts).split())


def _iso(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _text_of(obj: Partner | Agreement) -> str:
    if isinstance(obj, Partner):
        return partner_text(*_PARTNER_PARTS(obj))
    return agreement_text(*_AGREEMENT_PARTS(obj))


_PARTNER_PARTS = attrgetter(*PARTNER_PARTS)
_AGREEMENT_PARTS = attrgetter(*AGREEMENT_PARTS)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    changed = session.info.setdefault(_CHANGED, [])
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Partner | Agreement):
            text = _text_of(obj)
            if obj.search_text != text or obj in session.new:
                obj.search_text = text
                changed.append(obj)
        elif isinstance(obj, DocumentPage) and obj in session.new:
            changed.append(obj)


def _after_flush(session: Session, _context: Any) -> None:
    """Write the search units of what :func:`_before_flush` saw change, now that new rows
    have their IDs, on the flush's own connection (one transaction)."""
    changed = session.info.pop(_CHANGED, None)
    if not changed:
        return
    connection = session.connection()
    partners = [obj for obj in changed if isinstance(obj, Partner)]
    agreements = [obj for obj in changed if isinstance(obj, Agreement)]
    pages = [obj for obj in changed if isinstance(obj, DocumentPage)]
    if partners:
        replace_partner_units(connection, (
            (p.id, p.name, p.local_name, p.country, p.relationship, p.office_name)
            for p in partners
        ))  # fmt: skip
    if agreements:
        replace_agreement_units(connection, (
            (a.id, a.title, a.type, a.date_signed, a.expires_on, a.notes, a.areas)
            for a in agreements
        ))  # fmt: skip
    if pages:
        insert_page_units(connection, ((p.document_id, p.page_number, p.text) for p in pages))


#: The session's ``info`` key of the records whose units its next flush writes.
_CHANGED = "accord_search_units"


def install() -> None:
    """Install the ``before_flush`` hook that fills ``search_text``, once per process.

    It listens on every :class:`sqlmodel.Session` (the use cases' recorded
    sessions, the built-in records', the trash's), whatever its engine;
    calling it again does nothing.
    """
    if not sa.event.contains(Session, "before_flush", _before_flush):
        sa.event.listen(Session, "before_flush", _before_flush)
        sa.event.listen(Session, "after_flush", _after_flush)
