"""The ``accord`` command line (DESIGN, "Command line contract").

``accord [--library DIR | --database-url URL] [COMMAND]``; without a command
it opens the main window. Exit codes: 0 success, 1 a failure the message
explains, 2 bad usage. Errors go to stderr as one plain sentence, never a
traceback (set ``ACCORD_DEBUG=1`` to see one). Qt is imported only for the
window and ``--screenshot``, so the other commands start fast and run on a
machine without a display.

No command fails because of its own output (:mod:`desktop.cli.console`): what
the console cannot carry is written as ``\\uXXXX``, and a report that
cannot be written does not change the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from db.attachments.pdf import WORKER_FLAG, worker_main
from db.errors import AccordError, LibraryError
from db.i18n import ui_language
from db.i18n.translate import fill, translate
from db.opening import open_library
from desktop.cli import texts as cli_texts
from desktop.cli.commands import COMMANDS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError
from desktop.cli.console import report_streams, tell_failure

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from types import ModuleType

    from db.library import Library


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors and exit code 2."""

    def error(self, message: str) -> NoReturn:
        usage = translate("cli", "{prog}: {message} (see “{prog} --help”).")
        message = message.rstrip("。")  # a Japanese sentence's own full stop: the hint adds one
        self.exit(EXIT_USAGE, fill(usage, prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``accord`` command line."""
    cli_texts.install()
    parser = _Parser(
        prog="accord",
        description=translate("cli", "Records of partners, agreements and their signed documents."),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--library",
        metavar="DIR",
        help=translate(
            "cli",
            "library folder (default: $ACCORD_LIBRARY unless empty, else the per-user data folder)",
        ),
    )
    where.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "cli",
            "keep the records on a database server: postgresql+psycopg://user@host/database (or "
            "a SQLite file: sqlite:///path) (default: $ACCORD_DATABASE_URL unless empty, else "
            "SQLite in the library folder)",
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help=translate("cli", "render the main window to a PNG and exit"),
    )
    parser.add_argument(  # db.i18n.ui_language: chosen before this parser is built
        ui_language.OPTION,
        choices=ui_language.LANGUAGES,
        help=translate(
            "cli",
            "language of the window and the messages (default: $ACCORD_LANGUAGE, else the "
            "window's choice, else the system's)",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Accord {_version()}",
        help=translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules().values():
        module.configure(commands.add_parser(module.NAME, help=translate("cli", module.HELP)))
    return parser


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
    print(
        fill(translate("cli", "Saved a screenshot of the main window to {target}."), target=target),
        file=sys.stderr,
    )
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


def _version() -> str:
    """Accord's version from the installed package's metadata ("unknown" from a bare tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("accord")
    except PackageNotFoundError:
        return "unknown"


def _command_modules() -> dict[str, ModuleType]:
    """Return the subcommand modules of :mod:`desktop.cli.commands` by command name."""
    modules = (importlib.import_module(f"desktop.cli.commands.{name}") for name in COMMANDS)
    return {module.NAME: module for module in modules}


def _check_where(args: argparse.Namespace) -> None:
    """Refuse a library or database address that names nothing, before anything is opened.

    ``--library ""`` (or spaces) would silently open the default library, and
    ``--database-url ""`` the default SQLite one: both are usage errors. An
    empty ``ACCORD_LIBRARY`` or ``ACCORD_DATABASE_URL`` counts as unset, as an
    empty variable does for most programs (a shell script writing
    ``ACCORD_LIBRARY=$folder`` with ``folder`` unset); one holding only
    spaces is refused. A database address Accord does not accept (another
    database, a driver it does not use, ``sqlite://`` in memory, not a URL)
    is refused with the forms it accepts (:func:`db.storage.engine.parse_url`);
    whether the server answers is found when the library is opened (exit 1).
    """
    from db.library import DATABASE_URL_ENV, LIBRARY_ENV
    from db.storage.engine import parse_url

    for option, value in (("--library", args.library), ("--database-url", args.database_url)):
        if value is not None and not value.strip():
            raise UsageError(
                translate("cli", "--library needs a folder")
                if option == "--library"
                else translate("cli", "--database-url needs a URL")
            )
    for name in (LIBRARY_ENV, DATABASE_URL_ENV):
        value = os.environ.get(name, "")
        if value and not value.strip():
            spaces = (
                translate("cli", "${name} holds only spaces; set it to a folder or leave it empty")
                if name == LIBRARY_ENV
                else translate(
                    "cli", "${name} holds only spaces; set it to a URL or leave it empty"
                )
            )
            raise UsageError(fill(spaces, name=name))
    url = args.database_url or os.environ.get(DATABASE_URL_ENV)
    if url:
        try:
            parse_url(url)
        except LibraryError as exc:
            raise UsageError(str(exc).rstrip(".")) from None


def _check_usage(args: argparse.Namespace, modules: Mapping[str, ModuleType]) -> None:
    """Refuse option combinations argparse cannot express, before the library is opened."""
    _check_where(args)
    if args.screenshot:
        if args.command:
            raise UsageError(translate("cli", "--screenshot cannot be combined with a command"))
        if Path(args.screenshot).suffix.lower() != ".png":
            raise UsageError(
                fill(
                    translate("cli", "the screenshot file must end in .png, not “{name}”"),
                    name=Path(args.screenshot).name,
                )
            )
    check = getattr(modules.get(args.command), "check_usage", None)
    if check is not None:
        check(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``accord`` command line; return the exit code (0, 1 or 2)."""
    args_given = sys.argv[1:] if argv is None else list(argv)
    if args_given[:1] == [WORKER_FLAG] and len(args_given) == 2:
        # A frozen build reads PDFs by running itself with this flag (db.attachments.pdf).
        worker_main(args_given[1])
        return EXIT_OK
    ui_language.set_up(args_given, ("--library", "--database-url", "--screenshot"))
    with report_streams() as report:
        code = _run(argv)
        tell_failure(report)
    return code


def _upgrade_progress() -> Callable[[int, int], None] | None:
    """Return what shows an upgrade's long step on an interactive stderr (a library's first
    indexing for search): the percentage done, on one line; ``None`` elsewhere."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            line = fill(translate("cli", "Indexing the library for search: {percent}%"),
                        percent=percent)  # fmt: skip
            end = "\n" if percent >= 100 else ""
            stream.write(f"\r{line}{end}")
            stream.flush()

    return progress


def _run(argv: Sequence[str] | None) -> int:
    """Parse the arguments and run the command (or the window); return the exit code."""
    windowed = _windowed()
    if sys.stderr is None:  # pythonw / windowed build: keep print() from failing
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    library: Library | None = None
    try:
        modules = _command_modules()
        _check_usage(args, modules)
        unopened = getattr(modules.get(args.command), "run_unopened", None)
        if unopened is not None and (code := unopened(args)) is not None:
            return code
        from db.errors import DamagedLibraryError

        try:
            library = open_library(
                args.library,
                database_url=args.database_url,
                progress=_upgrade_progress(),
                use_environment=not args.library,  # --library DIR: that folder's own records
            )
        except DamagedLibraryError as damaged:
            if args.command or args.screenshot or not has_display():
                raise
            from desktop.app import recover_unopened  # the window offers the restore

            if (library := recover_unopened(damaged)) is None:
                print(fill(translate("cli", "accord: {damaged}"), damaged=damaged), file=sys.stderr)
                return EXIT_FAILURE
        if args.screenshot:
            return _screenshot(library, args.screenshot)
        if args.command is None:
            if not has_display():
                raise LibraryError(
                    translate(
                        "cli",
                        "Accord's window needs a graphical desktop, and none is available here "
                        "(neither DISPLAY nor WAYLAND_DISPLAY is set).",
                    )
                )
            from desktop.app import run_gui

            return run_gui(library)
        return modules[args.command].run(library, args)
    except UsageError as exc:
        if args.command is None and not args.screenshot and windowed:
            _show_startup_error(f"{exc}.")
        print(
            fill(
                translate("cli", "accord: {exc} (see “accord {command} --help”).")
                if exc.command
                else translate("cli", "accord: {exc} (see “accord --help”)."),
                exc=str(exc).rstrip("。"),
                command=exc.command,
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except AccordError as exc:
        if args.command is None and not args.screenshot and windowed:
            _show_startup_error(str(exc))
        print(fill(translate("cli", "accord: {exc}"), exc=exc), file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `accord export | head`): not our failure.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print(translate("cli", "accord: interrupted."), file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("ACCORD_DEBUG"):
            raise
        what = {"kind": type(exc).__name__, "exc": exc}
        if args.command is None and not args.screenshot and windowed:
            _show_startup_error(fill(translate("cli", "Unexpected error ({kind}: {exc})."), **what))
        unexpected = translate("cli", "accord: unexpected error ({kind}: {exc}).")
        print(fill(unexpected, **what), file=sys.stderr)
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
