"""The database and files on disk: engine, SQLite specifics, migrations, snapshots, damage, history recording, bulk writes."""
