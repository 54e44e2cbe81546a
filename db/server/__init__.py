"""What only a library on a PostgreSQL server has: documents kept in the database, the
change log read on ``LISTEN/NOTIFY``, and the roles that decide who may change what."""
