"""Translation without Qt (db.i18n.translate, db.i18n.qm), and the choice of language.

The choice: db.i18n.ui_language, and the command line's ``--language``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.errors import CatalogueError
from db.i18n import translate as i18n
from db.i18n import ui_language
from db.i18n.qm import MAGIC, Catalogue, elf_hash
from db.i18n.ui_language import LanguageChoice, choose, normalize, option_value, posix_languages

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


# --- db.i18n.translate ----------------------------------------------------------------------


def test_japanese_from_the_committed_catalogue() -> None:
    i18n.set_language("ja")
    assert i18n.translate("dates", "May") == "5月"
    assert i18n.translate("WindowActions", "&Quit") == "終了(&Q)"
    assert (
        i18n.translate("PartnerTableModel", "All agreements (%n)", None, 5) == "すべての協定（5）"
    )


def test_disambiguation_finds_its_message_and_english_is_the_source() -> None:
    i18n.set_language("ja")
    assert i18n.translate("dates", "{yyyy}-{mm}-{dd}", "table date") == "{yyyy}/{mm}/{dd}"
    i18n.set_language("en")
    assert i18n.translate("dates", "{yyyy}-{mm}-{dd}", "table date") == "{yyyy}-{mm}-{dd}"
    assert i18n.translate("PartnerTableModel", "All agreements (%n)", None, 1) == (
        "All agreements (1)"
    )


def test_untranslated_text_and_a_language_without_catalogue_show_the_source() -> None:
    i18n.set_language("ja")
    assert i18n.translate("nowhere", "Not in the catalogue %n", None, 1234) == (
        "Not in the catalogue 1234"
    )
    assert i18n.translate("nowhere", "%Ln rows", None, 1234) == "1,234 rows"
    i18n.set_language("xx")
    assert i18n.translate("dates", "May") == "May"


def test_a_damaged_catalogue_shows_the_source(tmp_path: Path) -> None:
    (tmp_path / "accord_ja.qm").write_bytes(b"not a catalogue")
    i18n.set_language("ja", tmp_path)
    assert i18n.translate("dates", "May") == "May"


def test_fill_puts_values_in_once() -> None:
    assert i18n.fill("{name} ({size})", name="{size}%n", size=3) == "{size}%n (3)"
    assert i18n.fill("{unknown} stays", name="x") == "{unknown} stays"


def test_qt_translate_noop_marks_and_returns_the_text() -> None:
    assert i18n.QT_TRANSLATE_NOOP("dates", "May") == "May"


# --- db.i18n.qm ------------------------------------------------------------------------


def test_elf_hash_is_qts() -> None:
    # Values computed with Qt's elfHash (qtranslator.cpp) by hand: "a" = 0x61.
    assert elf_hash(b"a") == 0x61
    assert elf_hash(b"ab") == (0x61 << 4) + 0x62
    assert elf_hash(b"") == 1  # never 0


def test_not_a_catalogue_is_refused() -> None:
    with pytest.raises(CatalogueError):
        Catalogue(b"not a .qm file")
    with pytest.raises(CatalogueError):
        Catalogue(MAGIC + b"\x69\x00\x00\x01")  # truncated


# --- db.i18n.ui_language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ja_JP.UTF-8", "ja"),
        ("ja-JP", "ja"),
        ("JA", "ja"),
        ("ja_JP@calendar=japanese", "ja"),
        ("en_GB.UTF-8", "en"),
        ("C", None),
        ("POSIX", None),
        ("", None),
        ("fr_FR", None),
        (None, None),
    ],
)
def test_normalize(tag: str | None, code: str | None) -> None:
    assert normalize(tag) == code


def test_posix_order_of_the_environment() -> None:
    assert posix_languages({"LANG": "ja_JP.UTF-8"}) == ["ja_JP.UTF-8"]
    assert posix_languages({"LANG": "ja_JP.UTF-8", "LC_ALL": "en_US.UTF-8"}) == ["en_US.UTF-8"]
    assert posix_languages({"LANG": "en_US", "LC_MESSAGES": "ja_JP"}) == ["ja_JP"]
    assert posix_languages({"LANG": "en_US", "LANGUAGE": "fr:ja"}) == ["fr", "ja", "en_US"]
    assert posix_languages({"LANG": "C", "LANGUAGE": "ja"}) == []  # gettext ignores it then


def _no_os(**env: str) -> LanguageChoice:
    from db.i18n.ui_language import system_language

    system = system_language(env, windows=lambda: None, macos=lambda: [])
    return choose(environ=env, system=system or "")


def test_choose_follows_the_order_option_environment_settings_system() -> None:
    env = {"LANG": "ja_JP.UTF-8"}
    assert _no_os(**env) == LanguageChoice("ja", "system")
    assert _no_os(LANG="fr_FR.UTF-8", LANGUAGE="fr:ja") == LanguageChoice("ja", "system")
    assert _no_os(LANG="C") == LanguageChoice("en", "default")
    assert choose(saved="en", environ=env, system="ja") == LanguageChoice("en", "settings")
    env_choice = {**env, "ACCORD_LANGUAGE": "en"}
    assert choose(saved="ja", environ=env_choice) == LanguageChoice("en", "environment")
    assert choose(option="ja", environ={"ACCORD_LANGUAGE": "en"}) == LanguageChoice("ja", "option")
    assert choose(option="fr", environ={"ACCORD_LANGUAGE": "xx"}, system="ja").source == "system"


def test_windows_display_language_comes_first() -> None:
    from db.i18n.ui_language import system_language

    found = system_language({"LANG": "en_US"}, windows=lambda: "ja_JP", macos=lambda: [])
    assert found == "ja"


def test_the_language_option_is_read_before_the_command_only() -> None:
    values = ("--library",)
    assert option_value(["--language", "ja"]) == "ja"
    assert option_value(["--language=en", "check"]) == "en"
    assert option_value(["--library", "--language", "check"], values) is None  # a folder
    assert option_value(["attach", "2", "f.pdf", "--language", "ja"]) is None  # a document's
    assert option_value(["--library", "D", "--language", "ja", "export"], values) == "ja"


def test_set_up_chooses_for_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_language, "_option_given", None)  # put back afterwards
    monkeypatch.setenv("ACCORD_LANGUAGE", "ja")
    assert ui_language.set_up([]) == LanguageChoice("ja", "environment")
    assert i18n.language() == "ja"
    assert ui_language.set_up(["--language", "en"]) == LanguageChoice("en", "option")
    assert ui_language.option_given() == "en"


# --- the command line -------------------------------------------------------------


def _accord(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environ.pop("ACCORD_LANGUAGE", None)
    environ.update(env, PYTHONPATH=str(ROOT))
    code = "import sys; from desktop.cli.main import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=environ
    )


def test_help_follows_the_system_language_and_the_option_overrides_it() -> None:
    japanese = _accord("--help", LANG="ja_JP.UTF-8")
    assert japanese.returncode == 0, japanese.stderr
    assert "ウィンドウとメッセージの言語" in japanese.stdout
    english = _accord("--language", "en", "--help", LANG="ja_JP.UTF-8")
    assert "language of the window and the messages" in english.stdout
    by_variable = _accord("--help", LANG="ja_JP.UTF-8", ACCORD_LANGUAGE="en")
    assert "language of the window and the messages" in by_variable.stdout


def test_an_unknown_language_is_a_usage_error() -> None:
    result = _accord("--language", "fr", "--help")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_choosing_the_language_loads_no_qt() -> None:
    code = (
        "import sys; from db.i18n import translate, ui_language;"
        "ui_language.set_up(['--language', 'ja']);"
        "translate.translate('dates', 'May'); print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr
