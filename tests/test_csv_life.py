"""An agreement's life in CSV: every new column exported and imported back exactly.

Effective from, Renewal, Renewal term, Notice period, the signatories, Place
signed, Responsible staff and Events: a report read back into the same library
is unchanged row for row, into an empty one gives the same report byte for byte,
in English and Japanese headings and in cp932; the export's SQL writes what the
Python writers write (and PostgreSQL what SQLite writes); an edited Events cell
updates with a history line; a bad cell is refused naming row, column and why.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

import pytest

from db.agreement_fields import AGREEMENT_COLUMNS
from db.agreements import add_agreement, get_agreement, list_agreements
from db.csv.choices import FORMER_HEADINGS, heading
from db.csv.export import CsvFormat, export_agreements, export_partners, render
from db.csv.export_query import AgreementSelection
from db.csv.import_plan import RowAction
from db.csv.importer import apply_import, plan_import
from db.csv.rows import agreement_row, agreement_table
from db.enums import EventKind, PartnerKind, Relationship, Renewal
from db.history.read import record_history
from db.history.values import history_value
from db.lifecycle.renewals import apply_automatic_renewals
from db.opening import open_library
from db.partners import add_partner
from db.schemas import AgreementCreate, EventData, PartnerCreate
from tests import server_db
from tests.life_library import TODAY, make_life_library

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

LIFE = AGREEMENT_COLUMNS[AGREEMENT_COLUMNS.index("Effective from") :]
pytestmark = pytest.mark.backends


def _partner(library: Library, name: str, local: str, country: str) -> int:
    made = add_partner(
        library,
        PartnerCreate(name=name, local_name=local, country=country, kind=PartnerKind.CITY,
                      relationship=Relationship.SISTER_FRIENDSHIP),
    )  # fmt: skip
    assert made.id is not None
    return made.id


def fill_library(library: Library, *, japanese_only: bool = False) -> None:
    """Agreements with every field of their life filled (cp932: Japanese and ASCII only)."""
    tokyo = _partner(library, "Osaka", "大阪市", "Japan")
    add_agreement(library, AgreementCreate(
        partner_id=tokyo, title="姉妹都市提携", date_signed=dt.date(2020, 2, 29),
        expires_on=dt.date(2025, 2, 28), effective_from=dt.date(2020, 3, 1),
        renewal=Renewal.AUTOMATIC, renewal_term="12 months", notice_period="1 month",
        office_signatories=[{"name": "小池 百合子", "title": "東京都知事"},
                            {"name": "山田 太郎", "title": ""}],
        partner_signatories=[{"name": "", "title": "市長"}],
        place_signed="=東京都庁", responsible_staff="@佐藤",
        events=[  # given out of date order: a cell lists them by date, then as added
            EventData(kind=EventKind.TERMINATED, date=dt.date(2024, 12, 1),
                      note="-新協定に移行: 2024年"),
            EventData(kind=EventKind.RENEWED, date=dt.date(2024, 2, 29),
                      new_expiry=dt.date(2025, 2, 28), automatic=True),
            EventData(kind=EventKind.AMENDED, date=dt.date(2024, 2, 29),
                      note="第3条: 観光 → 観光・文化"),
        ],
    ))  # fmt: skip
    add_agreement(library, AgreementCreate(
        partner_id=tokyo, title="Plain", date_signed=dt.date(2021, 1, 31), notice_period="P1D",
        renewal=Renewal.BY_AGREEMENT, renewal_term="P90D",
        partner_signatories=[{"name": "=1+2", "title": "x"}],
    ))  # fmt: skip
    if japanese_only:
        return
    seoul = _partner(library, "Seoul", "서울특별시", "Republic of Korea")
    add_agreement(library, AgreementCreate(
        partner_id=seoul, title="환경 협력 양해각서", date_signed=dt.date(2016, 2, 29),
        expires_on=dt.date(2021, 2, 28), renewal_term="P1M",
        office_signatories=[{"name": "오세훈", "title": "서울특별시장"}],
        partner_signatories=[{"name": "ประยุทธ์ จันทร์โอชา", "title": "ผู้ว่าราชการ"},
                             {"name": "محمد بن راشد", "title": "حاكم دبي"}],
        place_signed="서울", responsible_staff="+82 Kim",
        events=[
            EventData(kind=EventKind.RENEWED, date=dt.date(2021, 2, 1),
                      new_expiry=dt.date(2026, 2, 28), note="by letter: 2021 → 2026"),
            EventData(kind=EventKind.TERMINATED, date=dt.date(2024, 2, 29),
                      note="replaced; see “2024 MoU” 서울시"),
        ],
    ))  # fmt: skip


@pytest.fixture
def filled(library_dir: Path, bare_database_url: str | None) -> Any:
    library = open_library(library_dir, database_url=bare_database_url, builtin=False)
    fill_library(library)
    yield library
    library.close()


def _export(library: Library, csv_format: CsvFormat) -> bytes:
    partners, agreements = io.BytesIO(), io.BytesIO()
    export_agreements(library, agreements, csv_format=csv_format)
    export_partners(library, partners, csv_format=csv_format)
    return agreements.getvalue()


def _round_trip(library: Library, csv_format: CsvFormat, target_dir: Path) -> None:
    """Reading a report back changes nothing; into an empty library it gives the same report."""
    data = _export(library, csv_format)
    plan = plan_import(library, data)
    assert [row.action for row in plan.rows] == [RowAction.UNCHANGED] * len(plan.rows)
    assert not plan.unknown_columns
    assert all(n.reason.endswith("formula removed.") for n in plan.notices), plan.notices
    partners = io.BytesIO()
    export_partners(library, partners, csv_format=csv_format)
    with ExitStack() as stack:
        url = None
        if library.engine.dialect.name == "postgresql":  # into an empty library of its kind
            url = stack.enter_context(server_db.database(builtin=False))
        target = open_library(target_dir, database_url=url, builtin=False)
        stack.callback(target.close)
        for file in (partners.getvalue(), data):
            apply_import(target, plan_import(target, file), create_partners=True)
        assert _export(target, csv_format) == data
        again = plan_import(target, data)
        assert {row.action for row in again.rows} == {RowAction.UNCHANGED}


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
def test_every_life_field_round_trips(
    filled: Library, tmp_path: Path, language: str, encoding: str
) -> None:
    csv_format = CsvFormat(header_language=language, encoding=encoding)
    data = _export(filled, csv_format)
    header, *rows = csv.reader(io.StringIO(data.decode(encoding), newline=""))
    assert header[-len(LIFE) :] == [heading(column, language) for column in LIFE]
    _round_trip(filled, csv_format, tmp_path / "target")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_life_field_round_trips_in_cp932(
    library_dir: Path, bare_database_url: str | None, tmp_path: Path, language: str
) -> None:
    library = open_library(library_dir, database_url=bare_database_url, builtin=False)
    fill_library(library, japanese_only=True)
    try:
        _round_trip(library, CsvFormat(header_language=language, encoding="cp932"),
                    tmp_path / "target")  # fmt: skip
    finally:
        library.close()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_library_with_every_status_round_trips(tmp_path: Path, language: str) -> None:
    library, _ids = make_life_library(tmp_path / "life")
    try:
        assert apply_automatic_renewals(library, TODAY)  # events Accord made, too
        _round_trip(library, CsvFormat(header_language=language), tmp_path / "target")
    finally:
        library.close()


def test_excel_saving_as_shift_jis_never_overwrites_signatories_or_notes(
    filled: Library,
) -> None:
    text = _export(filled, CsvFormat(encoding="utf-8")).decode("utf-8")
    damaged = text.encode("cp932", errors="replace")  # Excel: "?" for what cp932 lacks
    assert b"?? (??????)" in damaged  # 오세훈 (서울특별시장)
    before = {a.id: a.model_dump() for a in list_agreements(filled)}
    plan = plan_import(filled, damaged)
    assert {row.action for row in plan.rows} == {RowAction.UNCHANGED}, [
        (row.problems, row.changes) for row in plan.rows
    ]
    kept = {(k.column, k.kept_value) for row in plan.rows for k in row.kept}
    assert ("Signatories (office)", "오세훈") in kept
    assert ("Signatories (partner)", "ผู้ว่าราชการ") in kept
    # An edit beside the damage is applied, the lost characters put back.
    edited = text.replace("replaced; see", "replaced (2024); see")
    plan = plan_import(filled, edited.encode("cp932", errors="replace"))
    (row,) = [r for r in plan.rows if r.action is RowAction.UPDATE]
    apply_import(filled, plan)
    seoul = next(a for a in list_agreements(filled) if a.title == "환경 협력 양해각서")
    assert seoul.events[-1].note == "replaced (2024); see “2024 MoU” 서울시"
    assert seoul.office_signatories == before[seoul.id]["office_signatories"]


def _cells(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_cells_as_a_person_reads_them(filled: Library) -> None:
    en = {row["Agreement"]: row for row in _cells(_export(filled, CsvFormat()))}
    osaka, seoul, plain = en["姉妹都市提携"], en["환경 협력 양해각서"], en["Plain"]
    assert osaka["Effective from"] == "2020-03-01"
    assert (osaka["Renewal"], osaka["Renewal term"], osaka["Notice period"]) == (
        "Automatic", "12 months", "1 month",
    )  # fmt: skip
    assert (plain["Renewal term"], plain["Notice period"], seoul["Renewal term"]) == (
        "90 days", "1 day", "1 month",
    )  # fmt: skip
    assert osaka["Signatories (office)"] == "小池 百合子 (東京都知事); 山田 太郎"
    assert osaka["Signatories (partner)"] == "(市長)"
    assert osaka["Place signed"] == "'=東京都庁"  # neutralised as every typed cell
    assert osaka["Responsible staff"] == "'@佐藤"
    assert seoul["Responsible staff"] == "'+82 Kim"
    assert osaka["Events"] == (
        "2024-02-29 Renewed automatically → 2025-02-28\n"
        "2024-02-29 Amended: 第3条: 観光 → 観光・文化\n"
        "2024-12-01 Terminated: -新協定に移行: 2024年"
    )
    assert plain["Events"] == ""
    assert plain["Signatories (office)"] == ""
    assert plain["Signatories (partner)"] == "'=1+2 (x)"
    ja = {row["協定名"]: row for row in _cells(_export(filled, CsvFormat(header_language="ja")))}
    assert (ja["姉妹都市提携"]["更新期間"], ja["Plain"]["更新期間"]) == ("12か月", "90日")
    assert ja["姉妹都市提携"]["更新方法"] == "自動更新"
    assert ja["환경 협력 양해각서"]["経過"].splitlines()[0] == (
        "2021-02-01 更新 → 2026-02-28: by letter: 2021 → 2026"
    )
    slash = _cells(_export(filled, CsvFormat(date_style="slash")))
    assert next(r for r in slash if r["Agreement"] == "Plain")["Date signed"] == "2021/01/31"
    assert all(r["Events"][:10].count("-") in (0, 2) for r in slash)  # ISO inside the text


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_sql_writes_what_the_python_writers_write(filled: Library, language: str) -> None:
    csv_format = CsvFormat(header_language=language)
    selection = AgreementSelection(filled)
    by_sql = [list(row) for block in selection.blocks(100, language=language) for row in block]
    by_python = [agreement_row(a, {}, csv_format) for a in list_agreements(filled)]
    life = slice(AGREEMENT_COLUMNS.index("Effective from"), None)
    assert sorted(row[life] for row in by_sql) == sorted(row[life] for row in by_python)
    # The rows read first as English cells, then written in the language (a list of them).
    listed = agreement_table(list(selection), {}, csv_format)
    assert render(listed) == render(agreement_table(selection, {}, csv_format))


def test_an_edited_events_cell_updates_with_a_history_line(filled: Library) -> None:
    data = _export(filled, CsvFormat()).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    header = rows[0]
    plain = next(r for r in rows if r[header.index("Agreement")] == "Plain")
    plain[header.index("Events")] = (
        "2022-05-01 Amended: Article 2 → tourism\n2023-01-31 Renewed -> 2031-01-31"
    )
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    plan = plan_import(filled, out.getvalue().encode("utf-8"))
    changed = [row for row in plan.rows if row.action is RowAction.UPDATE]
    assert len(changed) == 1
    assert len(plan.of(RowAction.UNCHANGED)) == 2
    # The preview shows all the import writes: the events and the expiry the renewal moves.
    by_column = {change.column: change for change in changed[0].changes}
    assert set(by_column) == {"Events", "Expires on"}
    change = by_column["Events"]
    assert change.old == ""
    assert change.new.endswith("2023-01-31 Renewed → 2031-01-31")
    assert by_column["Expires on"].new == "2031-01-31"
    apply_import(filled, plan)
    agreement = get_agreement(filled, int(plain[0]))
    assert [(e.kind, e.date, e.new_expiry, e.note) for e in agreement.events] == [
        (EventKind.AMENDED, dt.date(2022, 5, 1), None, "Article 2 → tourism"),
        (EventKind.RENEWED, dt.date(2023, 1, 31), dt.date(2031, 1, 31), ""),
    ]
    assert agreement.expires_on == dt.date(2031, 1, 31)  # a new renewal moves the expiry
    assert [h.new_value for h in record_history(filled, "agreement", agreement.id)
            if h.field == "expires_on"] == ["2031-01-31"]  # fmt: skip
    lines = [h for h in record_history(filled, "agreement", agreement.id) if h.field == "events"]
    assert len(lines) == 1
    assert "2023-01-31 Renewed → 2031-01-31" in (lines[0].new_value or "")


def _plan_one(library: Library, cells: dict[str, str]) -> Any:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(cells), lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(cells)
    return plan_import(library, out.getvalue().encode("utf-8"))


@pytest.mark.parametrize(
    ("column", "cell", "reason"),
    [
        ("Renewal term", "3 weeks",
         "“3 weeks” is not a period: write it as “3 months” or “90 days”."),
        ("Notice period", "0 days", "“0 days” is not a period between one day and 100 years."),
        ("Events", "2025-01-01 Renewed", "The renewal of 2025-01-01 needs its new expiry date."),
        ("Events", "2021-03-01 Terminated\n2022-01-01 Terminated",
         "An agreement can be terminated only once."),
        ("Events", "2020-01-01 Amended", "The event of 2020-01-01 is earlier than the date "
         "signed (2021-01-31)."),
        ("Events", "yesterday we renewed", "Line 1 (“yesterday we renewed”) is not an event: "
         "write it as “2025-04-01 Renewed → 2030-03-31” or “2026-02-01 Terminated: reason”."),
        ("Effective from", "2021-01-30",
         "“Effective from” (2021-01-30) cannot be earlier than the date signed (2021-01-31)."),
        ("Renewal", "Automatic",
         "An agreement that renews automatically needs an expiry date and a term."),
        ("Place signed", "x" * 201, "The place signed can have at most 200 characters."),
        ("Responsible staff", "y" * 201,
         "The responsible staff can have at most 200 characters."),
        ("Events", "2022-01-01 Amended: " + "z" * 1001,
         "An event's note can have at most 1000 characters."),
        ("Signatories (office)", "Ann (Mayor) (Seoul)", "“Ann (Mayor) (Seoul)” cannot be a "
         "signatory's name or title: it may not hold “;”, “(” or “)”."),
    ],
)  # fmt: skip
def test_a_bad_cell_is_refused_with_its_reason(
    filled: Library, column: str, cell: str, reason: str
) -> None:
    plain = next(a for a in list_agreements(filled) if a.title == "Plain")
    plan = _plan_one(filled, {"ID": str(plain.id), "Renewal term": "", column: cell})
    (row,) = plan.rows
    assert row.action is RowAction.REJECTED
    assert [(p.row, p.column, p.reason) for p in row.problems] == [(2, column, reason)]
    # The same for an agreement the file adds (the bulk path reads the same cells).
    added = _plan_one(filled, {"Partner": "Osaka", "Agreement": "New", "Date signed":
                               "2021-01-31", "Renewal term": "", column: cell})  # fmt: skip
    assert [(p.column, p.reason) for p in added.rows[0].problems] == [(column, reason)]


def test_a_new_date_signed_after_the_events_held_is_refused(filled: Library) -> None:
    osaka = next(a for a in list_agreements(filled) if a.title == "姉妹都市提携")
    plan = _plan_one(filled, {"ID": str(osaka.id), "Date signed": "2024-03-01"})
    assert [(p.column, p.reason) for p in plan.rows[0].problems] == [
        ("Date signed",
         "“Effective from” (2020-03-01) cannot be earlier than the date signed (2024-03-01)."),
        ("Date signed", "The event of 2024-02-29 is earlier than the date signed (2024-03-01)."),
    ]  # fmt: skip


def test_valid_until_and_japanese_headings_still_import(filled: Library) -> None:
    assert FORMER_HEADINGS == {"valid until": "Expires on"}
    plain = next(a for a in list_agreements(filled) if a.title == "Plain")
    plan = _plan_one(filled, {"ID": str(plain.id), "Valid until": "2030/1/31",
                              "予告期間": "3か月", "署名者（当方）": "Ann (Mayor)"})  # fmt: skip
    (row,) = plan.rows
    assert row.action is RowAction.UPDATE, row.problems
    assert {c.column for c in row.changes} == {
        "Expires on", "Notice period", "Signatories (office)",
    }  # fmt: skip
    apply_import(filled, plan)
    now = get_agreement(filled, plain.id)
    assert (now.expires_on, now.notice_period) == (dt.date(2030, 1, 31), "P3M")
    assert now.office_signatories == [{"name": "Ann", "title": "Mayor"}]
    (notice,) = [h for h in record_history(filled, "agreement", plain.id)
                 if h.field == "notice_period"]  # fmt: skip
    assert history_value(notice.field, notice.new_value) == "3 months"
    assert history_value(notice.field, notice.old_value) == "1 day"
    (signed,) = [h for h in record_history(filled, "agreement", plain.id)
                 if h.field == "office_signatories"]  # fmt: skip
    assert (signed.old_value, signed.new_value) == ("", "Ann (Mayor)")


@pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)
@pytest.mark.parametrize("language", ["en", "ja"])
def test_postgresql_writes_the_bytes_sqlite_writes(tmp_path: Path, language: str) -> None:
    local = open_library(tmp_path / "local", builtin=False)
    with server_db.database(builtin=False) as url:
        server = open_library(tmp_path / "server", database_url=url, builtin=False)
        try:
            fill_library(local)
            fill_library(server)
            for style in ("iso", "slash"):
                csv_format = CsvFormat(header_language=language, date_style=style)
                assert _export(server, csv_format) == _export(local, csv_format)
        finally:
            server.close()
            local.close()
