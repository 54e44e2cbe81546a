"""The server function that adds people and moves them between roles, and its refusals.

Administrators' logins never hold ``CREATEROLE``: on PostgreSQL 15 it would let them
grant themselves any role of the server (``pg_execute_server_program`` runs shell
commands on it; ``accord_owner`` owns the tables) or create any role, in every database
of the server. Instead ``accord server init`` (:mod:`db.office.init`) gives the
``NOLOGIN`` owner role ``accord_owner`` ``CREATEROLE`` (nobody logs in as it, nobody is
a member of it) and creates :data:`SET_ROLE`, a ``SECURITY DEFINER`` function owned by
it with a fixed ``search_path``, which only ``accord_admin`` may ``EXECUTE``.

``accord_set_role(person text, role text, password text DEFAULT NULL) -> boolean``
(``true``: the login role was created) does what :func:`db.office.people.grant` asks:

- ``role`` is ``reader``, ``editor``, ``administrator`` or ``none``;
- refuses a name that is empty, longer than 63 bytes, starts with ``pg_``, is
  PostgreSQL's (``public``, ``current_user``…) or Accord's own group or owner, a
  superuser, a member of ``accord_owner``, or a role that is not one of the library's
  people and may create roles or databases, bypass row security, replicate, or has
  members; ``none`` for a name that does not exist creates nothing;
- creates the login role if missing (with ``password`` when given: stored as the
  server's hash, SCRAM by default), and sets the password only of someone created now
  or already one of the library's people who belongs to no other role (else an
  administrator could log in as a role the server's administrator made);
- moves the person into exactly one group (none for ``none``), refusing to take the
  role of the last administrator who can log in (under the advisory lock
  :data:`GRANT_LOCK`, so two administrators cannot demote each other at once), and
  removes ``CREATEROLE`` they may hold from the older scheme.

Every refusal is raised with a SQLSTATE of :data:`REFUSALS` (class ``AC``) and the name
as its message; :func:`db.office.people.grant` turns it into a translated sentence.
Names are quoted with ``format('%I')`` and passwords with ``%L``: no injection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP
from db.server.roles import GROUPS, OWNER

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

SET_ROLE = "accord_set_role"
# Key of the transaction-level advisory lock every grant takes.
GRANT_LOCK = 0x41434347
# Role names PostgreSQL keeps for itself (besides those starting with pg_).
RESERVED = ("public", "none", "current_user", "session_user", "current_role")

# SQLSTATE -> the sentence for it ({name}: the person's name).
REFUSALS = {
    "AC001": QT_TRANSLATE_NOOP("server", "“{name}” cannot be a person's name on the server."),
    "AC002": QT_TRANSLATE_NOOP(
        "server",
        "{name} is a superuser of the server, who may do everything; Accord's roles do not "
        "apply to them.",
    ),
    "AC003": QT_TRANSLATE_NOOP(
        "server", "There is no person called {name} on the server, so there is no role to take."
    ),
    "AC004": QT_TRANSLATE_NOOP(
        "server",
        "{name} is the library's last administrator; make someone else an administrator first.",
    ),
    "AC005": QT_TRANSLATE_NOOP(
        "server", "“{name}” is longer than the server allows for a name (63 bytes)."
    ),
    "AC006": QT_TRANSLATE_NOOP(
        "server",
        "“{name}” is not a role of the library; say reader, editor, administrator or none.",
    ),
    "AC007": QT_TRANSLATE_NOOP(
        "server",
        "{name} is a role of the server with rights beyond Accord's, so Accord will not change it; "
        "ask the server's administrator.",
    ),
    "AC008": QT_TRANSLATE_NOOP(
        "server",
        "{name} is not only one of the library's people on the server, so Accord will not set "
        "their password; ask the server's administrator.",
    ),
}

_GROUPS = ", ".join(f"'{g}'" for g in GROUPS)
_RESERVED = ", ".join(f"'{n}'" for n in (*RESERVED, OWNER, *GROUPS))

FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.{SET_ROLE}(person text, role text, password text DEFAULT NULL)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    target text;
    old pg_roles%ROWTYPE;
    is_person boolean := false;
    created boolean := false;
    grp text;
BEGIN
    IF NOT (pg_has_role(session_user, '{GROUPS[-1]}', 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'permission denied for function {SET_ROLE}' USING ERRCODE = '42501';
    END IF;
    IF role IS NULL OR role NOT IN ('reader', 'editor', 'administrator', 'none') THEN
        RAISE EXCEPTION USING ERRCODE = 'AC006', MESSAGE = coalesce(role, '');
    END IF;
    IF person IS NULL OR btrim(person) = '' OR lower(person) LIKE 'pg\\_%'
       OR lower(person) IN ({_RESERVED}) THEN
        RAISE EXCEPTION USING ERRCODE = 'AC001', MESSAGE = coalesce(person, '');
    END IF;
    IF octet_length(person) > 63 THEN
        RAISE EXCEPTION USING ERRCODE = 'AC005', MESSAGE = person;
    END IF;
    PERFORM pg_advisory_xact_lock({GRANT_LOCK});
    SELECT * INTO old FROM pg_roles WHERE rolname = person;
    IF FOUND THEN
        IF old.rolsuper THEN
            RAISE EXCEPTION USING ERRCODE = 'AC002', MESSAGE = person;
        END IF;
        is_person := EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             WHERE m.member = old.oid AND g.rolname IN ({_GROUPS}));
        IF old.rolcreatedb OR old.rolbypassrls OR old.rolreplication
           OR (old.rolcreaterole AND NOT is_person)
           OR pg_has_role(old.oid, '{OWNER}', 'MEMBER')
           OR EXISTS (SELECT FROM pg_auth_members m WHERE m.roleid = old.oid) THEN
            RAISE EXCEPTION USING ERRCODE = 'AC007', MESSAGE = person;
        END IF;
    ELSIF role = 'none' THEN
        RAISE EXCEPTION USING ERRCODE = 'AC003', MESSAGE = person;
    END IF;
    IF role <> 'administrator' AND (SELECT array_agg(r.rolname::text) FROM pg_auth_members m
            JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
            WHERE g.rolname = '{GROUPS[-1]}' AND r.rolcanlogin) = ARRAY[person] THEN
        RAISE EXCEPTION USING ERRCODE = 'AC004', MESSAGE = person;
    END IF;
    IF old.oid IS NULL THEN
        IF password IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN', person);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', person, password);
        END IF;
        created := true;
    ELSIF password IS NOT NULL THEN
        IF NOT is_person OR EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g
                                    ON g.oid = m.roleid WHERE m.member = old.oid
                                    AND g.rolname NOT IN ({_GROUPS})) THEN
            RAISE EXCEPTION USING ERRCODE = 'AC008', MESSAGE = person;
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', person, password);
    END IF;
    grp := CASE role WHEN 'reader' THEN '{GROUPS[0]}' WHEN 'editor' THEN '{GROUPS[1]}'
                     WHEN 'administrator' THEN '{GROUPS[2]}' END;
    FOREACH target IN ARRAY ARRAY[{_GROUPS}] LOOP
        IF target IS DISTINCT FROM grp AND EXISTS (SELECT FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                WHERE g.rolname = target AND r.rolname = person) THEN
            EXECUTE format('REVOKE %I FROM %I', target, person);
        END IF;
    END LOOP;
    IF grp IS NOT NULL THEN
        EXECUTE format('GRANT %I TO %I', grp, person);
    END IF;
    IF old.rolcreaterole THEN
        EXECUTE format('ALTER ROLE %I NOCREATEROLE', person);
    END IF;
    RETURN created;
END
$fn$
"""


def install(conn: Connection) -> None:
    """Create (or replace) :data:`SET_ROLE`, owned by :data:`OWNER`, executable only by
    administrators. ``conn`` acts as :data:`OWNER` (``SET ROLE``) in a transaction; the
    owner's ``CREATEROLE`` is given by :func:`db.office.init.secure_owner`."""
    run = conn.exec_driver_sql
    run(FUNCTION.replace("%", "%%"))  # the driver reads "%" as a placeholder's start
    signature = f"public.{SET_ROLE}(text, text, text)"
    run(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {signature} TO {GROUPS[-1]}")
