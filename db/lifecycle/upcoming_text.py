"""What is coming, as people read it: sections, what each date is, one-line summaries.

The command line (``accord upcoming``), the window's Upcoming panel and the calendar file
(:mod:`db.lifecycle.ics`) share these texts (context ``upcoming``), so each says the same
thing in the same words:

- :class:`Section`: notice deadlines and expiries ahead (**due**), **expired** lately,
  **anniversaries** in the next twelve months; :func:`grouped` puts items in them;
- :func:`what`: ``"Notice deadline"``, ``"Expires"``, ``"30th anniversary of signing"``;
- :func:`summary`: ``"Notice deadline: <title> (<partner>)"``, ``"30th anniversary of the
  affiliation with Paris"``.

English ordinals follow English (1st, 2nd, 3rd, 11th, 21st); a translation gives each
form its own (Japanese writes the number alone: 30周年).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from db.i18n.translate import fill, translate
from db.lifecycle.upcoming import RECENT_DAYS, ItemKind, UpcomingItem
from db.partner_names import display_name

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from db.lifecycle.lives import Lives


class Section(enum.Enum):
    """The three groups of what is coming, in the order they are shown."""

    DUE = "due"
    EXPIRED = "expired"
    ANNIVERSARIES = "anniversaries"


_SECTION_OF = {
    ItemKind.NOTICE_DEADLINE: Section.DUE,
    ItemKind.EXPIRY: Section.DUE,
    ItemKind.EXPIRED: Section.EXPIRED,
    ItemKind.AGREEMENT_ANNIVERSARY: Section.ANNIVERSARIES,
    ItemKind.PARTNER_ANNIVERSARY: Section.ANNIVERSARIES,
}


def section_of(item: UpcomingItem) -> Section:
    """The section ``item`` is listed in."""
    return _SECTION_OF[item.kind]


def grouped(items: Iterable[UpcomingItem]) -> list[tuple[Section, list[UpcomingItem]]]:
    """Every section in order with its items (in the order given; a section may be empty)."""
    found: dict[Section, list[UpcomingItem]] = {section: [] for section in Section}
    for item in items:
        found[section_of(item)].append(item)
    return list(found.items())


def due_agreements(items: Iterable[UpcomingItem]) -> int:
    """How many agreements have a notice deadline or an expiry among ``items``."""
    return len({i.agreement_id for i in items if section_of(i) is Section.DUE})


def section_title(section: Section, days: int) -> str:
    """The heading of ``section`` for a lead of ``days`` days."""
    if section is Section.DUE:
        #: Heading of the upcoming list: what falls due within the chosen number of days.
        return fill(
            translate("upcoming", "Notice deadlines and expiries in the next {days} days"),
            days=days,
        )
    if section is Section.EXPIRED:
        #: Heading of the upcoming list: agreements whose end date fell in the last days.
        return fill(translate("upcoming", "Expired in the last {days} days"), days=RECENT_DAYS)
    #: Heading of the upcoming list: milestone anniversaries (5th, 10th, ... 30th, 40th...).
    return translate("upcoming", "Anniversaries in the next 12 months")


def ordinal(number: int) -> str:
    """``number`` as an ordinal in the chosen language: ``"1st"``, ``"12th"``, ``"22nd"``."""
    tens, units = number % 100, number % 10
    if 11 <= tens <= 13 or units not in (1, 2, 3):
        #: An ordinal number ending in "th" (4th, 11th, 30th); in Japanese just {n}.
        return fill(translate("upcoming", "{n}th", "ordinal"), n=number)
    if units == 1:
        #: An ordinal number ending in "st" (1st, 21st); in Japanese just {n}.
        return fill(translate("upcoming", "{n}st", "ordinal"), n=number)
    if units == 2:
        #: An ordinal number ending in "nd" (2nd, 22nd); in Japanese just {n}.
        return fill(translate("upcoming", "{n}nd", "ordinal"), n=number)
    #: An ordinal number ending in "rd" (3rd, 23rd); in Japanese just {n}.
    return fill(translate("upcoming", "{n}rd", "ordinal"), n=number)


def what(item: UpcomingItem) -> str:
    """What the date of ``item`` is, in a few words (a table's "What" column)."""
    kind = item.kind
    if kind is ItemKind.NOTICE_DEADLINE:
        #: What a date is: the last day to give notice (to end or not renew an agreement).
        return translate("upcoming", "Notice deadline")
    if kind is ItemKind.EXPIRY:
        #: What a date is: the agreement ends that day (it is ahead).
        return translate("upcoming", "Expires")
    if kind is ItemKind.EXPIRED:
        #: What a date is: the agreement ended that day (it has passed).
        return translate("upcoming", "Expired")
    if kind is ItemKind.AGREEMENT_ANNIVERSARY:
        #: What a date is: {ordinal} is "30th" (Japanese: 30): the agreement was signed so
        #: many years before.
        return fill(translate("upcoming", "{ordinal} anniversary of signing"),
                    ordinal=ordinal(item.years))  # fmt: skip
    #: What a date is: {ordinal} is "30th" (Japanese: 30): the partner's affiliation began
    #: so many years before.
    return fill(translate("upcoming", "{ordinal} anniversary of affiliation"),
                ordinal=ordinal(item.years))  # fmt: skip


def partner_name(lives: Lives, partner_id: int) -> str:
    """The partner's name as the chosen language shows it
    (:func:`db.partner_names.display_name`)."""
    partner = lives.partners.get(partner_id)
    return display_name(partner.name, partner.office_name) if partner else ""


def summary(item: UpcomingItem, partner: str) -> str:
    """One line saying what ``item`` is, for a calendar's title: ``"Expires: <title>
    (<partner>)"``, ``"30th anniversary of the affiliation with Paris"``."""
    kind, values = item.kind, {"title": item.title, "partner": partner}
    if kind is ItemKind.NOTICE_DEADLINE:
        #: A calendar event's title: {title} of the agreement, {partner} its partner.
        template = translate("upcoming", "Notice deadline: {title} ({partner})")
    elif kind is ItemKind.EXPIRY:
        #: A calendar event's title: the agreement {title} with {partner} ends that day.
        template = translate("upcoming", "Expires: {title} ({partner})")
    elif kind is ItemKind.EXPIRED:
        #: A calendar event's title: the agreement {title} with {partner} ended that day.
        template = translate("upcoming", "Expired: {title} ({partner})")
    elif kind is ItemKind.AGREEMENT_ANNIVERSARY:
        #: A calendar event's title: {ordinal} is "30th" (Japanese: 30).
        template = translate("upcoming", "{ordinal} anniversary of signing: {title} ({partner})")
    else:
        #: A calendar event's title: {ordinal} is "30th" (Japanese: 30), {partner} a city.
        template = translate("upcoming", "{ordinal} anniversary of the affiliation with {partner}")
    return fill(template, ordinal=ordinal(item.years), **values)


def counts_line(items: Sequence[UpcomingItem], days: int) -> str:
    """The closing line of a listing: how many in each section."""
    found = {section: len(listed) for section, listed in grouped(items)}
    #: The last line of "accord upcoming": how many dates in each section.
    template = translate(
        "upcoming",
        "{due} due in the next {days} days, {expired} expired in the last {recent} days, "
        "{anniversaries} anniversaries in the next 12 months.",
    )
    return fill(
        template,
        due=found[Section.DUE],
        days=days,
        expired=found[Section.EXPIRED],
        recent=RECENT_DAYS,
        anniversaries=found[Section.ANNIVERSARIES],
    )
