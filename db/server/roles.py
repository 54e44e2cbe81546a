"""Who may do what in a library: the roles of a server library, and what each allows.

On a PostgreSQL server, a person is a login role that belongs to one of three group
roles (``NOLOGIN``), each inside the next, so the rights add up:

- ``accord_reader`` (:attr:`Role.READER`): read, search, export, check, see the history;
- ``accord_editor`` (:attr:`Role.EDITOR`): also add, edit, attach, import, reindex, and
  move records to the trash;
- ``accord_admin`` (:attr:`Role.ADMINISTRATOR`): also restore from the trash, delete
  for good, and manage people (through :mod:`db.office.people_sql`'s function; they
  never hold ``CREATEROLE``).

``accord_owner`` owns every table, sequence and function; nobody logs in as it, and only
``accord server init`` (:mod:`db.office.init`) acts as it. PostgreSQL enforces the roles
(grants, row-level security: :mod:`db.office.security`); :func:`may` is the same table
for the window and the command line, which grey out or refuse before asking the server.

A SQLite library, and a server library not set up by ``accord server init`` (its tables
not owned by ``accord_owner``), has no roles: whoever can open it may do everything
(:attr:`Role.ADMINISTRATOR`), as before. A superuser is an administrator everywhere.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.errors import LibraryError, RoleError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# The role that owns the library's tables (``NOLOGIN``; Accord never connects as it).
OWNER = "accord_owner"


class Role(Enum):
    """A person's role in a library; the value is its PostgreSQL group role."""

    READER = "accord_reader"
    EDITOR = "accord_editor"
    ADMINISTRATOR = "accord_admin"

    @property
    def word(self) -> str:
        """The role as a person names it, in English (``reader``): the CLI's ``ROLE``."""
        return _WORDS[self]

    @property
    def label(self) -> str:
        """The role's name in the user's language (``閲覧者``)."""
        return translate("roles", _WORDS[self])

    @classmethod
    def from_word(cls, word: str) -> Role:
        """Return the role named ``word`` (``reader``, ``editor``, ``administrator``);
        raises ``ValueError`` for anything else."""
        for role, name in _WORDS.items():
            if name == word.strip().lower():
                return role
        raise ValueError(word)


