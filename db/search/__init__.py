"""The search index and its rule: what is searched, how a query reads, its SQL."""

from db.search import fts5, trigram


def outside_models(name: str | None, type_: str, _parent_names: object = None) -> bool:
    """Return False for the database objects of the search index that no model declares
    (SQLite's FTS5 table and its shadow tables, PostgreSQL's pg_trgm index), for
    Alembic's ``include_name`` when a schema is compared with the models."""
    ours = {fts5.TABLE, *fts5.SHADOW_TABLES, trigram.INDEX}
    return not (type_ in ("table", "index") and name in ours)
