"""Keeping a library safe: archives of the whole library, restoring a backup, ``accord check``."""
