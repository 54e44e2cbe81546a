"""``accord server init URL --admin NAME``, ``accord server users``, ``accord server grant
USER ROLE``: set up an office's library on a PostgreSQL server, and who may do what in it.

``init`` connects with its own ``URL`` (the server administrator's) and runs before
any library is opened (:func:`db.office.init.init_server`); ``users`` and ``grant``
act on the library of ``--database-url`` as the person connected
(:mod:`db.office.people`). A new login role has no password unless ``--password`` is
given: then it is read from ``$ACCORD_NEW_PASSWORD`` (for scripts) or asked for
without echo.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "server"
HELP = QT_TRANSLATE_NOOP(
    "cli", "set up a library on a PostgreSQL server (init), list its people (users), grant roles"
)
# The environment variable a script gives a new administrator's password in.
PASSWORD_ENV = "ACCORD_NEW_PASSWORD"
ROLES = ("reader", "editor", "administrator", "none")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the subcommands of ``accord server``."""
    actions = parser.add_subparsers(
        dest="server_command", metavar="ACTION", required=True, parser_class=type(parser)
    )
    init = actions.add_parser(
        "init", help=translate("cli", "create or upgrade the library on a server, with its roles")
    )
    init.add_argument(
        "url",
        metavar="URL",
        help=translate(
            "cli", "the database, as the server's administrator: postgresql+psycopg://dba@host/db"
        ),
    )
    init.add_argument(
        "--admin",
        metavar="NAME",
        required=True,
        help=translate("cli", "the login role of the library's first administrator"),
    )
    init.add_argument(
        "--password",
        action="store_true",
        help=translate(
            "cli", "set the administrator's password (from $ACCORD_NEW_PASSWORD, else asked)"
        ),
    )
    init.add_argument(
        "--empty",
        action="store_true",
        help=translate(
            "cli", "a new library without the built-in records (to copy one into it: accord copy)"
        ),
    )
    actions.add_parser("users", help=translate("cli", "everyone with a role, and their roles"))
    grant = actions.add_parser(
        "grant", help=translate("cli", "give a person a role (administrators only)")
    )
    grant.add_argument("user", metavar="USER", help=translate("cli", "the person's login role"))
    grant.add_argument(
        "role",
        metavar="ROLE",
        choices=ROLES,
        help=translate("cli", "reader, editor, administrator, or none to take the role away"),
    )
    grant.add_argument(
        "--password",
        action="store_true",
        help=translate("cli", "set the person's password (from $ACCORD_NEW_PASSWORD, else asked)"),
    )


def run_unopened(args: argparse.Namespace) -> int | None:
    """``accord server init``, which opens no library; ``None`` for the other actions."""
    if args.server_command != "init":
        return None
    from db.office.init import init_server
    from db.office.people import psql_name

    password = _password() if args.password else None
    report = init_server(args.url, args.admin, password=password, builtin=not args.empty)
    if report.created and args.empty:
        done = translate("cli", "Created an empty library on the server.")
    elif report.created:
        done = translate("cli", "Created the library on the server, with the built-in records.")
    elif report.upgraded_from:
        done = fill(
            translate("cli", "Upgraded the library on the server from schema {old}."),
            old=report.upgraded_from,
        )
    else:
        done = translate(
            "cli", "The library on the server was set up already; its rights were applied again."
        )
    print(done)
    print(fill(translate("cli", "{name} is an administrator of the library."), name=report.admin))
    if report.admin_created and password is None:
        print(
            fill(
                translate(
                    "cli",
                    "{name} is a new login role without a password: set one in psql with "
                    "\\password {quoted}, or run this again with --password.",
                ),
                name=report.admin,
                quoted=psql_name(report.admin),
            )
        )
    return EXIT_OK


def _password() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    import getpass
    import sys
    import warnings

    no_terminal = UsageError(
        translate(
            "cli",
            "--password needs a terminal to ask for the password, or the password in "
            "ACCORD_NEW_PASSWORD",
        ),
        NAME,
    )
    if sys.stdin is None or not sys.stdin.isatty():
        raise no_terminal
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", getpass.GetPassWarning)  # it would echo the password
            first = getpass.getpass(translate("cli", "New password: "))
            again = getpass.getpass(translate("cli", "The same password again: "))
    except (EOFError, getpass.GetPassWarning):
        raise no_terminal from None
    if not first or first != again:
        raise UsageError(translate("cli", "the two passwords are empty or differ"), NAME)
    return first


def run(library: Library, args: argparse.Namespace) -> int:
    """``accord server users`` prints ``name  role`` per person; ``grant`` says what it did."""
    from db.office.people import grant, list_people, psql_name
    from db.server.roles import Role

    if args.server_command == "users":
        for person in list_people(library):
            line = f"{person.name}\t{person.role.label}"
            if not person.can_login:
                line += "\t" + translate("cli", "(cannot log in)")
            print(line)
        return EXIT_OK
    role = None if args.role == "none" else Role.from_word(args.role)
    password = _password() if args.password else None
    created = grant(library, args.user, args.role, password)
    if created and password is None:
        print(
            fill(
                translate(
                    "cli",
                    "Created the login role {name}, without a password: run this again with "
                    "--password, or the server's administrator sets one in psql with "
                    "\\password {quoted}.",
                ),
                name=args.user,
                quoted=psql_name(args.user),
            )
        )
    elif created:
        print(fill(translate("cli", "Created the login role {name}."), name=args.user))
    elif password is not None:
        print(fill(translate("cli", "Set the password of {name}."), name=args.user))
    if role is None:
        print(fill(translate("cli", "{name} has no role in the library now."), name=args.user))
    else:
        print(
            fill(
                translate("cli", "{name}'s role in the library is now {role}."),
                name=args.user,
                role=role.label,
            )
        )
    return EXIT_OK
