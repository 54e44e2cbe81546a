"""The Japanese window shows what the tester read in English: history values, and more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from db.history import HistoryEntry
from db.ui_language import LanguageChoice
from desktop.dialogs.language_combo import LanguageCombo
from desktop.language import install_translators
from desktop.models.history_model import HistoryTableModel


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    install_translators(qapp, LanguageChoice("ja", "option"))
    yield
    install_translators(qapp, LanguageChoice("en", "option"))


@pytest.mark.usefixtures("japanese")
def test_the_history_tab_shows_types_and_dates_in_japanese(qtbot) -> None:  # noqa: ANN001
    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    model = HistoryTableModel()
    changed_type = HistoryEntry(
        at, "kato", "changed", "type", "Memorandum of understanding", "Joint statement"
    )
    changed_date = HistoryEntry(at, "kato", "changed", "valid_until", "", "2024-05-01")
    assert model.what(changed_type) == "変更 種類: 「覚書」→「共同声明」"
    assert model.what(changed_date).endswith("「」→「2024/05/01」")


@pytest.mark.usefixtures("japanese")
def test_the_attach_language_list_is_in_the_languages_own_names(qtbot) -> None:  # noqa: ANN001
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "指定なし"
    assert {"한국어 (ko)", "日本語 (ja)", "English (en)", "français (fr)"} <= set(items)
    assert "Korean (ko)" not in items
    combo.lineEdit().setText("한국어")
    assert combo.code() == "ko"
    combo.lineEdit().setText("Korean")
    assert combo.code() == "ko"


def test_the_attach_language_list_is_in_english_names_in_english(qtbot) -> None:  # noqa: ANN001
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(1, combo.count())]
    assert items[:2] == ["Abkhazian (ab)", "Afar (aa)"]
    assert "Korean (ko)" in items
