"""Accord 0.8: a server library keeps its documents and a change log (PostgreSQL only).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

On PostgreSQL: ``document_content`` (the stored files in 1 MiB parts) and
``change_log`` (a numbered row per change, written by triggers on ``partner``,
``agreement``, ``agreement_event`` and ``document``, announced on ``LISTEN/NOTIFY``);
see :mod:`db.server.schema` for why parts and why the numbers are taken under a lock.
The trigger functions are ``SECURITY DEFINER`` (they run as the tables' owner), so
people who change records need no right on ``change_log`` but reading it. A SQLite
library gets nothing: its documents stay in ``attachments/`` and windows poll.
"""

from __future__ import annotations

from alembic import op

from db.server.schema import CHANGE_LOCK, CHANNEL, LOGGED_TABLES, PART_SIZE

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_CREATE = f"""
CREATE TABLE document_content (
    sha256 varchar(64) NOT NULL,
    part integer NOT NULL CHECK (part >= 0),
    content bytea NOT NULL CHECK (length(content) BETWEEN 1 AND {PART_SIZE}),
    PRIMARY KEY (sha256, part)
);
ALTER TABLE document_content ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE SEQUENCE change_log_id_seq;
CREATE TABLE change_log (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_user varchar(200) NOT NULL DEFAULT session_user,
    record_kind varchar(20) NOT NULL,
    record_id integer NOT NULL,
    parent_id integer,
    action varchar(10) NOT NULL
);
ALTER SEQUENCE change_log_id_seq OWNED BY change_log.id;
CREATE FUNCTION accord_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
    INSERT INTO change_log (id, record_kind, record_id, parent_id, action)
    VALUES (
        nextval('change_log_id_seq'), TG_ARGV[0], (changed ->> TG_ARGV[1])::integer,
        CASE WHEN TG_ARGV[2] = '' THEN NULL ELSE (changed ->> TG_ARGV[2])::integer END,
        lower(TG_OP)
    );
    RETURN NULL;
END $$;
CREATE FUNCTION accord_notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', (SELECT coalesce(max(id), 0) FROM change_log)::text);
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    """Create the server's tables and triggers on PostgreSQL; nothing on SQLite."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_CREATE)
    for table, (kind, id_column, parent) in LOGGED_TABLES.items():
        op.execute(
            f"CREATE TRIGGER {table}_logged AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION accord_log_change('{kind}', '{id_column}', "
            f"'{parent or ''}')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_announced AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION accord_notify_change()"
        )


def downgrade() -> None:
    """Back to 0007: the server's tables, triggers and functions go."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in LOGGED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_announced ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_logged ON {table}")
    op.execute("DROP FUNCTION IF EXISTS accord_notify_change()")
    op.execute("DROP FUNCTION IF EXISTS accord_log_change()")
    op.execute("DROP TABLE IF EXISTS change_log")
    op.execute("DROP TABLE IF EXISTS document_content")
