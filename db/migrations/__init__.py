"""Alembic migrations of the Accord schema (run through :mod:`db.storage.migrate`)."""
