"""Names in the window and in every report are in ``QCollator``'s order for the chosen
language (ICU, CLDR's tailoring), and the exports are in exactly the window's order.

The corpus holds the scripts the office deals with and the places where a
language-neutral key (:func:`db.text.name_order`, what ``db/`` uses without
Qt) differs from ICU: Æ Ø Ł, lower case before upper, Thai vowels written
before their consonant, hiragana and katakana together in 五十音 order,
kanji by reading in Japanese, and the order between scripts (Japanese:
Latin, kana, kanji, then Cyrillic, Arabic, Thai, Hangul; English: Latin,
Cyrillic, Arabic, Thai, Hangul, kana, kanji).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtGui import QAction

from db.agreements import add_agreement
from db.csv.export import export_agreements, export_partners, export_table
from db.i18n.ui_language import LanguageChoice
from db.partner_names import display_name
from db.partners import add_partner
from db.schemas import AgreementCreate, PartnerCreate
from db.text import fold, name_order
from desktop.cli.main import main
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.export_choice import ExportContext
from desktop.dialogs.export_dialog import ExportDialog
from desktop.support.collation import name_key
from desktop.support.item_roles import ItemRole
from desktop.support.language import install_translators
from desktop.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library

CORPUS = {
    "Latin with accents": [
        "Aarhus", "Ämter", "Århus", "Çanakkale", "Dubrovnik", "Écija", "Gdańsk", "Hà Nội",
        "Hanoi", "Ile-de-France", "Île-de-France", "Lodz", "Nunoa", "Ñuñoa", "Ōsaka", "Oslo",
        "Quebec", "Québec", "Sao Paulo", "São Paulo", "Strasse", "Straße", "Zaragoza",
        "Zurich", "Zürich",
    ],
    "Æ Ø Ł": ["Ærø", "Ørsta", "Østfold", "Łódź"],
    "case": ["ulm", "Ulm"],
    "Russian": ["Москва", "Санкт-Петербург", "Новосибирск", "Ёлкино", "Екатеринбург", "Казань"],
    "Arabic": ["أبوظبي", "القاهرة", "دبي", "الرياض", "الإسكندرية"],
    "Thai": ["กรุงเทพมหานคร", "ขอนแก่น", "เชียงใหม่", "ภูเก็ต"],
    "Korean": ["서울특별시", "부산광역시", "인천광역시", "대구광역시", "광주광역시"],
    "kana": ["あいち", "カイロ", "ソウル", "パリ", "はりす", "ハリス", "バンコク"],
    "kanji": ["東京都", "大阪府", "北海道", "京都府", "愛知県", "横浜市", "札幌市"],
}  # fmt: skip
EVERY_NAME = list(dict.fromkeys(name for names in CORPUS.values() for name in names))
#: The corpus a library can hold: the first of the names that fold alike (Accord refuses a
#: second "Zürich" beside "Zurich", db.partners), so case alone never tells two apart there.
NAMES = list({fold(name): name for name in reversed(EVERY_NAME)}.values())[::-1]
LOCALES = {"ja": "ja_JP", "en": "en_US"}
#: One name of each script, in the order of the scripts in each language.
SCRIPTS = {"Latin": "Quito", "kana": "ソウル", "kanji": "東京都", "Cyrillic": "Москва",
           "Arabic": "دبي", "Thai": "ภูเก็ต", "Hangul": "서울특별시"}  # fmt: skip
SCRIPT_ORDER = {
    "ja": ["Latin", "kana", "kanji", "Cyrillic", "Arabic", "Thai", "Hangul"],
    "en": ["Latin", "Cyrillic", "Arabic", "Thai", "Hangul", "kana", "kanji"],
}


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    install_translators(qapp, LanguageChoice(request.param, "option"))
    yield request.param
    install_translators(qapp, LanguageChoice("en", "option"))


def collated(names: list[str], language: str) -> list[str]:
    """The order of an independent ``QCollator`` with Qt's default options."""
    return sorted(names, key=QCollator(QLocale(LOCALES[language])).sortKey)


def add_named(library: Library, names: list[str]) -> None:
    for name in names:
        partner = add_partner(library, PartnerCreate(name=name, country="Somewhere"))
        add_agreement(
            library,
            AgreementCreate(partner_id=partner.id, title="T", date_signed=dt.date(2020, 1, 1)),
        )


