"""The catalogues: up to date with the code, complete, compiled, read alike by Qt and db.i18n.qm."""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from db.i18n import translate as i18n
from db.i18n.qm import plural_form, read_catalogue

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ja")
_BLANK = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(code: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"accord_{code}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = element.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [element.text or ""]


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_lupdate_and_lrelease_change_no_catalogue() -> None:
    """The .ts hold every marked text of db/ and desktop/, and the .qm are compiled from them."""
    assert _tool().differences() == []


def test_both_languages_have_a_catalogue() -> None:
    assert sorted(_tool().catalogue_codes()) == list(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code: str) -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in _messages(code)
        if (message.find("translation").get("type") or "") != ""  # type: ignore[union-attr]
        or not all(_translations(message))
    ]
    assert unfinished == []
    forms = {len(_translations(m)) for _, m in _messages(code) if m.get("numerus") == "yes"}
    assert forms == {1 if code == "ja" else 2}  # Japanese has one plural form, English two


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_use_only_the_blanks_the_code_fills(code: str) -> None:
    """A translation's ``{blanks}`` are its source's or those its translator comment names."""
    wrong = []
    for context, message in _messages(code):
        allowed = set(_BLANK.findall(message.findtext("source") or ""))
        allowed |= set(_BLANK.findall(message.findtext("extracomment") or ""))
        for text in _translations(message):
            if not set(_BLANK.findall(text)) <= allowed:
                wrong.append((context, message.findtext("source"), text))
    assert wrong == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_python_and_qtranslator_agree_on_every_message(code: str, qapp: QCoreApplication) -> None:
    path = TRANSLATIONS / f"accord_{code}.qm"
    translator = QTranslator()
    assert translator.load(str(path))
    catalogue = read_catalogue(path)
    i18n.set_language(code)
    QCoreApplication.installTranslator(translator)
    try:
        checked = 0
        for context, message in _messages(code):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            counts = (0, 1, 2, 5, 21, 1234) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                qt = translator.translate(context, source, comment, n)
                assert catalogue.lookup(context, source, comment or "", n) == (qt or None)
                expected = QCoreApplication.translate(context, source, comment, n)
                assert i18n.translate(context, source, comment, n) == expected
                checked += 1
        assert checked >= (1 if code == "en" else 400)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_plural_through_qt_and_through_python(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "accord_ja.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qt = QCoreApplication.translate("PartnerTableModel", "All agreements (%n)", None, 3)
    finally:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("ja")
    python = i18n.translate("PartnerTableModel", "All agreements (%n)", None, 3)
    assert qt == python == "すべての協定（3）"


# Languages with 1 to 6 plural forms, so every kind of Qt numerus rule is run.
_PLURAL_LANGUAGES = ("ja_JP", "en_US", "fr_FR", "pl_PL", "ru_RU", "cs_CZ", "lt_LT", "ar_SA")


def test_plural_rules_are_qts(tmp_path: Path) -> None:
    """db.i18n.qm picks QTranslator's plural form for every count, in every kind of rule."""
    for language in _PLURAL_LANGUAGES:
        forms = "".join(f"<numerusform>form {i} %n</numerusform>" for i in range(6))
        ts = tmp_path / f"plural_{language}.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="{language}" sourcelanguage="en_US">'
            '<context><name>c</name><message numerus="yes"><source>%n file(s)</source>'
            f"<translation>{forms}</translation></message></context></TS>",
            encoding="utf-8",
        )
        qm = ts.with_suffix(".qm")
        lrelease = _tool().qt_tool("lrelease")
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        translator = QTranslator()
        assert translator.load(str(qm))
        catalogue = read_catalogue(qm)
        for n in range(0, 1200):
            assert catalogue.lookup("c", "%n file(s)", "", n) == translator.translate(
                "c", "%n file(s)", None, n
            ), (language, n)
        if language.startswith("pl"):  # 1 plik, 2 pliki, 5 plików, 22 pliki
            assert [plural_form(catalogue.numerus_rules, n) for n in (1, 2, 5, 22)] == [0, 1, 2, 1]


def _translator_comments(path: Path) -> Iterator[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    for token in tokens:
        if token.type == tokenize.COMMENT and token.string.startswith("#:"):
            yield token.start[0], token.string


def test_translator_comments_stand_just_above_a_marked_text() -> None:
    """``#:`` is lupdate's translator comment; anywhere else it lands on the next text it finds.

    Checked in the modules that mark texts with db.i18n.translate and in desktop.support.language;
    docs/translations.md explains why ``#:`` is not for attribute documentation.
    """
    marked = re.compile(r"\b(translate|tr|QT_TRANSLATE_NOOP)\(")
    files = [
        p
        for p in (ROOT / "db").rglob("*.py")
        if "from db.i18n.translate import" in p.read_text("utf-8")
    ]
    files.append(ROOT / "desktop" / "support" / "language.py")
    stray = []
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, _comment in _translator_comments(path):
            following = [
                line for line in lines[number : number + 4] if not line.strip().startswith("#:")
            ]
            if not any(marked.search(line) for line in following[:2]):
                stray.append(f"{path.relative_to(ROOT)}:{number}")
    assert stray == []


def test_the_compiled_catalogues_and_the_era_table_are_package_data() -> None:
    """What ``pip install`` copies: pyproject's package-data patterns cover them."""
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    wanted = {"resources": [f"translations/accord_{code}.qm" for code in LANGUAGES]}
    wanted["db"] = ["data/eras.json"]
    for package, names in wanted.items():
        for name in names:
            assert (ROOT / package / name).is_file(), name
            assert any(fnmatch(name, pattern) for pattern in data[package]), name
