"""The database and files on disk: engine, SQLite specifics, migrations, bulk writes.

Also what works on the database file as a whole: snapshots, damage, and the session that
records history as it writes.
"""
