"""Running an office's library on a PostgreSQL server: setting the server up, the people
and their roles, and copying a library between a folder and a server."""
