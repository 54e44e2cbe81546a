"""A pseudo-translation run: every text that is not data comes from the catalogue, none is cut.

At test time, every message of ``accord_ja.ts`` gets a made-up translation,
its English source about 40% longer and marked, ``[!! Add Partner… ~~~~ !!]``,
compiled with the wheel's ``lrelease`` into a temporary ``.qm`` that both Qt
(``QTranslator``) and ``db.i18n.translate`` read. Then the main window and each dialog
are opened, and every text a person reads is checked:

- it carries the marker, or it is data (names, titles, countries, file
  names, numbers) or one of Qt's own standard button texts;
- a one-line label is not wider than the room it has (a longer language
  must not be cut).

A text that bypasses the catalogue (a string never marked, marked in the
wrong context, or built from English outside it) shows up unmarked.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from db.agreements import list_agreements
from db.csv.importer import plan_import
from db.i18n import translate as i18n
from db.partners import list_partners
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.attach_dialog import AttachDialog
from desktop.dialogs.conflict_dialog import ConflictDialog, ConflictRow
from desktop.dialogs.export_dialog import ExportContext, ExportDialog
from desktop.dialogs.import_dialog import ImportDialog
from desktop.dialogs.partner_dialog import PartnerDialog
from desktop.dialogs.trash_dialog import TrashDialog
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.partner_model import PartnerTableModel
from desktop.support.language import ENDONYMS
from desktop.window.main_window import MainWindow
from tests.gui.test_language_dialogs import visible_texts

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "[!!", "!!]"
# Qt's own texts (qtbase's catalogue translates them), and what every language writes alike.
QT_OWN = {"OK", "Cancel", "Close", "Yes", "No", "Save", "Apply", "Help", "Reset", "Accord"}
# Names every language writes alike: keys in a shortcut (QKeySequence.toString) and encodings.
KEYS = ("Ctrl", "Shift", "Alt", "Meta", "PgUp", "PgDown", "Esc", "UTF-8", "Shift_JIS", "cp932")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


# Every Latin letter of a catalogue text becomes a look-alike outside ASCII ("Àđđ Ṕàŕţñéŕ"),
# so a plain English word inside a marked text is one that did not pass the catalogue
# (a value put into a sentence without being translated).
_LOOKALIKE = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñôþʠŕšţüṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÔṔǪŔŠŢÜṼŴẊÝŽ",
)
# What a translation must keep as it is: blanks, counts, markup.
_KEEP = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|<[^>]*>|&[a-z]+;")


def pseudo(text: str) -> str:
    """``text`` marked, in look-alike letters and about 40% longer; blanks and mnemonic kept."""
    parts, end = [], 0
    for match in _KEEP.finditer(text):
        parts += [text[end : match.start()].translate(_LOOKALIKE), match.group()]
        end = match.end()
    parts.append(text[end:].translate(_LOOKALIKE))
    return f"{OPEN} {''.join(parts)} {'~' * math.ceil(len(text) * 0.4)} {CLOSE}"


def make_pseudo_catalogue(folder: Path) -> Path:
    """Write ``folder/accord_en.qm``: every message of the Japanese catalogue, pseudo-translated."""
    tree = ET.parse(ROOT / "resources" / "translations" / "accord_ja.ts")
    tree.getroot().set("language", "en_US")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English: one, other
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "accord_en.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    spec = importlib.util.spec_from_file_location("tool", ROOT / "packaging" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    qm = folder / "accord_en.qm"
    subprocess.run([str(tool.qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_language(qapp, pseudo_qm: Path) -> Iterator[None]:  # noqa: ANN001
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)  # installed last: asked first
    i18n.set_language("en", pseudo_qm.parent)
    assert QCoreApplication.translate("WindowActions", "&Quit").startswith(OPEN)
    yield
    qapp.removeTranslator(translator)
    i18n.set_language("en")


def data_of(library) -> list[str]:  # noqa: ANN001
    """The library's own words (names, titles...), longest first."""
    words = set(ENDONYMS.values()) | {str(library.root)}
    for partner in list_partners(library):
        words |= {partner.name, partner.local_name, partner.office_name, partner.country}
        words |= {partner.notes or ""}
    for agreement in list_agreements(library):
        words |= {agreement.title, agreement.notes or "", *agreement.areas}
    return sorted((w for w in words if w), key=len, reverse=True)


