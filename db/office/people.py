"""People of a server library and their roles: ``accord server users`` and ``grant``.

A person is a PostgreSQL login role that belongs to one of Accord's groups
(:mod:`db.server.roles`); granting moves them between groups. Only an administrator
may grant (PostgreSQL agrees: only ``accord_admin`` may run the function that does it,
:mod:`db.office.people_sql`; administrators never hold ``CREATEROLE``), a person is
created as a login role when missing (without a password unless one is given; an
administrator sets one later by granting again with it, the server's administrator in
psql with ``\\password name``: :func:`psql_name`), and the last administrator cannot be
removed, so the library always has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.errors import LibraryError, RoleError
from db.i18n.translate import fill, translate
from db.library import PERMISSION_DENIED, database_error
from db.office.people_sql import REFUSALS, SET_ROLE
from db.server.roles import GROUPS, OWNER, Action, Role, refusal, require

if TYPE_CHECKING:
    from db.library import Library

# Direct members of Accord's groups; the highest group a person is in is their role.
_PEOPLE = sa.text(
    """
    SELECT r.rolname AS name, r.rolcanlogin AS can_login, array_agg(g.rolname) AS groups
    FROM pg_auth_members m
    JOIN pg_roles r ON r.oid = m.member
    JOIN pg_roles g ON g.oid = m.roleid
    WHERE g.rolname = ANY(:groups) AND r.rolname <> ALL(:groups) AND r.rolname <> :owner
    GROUP BY r.rolname, r.rolcanlogin
    ORDER BY r.rolname
    """
)
_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")


@dataclass(frozen=True)
class Person:
    """A person of the library: login role ``name``, their ``role``, and whether they
    ``can_login`` (a role made ``NOLOGIN`` by the server's administrator cannot)."""

    name: str
    role: Role
    can_login: bool


def _server(library: Library) -> None:
    if library.engine.dialect.name != "postgresql":
        raise LibraryError(
            translate(
                "server", "A library in a folder has no people or roles; only a server library has."
            )
        )


def list_people(library: Library) -> list[Person]:
    """Return everyone with a role in the library's server, by name."""
    _server(library)
    try:
        with library.engine.connect() as conn:
            rows = conn.execute(_PEOPLE, {"groups": list(GROUPS), "owner": OWNER}).all()
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
    people = []
    for name, can_login, groups in rows:
        role = [r for r in Role if r.value in groups][-1]
        people.append(Person(name=name, role=role, can_login=bool(can_login)))
    return people


def grant(
    library: Library, user: str, role: Role | str | None, password: str | None = None
) -> bool:
    """Give ``user`` exactly ``role`` (``None`` or ``"none"``: no role; the login role
    stays; a word such as ``"editor"`` names a role: :meth:`Role.from_word`), setting
    their ``password`` when one is given; return whether ``user``'s login role was
    created. The server does it (:mod:`db.office.people_sql`), as the owner role.

    Raises :class:`~db.errors.RoleError` for a person who is not an administrator, and
    :class:`LibraryError` (one sentence of :data:`~db.office.people_sql.REFUSALS`) for
    one of Accord's or PostgreSQL's own role names, a name too long, a superuser or a
    role with rights beyond Accord's, ``none`` for someone who does not exist, a
    password for a role that is not only one of the library's people, and for removing
    the last administrator.
    """
    _server(library)
    require(library.role, Action.MANAGE_PEOPLE)
    if isinstance(role, str):
        role = None if role.strip().lower() == "none" else Role.from_word(role)
    name = user.strip()
    word = "none" if role is None else role.word
    try:
        with library.engine.begin() as conn:
            created = conn.execute(
                sa.text(f"SELECT public.{SET_ROLE}(:person, :role, :password)"),
                {"person": name, "role": word, "password": password or None},
            ).scalar_one()
    except sa.exc.DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == PERMISSION_DENIED:  # the server agrees
            raise RoleError(refusal(library.role, Action.MANAGE_PEOPLE)) from exc
        if state in REFUSALS:
            raise LibraryError(fill(translate("server", REFUSALS[state]), name=name)) from exc
        raise database_error(exc, library) from exc
    return bool(created)


def psql_name(name: str) -> str:
    """``name`` as psql's ``\\password`` takes it: as it is when a plain lowercase
    identifier (``alice``), else double-quoted with its ``"`` doubled (``"o'brien"``,
    ``"Tanaka"``, ``"田中"``)."""
    if _PLAIN.fullmatch(name) and len(name.encode()) <= 63:
        return name
    return '"' + name.replace('"', '""') + '"'
