"""``accord briefing PARTNER [-o FILE.pdf]``: the briefing sheet of a partner as a PDF.

``PARTNER`` is a name as a person types it (English, office-language or local name, any
case or width; a part of one that fits one partner; or its ID):
:func:`db.briefing.find_partner_named`. Without ``-o`` the sheet is
``<partner>-briefing.pdf`` in the current folder
(:func:`desktop.briefing.content.file_name`). The sheet
is in the language of the command line (``--language``).

Drawing the PDF needs Qt's fonts, so this command, unlike the others, starts a
``QGuiApplication`` (no window): on Linux without ``DISPLAY`` or ``WAYLAND_DISPLAY`` it
uses Qt's offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise; Windows and
macOS use their own platform, which needs no screen for this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "briefing"
HELP = QT_TRANSLATE_NOOP("cli", "the briefing sheet of a partner as PDF")
#: After accord briefing; {partner} the partner's name, {path} the PDF written.
WROTE = QT_TRANSLATE_NOOP(
    "cli", "Wrote the briefing sheet of {partner} to {path} (%n page(s)).", None, 1
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord briefing``."""
    parser.add_argument(
        "partner",
        metavar="PARTNER",
        nargs="+",
        help=translate("cli", "the partner's name (English, Japanese or local), or a part of it"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        help=translate("cli", "where to write the PDF (default: PARTNER-briefing.pdf here)"),
    )


def check_usage(args: argparse.Namespace) -> None:
    """Refuse an output that is not a ``.pdf`` file name."""
    if args.output is not None and Path(args.output).suffix.lower() != ".pdf":
        raise UsageError(
            fill(
                translate("cli", "the briefing sheet's file must end in .pdf, not “{name}”"),
                name=Path(args.output).name or args.output,
            ),
            NAME,
        )


def use_offscreen_if_headless(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """Set ``QT_QPA_PLATFORM=offscreen`` on Linux (and other X11/Wayland systems) without a
    display, unless it is set already; return whether it was set."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return False
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return False
    env["QT_QPA_PLATFORM"] = "offscreen"
    return True


def run(library: Library, args: argparse.Namespace) -> int:
    """Write the sheet and say where, with its page count; exit 1 with one sentence when
    the partner is unknown or ambiguous, or the file cannot be written."""
    from db.briefing import find_partner_named, partner_briefing
    from db.partner_names import display_name
    from desktop.briefing.content import file_name

    partner = find_partner_named(library, " ".join(args.partner))
    briefing = partner_briefing(library, partner.id)
    shown = display_name(partner.name, partner.office_name)
    target = Path(args.output) if args.output else Path(file_name(shown))
    use_offscreen_if_headless()
    from desktop.briefing.sheet import application, write_briefing
    from desktop.briefing.timeline import timeline_painter

    _app = application()
    pages = write_briefing(briefing, target, timeline=timeline_painter(library, briefing))
    text = translate("cli", WROTE, None, pages)
    print(fill(text, partner=shown, path=target))
    return EXIT_OK
