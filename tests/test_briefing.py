"""The briefing sheet: what it collects (db.briefing), the PDF it becomes
(desktop.briefing), read back with PDFium, and ``accord briefing`` on a cp932 console.

The library is the built-in one with Paris (three agreements, found by name) given what
a sheet shows beyond the built-in records: signatories, place, staff, an end date with a
notice period and automatic renewal, an amendment, a supersession and an attached real
PDF (tests/samples). Every value the sheet must print is looked for in the text PDFium
extracts, in English and in Japanese.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pytest

from db.agreements import list_agreements, update_agreement
from db.briefing import (
    agreements_briefing,
    find_partner_named,
    partner_briefing,
)
from db.documents import attach_document
from db.enums import AgreementStatus, EventKind, Renewal
from db.errors import ExportError, NotFoundError, ValidationError
from db.i18n import translate as i18n
from db.i18n.date_display import DateForm, format_date
from db.lifecycle.upcoming import ItemKind
from db.models import AgreementEvent
from db.partners import find_partner, list_partners
from db.schemas import AgreementUpdate
from desktop.briefing.content import PAGES, upcoming_text

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

TODAY = dt.date(2026, 12, 7)
#: One name in each script the sheet must carry (Hangul, Cyrillic, Han, Thai, Arabic, kana).
SCRIPTS = ["서울특별시", "Москва", "北京市", "กรุงเทพมหานคร", "أبو ظبي", "パリ市"]


@pytest.fixture
def paris(library: Library, samples: Path) -> dict:
    """Paris with every field a sheet shows; returns its IDs."""
    partner = find_partner(library, "Paris")
    assert partner is not None
    mou, communique, declaration = sorted(
        list_agreements(library, partner_id=partner.id), key=lambda a: a.date_signed
    )
    update_agreement(
        library,
        mou.id,
        AgreementUpdate(
            office_signatories=[{"name": "Yuriko Koike", "title": "Governor of Tokyo"}],
            partner_signatories=[
                {"name": "Anne Hidalgo", "title": "Mayor of Paris"},
                {"name": "Patrick Klugman", "title": "Deputy Mayor"},
            ],
            place_signed="Hôtel de Ville, Paris",
            responsible_staff="Europe Section, Hanako Sato",
            expires_on=dt.date(2027, 3, 31),
            effective_from=dt.date(2015, 11, 1),
            notice_period="P3M",
            renewal=Renewal.AUTOMATIC,
            renewal_term="P12M",
            areas=["Culture", "Sports", "Tourism"],
        ),
    )
    update_agreement(library, declaration.id, AgreementUpdate(supersedes_id=communique.id))
    with library.session(write=True) as session:
        amended = dt.date(2019, 4, 1)
        note = "Annex on sports exchange"
        session.add(
            AgreementEvent(agreement_id=mou.id, kind=EventKind.AMENDED, date=amended, note=note)
        )
        session.commit()
    attach_document(library, mou.id, samples / "pdflatex-4-pages.pdf", language="fr")
    return {"partner": partner.id, "ids": (mou.id, communique.id, declaration.id)}


@pytest.fixture
def japanese():
    i18n.set_language("ja")
    try:
        yield
    finally:
        i18n.set_language("en")


def pdf_text(path: Path) -> tuple[str, int]:
    """All pages' text as PDFium extracts it, and the page count."""
    document = pdfium.PdfDocument(str(path))
    try:
        texts = [page.get_textpage().get_text_range() for page in document]
        return "\n".join(texts), len(document)
    finally:
        document.close()


def flat(text: str) -> str:
    """Text with line breaks and spaces taken out (a value wrapped over two lines of a
    table cell still reads whole), in NFKC.

    NFKC because Qt's PDF writer maps each glyph back to the lowest code point the
    font gives it (QFontSubset::getReverseMap): Noto Sans CJK draws 日 and the Kangxi
    radical ⽇ (U+2F47) with one glyph, so the PDF's text says ⽇; NFKC reads it as 日.
    """
    return unicodedata.normalize("NFKC", "".join(text.split()))


def write(library: Library, partner_id: int, target: Path, **kwargs) -> tuple[str, int]:
    from desktop.briefing.sheet import write_briefing

    briefing = partner_briefing(library, partner_id, today=TODAY)
    pages = write_briefing(briefing, target, **kwargs)
    text, count = pdf_text(target)
    assert count == pages
    return text, pages


