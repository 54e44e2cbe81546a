"""A :class:`~db.briefing.Briefing` as Qt rich text (the HTML subset of
``QTextDocument``), in the chosen language.

Every value a person typed is escaped (:func:`html.escape`); every label comes from the
catalogue through :func:`db.i18n.translate.translate` (context ``briefing``), which the
window and ``accord briefing`` alike set to the chosen language, so the sheet reads as
the window does whether or not Qt's translators are installed. Dates are the long
form of :mod:`db.i18n.date_display` (``28 October 2015``, ``2015年10月28日``).

The page is laid out from the top: the partner's names and facts, a placeholder of
:data:`TIMELINE_HEIGHT` pixels for the timeline picture (an image named
:data:`TIMELINE_URL`, drawn over by :mod:`desktop.briefing.sheet`), the dates ahead, a
table of the agreements, then one block of details per agreement.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, NamedTuple

from db.i18n.date_display import DateForm, format_date
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate
from db.lifecycle.upcoming import ItemKind
from db.partner_names import display_name, names_line

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Iterable, Mapping

    from db.briefing import (
        AgreementRef,
        AgreementSheet,
        Briefing,
        DocumentLine,
        PartnerSheet,
        Signatory,
    )
    from db.enums import LabelledEnum
    from db.lifecycle.life import LifeEvent
    from db.lifecycle.upcoming import UpcomingItem

# The name of the placeholder image the timeline is drawn over, and its height in pixels
# of the sheet's 96-dpi layout (about 4 cm).
TIMELINE_URL = "accord-briefing://timeline"
TIMELINE_HEIGHT = 150
# What Windows refuses in a file name, and the names it reserves for devices.
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_DEVICES = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
#: A document's length on the sheet.
PAGES = QT_TRANSLATE_NOOP("briefing", "%n page(s)", None, 1)
_DASH = "—"
_MUTED = "#5f6368"
_RULE = "#c8ccd0"
_SHADE = "#f1f3f4"
_STYLE = f"""
h1 {{ font-size: 17pt; font-weight: 600; margin: 0; }}
h2 {{ font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
h3 {{ font-size: 10.5pt; font-weight: 600; margin-top: 12px; margin-bottom: 3px; }}
p {{ margin: 0; }}
.kicker {{ color: {_MUTED}; font-size: 8.5pt; }}
.names {{ font-size: 11pt; margin-top: 2px; margin-bottom: 6px; }}
.muted {{ color: {_MUTED}; }}
th {{ text-align: left; font-weight: 600; color: {_MUTED}; }}
td.key {{ color: {_MUTED}; }}
"""


def file_name(partner_name: str) -> str:
    """``<partner>-briefing.pdf``, with what a Windows file name cannot hold replaced by
    ``-`` (and a device name such as ``CON`` given a leading ``_``)."""
    stem = _NOT_IN_NAMES.sub("-", partner_name).strip(" .-") or "partner"
    if _DEVICES.fullmatch(stem):
        stem = f"_{stem}"
    return f"{stem[:120]}-briefing.pdf"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _date(day: dt.date | None) -> str:
    return format_date(day, DateForm.LONG) if day is not None else ""


def _label(member: LabelledEnum) -> str:
    return member.label_in(language())


def partner_title(partner: PartnerSheet) -> str:
    """The name the sheet's title and its file give a partner in the chosen language."""
    return display_name(partner.name, partner.office_name)


def _separator() -> str:
    return translate("import", ", ", "between the items of a list")


def briefing_title(briefing: Briefing) -> str:
    """The title of the sheet (the PDF's title too): the partner's name, or the partners'
    names joined for chosen agreements of several."""
    return _separator().join(partner_title(p) for p in briefing.partners)


class TablePart(NamedTuple):
    """One ``<table>`` of the sheet, in the order they come: the table it is (part) of
    (``"upcoming"``, ``"summary"``, ``"agreement-12"``; ``None`` for one never split),
    the index of its first row among that table's rows, and whether it has a heading row."""

    key: str | None
    first_row: int
    header: bool


def briefing_html(briefing: Briefing, *, timeline_width: float | None = None) -> str:
    """Return the sheet's rich text; a ``timeline_width`` (pixels) leaves room that wide
    for the timeline picture under the first partner's facts."""
    return briefing_layout(briefing, timeline_width=timeline_width)[0]


def briefing_layout(
    briefing: Briefing,
    *,
    timeline_width: float | None = None,
    breaks: Mapping[str, Collection[int]] | None = None,
    timeline_height: float = TIMELINE_HEIGHT,
) -> tuple[str, list[TablePart]]:
    """Return the sheet's rich text and its tables (:class:`TablePart`, in order).

    ``breaks`` names, by table, the rows (indices among its rows) that start a new page:
    the table is cut there and goes on, headed again, on the next page
    (:mod:`desktop.briefing.sheet` finds them, so that no row is cut across pages).
    """
    html = _Html(breaks or {})
    parts = html.parts
    parts.append(f"<html><head><style>{_STYLE}</style></head><body>")
    #: The kind of document, above the partner's name; {date} the day it was made.
    kicker = fill(
        translate("briefing", "Briefing sheet · as of {date}"), date=_date(briefing.today)
    )
    parts.append(f'<p class="kicker">{_e(kicker)}</p>')
    for index, partner in enumerate(briefing.partners):
        parts.append(_partner_block(partner))
        html.tables.append(TablePart(None, 0, False))
        if index == 0 and timeline_width:
            parts.append(
                f'<p style="margin-top: 8px;"><img src="{TIMELINE_URL}" '
                f'width="{int(timeline_width)}" height="{int(timeline_height)}"></p>'
            )
    parts.append(_upcoming_block(briefing, html))
    parts.append(_summary_block(briefing, html))
    names = {p.id: partner_title(p) for p in briefing.partners}
    for number, agreement in enumerate(briefing.agreements, start=1):
        named = names.get(agreement.partner_id, "") if len(names) > 1 else ""
        parts.append(_details_block(number, agreement, html, named))
    parts.append("</body></html>")
    return "".join(parts), html.tables


class _Html:
    """What the blocks add to: the text's parts, its tables, and where tables are cut."""

    def __init__(self, breaks: Mapping[str, Collection[int]]) -> None:
        self.parts: list[str] = []
        self.tables: list[TablePart] = []
        self.breaks = breaks

    def table(
        self,
        key: str,
        rows: list[str],
        *,
        head: str = "",
        attributes: str = 'width="100%" cellspacing="0" cellpadding="3"',
    ) -> str:
        """``rows`` (``<tr>`` elements) as one table, or several where the breaks cut it,
        each after the first on a new page with ``head`` (a ``<thead>``) again."""
        cuts = sorted({0, *(i for i in self.breaks.get(key, ()) if 0 < i < len(rows))})
        tables = []
        for start, end in zip(cuts, [*cuts[1:], len(rows)], strict=True):
            page_break = ' style="page-break-before: always;"' if start else ""
            tables.append(
                f"<table {attributes}{page_break}>{head}{''.join(rows[start:end])}</table>"
            )
            self.tables.append(TablePart(key, start, bool(head)))
        return "".join(tables)


def _partner_block(partner: PartnerSheet) -> str:
    title = partner_title(partner)
    others = names_line(partner.name, partner.local_name, partner.office_name)
    facts = [
        (translate("briefing", "Country"), _e(partner.country)),
        (translate("briefing", "Kind"), _e(_label(partner.kind))),
        (translate("briefing", "Relationship"), _e(_label(partner.relationship))),
        (translate("briefing", "Affiliated since"), _e(_date(partner.since) or _DASH)),
    ]
    cells = "".join(
        f'<td class="key">{_e(key)}</td><td style="padding-right: 14px;">{value}</td>'
        for key, value in facts
    )
    return (
        f"<h1>{_e(title)}</h1>"
        f'<p class="names">{_e(others)}</p>'
        f'<table cellspacing="0" cellpadding="3"><tr>{cells}</tr></table>'
    )


def upcoming_text(item: UpcomingItem) -> str:
    """What an upcoming date is, in words: "Notice deadline", "10 years since signing"."""
    if item.kind is ItemKind.NOTICE_DEADLINE:
        return translate("briefing", "Notice deadline")
    if item.kind is ItemKind.EXPIRY:
        return translate("briefing", "Expires")
    if item.kind is ItemKind.EXPIRED:
        return translate("briefing", "Expired")
    if item.kind is ItemKind.AGREEMENT_ANNIVERSARY:
        #: An anniversary ahead; {years} is a number (10, 30).
        return fill(translate("briefing", "{years} years since signing"), years=item.years)
    #: A partner's anniversary ahead; {years} is a number (10, 30).
    return fill(translate("briefing", "{years} years since affiliation"), years=item.years)


def _table(
    html: _Html, key: str, headers: Iterable[str], rows: list[list[str]], widths: Iterable[str]
) -> str:
    head = "".join(
        f'<th width="{width}" style="border-bottom: 1px solid {_RULE};">{_e(text)}</th>'
        for text, width in zip(headers, widths, strict=True)
    )
    shade = f' bgcolor="{_SHADE}"'
    body = [
        f"<tr{shade if i % 2 else ''}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
        for i, row in enumerate(rows)
    ]
    return html.table(key, body, head=f"<thead><tr>{head}</tr></thead>")


def _upcoming_block(briefing: Briefing, html: _Html) -> str:
    #: Heading of the dates ahead (notice deadlines, expiries, anniversaries).
    heading = translate("briefing", "Coming up in the next 12 months")
    parts = [f"<h2>{_e(heading)}</h2>"]
    if not briefing.upcoming:
        nothing = translate("briefing", "Nothing in the next 12 months.")
        parts.append(f'<p class="muted">{_e(nothing)}</p>')
        return "".join(parts)
    names = {p.id: partner_title(p) for p in briefing.partners}
    rows = [
        [
            _e(_date(item.date)),
            _e(upcoming_text(item)),
            _e(item.title or names.get(item.partner_id, "")),
        ]
        for item in briefing.upcoming
    ]
    headers = (
        translate("briefing", "Date"),
        translate("briefing", "What"),
        translate("briefing", "Agreement or partner"),
    )
    parts.append(_table(html, "upcoming", headers, rows, ("22%", "26%", "52%")))
    return "".join(parts)


def _summary_block(briefing: Briefing, html: _Html) -> str:
    #: Heading of the table of agreements on a briefing sheet.
    heading = translate("briefing", "Agreements")
    parts = [f"<h2>{_e(heading)}</h2>"]
    if not briefing.agreements:
        none = translate("briefing", "No agreements in use.")
        parts.append(f'<p class="muted">{_e(none)}</p>')
        return "".join(parts)
    several = len(briefing.partners) > 1
    names = {p.id: partner_title(p) for p in briefing.partners}
    rows = [
        [
            str(number),
            _e(a.title)
            + (
                f'<br><span class="muted">{_e(names.get(a.partner_id, ""))}</span>'
                if several
                else ""
            ),
            _e(_label(a.type)),
            _e(_date(a.date_signed)),
            f"<b>{_e(_label(a.status))}</b>",
        ]
        for number, a in enumerate(briefing.agreements, start=1)
    ]
    #: Table heading: the agreement's number on the sheet.
    headers = (
        translate("briefing", "No."),
        translate("briefing", "Title"),
        translate("briefing", "Type"),
        translate("briefing", "Signed"),
        translate("briefing", "Status"),
    )
    parts.append(_table(html, "summary", headers, rows, ("5%", "45%", "18%", "17%", "15%")))
    return "".join(parts)


def _people(people: tuple[Signatory, ...]) -> str:
    lines = [
        _e(p.name) + (f' <span class="muted">({_e(p.title)})</span>' if p.title else "")
        for p in people
    ]
    return "<br>".join(lines)


def _term_rows(a: AgreementSheet) -> list[tuple[str, str]]:
    code = language()
    rows = [
        (translate("briefing", "Type"), _e(_label(a.type))),
        (translate("briefing", "Status"), f"<b>{_e(_label(a.status))}</b>"),
        (translate("briefing", "Signed"), _e(_date(a.date_signed))),
        (translate("briefing", "Place of signing"), _e(a.place_signed)),
        (translate("briefing", "In force from"), _e(_date(a.effective_from or a.date_signed))),
        #: An agreement without an end date.
        (
            translate("briefing", "Expires on"),
            _e(_date(a.expires_on) or translate("briefing", "No end date")),
        ),
        (translate("briefing", "Renewal"), _e(_label(a.renewal))),
        (translate("briefing", "Term"), _e(a.renewal_term.written(code) if a.renewal_term else "")),
        (
            translate("briefing", "Notice period"),
            _e(a.notice_period.written(code) if a.notice_period else ""),
        ),
        (translate("briefing", "Notice deadline"), _e(_date(a.notice_deadline))),
    ]
    return rows


def _event_line(event: LifeEvent) -> str:
    #: An event of an agreement: {date} when, {event} what (Renewed, Amended, Terminated).
    when = translate("briefing", "{date}: {event}")
    text = _e(fill(when, date=_date(event.date), event=_label(event.kind)))
    if event.new_expiry is not None:
        #: After "Renewed": the end date the renewal set.
        text += " " + _e(
            fill(translate("briefing", "(until {date})"), date=_date(event.new_expiry))
        )
    if event.automatic:
        #: A renewal Accord made by the agreement's own terms.
        text += " " + _e(translate("briefing", "(automatic)"))
    if event.note:
        text += f' <span class="muted">— {_e(event.note)}</span>'
    return text


def _document_line(document: DocumentLine) -> str:
    parts = [_e(document.file_name)]
    if document.language_name:
        parts.append(_e(document.language_name))
    if document.pages is not None:
        parts.append(_e(translate("briefing", PAGES, None, document.pages)))
    return " · ".join(parts)


def _link(ref: AgreementRef | None) -> str:
    return f"{_e(ref.title)} ({_e(_date(ref.date_signed))})" if ref else ""


def _details_block(number: int, a: AgreementSheet, html: _Html, partner: str = "") -> str:
    """One agreement's details; ``partner`` names its partner on a sheet of several."""
    #: The row naming an agreement's partner, on a sheet of agreements of several partners.
    rows = (
        [(translate("briefing", "Partner"), _e(partner))]
        + _term_rows(a)
        + [
            (translate("briefing", "Signed for the office"), _people(a.office_signatories)),
            (translate("briefing", "Signed for the partner"), _people(a.partner_signatories)),
            (translate("briefing", "Responsible staff"), _e(a.responsible_staff)),
            (translate("briefing", "Areas of cooperation"), _e(_separator().join(a.areas))),
            (translate("briefing", "Events"), "<br>".join(_event_line(e) for e in a.events)),
            (translate("briefing", "Supersedes"), _link(a.supersedes)),
            (translate("briefing", "Superseded by"), _link(a.superseded_by)),
            (
                translate("briefing", "Documents"),
                "<br>".join(_document_line(d) for d in a.documents),
            ),
            (translate("briefing", "Notes"), _e(a.notes).replace("\n", "<br>")),
        ]
    )
    body = [
        f'<tr><td class="key" width="26%">{_e(key)}</td><td width="74%">{value}</td></tr>'
        for key, value in rows
        if value
    ]
    table = html.table(
        f"agreement-{a.id}", body, attributes='width="100%" cellspacing="0" cellpadding="2"'
    )
    return f"<h3>{number}. {_e(a.title)}</h3>{table}"
