"""``accord upcoming [--days N] [--ics FILE]``: deadlines, expiries and anniversaries ahead."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    from db.library import Library

NAME = "upcoming"
HELP = QT_TRANSLATE_NOOP(
    "cli",
    "notice deadlines and expiries ahead, recent expiries and anniversaries; --ics writes them "
    "for a calendar",
)
# Days ahead when ``--days`` is not given, and the most it takes (ten years).
DEFAULT_DAYS = 90
MAX_DAYS = 3650


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            fill(
                translate("cli", "“{text}” is not a number of days from 0 to {most}"),
                text=text,
                most=MAX_DAYS,
            )
        )
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord upcoming``."""
    parser.add_argument(
        "--days",
        metavar="N",
        type=_days,
        default=DEFAULT_DAYS,
        help=fill(
            translate("cli", "notice deadlines and expiries within N days (default {n})"),
            n=DEFAULT_DAYS,
        ),
    )
    parser.add_argument(
        "--ics",
        metavar="FILE",
        help=translate("cli", "also write them as an iCalendar file (.ics) for a calendar"),
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Renew what renews automatically and is due (as the window does at start-up), then
    print each section's heading, then one line per date: ``date  what  partner  ID
    title`` (``-`` for a partner's anniversary), then the counts; with ``--ics``, write the
    same dates to the file and say so. Exit 0 whether or not anything is coming."""
    from db.lifecycle.renewals import apply_automatic_renewals
    from db.lifecycle.upcoming import read_upcoming
    from db.lifecycle.upcoming_text import counts_line, grouped, partner_name, section_title, what

    today = dt.date.today()
    # Automatic renewals first, so that an agreement renewed by its terms is not "expired"
    # (a read-only library is left as it is).
    apply_automatic_renewals(library, today)
    lives, items = read_upcoming(library, today, args.days)
    for section, listed in grouped(items):
        print(section_title(section, args.days))
        if not listed:
            print("  " + translate("cli", "(none)"))
        for item in listed:
            ident = "-" if item.agreement_id is None else str(item.agreement_id)
            partner = partner_name(lives, item.partner_id)
            print(f"  {item.date.isoformat()}\t{what(item)}\t{partner}\t{ident}\t{item.title}")
    print(counts_line(items, args.days))
    if args.ics:
        from db.lifecycle.ics import write_ics

        count = write_ics(library, items, lives, args.ics)
        print(fill(translate("cli", "Wrote {n} dates to {target}."), n=count, target=args.ics))
    return EXIT_OK
