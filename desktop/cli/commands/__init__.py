"""The subcommands of the ``accord`` command line, one module each.

Each module has ``NAME``, ``HELP``, ``configure(parser)`` (its arguments),
``run(library, args) -> int`` (the exit code) and may have
``run_unopened(args) -> int | None`` (run before the library is opened,
for a command that must work when it cannot be: ``None`` goes on to
``run``) and ``check_usage(args)``, which raises :class:`UsageError` for option
combinations argparse cannot express. :data:`COMMANDS` lists them in the
order ``accord --help`` shows them.
"""

from __future__ import annotations

import argparse

from db.i18n.translate import fill, translate

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

# Modules of this package, in ``--help`` order.
COMMANDS = (
    "export", "import_csv", "attach", "search", "reindex", "check", "history", "trash", "backup",
    "restore", "copy", "status", "upcoming", "briefing", "server",
)  # fmt: skip


class UsageError(Exception):
    """Bad combination of options, found after parsing (exit code 2).

    ``command`` names the command whose ``--help`` explains the options (``"export"``);
    ``None``: the options of ``accord`` itself.
    """

    def __init__(self, message: str, command: str | None = None) -> None:
        super().__init__(message)
        self.command = command


def record_id(text: str) -> int:
    """argparse type of a record ID: a whole number from 1 to 2**63 - 1 (SQLite's INTEGER)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("cli", "“{text}” is not a record ID (a whole number)"), text=text)
        ) from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(
            fill(translate("cli", "{text} is not a record ID (IDs run from 1 upwards)"), text=text)
        )
    return value


def document_language(text: str) -> str:
    """argparse type of a document's language: an ISO 639-1 code ("ja", "KO"), lower-cased.

    Anything else ("zz", "日本語", "ja-Latn-JP") is bad usage (exit 2),
    refused with the form accepted before the library is opened.
    """
    from db.i18n.languages import normalise_language

    try:
        return normalise_language(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(
                translate(
                    "cli",
                    "“{text}” is not a language code; give a two-letter ISO 639-1 code such "
                    "as ja, ko or en",
                ),
                text=text,
            )
        ) from None
