"""What a briefing sheet says about a partner, or about some agreements: plain values.

:func:`partner_briefing` and :func:`agreements_briefing` collect, in one
:class:`Briefing`, everything the sheet prints: the partners' names in every script,
their facts, each agreement in use with its terms, people, places, events, links and
documents, and what is coming within a year (:func:`db.lifecycle.upcoming.upcoming`
with ``days=365``). Nothing here knows about pages or fonts: the window and
``accord briefing`` render the value (``desktop/briefing/``).

Statuses are those of the day asked about (:func:`db.lifecycle.life.status`). They are
derived from the lives of every agreement of the partners concerned, even when only some
agreements are asked for, so that one superseded by an agreement left out of the
selection still reads "Superseded".

:func:`find_partner_named` reads a partner's name as a person types it on the command
line.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.agreements import list_agreements
from db.errors import NotFoundError, ValidationError
from db.i18n.translate import fill, translate
from db.lifecycle.life import AgreementLife, LifeEvent, status
from db.lifecycle.lives import read_lives
from db.lifecycle.upcoming import UpcomingItem, upcoming
from db.partner_names import display_name
from db.partners import get_partner, list_partners
from db.text import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.enums import (
        AgreementStatus,
        AgreementType,
        PartnerKind,
        Relationship,
        Renewal,
    )
    from db.library import Library
    from db.lifecycle.periods import Period
    from db.schemas import AgreementRead, PartnerRead

# How far ahead a briefing sheet looks for deadlines, expiries and anniversaries.
UPCOMING_DAYS = 365
# Names offered at most when a typed partner name is unknown or ambiguous.
MAX_CHOICES = 8


@dataclass(frozen=True)
class Signatory:
    """One person who signed for a side: ``name`` and ``title`` ("" when not recorded)."""

    name: str
    title: str = ""


@dataclass(frozen=True)
class DocumentLine:
    """An attached document: its original file name, language (ISO 639-1 code and English
    name, "" when not set) and page count (``None`` when unknown, e.g. encrypted)."""

    file_name: str
    language: str
    language_name: str
    pages: int | None


@dataclass(frozen=True)
class AgreementRef:
    """Another agreement named by a link (supersedes / superseded by)."""

    id: int
    title: str
    date_signed: dt.date


@dataclass(frozen=True)
class AgreementSheet:
    """One agreement as the sheet prints it; ``status`` is the day's
    (:attr:`Briefing.today`), ``notice_deadline`` the end minus the notice period."""

    id: int
    partner_id: int
    title: str
    type: AgreementType
    date_signed: dt.date
    effective_from: dt.date | None
    expires_on: dt.date | None
    status: AgreementStatus
    renewal: Renewal
    renewal_term: Period | None
    notice_period: Period | None
    notice_deadline: dt.date | None
    office_signatories: tuple[Signatory, ...]
    partner_signatories: tuple[Signatory, ...]
    place_signed: str
    responsible_staff: str
    areas: tuple[str, ...]
    events: tuple[LifeEvent, ...]
    supersedes: AgreementRef | None
    superseded_by: AgreementRef | None
    documents: tuple[DocumentLine, ...]
    notes: str = ""


@dataclass(frozen=True)
class PartnerSheet:
    """A partner's names in every script and its facts; ``since`` is the date of
    affiliation (``None`` when not recorded)."""

    id: int
    name: str
    local_name: str
    office_name: str
    country: str
    kind: PartnerKind
    relationship: Relationship
    since: dt.date | None


@dataclass(frozen=True)
class Briefing:
    """Everything one briefing sheet prints, as of ``today``.

    ``partners`` in the order their agreements come (one for a partner's sheet);
    ``agreements`` in signing order (oldest first), each naming its partner;
    ``upcoming`` the dates of the next :data:`UPCOMING_DAYS` days, earliest first.
    ``selection`` is True for a sheet of chosen agreements rather than of a partner.
    """

    today: dt.date
    partners: tuple[PartnerSheet, ...]
    agreements: tuple[AgreementSheet, ...]
    upcoming: tuple[UpcomingItem, ...]
    selection: bool = False

    def of_partner(self, partner_id: int) -> tuple[AgreementSheet, ...]:
        """The agreements of one partner, in signing order."""
        return tuple(a for a in self.agreements if a.partner_id == partner_id)


def partner_briefing(
    library: Library, partner_id: int, *, today: dt.date | None = None
) -> Briefing:
    """Return the briefing of partner ``partner_id`` and all its agreements in use.

    Raises :class:`db.errors.NotFoundError` when there is no such partner (or it is in
    the trash), :class:`db.errors.LibraryError` when the library cannot be read.
    """
    partner = get_partner(library, partner_id)
    agreements = list_agreements(library, partner_id=partner_id)
    return _briefing(library, [partner], agreements, today or dt.date.today(), selection=False)


def agreements_briefing(
    library: Library, agreement_ids: Sequence[int], *, today: dt.date | None = None
) -> Briefing:
    """Return the briefing of the agreements ``agreement_ids`` (those in use, in signing
    order; their partners in the order of each one's first agreement).

    Raises :class:`db.errors.NotFoundError` when none of them is in use.
    """
    agreements = list_agreements(library, agreement_ids=list(agreement_ids))
    if not agreements:
        raise NotFoundError(translate("briefing", "None of the chosen agreements is in use."))
    partner_ids = list(dict.fromkeys(a.partner_id for a in reversed(agreements)))
    partners = [get_partner(library, pid) for pid in partner_ids]
    return _briefing(library, partners, agreements, today or dt.date.today(), selection=True)


def _briefing(
    library: Library,
    partners: list[PartnerRead],
    agreements: list[AgreementRead],
    today: dt.date,
    *,
    selection: bool,
) -> Briefing:
    partner_ids = {p.id for p in partners}
    chosen = {a.id for a in agreements}
    lives = read_lives(library, partner_ids=partner_ids)
    life_of = {life.id: life for life in lives.agreements}
    every = {a.id: a for a in agreements}
    linked = {a.supersedes_id for a in agreements} | {
        life.superseded_by for life in life_of.values() if life.id in chosen
    }
    missing = [i for i in linked if i is not None and i not in every]
    if missing:
        every.update((a.id, a) for a in list_agreements(library, agreement_ids=missing))
    ordered = sorted(agreements, key=lambda a: (a.date_signed, a.id))
    sheets = tuple(_sheet(a, life_of.get(a.id), every, today) for a in ordered)
    items = tuple(
        item
        for item in upcoming(lives, today, days=UPCOMING_DAYS)
        if item.date >= today  # the sheet's dates are those ahead (an expiry just past: its status)
        and item.partner_id in partner_ids
        and (item.agreement_id is None or not selection or item.agreement_id in chosen)
    )
    return Briefing(today, tuple(_partner_sheet(p) for p in partners), sheets, items, selection)


def _partner_sheet(partner: PartnerRead) -> PartnerSheet:
    return PartnerSheet(
        id=partner.id,
        name=partner.name,
        local_name=partner.local_name,
        office_name=partner.office_name,
        country=partner.country,
        kind=partner.kind,
        relationship=partner.relationship,
        since=partner.date_of_affiliation,
    )


def _ref(agreement: AgreementRead | None) -> AgreementRef | None:
    if agreement is None:
        return None
    return AgreementRef(agreement.id, agreement.title, agreement.date_signed)


def _signatories(values: list[dict[str, str]] | None) -> tuple[Signatory, ...]:
    people = (
        Signatory(str(v.get("name", "") or "").strip(), str(v.get("title", "") or "").strip())
        for v in values or ()
        if isinstance(v, dict)
    )
    return tuple(p for p in people if p.name or p.title)


def _sheet(
    agreement: AgreementRead,
    life: AgreementLife | None,
    every: dict[int, AgreementRead],
    today: dt.date,
) -> AgreementSheet:
    if life is None:  # changed between the two reads: its own fields still tell the story
        life = AgreementLife(
            id=agreement.id,
            partner_id=agreement.partner_id,
            title=agreement.title,
            date_signed=agreement.date_signed,
            effective_from=agreement.effective_from,
            expires_on=agreement.expires_on,
            renewal=agreement.renewal,
            renewal_term=agreement.renewal_term,
            notice_period=agreement.notice_period,
        )
    superseded_by = every.get(life.superseded_by) if life.superseded_by is not None else None
    supersedes = every.get(agreement.supersedes_id) if agreement.supersedes_id else None
    return AgreementSheet(
        id=agreement.id,
        partner_id=agreement.partner_id,
        title=agreement.title,
        type=agreement.type,
        date_signed=agreement.date_signed,
        effective_from=agreement.effective_from,
        expires_on=life.expires_on,
        status=status(life, today),
        renewal=agreement.renewal,
        renewal_term=life.term,
        notice_period=life.notice,
        notice_deadline=life.notice_deadline,
        office_signatories=_signatories(agreement.office_signatories),
        partner_signatories=_signatories(agreement.partner_signatories),
        place_signed=agreement.place_signed,
        responsible_staff=agreement.responsible_staff,
        areas=tuple(agreement.areas),
        events=life.events,
        supersedes=_ref(supersedes),
        superseded_by=_ref(superseded_by),
        documents=tuple(
            DocumentLine(d.original_name, d.language, d.language_name, d.page_count)
            for d in agreement.documents
        ),
        notes=agreement.notes,
    )


def find_partner_named(library: Library, text: str) -> PartnerRead:
    """Return the partner a person means by ``text``: its English, office-language or local
    name, ignoring case, accents and full/half width (:func:`db.text.fold`).

    A name matched whole wins; else the one partner whose names contain ``text``; else,
    when ``text`` is a number, the partner with that ID. Raises
    :class:`db.errors.ValidationError` (field ``partner``) when several partners fit,
    and :class:`db.errors.NotFoundError` when none does, each with one sentence that
    names the partners meant or nearest.
    """
    key = fold(text.strip())
    partners = list_partners(library)
    if not key:
        raise ValidationError(translate("briefing", "Name a partner."), field="partner")

    def names(partner: PartnerRead) -> list[str]:
        return [fold(n) for n in (partner.name, partner.office_name, partner.local_name) if n]

    whole = [p for p in partners if key in names(p)]
    found = whole or [p for p in partners if any(key in n for n in names(p))]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(
            fill(
                translate("briefing", "“{text}” could be {choices}: type more of the name."),
                text=text.strip(),
                choices=_choices(found),
            ),
            field="partner",
        )
    if key.isdigit():
        by_id = [p for p in partners if p.id == int(key)]
        if by_id:
            return by_id[0]
    every = {n: p for p in partners for n in names(p)}
    near = difflib.get_close_matches(key, list(every), n=MAX_CHOICES, cutoff=0.6)
    nearest = list({every[n].id: every[n] for n in near}.values())
    if not nearest:
        raise NotFoundError(
            fill(translate("briefing", "There is no partner named “{text}”."), text=text.strip())
        )
    message = translate("briefing", "There is no partner named “{text}”; did you mean {choices}?")
    raise NotFoundError(fill(message, text=text.strip(), choices=_choices(nearest)))


def _choices(partners: list[PartnerRead]) -> str:
    """``Paris, Seoul or Berlin`` (in the chosen language's words), at most
    :data:`MAX_CHOICES` of them."""
    shown = [display_name(p.name, p.office_name) for p in partners[:MAX_CHOICES]]
    if len(partners) > MAX_CHOICES:
        shown.append(fill(translate("briefing", "{n} more"), n=len(partners) - MAX_CHOICES))
    if len(shown) == 1:
        return shown[0]
    separator = translate("import", ", ", "between the items of a list")
    #: The last two of a list of choices: "Paris, Seoul or Berlin".
    return fill(
        translate("briefing", "{list} or {last}"), list=separator.join(shown[:-1]), last=shown[-1]
    )