# -- what is collected ----------------------------------------------------------------


def test_the_briefing_of_paris_holds_every_record_value(library: Library, paris: dict) -> None:
    mou_id, communique_id, declaration_id = paris["ids"]
    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    (partner,) = briefing.partners
    assert (partner.name, partner.office_name) == ("Paris", "パリ市")
    assert partner.since == dt.date(1982, 7, 14)
    mou, communique, declaration = briefing.agreements  # signing order
    assert [a.id for a in briefing.agreements] == [mou_id, communique_id, declaration_id]
    assert mou.status is AgreementStatus.EXPIRING  # notice deadline 31 Dec 2026, 24 days on
    assert mou.notice_deadline == dt.date(2026, 12, 31)
    assert [(s.name, s.title) for s in mou.partner_signatories][1] == ("Patrick Klugman",
                                                                       "Deputy Mayor")  # fmt: skip
    assert [(e.kind, e.date) for e in mou.events] == [(EventKind.AMENDED, dt.date(2019, 4, 1))]
    assert [(d.file_name, d.language_name, d.pages) for d in mou.documents] == [
        ("pdflatex-4-pages.pdf", "French", 4)
    ]
    assert communique.status is AgreementStatus.SUPERSEDED
    assert communique.superseded_by is not None
    assert communique.superseded_by.id == declaration_id
    assert declaration.supersedes is not None
    assert declaration.supersedes.id == communique_id
    assert declaration.status is AgreementStatus.IN_FORCE
    assert [(i.kind, i.date) for i in briefing.upcoming] == [
        (ItemKind.NOTICE_DEADLINE, dt.date(2026, 12, 31)),
        (ItemKind.EXPIRY, dt.date(2027, 3, 31)),
        (ItemKind.AGREEMENT_ANNIVERSARY, dt.date(2027, 10, 23)),
    ]
    assert {i.partner_id for i in briefing.upcoming} == {paris["partner"]}


def test_a_selection_keeps_its_agreements_and_their_true_status(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    """The communiqué alone still reads Superseded: the declaration that supersedes it is
    read for the status, though it is not on the sheet."""
    _mou, communique_id, _declaration = paris["ids"]
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    seoul_ids = [a.id for a in list_agreements(library, partner_id=seoul.id)]
    briefing = agreements_briefing(library, [communique_id, *seoul_ids], today=TODAY)
    assert briefing.selection
    assert {p.name for p in briefing.partners} == {"Paris", "Seoul"}
    assert [a.id for a in briefing.of_partner(paris["partner"])] == [communique_id]
    assert briefing.of_partner(paris["partner"])[0].status is AgreementStatus.SUPERSEDED
    assert all(i.agreement_id in (None, communique_id, *seoul_ids) for i in briefing.upcoming)
    with pytest.raises(NotFoundError):
        agreements_briefing(library, [999_999])
    from desktop.briefing.sheet import write_briefing

    write_briefing(briefing, tmp_path / "two.pdf")
    text, _pages = pdf_text(tmp_path / "two.pdf")
    # Each agreement names its partner on a sheet of several.
    assert text.count("Partner Paris") == 1
    assert text.count("Partner Seoul") == len(seoul_ids)
    assert "Paris, Seoul" in text or "Seoul, Paris" in text  # the footer's title


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("paris", "Paris"), ("ＰＡＲＩＳ", "Paris"), ("パリ市", "Paris"), ("서울특별시", "Seoul"),
     ("ソウル", "Seoul"), ("bangk", "Bangkok"), ("  Abu Dhabi ", "Abu Dhabi"), ("3", "Paris")],
)  # fmt: skip
def test_a_partner_is_found_as_a_person_types_it(
    library: Library, typed: str, expected: str
) -> None:
    assert find_partner_named(library, typed).name == expected


