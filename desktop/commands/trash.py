"""``accord trash``: list the trash, restore from it, delete from it for good, or empty it.

The same use cases as View › Trash (:mod:`db.trash`): one line per item,
as the trash view lists them (a partner deleted with its agreements is one
item that holds them)::

    partner 3  “Paris”  deleted 2026-11-30 10:42:03Z by alice  holds 3 agreements, 2 documents
    agreement 12  “Joint Statement …” of “Seoul”  deleted 2026-11-29 08:01:55Z by bob

``--restore KIND ID`` and ``--purge KIND ID`` take a kind (partner,
agreement, document) and an ID as listed; ``--empty`` deletes everything
for good. Neither asks: each says what went. An ID not in the trash, or a
restore the trash refuses ("Restore the partner Seoul first."), is one
sentence and exit 1.
"""

from __future__ import annotations

import argparse
from contextlib import suppress
from typing import TYPE_CHECKING

from db.i18n import fill, translate
from db.library import Library
from desktop.commands import EXIT_OK, UsageError, record_id

if TYPE_CHECKING:
    from db.trash import TrashItem

NAME = "trash"
HELP = "list what was deleted; --restore or --purge KIND ID, or --empty"
#: The kinds of record the trash holds, as ``--restore``/``--purge`` take them.
KINDS = ("partner", "agreement", "document")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord trash``."""
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--restore",
        nargs=2,
        metavar=("KIND", "ID"),
        help=translate(
            "cli", "bring a partner, agreement or document back, with what was deleted with it"
        ),
    )
    what.add_argument(
        "--purge",
        nargs=2,
        metavar=("KIND", "ID"),
        help=translate(
            "cli", "delete it for good, with what it holds (asks nothing; cannot be undone)"
        ),
    )
    what.add_argument(
        "--empty",
        action="store_true",
        help=translate(
            "cli", "delete everything in the trash for good (asks nothing; cannot be undone)"
        ),
    )


def check_usage(args: argparse.Namespace) -> None:
    """Turn ``--restore``/``--purge`` KIND ID into ``(kind, id)``; raises :class:`UsageError`."""
    for option in ("restore", "purge"):
        given = getattr(args, option)
        if given is None:
            continue
        kind, ident = given
        if kind.lower() not in KINDS:
            raise UsageError(
                fill(
                    translate(
                        "cli",
                        "--{option}: “{kind}” is not a kind of record "
                        "(partner, agreement or document)",
                    ),
                    option=option,
                    kind=kind,
                )
            )
        try:
            number = record_id(ident)
        except argparse.ArgumentTypeError as exc:
            raise UsageError(f"--{option}: {exc}") from None
        setattr(args, option, (kind.lower(), number))


def run(library: Library, args: argparse.Namespace) -> int:
    """List the trash, or restore, purge or empty it; print what was done."""
    from db.trash import list_trash

    if args.restore is not None:
        return _change(library, "Restored from the trash", "restore", *args.restore)
    if args.purge is not None:
        return _change(library, "Deleted for good", "purge", *args.purge)
    if args.empty:
        return _empty(library)
    items = list_trash(library)
    if not items:
        print(translate("cli", "The trash is empty."))
        return EXIT_OK
    for item in items:
        print(line(item))
    print(
        fill(
            translate("cli", "{len} item{value} in the trash."),
            len=len(items),
            value="s" if len(items) != 1 else "",
        )
    )
    return EXIT_OK


def line(item: TrashItem) -> str:
    """Return one item as ``accord trash`` lists it."""
    text = f"{describe(item)}  deleted {item.deleted_at:%Y-%m-%d %H:%M:%S}Z"
    if item.deleted_by:
        text += f" by {item.deleted_by}"
    if item.holds:
        text += f"  holds {item.holds}"
    return text


def describe(item: TrashItem, gap: str = "  ") -> str:
    """Return ``agreement 12  “Title” of “Seoul”``: kind, ID, name and what it belonged to
    (``gap`` between ID and name: two spaces line a list up, one reads in a sentence)."""
    text = f"{item.kind} {item.id}{gap}“{item.name}”"
    if item.parent:
        text += f" of “{item.parent}”"
    return text


def _change(library: Library, done: str, action: str, kind: str, ident: int) -> int:
    """Restore or purge one record; print every trash item that left with it."""
    from db import trash

    before = trash.list_trash(library)
    if action == "restore":
        trash.restore(library, kind, ident)
    else:
        trash.purge(library, kind, ident)
    remaining = {(item.kind, item.id) for item in trash.list_trash(library)}
    for item in before:
        if (item.kind, item.id) not in remaining:
            print(f"{done}: {_what(item)}.")
    return EXIT_OK


def _empty(library: Library) -> int:
    """Purge every item; print each, then how many."""
    from db.errors import NotFoundError
    from db.trash import list_trash, purge

    items = list_trash(library)
    if not items:
        print(translate("cli", "The trash is already empty."))
        return EXIT_OK
    for item in items:
        with suppress(NotFoundError):  # it went with an item purged just before
            purge(library, item.kind, item.id)
        print(fill(translate("cli", "Deleted for good: {what}."), what=_what(item)))
    print(
        fill(
            translate("cli", "Emptied the trash: {len} item{value} deleted for good."),
            len=len(items),
            value="s" if len(items) != 1 else "",
        )
    )
    return EXIT_OK


def _what(item: TrashItem) -> str:
    """Return an item as a sentence names it: :func:`describe`, and what went with it."""
    return describe(item, " ") + (f" with {item.holds}" if item.holds else "")
