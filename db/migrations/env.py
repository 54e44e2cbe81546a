"""Alembic environment: runs on the connection :mod:`db.storage.migrate` hands over."""

from __future__ import annotations

from alembic import context

from db.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