def window_order(qtbot, library: Library, *, english: bool = False) -> list[str]:  # noqa: ANN001
    """The partner names as the main window's partner list shows them, top to bottom
    (``english``: each row's English name, as reports write it, in the window's order)."""
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    view = window.findChild(type(window.browser.partner_view), "partnerView")
    model = view.model()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    if english:
        rows = range(1, model.rowCount())
        return [model.index(row, 0).data(ItemRole.RECORD).name for row in rows]
    return [model.index(row, 0).data() for row in range(1, model.rowCount())]


def partner_column(data: bytes) -> list[str]:
    """The Partner column of a report, headed in English or, as the Japanese window's export
    dialog writes it by default, in Japanese."""
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    return [row["Partner"] if "Partner" in row else row["提携先"] for row in rows]


def test_the_window_orders_names_as_the_collator(qtbot, library: Library, language: str) -> None:  # noqa: ANN001
    add_named(library, NAMES)
    shown = [name for name in window_order(qtbot, library) if name in NAMES]
    assert shown == collated(NAMES, language)
    assert shown != sorted(NAMES, key=name_order)  # the corpus tells the two apart


def test_the_name_key_is_the_collator_and_total(language: str) -> None:
    assert sorted(EVERY_NAME, key=name_key()) == collated(EVERY_NAME, language)
    assert sorted(EVERY_NAME, key=name_key(language)) != sorted(EVERY_NAME, key=name_order)


@pytest.mark.parametrize("case", ["Æ Ø Ł", "Thai", "kana", "kanji"])
def test_each_difference_from_a_plain_key_follows_the_collator(
    qtbot,
    library: Library,
    language: str,
    case: str,  # noqa: ANN001
) -> None:
    names = CORPUS[case] + ["Lodz", "Oslo", "Zurich", "Hanoi", "Ámsterdam"]
    add_named(library, names)
    shown = [name for name in window_order(qtbot, library) if name in names]
    assert shown == collated(names, language)


def test_scripts_follow_each_other_as_the_language_has_them(
    qtbot,
    library: Library,
    language: str,  # noqa: ANN001
) -> None:
    add_named(library, list(SCRIPTS.values()))
    script_of = {name: script for script, name in SCRIPTS.items()}
    shown = [script_of[name] for name in window_order(qtbot, library) if name in script_of]
    assert shown == SCRIPT_ORDER[language]


def test_exports_and_the_command_line_list_partners_as_the_window(
    qtbot,
    library: Library,
    language: str,
    capsysbinary,  # noqa: ANN001
) -> None:
    add_named(library, NAMES)
    window = window_order(qtbot, library, english=True)
    key = name_key()  # what the export dialog passes (desktop.dialogs.export_dialog)
    out = io.BytesIO()
    export_partners(library, out, name_key=key)
    assert partner_column(out.getvalue()) == window
    out = io.BytesIO()
    export_agreements(library, out, name_key=key)
    exported = list(dict.fromkeys(partner_column(out.getvalue())))
    assert set(NAMES) <= set(exported)
    assert exported == [name for name in window if name in set(exported)]
    dialog = ExportDialog(library, ExportContext(total=len(NAMES)))  # Export CSV, all agreements
    qtbot.addWidget(dialog)
    out = io.BytesIO()
    export_table(dialog.choice().table, out)
    assert list(dict.fromkeys(partner_column(out.getvalue()))) == exported
    capsysbinary.readouterr()
    argv = ["--language", language, "--library", str(library.root), "export", "--partners"]
    assert main(argv) == 0
    assert partner_column(capsysbinary.readouterr()[0]) == window


def test_names_equal_to_the_collator_keep_one_order_whatever_came_first() -> None:
    """A zero-width joiner is ignorable to ICU: the text then decides, as on any database."""
    names = ["Seoul", "Se\u200doul", "seoul", "Sëoul"]
    key = name_key("ja")
    orders = {tuple(sorted(names, key=key)), tuple(sorted(reversed(names), key=key))}
    assert orders == {("seoul", "Seoul", "Se\u200doul", "Sëoul")}


def test_the_agreement_form_lists_partners_as_the_window(
    qtbot,
    library: Library,
    language: str,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    add_named(library, NAMES)
    shown = window_order(qtbot, library)
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    offered: list[str] = []

    def ask(_parent, **form) -> None:  # noqa: ANN001, ANN003 - AgreementDialog.ask's own
        offered.extend(display_name(p.name, p.office_name) for p in form["partners"])

    monkeypatch.setattr(AgreementDialog, "ask", staticmethod(ask))
    window.findChild(QAction, "actionAddAgreement").trigger()
    assert offered == shown
