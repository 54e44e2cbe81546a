"""What the agreement table loads during a search: the found agreements, ranked or sorted.

The search field's text is read and run by :func:`db.text_search.search`
(the query language of :mod:`db.search.query`); the table shows the
agreements it finds, in its rank order (:attr:`ShownQuery.ranked`). A click
on a column heading sorts the same found set by that column instead: the
column's own ID query (:func:`db.agreement_query.agreement_id_array`, the
database's sort and indexes) is kept to the IDs found, one pass over an
array, so it stays correct and off the GUI thread at 100,000 agreements
(both queries run in the worker). A new search text brings the rank order
back. The partner filter keeps the chosen partner's agreements only.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from db.agreement_query import AgreementQuery, agreement_id_array
from db.search.query import typed_words
from db.text_search import PageHit, first_screen, search

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.library import Library


@dataclass(frozen=True)
class ShownQuery(AgreementQuery):
    """An :class:`~db.agreement_query.AgreementQuery` with the window's search.

    ``search`` is the search field's text as typed (empty: no search; the
    inherited ``terms`` are left empty, the old record-only search);
    ``ranked`` shows the agreements found in the search's rank order, false
    after a header click sorted them by ``sort``.
    """

    search: str = ""
    ranked: bool = True


@dataclass(frozen=True)
class Found:
    """What a search load found besides the IDs: its text, the partners it narrows the
    partner list to, and the page hits of the agreements shown (in their order)."""

    text: str
    partner_ids: frozenset[int] = frozenset()
    hits: tuple[PageHit, ...] = ()
    # Only the first screen of a ranked search (:func:`db.text_search.first_screen`):
    # the full search follows, and the partner list waits for it.
    partial: bool = False


@dataclass(frozen=True)
class Loaded:
    """What a load produced: the query really run, its IDs, and whatever else it was asked
    for (a search's :class:`Found`)."""

    query: AgreementQuery
    ids: Sequence[int]
    extra: Any = None


# A load: runs in a worker thread (or at once) and touches no widget.
LoadWork = Callable[[], Loaded]


def search_work(
    library: Library, query: AgreementQuery, keep_partner: bool, *, first: bool = False
) -> LoadWork:
    """Return the load of a search (run in a worker): the agreements found, and what else.

    The partner filter is dropped when the search hides that partner
    (``keep_partner`` false and neither its agreements nor its names match).
    Without a search, :class:`Found` is empty, so the partner list and the
    results panel show everything again. With ``first``, a ranked search of all
    partners loads its first screen only when that is quicker (a term too short
    for the trigram index): :attr:`Found.partial` says the full load must follow.
    """

    def work() -> Loaded:
        loaded = load(library, query, keep_partner=keep_partner, first=first)
        return loaded if loaded.extra is not None else replace(loaded, extra=Found(""))

    return work


def load(
    library: Library, query: AgreementQuery, *, keep_partner: bool = True, first: bool = False
) -> Loaded:
    """Return the IDs ``query`` shows (run in a worker; raises :class:`~db.errors.LibraryError`).

    Without a search: the plain ID query. With one: the agreements found,
    ranked or in the column's order, of ``query.partner_id`` only; unless
    ``keep_partner``, a partner none of whose agreements or names match
    gives way to every partner (the query shown then has no partner).
    """
    if not isinstance(query, ShownQuery) or not query.search:
        return Loaded(query, agreement_id_array(library, query), None)
    if first and query.ranked and query.partner_id is None:
        screen = first_screen(library, query.search)
        if not screen.complete:
            partial = Found(query.search, screen.partner_ids, screen.page_hits, partial=True)
            return Loaded(query, screen.agreement_ids, partial)
    result = search(library, query.search)
    partner = query.partner_id
    if partner is not None and not keep_partner and partner not in result.partner_ids:
        query, partner = replace(query, partner_id=None), None
    found = result.agreement_ids
    if not query.ranked:
        wanted = set(found)
        ids = array("q", (i for i in agreement_id_array(library, query) if i in wanted))
    elif partner is not None:
        mine = set(agreement_id_array(library, AgreementQuery(partner_id=partner)))
        ids = array("q", (i for i in found if i in mine))
    else:
        ids = found
    hits = result.page_hits
    if partner is not None:
        shown = set(ids)
        hits = tuple(hit for hit in hits if hit.agreement_id in shown)
    return Loaded(query, ids, Found(query.search, result.partner_ids, hits))


def highlight_words(text: str) -> tuple[str, ...]:
    """Return the words and phrases of a search as typed, for highlighting on a PDF page
    (:func:`db.search.query.typed_words`)."""
    return typed_words(text)


def reordered(query: AgreementQuery, before: AgreementQuery) -> bool:
    """Whether ``query`` differs from ``before`` in its order only (the same rows)."""
    same: dict[str, Any] = {"sort": before.sort, "descending": before.descending}
    if isinstance(before, ShownQuery) and isinstance(query, ShownQuery):
        same["ranked"] = before.ranked
    return replace(query, **same) == before
