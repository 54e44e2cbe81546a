"""argparse's own words (usage:, options:, its error sentences) from Accord's catalogue.

argparse takes them from ``gettext`` through its module names ``_`` and
``ngettext``; :func:`install` points both at the catalogue (context
``argparse``), so ``accord --help`` and a usage error read in the chosen
language. The English texts below are argparse's own (Python 3.11-3.13),
marked here so that ``pyside6-lupdate`` extracts them; a text a later
Python words differently is shown as argparse writes it.
"""

from __future__ import annotations

import argparse

from db.i18n.translate import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


def _gettext(text: str | None) -> str | None:
    # argparse also asks for None (a subparsers group without a description).
    return text if not text else translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate(CONTEXT, singular if count == 1 else plural)


def install() -> None:
    """Make argparse take its words from the catalogue (in :func:`db.i18n.translate.language`)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