def test_an_ambiguous_or_unknown_name_is_one_sentence_naming_the_choices(library: Library) -> None:
    with pytest.raises(ValidationError) as ambiguous:
        find_partner_named(library, "new")  # New York City, New South Wales
    assert str(ambiguous.value) == (
        "“new” could be New South Wales or New York City: type more of the name."
    )
    with pytest.raises(NotFoundError) as near:
        find_partner_named(library, "Seol")
    assert str(near.value) == "There is no partner named “Seol”; did you mean Seoul?"
    with pytest.raises(NotFoundError) as unknown:
        find_partner_named(library, "Atlantis")
    assert str(unknown.value) == "There is no partner named “Atlantis”."


# -- the PDF -------------------------------------------------------------------------


def expected_values(library: Library, paris: dict) -> list[str]:
    """Every value of Paris's sheet, as the chosen language shows it."""
    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    mou = briefing.agreements[0]
    code = i18n.language()

    def long(day: dt.date) -> str:
        return format_date(day, DateForm.LONG)

    values = ["Paris", "パリ市", "French Republic", long(dt.date(1982, 7, 14))]
    for agreement in briefing.agreements:
        values += [agreement.title, agreement.type.label_in(code),
                   agreement.status.label_in(code), long(agreement.date_signed)]  # fmt: skip
    values += [
        "Yuriko Koike", "Governor of Tokyo", "Anne Hidalgo", "Mayor of Paris",
        "Patrick Klugman", "Deputy Mayor", "Hôtel de Ville, Paris",
        "Europe Section, Hanako Sato", "Culture", "Sports", "Tourism",
        long(dt.date(2015, 11, 1)), long(dt.date(2027, 3, 31)), long(dt.date(2026, 12, 31)),
        mou.notice_period.written(code), mou.renewal_term.written(code),  # type: ignore[union-attr]
        Renewal.AUTOMATIC.label_in(code), EventKind.AMENDED.label_in(code),
        long(dt.date(2019, 4, 1)), "Annex on sports exchange",
        "pdflatex-4-pages.pdf", "French", i18n.translate("briefing", PAGES, None, 4),
        long(dt.date(2027, 10, 23)),
    ]  # fmt: skip
    values += [upcoming_text(item) for item in briefing.upcoming]
    return values