def unmarked(texts: list[str], data: list[str]) -> list[str]:
    """The texts with words that are neither the catalogue's (marked) nor data.

    A text must carry the marker, and once the data is taken out no plain
    Latin letter may be left in it (the catalogue's letters are look-alikes).
    """
    found = []
    for text in texts:
        if text.replace("&", "") in QT_OWN:
            continue
        rest = text
        for word in data:
            rest = rest.replace(word, "")
        for word in KEYS:
            rest = rest.replace(word, "")
        if (OPEN not in text and _LETTER.search(rest)) or _ASCII_LETTER.search(rest):
            found.append(text)
    return found


def clipped_labels(root: QWidget) -> list[str]:
    """One-line labels whose text is wider than the label (wrapping ones may use more lines)."""
    cut = []
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisibleTo(root) or label.wordWrap():
            continue
        text = label.text()
        if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        if label.buddy() is not None:  # "&Title:" shows as "Title:"
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        metrics = label.fontMetrics()
        wanted = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if wanted > label.contentsRect().width() + 1:
            cut.append(f"{label.objectName() or type(label.parent()).__name__}: {text!r}")
    return cut


def window_texts(window: MainWindow) -> list[str]:
    texts = visible_texts(window)
    for action in window.findChildren(QAction):
        if not action.isSeparator():
            texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
    texts += [menu.title() for menu in window.findChildren(QMenu)]
    agreements = window.browser.agreement_model
    partners = window.partner_view.model()
    texts += [
        agreements.index(row, AgreementTableModel.TYPE).data()
        for row in range(agreements.rowCount())
    ]
    texts += [
        partners.index(row, PartnerTableModel.RELATIONSHIP).data()
        for row in range(1, partners.rowCount())
    ]
    texts.append(window.detail.document_view._empty_text)
    return [text for text in texts if text]


def shown(qtbot, widget: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_main_window_shows_only_catalogue_texts(
    qtbot,
    library,
    pseudo_language,
    monkeypatch,  # noqa: ANN001
) -> None:
    window = MainWindow(library, restore_settings=False)
    window.resize(1280, 800)
    shown(qtbot, window)
    data = data_of(library)
    seoul = next(a for a in list_agreements(library) if a.date_signed == dt.date(2015, 2, 3))
    assert window.select_agreement(seoul.id)
    qtbot.wait(50)
    assert unmarked(window_texts(window), data) == []
    assert clipped_labels(window) == []

    cairo = next(p for p in list_partners(library) if p.name == "Cairo")
    assert window.select_partner(cairo.id)  # no agreements: the hints
    texts = [*visible_texts(window), window.detail.hint_label.text()]
    assert unmarked(texts, data) == []
    assert clipped_labels(window) == []

    said = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: said.append(title))
    window.window_actions.about.trigger()
    assert said
    assert unmarked(said, data) == []


def test_every_dialog_shows_only_catalogue_texts(
    qtbot,
    library,
    tmp_path: Path,
    pseudo_language,  # noqa: ANN001
) -> None:
    partners = list_partners(library)
    data = data_of(library)
    csv = tmp_path / "partners.csv"
    csv.write_text("Name,Country\nTbilisi,Georgia\n", encoding="utf-8")
    pdfs = [tmp_path / "MoU Seoul.pdf"]
    data += [str(csv), csv.name, "Name", "Country", "Tbilisi", "Georgia", "MoU Seoul"]
    data += [*(str(p) for p in pdfs), *(p.name for p in pdfs)]
    data.sort(key=len, reverse=True)
    conflict = ConflictDialog(None, message="(sentence)", rows=[ConflictRow("x", "a", "b", "")])
    dialogs = [
        AgreementDialog(None, library=library, partners=partners),
        PartnerDialog(None, countries=[p.country for p in partners]),
        AttachDialog(pdfs, agreement_title="MoU Seoul"),
        conflict,
        ExportDialog(library, ExportContext(total=len(list_agreements(library)))),
        ImportDialog(plan_import(library, csv)),
        TrashDialog(library, _notifier()),
    ]
    problems = {}
    for dialog in dialogs:
        shown(qtbot, dialog)
        skip = {"(sentence)", "x", "a", "b"}
        found = unmarked(visible_texts(dialog, skip=skip), data) + clipped_labels(dialog)
        if found:
            problems[type(dialog).__name__] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def _notifier():  # noqa: ANN202
    from desktop.support.changes import RecordsNotifier

    return RecordsNotifier()
