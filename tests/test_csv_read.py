"""Reading CSV bytes as export and Excel write them: encoding, delimiter, header, row numbers."""

from __future__ import annotations

import codecs

import pytest

from db.csv.export import AGREEMENT_COLUMNS
from db.csv.read import decode, header_key, match_header, read_table, sniff_delimiter
from db.errors import CsvImportError


def test_decode_bom_utf8_cp932_and_refusal() -> None:
    assert decode(codecs.BOM_UTF8 + "東京".encode()) == ("東京", "utf-8-sig")
    assert decode("서울".encode()) == ("서울", "utf-8")
    # shift_jis rejects these three; cp932 (what Excel writes) has them.
    text = "髙橋 ① ㈱"
    assert decode(text.encode("cp932")) == (text, "cp932")
    with pytest.raises(UnicodeEncodeError):
        text.encode("shift_jis")
    assert decode("ID\tPartner".encode("utf-16")) == ("ID\tPartner", "utf-16")
    with pytest.raises(CsvImportError) as caught:
        decode(b"\x81\xff\xfe\xfd")
    assert str(caught.value).count(".") == 1
    assert "UTF-8" in str(caught.value)
    with pytest.raises(CsvImportError, match="not valid UTF-8"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe")


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"ID,Partner\x00\x00", "10"),
        (b"\x81\x00\xff\xfe\xfd", "1"),
        (b"ID,Partner\r\n" * 200 + b"\x00", "2,400"),
        ("ID\t\x00".encode("utf-16"), "8"),  # BOM, two characters, then the NUL
    ],
)
def test_a_nul_byte_is_named_with_its_offset(data: bytes, offset: str) -> None:
    with pytest.raises(CsvImportError) as caught:
        decode(data)
    assert str(caught.value) == (
        f"The file holds a NUL byte (binary data) at offset {offset}; it is not CSV text."
    )


def test_a_quote_never_closed_is_refused_where_it_opens() -> None:
    data = (
        b"Partner,Agreement,Type,Date signed,Notes\r\n"
        b"Seoul,Unterm,MoU,2014-07-23,fine\r\n"
        b'Seoul,Unterm,MoU,2014-07-23,"open quote never closed\r\n'
        b"Paris,Other,MoU,2015-01-01,\r\n"
    )
    with pytest.raises(CsvImportError) as caught:
        read_table(data)
    assert str(caught.value) == (
        "Row 3, column 5 (“Notes”): the quote opened here is never closed, so every row "
        "after it would be read into this cell; close the quote or remove it."
    )
    # Closed quotes, a quote inside an unquoted cell, a last line without a line end: fine.
    table = read_table(b'ID,Notes\r\n1,"a\r\nb"\r\n2,5" disk\r\n3,""')
    assert table.rows == [(2, ["1", "a\r\nb"]), (3, ["2", '5" disk']), (4, ["3", ""])]


def test_a_cell_larger_than_the_csv_modules_own_limit() -> None:
    note = "長い" * 100_000  # 200,000 characters, past csv's default 131,072
    table = read_table(f'ID,Notes\r\n1,"{note}"\r\n'.encode())
    assert table.rows == [(2, ["1", note])]


def test_bom_is_never_glued_to_the_first_header() -> None:
    table = read_table(codecs.BOM_UTF8 + b"ID,Partner\r\n1,Paris\r\n")
    assert table.header == ["ID", "Partner"]
    assert table.encoding == "utf-8-sig"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_told_from_the_header(delimiter: str) -> None:
    header = delimiter.join(["ID", "Partner", "Agreement", "Date signed"])
    row = delimiter.join(["1", '"Paris, France; and more"', "MoU", "2014/7/23"])
    table = read_table(f"{header}\r\n{row}\r\n".encode())
    assert table.delimiter == delimiter
    assert table.rows == [(2, ["1", "Paris, France; and more", "MoU", "2014/7/23"])]


def test_delimiter_prefers_known_columns_over_counts() -> None:
    # Two commas inside a quoted header cell and one semicolon between columns.
    assert sniff_delimiter('"Notes, long, ones";Partner\r\n', AGREEMENT_COLUMNS) == ";"
    assert sniff_delimiter("Partner\r\nParis\r\n", AGREEMENT_COLUMNS) == ","
    assert sniff_delimiter("Partner;Agreement,x\r\n", AGREEMENT_COLUMNS) == ";"


def test_row_numbers_are_the_spreadsheet_rows() -> None:
    data = b'ID,Notes\r\n1,"two\r\nlines"\r\n\r\n2,"a ""quoted"", word"\r\n3,"x\ny"\r\n\r\n\r\n'
    table = read_table(data)
    assert table.rows == [
        (2, ["1", "two\r\nlines"]),
        (4, ["2", 'a "quoted", word']),  # row 3 was blank
        (5, ["3", "x\ny"]),
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_every_line_end(newline: str) -> None:
    data = newline.join(["ID,Partner", "1,Paris", "2,Seoul", ""]).encode()
    assert read_table(data).rows == [(2, ["1", "Paris"]), (3, ["2", "Seoul"])]


def test_neutralised_cells_come_back() -> None:
    table = read_table(b"ID,Notes\r\n1,'=SUM(A1)\r\n2,''+x\r\n3,'plain\r\n")
    assert [cells[1] for _, cells in table.rows] == ["=SUM(A1)", "'+x", "'plain"]


def test_header_matching_ignores_case_space_invisible_and_width() -> None:
    assert header_key("  date SIGNED ") == header_key("Date signed")
    assert header_key("ＩＤ") == header_key("ID")
    assert header_key("\ufeffPartner\u200b") == header_key("Partner")
    match = match_header(["ｉｄ", " partner ", "Colour", "", "AGREEMENT"], AGREEMENT_COLUMNS)
    assert match.columns == ["ID", "Partner", None, None, "Agreement"]
    assert match.unknown == ["Colour"]
    assert match.problems == []


def test_duplicate_header_is_a_problem() -> None:
    match = match_header(["Partner", "Notes", " notes "], AGREEMENT_COLUMNS)
    assert match.problems == [
        "The header has the column “Notes” twice (“Notes” and “ notes ”); keep one."
    ]
