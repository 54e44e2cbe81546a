"""The ``accord`` command line (DESIGN, "Command line contract").

``accord [--library DIR | --database-url URL] [COMMAND]``; without a command
it opens the main window. Exit codes: 0 success, 1 a failure the message
explains, 2 bad usage. Errors go to stderr as one plain sentence, never a
traceback (set ``ACCORD_DEBUG=1`` to see one). Qt is imported only for the
window and ``--screenshot``, so the other commands start fast and run on a
machine without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NoReturn

from db.enums import DocumentRole
from db.errors import AccordError, LibraryError
from db.library import Library, open_library
from db.pdf import WORKER_FLAG, worker_main

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see “{self.prog} --help”).\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``accord`` command line."""
    from db.csv_export import DEFAULT_ENCODING, ENCODINGS

    parser = _Parser(
        prog="accord",
        description="Records of partners, agreements and their signed documents.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--library",
        metavar="DIR",
        help="library folder (default: $ACCORD_LIBRARY, else the per-user data folder)",
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help="keep the records on a database server, e.g. postgresql+psycopg://host/accord "
        "(default: $ACCORD_DATABASE_URL, else SQLite in the library folder)",
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the main window to a PNG and exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = commands.add_parser("export", help="agreements (or partners) as CSV")
    export.add_argument(
        "-o", "--output", metavar="FILE", default="-", help="file to write; - is stdout (default)"
    )
    export.add_argument("--partner", metavar="NAME", help="only this partner's agreements")
    export.add_argument(
        "--partners", action="store_true", help="partners instead, with their agreement counts"
    )
    export.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default=DEFAULT_ENCODING,
        help="utf-8-sig (default; Excel opens it correctly), utf-8, or cp932 (Shift_JIS)",
    )

    attach = commands.add_parser("attach", help="add a PDF document to an agreement")
    attach.add_argument("agreement_id", metavar="AGREEMENT_ID", type=_record_id)
    attach.add_argument("file", metavar="FILE")
    attach.add_argument("--language", metavar="CODE", default="", help="ISO 639-1, e.g. ko")
    attach.add_argument(
        "--role",
        choices=[role.value for role in DocumentRole],
        default=DocumentRole.SIGNED_ORIGINAL.value,
        help="what the document is to the agreement (default: signed_original)",
    )

    check = commands.add_parser("check", help="integrity of the database and the documents")
    check.add_argument("-v", "--verbose", action="store_true", help="also list what was checked")
    return parser


