"""The limits of records and their cross-field rules, each stated once with its sentence.

Three callers check the same rules and must say the same thing: the forms
(:mod:`desktop.dialogs.agreement_dialog`, :mod:`desktop.dialogs.partner_dialog`,
:mod:`desktop.dialogs.date_field`), the use cases (:mod:`db.agreements`,
:mod:`db.partners`) and the CSV planners (:mod:`db.csv.agreement_cells`,
:mod:`db.csv.import_partners`). Each rule here returns the one sentence that
refuses a value, or ``None`` when it is acceptable; the use cases raise it as
a :class:`~db.errors.ValidationError`, the planners as a row's refusal, the
forms show it inline.

Where the limits come from:

- :data:`MAX_TITLE` and :data:`MAX_NAME` are the column sizes of
  :mod:`db.models` (``Agreement.title``, ``Partner.name``, ``local_name``,
  ``office_name``); PostgreSQL refuses longer text, SQLite would keep it.
- :data:`EARLIEST_DATE`: the office's records are modern (the oldest of the
  built-in library, New York City's affiliation, is 1960-02-29), so an
  earlier date is taken for a typo (``0214`` for ``2014``). The forms refuse
  it; the use cases and the CSV import do not check it.
- "Expires on" not before the date signed: an agreement cannot expire
  before it exists (DESIGN, "Records": optionally an end date).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.enums import Renewal
from db.i18n.date_display import format_date
from db.i18n.translate import fill, translate

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

# Most characters of an agreement's title (db.models: Agreement.title).
MAX_TITLE = 1000
# Most characters of each of a partner's names (db.models: Partner.name, local_name,
# office_name).
MAX_NAME = 200
# The earliest date a form accepts; anything before it is taken for a typo.
EARLIEST_DATE = dt.date(1900, 1, 1)


def title_refusal(title: str) -> str | None:
    """Return why an agreement cannot have ``title`` (longer than :data:`MAX_TITLE`
    characters); ``None`` if it can. An empty title is each caller's own sentence."""
    if len(title) <= MAX_TITLE:
        return None
    return fill(
        translate("rules", "An agreement's title can have at most {max_title} characters."),
        max_title=MAX_TITLE,
    )


def name_refusal(field: str, name: str | None) -> str | None:
    """Return why a partner cannot have ``name`` as its ``field`` (``"name"``,
    ``"local_name"`` or ``"office_name"``): longer than :data:`MAX_NAME` characters;
    ``None`` if it can (``None`` and ``""`` always can)."""
    if len(name or "") <= MAX_NAME:
        return None
    if field == "local_name":
        text = translate("rules", "A partner's local name can have at most {max_name} characters.")
    elif field == "office_name":
        text = translate(
            "rules", "A partner's office-language name can have at most {max_name} characters."
        )
    else:
        text = translate("rules", "A partner's name can have at most {max_name} characters.")
    return fill(text, max_name=MAX_NAME)


def date_refusal(date: dt.date | None) -> str | None:
    """Return why a record cannot have ``date`` (before :data:`EARLIEST_DATE`, the date
    written as the window writes dates); ``None`` if it can, or when there is no date."""
    if date is None or date >= EARLIEST_DATE:
        return None
    #: {date} is the date typed, as the window writes dates; {year} is 1900.
    text = translate("rules", "{date} looks wrong: dates before {year} are not accepted.")
    return fill(text, date=format_date(date), year=EARLIEST_DATE.year)


def expires_on_refusal(date_signed: dt.date | None, expires_on: dt.date | None) -> str | None:
    """Return why an agreement signed on ``date_signed`` cannot be valid until
    ``expires_on`` (an earlier day; both written YYYY-MM-DD); ``None`` if it can, or when
    either date is missing."""
    if date_signed is None or expires_on is None or expires_on >= date_signed:
        return None
    return fill(
        translate(
            "rules",
            "“Expires on” ({isoformat}) cannot be earlier than the date signed ({isoformat2}).",
        ),
        isoformat=expires_on.isoformat(),
        isoformat2=date_signed.isoformat(),
    )


def effective_from_refusal(
    date_signed: dt.date | None, effective_from: dt.date | None
) -> str | None:
    """Return why an agreement signed on ``date_signed`` cannot enter into force on
    ``effective_from`` (an earlier day: it cannot be in force before it is signed);
    ``None`` if it can, or when either date is missing."""
    if date_signed is None or effective_from is None or effective_from >= date_signed:
        return None
    return fill(
        translate(
            "rules",
            "“Effective from” ({effective}) cannot be earlier than the date signed ({signed}).",
        ),
        effective=effective_from.isoformat(),
        signed=date_signed.isoformat(),
    )


# What a signatory's name or title cannot hold: a CSV cell writes them "Name (Title); ..."
# (db.record_fields.write_signatories), and such a character would not read back.
SIGNATORY_MARKS = frozenset(";()")


def signatories_refusal(signatories: Sequence[Mapping[str, str]]) -> str | None:
    """Return why ``signatories`` (``{"name", "title"}`` each) cannot be an agreement's: a
    name or title holding ``;``, ``(`` or ``)``, which its report cell (``"Name (Title);
    Name2"``) could not give back; ``None`` if they can."""
    for signatory in signatories:
        for text in (signatory.get("name") or "", signatory.get("title") or ""):
            if SIGNATORY_MARKS.intersection(text):
                return fill(
                    translate(
                        "rules",
                        "“{text}” cannot be a signatory's name or title: it may not hold "
                        "“;”, “(” or “)”.",
                    ),
                    text=text,
                )
    return None


def renewal_refusal(
    renewal: Renewal | None, renewal_term: str | None, expires_on: dt.date | None
) -> str | None:
    """Return why an agreement cannot renew as ``renewal`` says: one that renews
    automatically needs an expiry date and a term (``renewal_term``, ``"P12M"``; ``""``
    none), or there is nothing to renew from or by; ``None`` if it can."""
    if renewal is not Renewal.AUTOMATIC or (renewal_term and expires_on):
        return None
    return translate(
        "rules", "An agreement that renews automatically needs an expiry date and a term."
    )


# Most characters of an agreement's place signed and responsible staff, and of an event's
# note (db.models: Agreement.place_signed, responsible_staff; AgreementEvent.note).
MAX_LINE = 200
MAX_EVENT_NOTE = 1000


def line_refusal(field: str, text: str | None) -> str | None:
    """Return why an agreement cannot have ``text`` as its ``field`` (``"place_signed"``,
    ``"responsible_staff"``, or ``"event_note"`` for one of its events' notes): longer than
    the column holds (:data:`MAX_LINE`, :data:`MAX_EVENT_NOTE` characters; PostgreSQL
    refuses longer text); ``None`` if it can."""
    most = MAX_EVENT_NOTE if field == "event_note" else MAX_LINE
    if len(text or "") <= most:
        return None
    if field == "place_signed":
        sentence = translate("rules", "The place signed can have at most {most} characters.")
    elif field == "responsible_staff":
        sentence = translate("rules", "The responsible staff can have at most {most} characters.")
    else:
        sentence = translate("rules", "An event's note can have at most {most} characters.")
    return fill(sentence, most=most)
