"""``accord history AGREEMENT_ID`` (or ``--partner ID``, ``--document ID``): a record's history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK, UsageError, record_id

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "history"
HELP = QT_TRANSLATE_NOOP(
    "cli", "every change to an agreement (or a partner or document), oldest first"
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord history``."""
    parser.add_argument("agreement_id", metavar="AGREEMENT_ID", type=record_id, nargs="?")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--partner", metavar="ID", type=record_id, help=translate("cli", "a partner's history")
    )
    which.add_argument(
        "--document", metavar="ID", type=record_id, help=translate("cli", "a document's history")
    )


def check_usage(args: argparse.Namespace) -> None:
    """Exactly one record: an agreement ID, ``--partner`` or ``--document``."""
    given = [args.agreement_id, args.partner, args.document]
    if sum(value is not None for value in given) != 1:
        raise UsageError(
            translate("cli", "give one AGREEMENT_ID, or --partner ID, or --document ID")
        )


def run(library: Library, args: argparse.Namespace) -> int:
    """Print one line per entry: ``2026-11-30 10:42:03Z  alice  changed  Title: “a” → “b”``.

    A record in the trash or deleted for good still has its history; an ID
    that never existed is a failure (exit 1, one sentence).
    """
    from db.history.read import require_history_or_record

    if args.partner is not None:
        kind, ident = "partner", args.partner
    elif args.document is not None:
        kind, ident = "document", args.document
    else:
        kind, ident = "agreement", args.agreement_id
    entries = require_history_or_record(library, kind, ident)
    if not entries:
        print(
            fill(
                {
                    "partner": translate("cli", "No changes are recorded for partner {ident}."),
                    "document": translate("cli", "No changes are recorded for document {ident}."),
                    "agreement": translate("cli", "No changes are recorded for agreement {ident}."),
                }[kind],
                ident=ident,
            )
        )
    for entry in entries:
        line = f"{entry.at:%Y-%m-%d %H:%M:%S}Z  {entry.user}  {entry.action_label}"
        if entry.detail:
            line += f"  {entry.detail}"
        print(line)
    return EXIT_OK