def _record_id(text: str) -> int:
    """argparse type of a record ID: a whole number from 1 to 2**63 - 1 (SQLite's INTEGER)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a record ID (a whole number)") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"{text} is not a record ID (IDs run from 1 upwards)")
    return value


def _export(library: Library, args: argparse.Namespace) -> int:
    from db.csv_export import export_agreements, export_partners

    to_stdout = args.output == "-"
    destination = sys.stdout.buffer if to_stdout else Path(args.output)
    if args.partners:
        count = export_partners(library, destination, encoding=args.encoding)
        what = "partners"
    else:
        count = export_agreements(
            library, destination, partner=args.partner, encoding=args.encoding
        )
        what = "agreements"
    if not to_stdout:
        print(f"Exported {count} {what} to {args.output}.", file=sys.stderr)
    return EXIT_OK


def _attach(library: Library, args: argparse.Namespace) -> int:
    from db.documents import attach_document

    document = attach_document(
        library,
        args.agreement_id,
        args.file,
        language=args.language,
        role=DocumentRole(args.role),
    )
    pages = (
        "password-protected"
        if document.encrypted
        else f"{document.page_count} page{'s' if document.page_count != 1 else ''}"
    )
    print(
        f"Attached {document.original_name} to agreement {document.agreement_id} "
        f"as document {document.id} ({document.size} bytes, SHA-256 {document.sha256}, "
        f"{document.role.label.lower()}, {pages})."
    )
    return EXIT_OK


def _check(library: Library, args: argparse.Namespace) -> int:
    from db.check import check_library

    report = check_library(library)
    if args.verbose:
        for item in report.checked:
            print(f"checked: {item}")
    for problem in report.problems:
        print(problem)
    if report.ok:
        print(f"The library at {library.root} is in order.")
        return EXIT_OK
    print(f"{len(report.problems)} problem(s) found in the library at {library.root}.")
    return EXIT_FAILURE


def _screenshot(library: Library, path: str) -> int:
    target = Path(path)
    if not has_display():
        # A screenshot needs no screen: Qt's offscreen platform renders the same widgets.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler

    from desktop.app import create_application, save_screenshot

    def quiet_offscreen_noise(_kind: object, _context: object, message: str) -> None:
        # The offscreen platform says this for every top-level window shown.
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen_noise)
    _app = create_application(sys.argv[:1])
    save_screenshot(library, target)
    print(f"Saved a screenshot of the main window to {target}.", file=sys.stderr)
    return EXIT_OK


def has_display(environ: Mapping[str, str] | None = None) -> bool:
    """Return whether Qt can open a window here.

    Windows and macOS always have a screen for a desktop user. Elsewhere
    (X11/Wayland) Qt needs ``DISPLAY`` or ``WAYLAND_DISPLAY`` and, without
    them, aborts the process (SIGABRT) with a five-line message; an explicit
    ``QT_QPA_PLATFORM`` (offscreen, vnc...) is the user's choice and trusted.
    """
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


class _UsageError(Exception):
    """Bad combination of options, found after parsing."""


def _check_usage(args: argparse.Namespace) -> None:
    """Refuse option combinations argparse cannot express, before the library is opened."""
    if args.screenshot:
        if args.command:
            raise _UsageError("--screenshot cannot be combined with a command")
        if Path(args.screenshot).suffix.lower() != ".png":
            raise _UsageError(
                f"the screenshot file must end in .png, not “{Path(args.screenshot).name}”"
            )
    if args.command == "export":
        if args.partners and args.partner is not None:
            raise _UsageError("--partner and --partners cannot be used together")
        if args.partner is not None and not args.partner.strip():
            raise _UsageError("--partner needs a partner's name")
        if not args.output.strip():
            raise _UsageError("-o needs a file name, or - for standard output")
        if args.output == "-" and sys.stdout is None:
            raise _UsageError("there is no standard output to write to; use -o FILE")


_COMMANDS = {"export": _export, "attach": _attach, "check": _check}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``accord`` command line; return the exit code (0, 1 or 2)."""
    args_given = sys.argv[1:] if argv is None else list(argv)
    if args_given[:1] == [WORKER_FLAG] and len(args_given) == 2:
        # A frozen build reads PDFs by running itself with this flag (db.pdf).
        worker_main(args_given[1])
        return EXIT_OK
    windowed = _windowed()
    if sys.stderr is None:  # pythonw / windowed build: keep print() from failing
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    library: Library | None = None
    try:
        _check_usage(args)
        library = open_library(args.library, database_url=args.database_url)
        if args.screenshot:
            return _screenshot(library, args.screenshot)
        if args.command is None:
            if not has_display():
                raise LibraryError(
                    "Accord's window needs a graphical desktop, and none is available here "
                    "(neither DISPLAY nor WAYLAND_DISPLAY is set)."
                )
            from desktop.app import run_gui

            return run_gui(library)
        return _COMMANDS[args.command](library, args)
    except _UsageError as exc:
        print(f"accord: {exc} (see “accord --help”).", file=sys.stderr)
        return EXIT_USAGE
    except AccordError as exc:
        if args.command is None and not args.screenshot and windowed:
            _show_startup_error(str(exc))
        print(f"accord: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `accord export | head`): not our failure.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("accord: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("ACCORD_DEBUG"):
            raise
        message = f"Unexpected error ({type(exc).__name__}: {exc})."
        if args.command is None and not args.screenshot and windowed:
            _show_startup_error(message)
        print(f"accord: {message[0].lower()}{message[1:]}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if library is not None:
            library.close()


def _windowed() -> bool:
    """True when started without a console (pythonw, a frozen windowed build)."""
    return sys.stderr is None or bool(getattr(sys, "frozen", False))


def _show_startup_error(message: str) -> None:
    """Tell a user who double-clicked the app (no console) why it did not open."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from desktop.app import create_application

        app = QApplication.instance() or create_application(sys.argv[:1])
        QMessageBox.critical(None, "Accord", message)
        del app
    except Exception:  # noqa: BLE001 - the console message is printed anyway
        pass


def main_gui() -> None:
    """Entry point of the windowed launcher (no console window on Windows)."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
