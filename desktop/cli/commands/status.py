"""``accord status [--partner NAME] [--only STATUS]``: where each agreement stands today."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    from db.enums import AgreementStatus
    from db.library import Library

NAME = "status"
HELP = QT_TRANSLATE_NOOP(
    "cli",
    "each agreement's status today (in force, expiring, expired, renewed, superseded, "
    "terminated) with its dates",
)


def _status(text: str) -> AgreementStatus:
    from db.enums import AgreementStatus

    try:
        return AgreementStatus.from_label(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord status``."""
    parser.add_argument(
        "--partner",
        metavar="NAME",
        help=translate("cli", "only this partner's agreements (its name in any script)"),
    )
    parser.add_argument(
        "--only",
        metavar="STATUS",
        type=_status,
        help=translate("cli", "only agreements with this status (e.g. expiring)"),
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Renew what renews automatically and is due (as the window does), then print one
    line per agreement in use, by partner and date signed: ``ID  status  in force from
    expires on  notice deadline  partner  title`` (``-`` for a date there is none of),
    then how many have each status. Exit 0, whatever the statuses.

    Raises :class:`db.errors.NotFoundError` or :class:`db.errors.ValidationError` (one
    sentence) for a ``--partner`` that names no partner or several.
    """
    from db.briefing import find_partner_named
    from db.enums import AgreementStatus
    from db.lifecycle.life import status
    from db.lifecycle.lives import read_lives
    from db.lifecycle.renewals import apply_automatic_renewals
    from db.lifecycle.upcoming_text import partner_name

    today = dt.date.today()
    apply_automatic_renewals(library, today)
    partner_ids = None
    if args.partner:
        partner_ids = [find_partner_named(library, args.partner).id]
    lives = read_lives(library, partner_ids=partner_ids)
    code = language()
    counts: Counter[AgreementStatus] = Counter()
    for life in lives.agreements:
        state = status(life, today)
        if args.only is not None and state is not args.only:
            continue
        counts[state] += 1
        dates = (life.in_force_from, life.expires_on, life.notice_deadline)
        shown = "\t".join(day.isoformat() if day else "-" for day in dates)
        partner = partner_name(lives, life.partner_id)
        print(f"{life.id}\t{state.label_in(code)}\t{shown}\t{partner}\t{life.title}")
    #: The end of ``accord status``: {counts} is e.g. "In force 18, Expiring 2".
    summary = translate("cli", "{total} agreements: {counts}.")
    order = list(AgreementStatus)
    parts = ", ".join(
        f"{state.label_in(code)} {n}"
        for state, n in sorted(counts.items(), key=lambda pair: order.index(pair[0]))
    )
    print(fill(summary, total=sum(counts.values()), counts=parts or "-"))
    return EXIT_OK
