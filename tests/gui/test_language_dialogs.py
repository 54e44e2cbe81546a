"""The dialogs in Japanese and in English: every text a person reads comes from the catalogue.

Each dialog is built with the language chosen (as ``--language`` does) and
its visible texts are gathered: the title, labels, buttons, placeholders,
combo items, table headings and tooltips. In Japanese none may be plain
ASCII words (bar the names every language keeps: CSV, PDF, UTF-8...); in
English none may hold Japanese. Values that are data (partner names, file
names, CSV column names, a library's language names) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import tokenize
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from db import trash
from db.agreements import add_agreement, delete_agreement, list_agreements, update_agreement
from db.enums import (
    AgreementStatus,
    AgreementType,
    DocumentRole,
    EventKind,
    PartnerKind,
    Relationship,
    Renewal,
)
from db.i18n.ui_language import LanguageChoice
from db.partners import list_partners
from db.schemas import AgreementCreate, AgreementUpdate
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.attach_dialog import AttachDialog
from desktop.dialogs.conflict_dialog import ConflictDialog, ConflictRow
from desktop.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.dialogs.language_combo import LanguageCombo
from desktop.dialogs.partner_dialog import PartnerDialog
from desktop.dialogs.trash_dialog import TrashDialog
from desktop.support.changes import RecordsNotifier
from desktop.support.labels import ENUM_LABELS, enum_label, field_label
from desktop.support.language import install_translators
from desktop.window.history_view import HistoryPanel

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]
# Words every language writes as they are (formats, encodings, the app's name).
KEPT = {
    "Accord",
    "CSV",
    "PDF",
    "UTF",
    "BOM",
    "Shift_JIS",
    "cp932",
    "Excel",
    "ISO",
    "SHA",
    "YYYY",
    "MM",
    "DD",
}
_WORD = re.compile(r"[A-Za-z_]{2,}")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]")


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    install_translators(qapp, LanguageChoice(request.param, "option"))
    yield request.param
    install_translators(qapp, LanguageChoice("en", "option"))


def visible_texts(root: QWidget, *, skip: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Every text ``root`` shows (mnemonic ``&`` removed), less the data in ``skip``."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            texts.append(widget.placeholderText())
        elif isinstance(widget, LanguageCombo):
            texts.append(widget.itemText(0))  # "Not stated"; the rest are language names
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            model = widget.model()
            if model is not None:
                texts += [
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(model.columnCount())
                ]
    return [text.replace("&", "") for text in texts if text and text not in skip]


def assert_language(texts: list[str], language: str) -> None:
    """Japanese: no text is only ASCII words; English: no text holds Japanese."""
    assert texts
    if language == "ja":
        english = [
            text
            for text in texts
            if text.isascii() and any(word not in KEPT for word in _WORD.findall(text))
        ]
        assert english == []
    else:
        assert [text for text in texts if _JAPANESE.search(text)] == []


def shown(qtbot, widget: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_agreement_form(qtbot, library, language: str) -> None:  # noqa: ANN001
    partners = list_partners(library)
    dialog = shown(qtbot, AgreementDialog(None, library=library, partners=partners))
    assert_language(visible_texts(dialog, skip={p.name for p in partners}), language)
    assert dialog.windowTitle() == {"ja": "協定の追加", "en": "Add agreement"}[language]
    types = [dialog.type_combo.itemText(i) for i in range(dialog.type_combo.count())]
    if language == "ja":
        assert types[:5] == ["覚書", "共同声明", "共同コミュニケ", "共同宣言", "意向書"]
    else:
        assert types == [kind.label for kind in AgreementType]


def test_partner_form(qtbot, library, language: str) -> None:  # noqa: ANN001
    partners = list_partners(library)
    dialog = PartnerDialog(None, countries=[p.country for p in partners])
    shown(qtbot, dialog)
    assert_language(visible_texts(dialog), language)
    kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    relationships = [
        dialog.relationship_combo.itemText(i) for i in range(dialog.relationship_combo.count())
    ]
    if language == "ja":
        assert kinds[0] == "都市"
        assert relationships[0] == "姉妹友好都市"
    else:
        assert kinds == [kind.label for kind in PartnerKind]
        assert relationships == [relationship.label for relationship in Relationship]


def test_attach_form(qtbot, tmp_path: Path, language: str) -> None:
    paths = [tmp_path / "MoU Seoul.pdf", tmp_path / "MoU Seoul (English).pdf"]
    dialog = AttachDialog(paths, agreement_title="MoU Seoul")
    shown(qtbot, dialog)
    skip = {p.name for p in paths} | {str(p) for p in paths}
    assert_language(visible_texts(dialog, skip=skip), language)
    roles = [dialog.rows[0].role.itemText(i) for i in range(dialog.rows[0].role.count())]
    expected = {
        "ja": ["署名原本", "翻訳"],
        "en": [DocumentRole.SIGNED_ORIGINAL.label, "Translation"],
    }
    assert roles[:2] == expected[language]
    assert (
        dialog.rows[1].role.accessibleName()
        == {
            "ja": "MoU Seoul (English).pdfの役割",
            "en": "Role of MoU Seoul (English).pdf",
        }[language]
    )


def test_conflict_dialog(qtbot, language: str) -> None:  # noqa: ANN001
    rows = [
        ConflictRow(field_label("title"), "MoU", "MoU 2", "jo, 10:42 UTC"),
        ConflictRow(field_label("areas"), "culture", "sports", "", mine_changed=False),
    ]
    dialog = ConflictDialog(None, message="(the records core's sentence)", rows=rows)
    shown(qtbot, dialog)
    texts = visible_texts(dialog, skip={"(the records core's sentence)"})
    assert_language(texts, language)
    labels = [dialog.table.item(row, 0).text() for row in range(2)]
    expected = {"ja": ["協定名", "協力分野"], "en": ["Title", "Areas of cooperation"]}
    assert labels == expected[language]
    mine = dialog.table.item(1, 2).text()
    assert (
        mine
        == {"ja": "sports（自分は変更していません）", "en": "sports (not changed by you)"}[language]
    )
    assert isinstance(dialog.table, QTableWidget)


def test_trash_dialog_and_its_question(qtbot, library, monkeypatch, language: str) -> None:  # noqa: ANN001
    for agreement in list_agreements(library)[:2]:
        delete_agreement(library, agreement.id)
    dialog = TrashDialog(library, RecordsNotifier())
    shown(qtbot, dialog)
    names = {item.name for item in trash.list_trash(library)}
    names |= {item.parent for item in trash.list_trash(library)}
    assert_language(visible_texts(dialog, skip=names), language)
    kind = dialog.proxy.index(0, 0).data()
    assert kind == {"ja": "協定", "en": "Agreement"}[language]
    assert dialog._days_label.text() == {"ja": "日間", "en": "days"}[language]

    asked: list[str] = []

    def question(_parent, title, text, *args):  # noqa: ANN001, ANN002
        asked.append(f"{title}|{text}")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.view.selectAll()
    dialog.purge_selected()
    dialog.empty_trash()
    expected = {
        "ja": [
            "完全に削除|この2件の項目を完全に削除しますか。",
            "ごみ箱を空にする|ごみ箱にある2件",
        ],
        "en": ["Delete for Good|Delete these 2 items for good?", "Empty Trash|Delete all 2 items"],
    }[language]
    assert [text[: len(start)] for text, start in zip(asked, expected, strict=True)] == expected


def test_export_dialog(qtbot, library, language: str) -> None:  # noqa: ANN001
    dialog = ExportDialog(library, ExportContext(total=len(list_agreements(library))))
    shown(qtbot, dialog)
    assert_language(visible_texts(dialog), language)
    assert dialog.windowTitle() == {"ja": "CSV出力", "en": "Export CSV"}[language]


def test_history_panel(qtbot, library, language: str) -> None:  # noqa: ANN001
    partner = list_partners(library)[0]
    data = AgreementCreate(
        partner_id=partner.id,
        title="MoU",
        type=AgreementType.JOINT_STATEMENT,
        date_signed=dt.date(2014, 7, 23),
    )
    agreement = add_agreement(library, data)
    update_agreement(library, agreement.id, AgreementUpdate(title="MoU 2"))
    panel = shown(qtbot, HistoryPanel(library))
    panel.show_agreement(agreement.id, partner_id=partner.id, partner_name=partner.name)
    qtbot.waitUntil(lambda: panel.view.history_model.rowCount() == 2)
    assert_language(visible_texts(panel, skip={f"その提携先（{partner.name}）"}), language)
    what = panel.view.history_model.index(0, 2).data()
    expected_what = {"ja": "変更 協定名: 「MoU」→「MoU 2」", "en": "changed Title: “MoU” → “MoU 2”"}
    assert what == expected_what[language]


def test_enum_labels_match_db_enums_and_are_translated(qapp) -> None:  # noqa: ANN001
    enums = (AgreementType, Relationship, PartnerKind, DocumentRole, Renewal, EventKind,
             AgreementStatus)  # fmt: skip
    labels = {m.label for enum in enums for m in enum}
    assert labels == set(ENUM_LABELS)
    install_translators(qapp, LanguageChoice("ja", "option"))
    try:
        japanese = {m: enum_label(m) for m in AgreementType}
        assert japanese[AgreementType.JOINT_COMMUNIQUE] == "共同コミュニケ"
        assert all(not label.isascii() for label in japanese.values())
        assert QCoreApplication.translate("undo", "Import “{name}”") == "「{name}」の取込"
    finally:
        install_translators(qapp, LanguageChoice("en", "option"))


# Every module of the window side: a new room or module is checked without a list to keep.
# The command line's modules are checked by tests/test_i18n_marked.py instead (argparse's
# words use a variable context on purpose: cli/texts.py marks them with QT_TRANSLATE_NOOP).
MY_MODULES = sorted(p for p in (ROOT / "desktop").rglob("*.py") if "cli" not in p.parts)


@pytest.mark.parametrize("path", MY_MODULES, ids=lambda path: path.name)
def test_marked_texts_are_extractable(path: Path) -> None:
    """``#:`` stands just above a marked text; no wrapper, variable context or ``parent.tr``.

    lupdate drops or misfiles the others (docs/translations.md).
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    marked = re.compile(r"\b(translate|tr|QT_TRANSLATE_NOOP)\(")
    stray = []
    with path.open(encoding="utf-8") as file:
        for token in tokenize.generate_tokens(file.readline):
            if token.type == tokenize.COMMENT and token.string.startswith("#:"):
                following = [
                    line for line in lines[token.start[0] : token.start[0] + 4] if "#:" not in line
                ]
                if not any(marked.search(line) for line in following[:2]):
                    stray.append(token.start[0])
    assert stray == []
    assert not re.search(r"(?<![.\w])(_tr|tr)\(", source)  # a free wrapper: never extracted
    assert not re.search(r"\bparent\.tr\(|translate\(_?[A-Z_a-z]+,", source)


def test_every_count_text_of_these_modules_has_plural_forms() -> None:
    """A ``%n`` text is a numerus message in both catalogues, or its count never varies the text.

    lupdate marks ``self.tr(text, "", n)`` as plural, but not
    ``QCoreApplication.translate(context, text, "", n)`` with a variable ``n``.
    """
    contexts = {
        "ExportOperation", "ExportDialog", "ImportPlanModel", "RecordOperations", "TrashDialog",
        "TrashPurger",
    }  # fmt: skip
    for name in ("accord_ja.ts", "accord_en.ts"):
        root = ElementTree.parse(ROOT / "resources" / "translations" / name).getroot()
        flat = [
            (context.findtext("name"), message.findtext("source"))
            for context in root.iter("context")
            for message in context.iter("message")
            if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
        ]
        assert [entry for entry in flat if entry[0] in contexts] == [], name