_WORDS = {
    Role.READER: QT_TRANSLATE_NOOP("roles", "reader"),
    Role.EDITOR: QT_TRANSLATE_NOOP("roles", "editor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "administrator"),
}
# Group roles, lowest first.
GROUPS = tuple(role.value for role in Role)


class Action(Enum):
    """What a person may ask of a library; the value says it after "does not allow"."""

    READ = QT_TRANSLATE_NOOP("roles", "reading records")  # and search, history, briefing
    EXPORT = QT_TRANSLATE_NOOP("roles", "exporting records")
    CHECK = QT_TRANSLATE_NOOP("roles", "checking the library")  # reads; repairs need an editor
    ADD = QT_TRANSLATE_NOOP("roles", "adding records")
    EDIT = QT_TRANSLATE_NOOP("roles", "changing records")
    ATTACH = QT_TRANSLATE_NOOP("roles", "attaching documents")
    TRASH = QT_TRANSLATE_NOOP("roles", "moving records to the trash")
    IMPORT = QT_TRANSLATE_NOOP("roles", "importing records")
    REINDEX = QT_TRANSLATE_NOOP("roles", "rebuilding the search index")
    RESTORE = QT_TRANSLATE_NOOP("roles", "restoring records from the trash")
    PURGE = QT_TRANSLATE_NOOP("roles", "deleting records for good")
    MANAGE_PEOPLE = QT_TRANSLATE_NOOP("roles", "managing people and their roles")
    COPY_IN = QT_TRANSLATE_NOOP("roles", "copying a library or a backup into this one")


# The lowest role that may do each action (the roles include each other).
LOWEST: dict[Action, Role] = {
    Action.READ: Role.READER,
    Action.EXPORT: Role.READER,
    Action.CHECK: Role.READER,
    Action.ADD: Role.EDITOR,
    Action.EDIT: Role.EDITOR,
    Action.ATTACH: Role.EDITOR,
    Action.TRASH: Role.EDITOR,
    Action.IMPORT: Role.EDITOR,
    Action.REINDEX: Role.EDITOR,
    Action.RESTORE: Role.ADMINISTRATOR,
    Action.PURGE: Role.ADMINISTRATOR,
    Action.MANAGE_PEOPLE: Role.ADMINISTRATOR,
    Action.COPY_IN: Role.ADMINISTRATOR,
}
_ORDER = list(Role)


def may(role: Role, action: Action) -> bool:
    """Return whether ``role`` allows ``action`` (:data:`LOWEST`)."""
    return _ORDER.index(role) >= _ORDER.index(LOWEST[action])


def refusal(role: Role, action: Action = Action.EDIT) -> str:
    """The sentence refusing ``action`` to ``role``: "Your role on this server library,
    reader, does not allow changing records; ask an administrator." """
    return fill(
        translate(
            "roles",
            "Your role on this server library, {role}, does not allow {action}; ask an "
            "administrator.",
        ),
        role=role.label,
        action=translate("roles", action.value),
    )


def require(role: Role, action: Action) -> None:
    """Raise :class:`RoleError` (:func:`refusal`) unless ``role`` allows ``action``."""
    if not may(role, action):
        raise RoleError(refusal(role, action))


_LOOKUP = sa.text(
    """
    SELECT session_user AS name, r.rolsuper AS superuser,
           (SELECT pg_get_userbyid(c.relowner) FROM pg_class c
             WHERE c.oid = to_regclass('public.alembic_version')) AS owner,
           ARRAY(SELECT g.rolname FROM pg_roles g
                  WHERE g.rolname = ANY(:groups)
                    AND pg_has_role(session_user, g.oid, 'MEMBER')) AS groups
    FROM pg_roles r WHERE r.rolname = session_user
    """
)


def set_up_for_roles(bind: Engine | Connection) -> bool:
    """Return whether ``bind``'s database was set up by ``accord server init`` (its
    tables belong to :data:`OWNER`); always False on SQLite."""
    if bind.dialect.name != "postgresql":
        return False
    return _lookup(bind)["owner"] == OWNER


def role_of(bind: Engine | Connection) -> Role:
    """Return the role of the person connected through ``bind`` (the session user).

    SQLite, a superuser, and a server database not set up for roles: administrator.
    Raises :class:`LibraryError` ("alice has no role in this Accord library; ask an
    administrator.") for a login that belongs to none of :data:`GROUPS` in a library
    set up for roles.
    """
    if bind.dialect.name != "postgresql":
        return Role.ADMINISTRATOR
    found = _lookup(bind)
    if found["superuser"] or found["owner"] != OWNER:
        return Role.ADMINISTRATOR
    held = [role for role in Role if role.value in found["groups"]]
    if not held:
        raise LibraryError(
            fill(
                translate(
                    "roles", "{user} has no role in this Accord library; ask an administrator."
                ),
                user=found["name"],
            )
        )
    return held[-1]


def session_user(bind: Engine | Connection) -> str:
    """Return the database user connected through ``bind`` (PostgreSQL's ``session_user``)."""
    if isinstance(bind, sa.Engine):
        with bind.connect() as conn:
            return str(conn.execute(sa.text("SELECT session_user")).scalar_one())
    return str(bind.execute(sa.text("SELECT session_user")).scalar_one())


def _lookup(bind: Engine | Connection) -> dict:
    if isinstance(bind, sa.Engine):
        with bind.connect() as conn:
            return _lookup(conn)
    return dict(bind.execute(_LOOKUP, {"groups": list(GROUPS)}).mappings().one())
