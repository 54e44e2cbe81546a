"""Accord's records core: schema, library folder, use cases, CSV, checks.

Pure Python: nothing in this package imports Qt or :mod:`desktop` (enforced
by the import-linter contract in ``pyproject.toml``). The GUI and the command
line call the same use-case functions, found in :mod:`db.partners`,
:mod:`db.agreements`, :mod:`db.documents`, :mod:`db.csv.export` and
:mod:`db.safekeeping.check`.
"""
