"""What PostgreSQL itself allows each role in a server library: grants and row-level security.

Applied by ``accord server init`` (:mod:`db.office.init`) as the tables' owner
(``accord_owner``), every time it runs: each statement can be run again (grants are
revoked from the three groups first, policies dropped and made again), so a re-run
after an upgrade covers new tables. The roles and the actions they allow are
:mod:`db.server.roles`; the rules here are what makes them hold for any program that
connects, not only Accord:

- readers ``SELECT`` every table (``change_log`` included) and nothing else;
- editors ``INSERT``/``UPDATE`` the records and what their use cases keep beside them,
  and ``DELETE`` only rows their use cases replace: an agreement's dated events (its
  whole list is written again), search units and document pages (rebuilt by an edit,
  an attach and ``accord reindex``), and stored files no document names any more
  (Locate… lets go of the file a document no longer names; a row-level policy keeps
  every file a document names, in the trash or not); ``USAGE`` on the sequences (new
  IDs), and ``UPDATE`` on the
  partners' and agreements' (an import keeps the IDs a file gives and moves the
  sequence past them, under its table locks);
- administrators also ``DELETE`` partners, agreements and documents (deleting for good;
  rows that refer to them go by ``ON DELETE CASCADE``, which PostgreSQL runs as the
  tables' owner), set the sequences (``UPDATE``: ``accord copy --to`` and a restore
  continue the IDs after the copied ones) and may add history rows naming anyone
  (a copy and a restore bring the history of the people who made it);
- ``history``: ``INSERT`` for editors, ``UPDATE``/``DELETE`` for nobody; a new row must
  name the inserting database user (:data:`HISTORY_USER_CHECK`) unless an
  administrator adds it;
- ``change_log`` is written only by its ``SECURITY DEFINER`` triggers (migration 0008);
  ``document_content`` through Accord's use cases (insert on attach, delete on purge);
- row-level security on ``partner``, ``agreement`` and ``document``: an editor may
  change only rows not in the trash (so cannot restore from it) but may move a row
  into it; nobody but an administrator deletes a row. Policies are OR'ed, so
  administrators get one that allows everything.

No group gets ``TRUNCATE``, ``REFERENCES``, ``TRIGGER``, or any right to ``ALTER`` or
``DROP`` (only the owner has those).

Administrators' logins never hold ``CREATEROLE``: on PostgreSQL 15 and older it lets a
role grant itself any role of the server but superuser (``pg_execute_server_program``
runs shell commands on the server; ``accord_owner`` alters the tables) and create any
role, in every database. Only the ``NOLOGIN`` owner has it, nobody is a member of it,
and administrators add people through its ``SECURITY DEFINER`` function
(:mod:`db.office.people_sql`), which only ``accord_admin`` may execute and which grants
nothing but Accord's groups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.server.roles import GROUPS, OWNER, Role

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

READER, EDITOR, ADMIN = (role.value for role in Role)
# Tables whose rows people add and change (editors), besides ``history``.
EDITED = (
    "partner",
    "agreement",
    "agreement_event",
    "document",
    "document_page",
    "document_replacement",
    "search_unit",
)
# Tables whose rows an editor's use case deletes (replaced, rebuilt).
REPLACED = ("agreement_event", "document_page", "search_unit", "document_content")
# Tables only an administrator deletes from (deleting for good).
PURGED = ("partner", "agreement", "document")
# Tables whose ID sequence an import moves past the IDs it keeps from the file (setval).
IMPORTED = ("partner", "agreement")
# Tables with row-level security by trash state.
TRASHED = ("partner", "agreement", "document")
# A history row must name the database user: itself, or a program acting for it
# (``Accord (automatic renewal, alice)``: :func:`db.storage.history_recorder.user_of`).
HISTORY_USER_CHECK = (
    '"user" = session_user OR (left("user", 8) = \'Accord (\' AND '
    "right(\"user\", length(session_user) + 3) = ', ' || session_user || ')')"
)


def group_roles_sql() -> list[str]:
    """Statements that create the owner and the groups if missing (cluster-wide) and
    nest them (editor in reader, administrator in editor)."""
    create = [
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} NOLOGIN; END IF; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        for name in (OWNER, *GROUPS)
    ]
    return [*create, f"GRANT {READER} TO {EDITOR}", f"GRANT {EDITOR} TO {ADMIN}"]


def _tables(conn: Connection) -> list[str]:
    return list(
        conn.exec_driver_sql(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1"
        ).scalars()
    )


def apply(conn: Connection) -> None:
    """Grant each group its rights and (re)make the row-level policies, as the owner.

    ``conn`` acts as :data:`~db.server.roles.OWNER` (``SET ROLE``) inside a transaction.
    """
    groups = ", ".join(GROUPS)
    tables = _tables(conn)
    run = conn.exec_driver_sql
    for table in tables:
        run(f"REVOKE ALL ON {table} FROM PUBLIC, {groups}")
        run(f"GRANT SELECT ON {table} TO {READER}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}")
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}")
    run(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO {ADMIN}")
    for table in (t for t in IMPORTED if t in tables):  # an import keeps the file's IDs
        sequence = conn.exec_driver_sql(
            "SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": table}
        ).scalar()
        if sequence:
            run(f"GRANT UPDATE ON SEQUENCE {sequence} TO {EDITOR}")
    for table in (t for t in EDITED if t in tables):
        run(f"GRANT INSERT, UPDATE ON {table} TO {EDITOR}")
    for table in (t for t in REPLACED if t in tables):
        run(f"GRANT DELETE ON {table} TO {EDITOR}")
    run(f"GRANT INSERT ON history TO {EDITOR}")
    if "document_content" in tables:
        run(f"GRANT INSERT ON document_content TO {EDITOR}")
    for table in (t for t in PURGED if t in tables):
        run(f"GRANT DELETE ON {table} TO {ADMIN}")
    for table in TRASHED:
        _policies(
            conn,
            table,
            {
                "accord_read": f"FOR SELECT TO {READER} USING (true)",
                "accord_add": f"FOR INSERT TO {EDITOR} WITH CHECK (true)",
                "accord_change": f"FOR UPDATE TO {EDITOR} USING (deleted_at IS NULL) "
                "WITH CHECK (true)",
                "accord_admin": f"FOR ALL TO {ADMIN} USING (true) WITH CHECK (true)",
            },
        )
    if "document_content" in tables:
        unnamed = "NOT EXISTS (SELECT FROM document d WHERE d.sha256 = document_content.sha256)"
        _policies(
            conn,
            "document_content",
            {
                "accord_read": f"FOR SELECT TO {READER} USING (true)",
                "accord_add": f"FOR INSERT TO {EDITOR} WITH CHECK (true)",
                "accord_let_go": f"FOR DELETE TO {EDITOR} USING ({unnamed})",
                "accord_admin": f"FOR ALL TO {ADMIN} USING (true) WITH CHECK (true)",
            },
        )
    _policies(
        conn,
        "history",
        {
            "accord_read": f"FOR SELECT TO {READER} USING (true)",
            "accord_add": f"FOR INSERT TO {EDITOR} WITH CHECK ({HISTORY_USER_CHECK})",
            "accord_admin": f"FOR INSERT TO {ADMIN} WITH CHECK (true)",
        },
    )


def _policies(conn: Connection, table: str, policies: dict[str, str]) -> None:
    """Turn row-level security on for ``table`` with exactly ``policies`` (name -> body)."""
    run = conn.exec_driver_sql
    run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    existing = conn.exec_driver_sql(
        "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = %(t)s",
        {"t": table},
    ).scalars()
    for name in list(existing):
        run(f'DROP POLICY "{name}" ON {table}')
    for name, body in policies.items():
        run(f"CREATE POLICY {name} ON {table} {body}")


def adopt(conn: Connection) -> None:
    """Give :data:`OWNER` every table, sequence and function of the library's own (not
    an extension's) that someone else owns: a library made before ``accord server init``
    (by ``--database-url`` as a superuser or the database's owner)."""
    found = conn.exec_driver_sql(
        """
        SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S')
          AND pg_get_userbyid(c.relowner) <> %(owner)s
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d
                   WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
        UNION ALL
        SELECT 'FUNCTION', p.oid::regprocedure::text
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> %(owner)s
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        """,
        {"owner": OWNER},
    ).all()
    for kind, name in found:
        conn.exec_driver_sql(f"ALTER {kind} {name} OWNER TO {OWNER}")
