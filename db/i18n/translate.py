"""Translated sentences for ``db/`` and the command line, from the window's own catalogue.

One catalogue serves all of Accord: ``resources/translations/accord_<code>.ts``
(what a translator edits in Qt Linguist) compiled to ``accord_<code>.qm``.
The window hands the ``.qm`` to ``QTranslator``; this module reads the same
file without Qt (:mod:`db.i18n.qm`), so ``db/`` stays free of PySide6 and the
command line starts without loading it.

Marking a sentence (``pyside6-lupdate`` extracts these call forms, and only
with literal strings and positional arguments; docs/translations.md)::

    from db.i18n.translate import QT_TRANSLATE_NOOP, translate

    translate("dates", "{shown} is not a date.")             # translated now
    MISSING = QT_TRANSLATE_NOOP("check", "%n file(s) missing", None, 1)  # a plural
    translate("check", MISSING, None, count)                  # ... with its count
    LABEL = QT_TRANSLATE_NOOP("enums", "Sister/friendship")  # marked, translated later
    #: A translator's comment: the line(s) just above the call, after "#:".
    translate("enums", "Open", "state of an agreement, not the verb")

Values go into a translated text through :func:`fill` (``{name}`` blanks,
one pass), never through ``%`` or ``str.format``: a translation with a
mistyped blank then shows it instead of failing.
"""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import CatalogueError
from db.i18n.qm import Catalogue, read_catalogue

if TYPE_CHECKING:
    from collections.abc import Mapping

# The language the source texts are written in (Qt Linguist's "source language").
SOURCE_LANGUAGE = "en"
# Prefix of the catalogue files: ``accord_ja.ts`` / ``accord_ja.qm``.
CATALOGUE_PREFIX = "accord_"

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PERCENT_N = re.compile(r"%(L?)n")


def catalogue_folder() -> Path:
    """Return ``resources/translations`` in the source tree, an installed wheel or a bundle.

    A PyInstaller bundle unpacks ``resources/`` under ``sys._MEIPASS`` (the
    spec lists it in ``datas``), as :func:`desktop.support.resources.get_asset` knows.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "translations"


class _State:
    """The chosen language and its catalogue, read on first use."""

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self.folder: Path | None = None
        self.catalogue: Catalogue | None = None
        self.lock = threading.Lock()


_state = _State()


def set_language(code: str, folder: Path | None = None) -> None:
    """Translate from now on into the language ``code`` (``"ja"``, ``"en"``).

    The catalogue ``accord_<code>.qm`` in ``folder`` (default
    :func:`catalogue_folder`) is read on the first :func:`translate`, so
    choosing a language costs nothing until a sentence is needed. A
    language without a catalogue shows the English source texts.
    """
    with _state.lock:
        _state.language = code
        _state.folder = folder
        _state.catalogue = None


def language() -> str:
    """Return the code of the language chosen with :func:`set_language` (``"en"`` at first)."""
    return _state.language


def catalogue_path(code: str, folder: Path | None = None) -> Path:
    """Return the path of the compiled catalogue of ``code`` (which may not exist)."""
    return (folder or catalogue_folder()) / f"{CATALOGUE_PREFIX}{code}.qm"


def _catalogue() -> Catalogue:
    catalogue = _state.catalogue
    if catalogue is not None:
        return catalogue
    with _state.lock:
        if _state.catalogue is None:
            try:
                _state.catalogue = read_catalogue(catalogue_path(_state.language, _state.folder))
            except (OSError, CatalogueError):
                _state.catalogue = Catalogue()  # the English source texts
        return _state.catalogue


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the chosen language, as ``QCoreApplication.translate`` would.

    ``context`` and ``disambiguation`` identify the message as in Qt
    (``<context>`` and ``<comment>`` in the ``.ts``). With ``n >= 0`` the
    plural form for ``n`` is chosen by the catalogue's own rules and every
    ``%n`` becomes ``n`` (``%Ln``: ``n`` with thousands separators, which
    Japanese and English both write as ``1,234``). Without a translation
    the source text is returned, with ``%n`` filled in the same way.

    Pass ``disambiguation`` and ``n`` positionally: ``pyside6-lupdate``
    does not extract a call with keyword arguments.
    """
    found = _catalogue().lookup(context, text, disambiguation or "", n)
    result = text if found is None else found
    if n >= 0:
        result = _PERCENT_N.sub(lambda m: f"{n:,}" if m.group(1) else str(n), result)
    return result


def translate_into(code: str, context: str, text: str) -> str:
    """Return ``text`` in the language ``code``, whatever language is chosen.

    For what is written for someone else rather than shown: a CSV report
    with Japanese headings from an English window, or an import reading
    either language's headings. The catalogue ``accord_<code>.qm`` is read
    once; without one (or the text in it) the source text is returned.
    """
    if code == SOURCE_LANGUAGE:
        return text
    found = _catalogue_of(code).lookup(context, text)
    return text if found is None else found


_catalogues: dict[str, Catalogue] = {}


def _catalogue_of(code: str) -> Catalogue:
    catalogue = _catalogues.get(code)
    if catalogue is None:
        try:
            catalogue = read_catalogue(catalogue_path(code))
        except (OSError, CatalogueError):
            catalogue = Catalogue()  # the English source texts
        _catalogues[code] = catalogue  # a race only reads the file twice
    return catalogue


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name pyside6-lupdate looks for
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark ``text`` for the catalogue and return it untranslated (Qt's macro of that name).

    For texts defined before a language is chosen (module constants, enum
    labels); translate them where they are shown with
    ``translate(context, text)`` using the same context.

    A plural text is marked with a literal count as the fourth argument,
    ``QT_TRANSLATE_NOOP("cli", "%n item(s) in the trash.", None, 1)``:
    ``pyside6-lupdate`` extracts a plural (``numerus="yes"``) only when that
    argument is a number literal, never from a variable count, so the
    count-carrying call ``translate("cli", TEXT, None, count)`` names the
    marked constant. ``n`` is ignored here.
    """
    return text


def fill(template: str, /, **values: object) -> str:
    """Return ``template`` with each ``{name}`` replaced by ``str(values[name])``.

    One pass: a value put in is never searched for blanks again, so a title
    holding ``{size}`` or ``%n`` shows as typed; other braces and ``%``
    signs are left alone, and a ``{name}`` without a value stays as written.
    """
    return _fill(template, values)


def _fill(template: str, values: Mapping[str, object]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _FIELD.sub(value, template)
