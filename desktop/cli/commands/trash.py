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

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK, UsageError, record_id

if TYPE_CHECKING:
    from db.library import Library
    from db.trash import TrashItem

NAME = "trash"
HELP = QT_TRANSLATE_NOOP("cli", "list what was deleted; --restore or --purge KIND ID, or --empty")
# The kinds of record the trash holds, as ``--restore``/``--purge`` take them.
KINDS = ("partner", "agreement", "document")
# How the trash names the kinds of record it lists.
KIND_LABELS = {
    #: a kind of record, at the start of a line of the trash list (noun)
    "partner": QT_TRANSLATE_NOOP("cli", "partner"),
    #: a kind of record, at the start of a line of the trash list (noun)
    "agreement": QT_TRANSLATE_NOOP("cli", "agreement"),
    #: a kind of record, at the start of a line of the trash list (noun)
    "document": QT_TRANSLATE_NOOP("cli", "document"),
}
IN_THE_TRASH = QT_TRANSLATE_NOOP("cli", "%n item(s) in the trash.", None, 1)
EMPTIED = QT_TRANSLATE_NOOP("cli", "Emptied the trash: %n item(s) deleted for good.", None, 1)


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
                        "--{option}: “{kind}” is not a kind of record (partner, agreement or "
                        "document)",
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
        done = translate("cli", "Restored from the trash: {what}.")
        return _change(library, done, "restore", *args.restore)
    if args.purge is not None:
        return _change(library, translate("cli", "Deleted for good: {what}."), "purge", *args.purge)
    if args.empty:
        return _empty(library)
    items = list_trash(library)
    if not items:
        print(translate("cli", "The trash is empty."))
        return EXIT_OK
    for item in items:
        print(line(item))
    print(translate("cli", IN_THE_TRASH, None, len(items)))
    return EXIT_OK


def line(item: TrashItem) -> str:
    """Return one item as ``accord trash`` lists it."""
    if item.deleted_by:
        text = translate("cli", "{item}  deleted {when}Z by {user}")
    else:
        text = translate("cli", "{item}  deleted {when}Z")
    if item.holds:
        text += translate("cli", "  holds {holds}")
    when = f"{item.deleted_at:%Y-%m-%d %H:%M:%S}"
    return fill(text, item=describe(item), when=when, user=item.deleted_by, holds=item.holds)


def describe(item: TrashItem, gap: str = "  ") -> str:
    """Return ``agreement 12  “Title” of “Seoul”``: kind, ID, name and what it belonged to
    (``gap`` between ID and name: two spaces line a list up, one reads in a sentence)."""
    kind = translate("cli", KIND_LABELS[item.kind])
    if item.parent:
        text = translate("cli", "{kind} {id}{gap}“{name}” of “{parent}”")
    else:
        text = translate("cli", "{kind} {id}{gap}“{name}”")
    return fill(text, kind=kind, id=item.id, gap=gap, name=item.name, parent=item.parent)


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
            print(fill(done, what=_what(item)))
    return EXIT_OK


def _empty(library: Library) -> int:
    """Purge every item; print each, then how many (a role that may not: exit 1)."""
    from db.errors import NotFoundError
    from db.server.roles import Action, require
    from db.trash import list_trash, purge

    require(library.role, Action.PURGE)
    items = list_trash(library)
    if not items:
        print(translate("cli", "The trash is already empty."))
        return EXIT_OK
    for item in items:
        with suppress(NotFoundError):  # it went with an item purged just before
            purge(library, item.kind, item.id)
        print(fill(translate("cli", "Deleted for good: {what}."), what=_what(item)))
    print(translate("cli", EMPTIED, None, len(items)))
    return EXIT_OK


def _what(item: TrashItem) -> str:
    """Return an item as a sentence names it: :func:`describe`, and what went with it."""
    if not item.holds:
        return describe(item, " ")
    return fill(translate("cli", "{item} with {holds}"), item=describe(item, " "), holds=item.holds)