def test_paris_sheet_in_english_prints_every_value(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    text, pages = write(library, paris["partner"], tmp_path / "paris.pdf")
    missing = [v for v in expected_values(library, paris) if flat(v) not in flat(text)]
    assert missing == []
    for label in ("Expiring", "Superseded", "In force", "4 pages", "Notice deadline",
                  "28 October 2015", "3 months", "12 months", "10 years since signing",
                  "Amended", "Page 1 of"):  # fmt: skip
        assert flat(label) in flat(text), label
    assert f"Page {pages} of {pages}" in text
    assert "TIMELINE" not in text


def test_paris_sheet_in_japanese_prints_every_value(
    qapp, library: Library, paris: dict, tmp_path: Path, japanese: None
) -> None:
    text, pages = write(library, paris["partner"], tmp_path / "paris-ja.pdf")
    missing = [v for v in expected_values(library, paris) if flat(v) not in flat(text)]
    assert missing == []
    for label in ("2015年10月28日", "3か月", "12か月", "4ページ", "通知期限", "締結10周年",
                  "当方の署名者", "相手方の署名者", "有効期限", "期限間近", "置き換え済み",
                  f"1 / {pages} ページ"):  # fmt: skip
        assert flat(label) in flat(text), label
    assert "Expiring" not in text
    assert "Page 1" not in text


def _thai_loose(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Mn")


def test_every_script_comes_back_from_the_pdf(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    """Hangul, Cyrillic, Han, Thai, Arabic and kana are embedded as text, not shapes.

    PDFium gives the Arabic back in logical order as typed (Qt writes the ToUnicode map
    of the shaped glyphs); NFKC is applied to both sides in case a platform's font maps
    to presentation forms. For Thai, PDFium's extraction moves a below-base vowel
    (ุ of กรุง) after the next consonant when the mark's origin lies a hair to its right,
    and adds a space there; the PDF holds the glyphs in logical order. So Thai is
    compared without spaces and combining marks, and its marks are counted apart.
    """
    mou_id = paris["ids"][0]
    update_agreement(library, mou_id, AgreementUpdate(
        place_signed="서울특별시 · Москва",
        partner_signatories=[{"name": "北京市", "title": "กรุงเทพมหานคร"}],
        responsible_staff="أبو ظبي",
    ))  # fmt: skip
    text, _pages = write(library, paris["partner"], tmp_path / "scripts.pdf")
    normal = unicodedata.normalize("NFKC", text)
    for name in SCRIPTS:
        if name == "กรุงเทพมหานคร":
            assert _thai_loose(name) in _thai_loose(text)
            assert text.count("\u0e38") == name.count("\u0e38")
        elif name == "أبو ظبي":
            # Beside a left-to-right label, PDFium reads the words in visual order
            # ("ظبي أبو"); each word comes back exact.
            line = next(line for line in normal.splitlines() if "Responsible staff" in line)
            assert sorted(line.split()[2:]) == sorted(name.split())
        else:
            assert unicodedata.normalize("NFKC", name) in normal, name


def test_the_timeline_hook_draws_in_room_left_for_it(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    from desktop.briefing.content import TIMELINE_HEIGHT

    calls = []

    def timeline(painter, rect) -> None:  # noqa: ANN001
        calls.append(rect)
        painter.drawText(rect, "TIMELINE PICTURE")

    target = tmp_path / "t.pdf"
    text, _pages = write(library, paris["partner"], target, timeline=timeline)
    assert "TIMELINE PICTURE" in text
    (rect,) = calls
    assert rect.height() == TIMELINE_HEIGHT
    assert rect.width() > 600
    document = pdfium.PdfDocument(str(target))
    page = document[0].get_textpage()

    def top(word: str) -> float:  # PDF points from the page's bottom
        found = page.search(word).get_next()
        assert found is not None, word
        return page.get_charbox(found[0])[3]

    # Under the partner's facts, above the dates ahead, and no text overlaps it.
    assert top("Affiliated") > top("TIMELINE") > top("Coming")
    assert top("Affiliated") - top("Coming") > TIMELINE_HEIGHT * 72 / 96
    document.close()


def test_a_path_that_cannot_be_written_is_one_sentence_and_leaves_nothing(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    from desktop.briefing.sheet import write_briefing

    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    target = tmp_path / "missing-folder" / "sheet.pdf"
    with pytest.raises(ExportError) as refused:
        write_briefing(briefing, target)
    message = str(refused.value)
    assert message.startswith(f"The briefing sheet cannot be written to {target} (")
    assert message.endswith(").")
    assert "\n" not in message
    assert not target.parent.exists()


def test_a_failed_or_cancelled_sheet_keeps_the_old_file_whole(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    from db.errors import Cancelled
    from desktop.briefing.sheet import write_briefing

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "sheet.pdf"
    target.write_bytes(b"the old sheet")
    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    with pytest.raises(Cancelled):
        write_briefing(briefing, target, progress=lambda done, total: done < 1)
    with pytest.raises(ZeroDivisionError):
        write_briefing(briefing, target, timeline=lambda painter, rect: 1 / 0)
    assert target.read_bytes() == b"the old sheet"
    assert sorted(p.name for p in folder.iterdir()) == ["sheet.pdf"]


def test_it_is_drawn_in_a_worker_thread(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    """QPdfWriter, QPainter and QTextDocument work off the GUI thread (the window's case)."""
    import threading

    from desktop.briefing.sheet import write_briefing

    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    result: dict = {}

    def work() -> None:
        try:
            result["pages"] = write_briefing(briefing, tmp_path / "thread.pdf")
        except Exception as exc:  # noqa: BLE001 - checked below
            result["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert "error" not in result
    text, pages = pdf_text(tmp_path / "thread.pdf")
    assert pages == result["pages"]
    assert "Anne Hidalgo" in text


def test_an_agreement_is_not_cut_across_pages(qapp, library: Library, tmp_path: Path) -> None:
    """Each agreement's details start on a new page rather than run over a page's end
    (when they fit on one): every heading on a page has its last row ("Renewal") on it."""
    import re

    from db.agreements import add_agreement
    from db.schemas import AgreementCreate

    berlin = find_partner(library, "Berlin")
    assert berlin is not None
    for number in range(14):
        add_agreement(library, AgreementCreate(
            partner_id=berlin.id, title=f"Letter of intent on exchange no. {number}",
            date_signed=dt.date(2000 + number, 5, 1), place_signed="Berlin",
        ))  # fmt: skip
    from desktop.briefing.sheet import write_briefing

    target = tmp_path / "berlin.pdf"
    briefing = partner_briefing(library, berlin.id, today=TODAY)
    write_briefing(briefing, target)
    document = pdfium.PdfDocument(str(target))
    pages = [page.get_textpage().get_text_range() for page in document]
    document.close()
    assert len(pages) > 2
    sections = 0
    for text in pages:
        parts = re.split(r"^\d+\. ", text, flags=re.MULTILINE)
        for section in parts[1:]:
            sections += 1
            assert "Renewal" in section, section
    assert sections == len(briefing.agreements) == 16  # Berlin's own two, and these


def test_no_table_row_is_cut_across_pages(
    qapp, library: Library, paris: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows of three-line titles: Qt alone cuts one across a page's end; the sheet moves
    it whole to the next page, its table's heading row repeated."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from db.agreements import add_agreement
    from db.schemas import AgreementCreate
    from desktop.briefing import sheet

    title = "Programme of exchange between the two cities " * 4
    for number in range(18):
        add_agreement(library, AgreementCreate(
            partner_id=paris["partner"], title=f"{title}no. {number}",
            date_signed=dt.date(1990 + number, 2, 1),
        ))  # fmt: skip
    briefing = partner_briefing(library, paris["partner"], today=TODAY)

    def cut_rows() -> tuple[tuple[str, int] | None, int]:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(sheet.RESOLUTION)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(sheet._MARGINS_MM, QPageLayout.Unit.Millimeter)
        area = writer.pageLayout().paintRectPixels(sheet.RESOLUTION)
        page = sheet.QSizeF(area.width(), area.height() - 30)
        document, tables = sheet._document(briefing, writer, sheet.sheet_font(), page, False)
        found = [f for f in document.rootFrame().childFrames() if isinstance(f, sheet.QTextTable)]
        assert len(found) == len(tables)
        cut = sheet._first_cut_row(document, tables, page.height())
        return cut, len(tables)

    cut, tables = cut_rows()
    assert cut is None
    monkeypatch.setattr(sheet, "_MAX_CUTS", 0)
    cut, uncut = cut_rows()
    assert cut is not None  # Qt alone would cut one: the case is exercised
    assert tables > uncut  # a table was cut in two to move the row


def test_the_sheet_carries_the_partners_timeline_as_on_screen(
    qapp, library: Library, paris: dict, tmp_path: Path
) -> None:
    from desktop.briefing.timeline import timeline_painter
    from desktop.drawing.layout import AXIS_HEIGHT, ROW_HEIGHT

    briefing = partner_briefing(library, paris["partner"], today=TODAY)
    picture = timeline_painter(library, briefing)
    assert picture is not None
    assert picture.partner_id == paris["partner"]
    assert {a.id for a in picture.lives.agreements} == set(paris["ids"])
    assert picture.height > AXIS_HEIGHT + 3 * ROW_HEIGHT  # three lanes, then the legend
    target = tmp_path / "with-timeline.pdf"
    write(library, paris["partner"], target, timeline=picture)
    document = pdfium.PdfDocument(str(target))
    first_page = document[0].get_textpage().get_text_range()
    document.close()
    # The year axis, the legend and the lanes' titles are text on the first page.
    for word in ("1985", "2020", "Entered into force", "Superseded by", "Joint Declaration"):
        assert word in first_page, word


def test_the_sheets_dates_ahead_leave_out_an_expiry_just_past(tmp_path: Path) -> None:
    from db.lifecycle.renewals import apply_automatic_renewals
    from tests.life_library import TODAY as LIFE_TODAY
    from tests.life_library import make_life_library

    library, ids = make_life_library(tmp_path / "lives")
    apply_automatic_renewals(library, LIFE_TODAY)
    bangkok = next(p.id for p in list_partners(library) if p.name == "Bangkok")
    briefing = partner_briefing(library, bangkok, today=LIFE_TODAY)
    assert briefing.upcoming  # the automatic renewal's deadline and expiry are ahead
    assert all(item.date >= LIFE_TODAY for item in briefing.upcoming)
    expired = next(a for a in briefing.agreements if a.id == ids["expired"])
    assert expired.status is AgreementStatus.EXPIRED  # said by its status instead
