"""Which language Accord speaks: an option, ``ACCORD_LANGUAGE``, the window's choice, the system's.

Pure Python, so the command line chooses (and ``--help`` is translated)
without loading Qt. The order, first that names a language Accord has:

1. ``--language ja|en`` on the command line (before any command);
2. the environment variable ``ACCORD_LANGUAGE``;
3. the choice made in the window (QSettings; only the window reads it);
4. the system's language: on Windows the display language
   (``GetUserDefaultUILanguage``, which is what Qt's ``QLocale::system()``
   asks too); on macOS the preferred languages (``AppleLanguages``); else
   ``LANGUAGE`` (a colon-separated list, as GNU gettext reads it unless the
   locale is C), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in POSIX's order;
5. English, the source language.

A value naming a language Accord has no catalogue for (``fr``) is skipped; the
command line (:func:`set_up`) says so on stderr when ``ACCORD_LANGUAGE`` is such a value.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import SOURCE_LANGUAGE, fill, set_language, translate

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

# Accord's languages (a catalogue ``resources/translations/accord_<code>.qm`` each).
LANGUAGES = ("en", "ja")
ENVIRONMENT_VARIABLE = "ACCORD_LANGUAGE"
OPTION = "--language"

_option_given: str | None = None  # what set_up() found on the command line


@dataclass(frozen=True)
class LanguageChoice:
    """A language code and what chose it: option, environment, settings, system or default."""

    code: str
    source: str


def normalize(tag: str | None) -> str | None:
    """Return Accord's code for a locale or language tag, or ``None`` if Accord has none.

    ``ja_JP.UTF-8``, ``ja-JP``, ``JA``, ``ja_JP@calendar=japanese`` → ``"ja"``;
    ``C``, ``POSIX``, ``""``, ``fr_FR`` → ``None``.
    """
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return code if code in LANGUAGES else None


def posix_languages(environ: Mapping[str, str]) -> list[str]:
    """Return the language tags the environment asks for, most wanted first (POSIX, gettext).

    The locale is the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is
    set; ``LANGUAGE`` (``ja:en``) comes before it unless that locale is C/POSIX,
    where gettext ignores it.
    """
    locale = next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
    wanted = [] if locale in ("", "C", "POSIX") else [locale]
    if locale not in ("C", "POSIX") and environ.get("LANGUAGE"):
        wanted[:0] = [part for part in environ["LANGUAGE"].split(":") if part]
    return wanted


def windows_ui_language() -> str | None:
    """Return the Windows display language as a tag (``ja_JP``), or ``None`` off Windows.

    ``GetUserDefaultUILanguage`` (kernel32) gives a LANGID; :mod:`locale`'s
    ``windows_locale`` table turns it into a tag.
    """
    if sys.platform != "win32":
        return None
    import ctypes
    import locale

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    langid = kernel32.GetUserDefaultUILanguage()
    return locale.windows_locale.get(int(langid))


def macos_languages(home: Path | None = None) -> list[str]:
    """Return the macOS preferred languages (``AppleLanguages``: ``["ja-JP", "en-US"]``).

    Read from the user's global preferences file; ``[]`` off macOS or when
    it cannot be read.
    """
    if sys.platform != "darwin":
        return []
    import plistlib

    path = (home or Path.home()) / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with path.open("rb") as file:
            languages = plistlib.load(file).get("AppleLanguages", [])
    except (OSError, ValueError, plistlib.InvalidFileException):
        return []
    return [str(tag) for tag in languages]


def system_language(
    environ: Mapping[str, str] | None = None,
    *,
    windows: Callable[[], str | None] = windows_ui_language,
    macos: Callable[[], list[str]] = macos_languages,
) -> str | None:
    """Return the system's language if Accord has it (rule 4 of the module's docstring)."""
    env = os.environ if environ is None else environ
    tags: list[str] = []
    if (tag := windows()) is not None:
        tags.append(tag)
    tags += macos()
    tags += posix_languages(env)
    return next((code for tag in tags if (code := normalize(tag))), None)


def choose(
    option: str | None = None,
    environ: Mapping[str, str] | None = None,
    saved: str | None = None,
    system: str | None = None,
) -> LanguageChoice:
    """Return the language to speak, by the order of the module's docstring.

    ``system`` defaults to :func:`system_language` of ``environ``.
    """
    env = os.environ if environ is None else environ
    for value, source in (
        (option, "option"),
        (env.get(ENVIRONMENT_VARIABLE), "environment"),
        (saved, "settings"),
    ):
        if code := normalize(value):
            return LanguageChoice(code, source)
    if code := normalize(system) if system is not None else system_language(env):
        return LanguageChoice(code, "system")
    return LanguageChoice(SOURCE_LANGUAGE, "default")


def option_value(argv: Sequence[str], takes_value: Sequence[str] = ()) -> str | None:
    """Return the value of ``--language`` given before the command in ``argv`` (no program name).

    Reading stops at the first word that is not an option (the command), so
    a command's own ``--language`` (``attach ... --language ko``, the
    language of a document) is not taken. ``takes_value`` names the other
    options before the command that take a value (``--library DIR``).
    """
    found: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word == OPTION:
            found = next(words, None)
        elif word.startswith(OPTION + "="):
            found = word.partition("=")[2]
        elif word in takes_value:
            next(words, None)
        elif not word.startswith("-"):
            break
    return found


def set_up(argv: Sequence[str], takes_value: Sequence[str] = ()) -> LanguageChoice:
    """Choose the language for the command line from ``argv`` and the environment, and use it.

    Called first thing by ``accord`` so that ``--help`` and every message
    are in that language. The window chooses again (:func:`choose` with its
    saved setting) through ``desktop.support.language``.
    """
    global _option_given
    _option_given = option_value(argv, takes_value)
    choice = choose(option=_option_given)
    set_language(choice.code)
    wrong = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if wrong and normalize(wrong) is None and normalize(_option_given) is None:
        warning = translate(
            "cli",
            "accord: {variable} is “{value}”, which is not a language Accord speaks "
            "({languages}); it is ignored.",
        )
        languages = translate("cli", ", ", "between the items of a list").join(LANGUAGES)
        print(
            fill(warning, variable=ENVIRONMENT_VARIABLE, value=wrong, languages=languages),
            file=sys.stderr,
        )
    return choice


def option_given() -> str | None:
    """Return the ``--language`` value :func:`set_up` found (``None``: none, or not run)."""
    return _option_given
