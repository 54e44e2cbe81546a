"""Accord's Qt application (PySide6) and the ``accord`` command line.

Turns the use cases of :mod:`db` into windows, item models, dialogs and
commands; holds no SQL and no file-format code.
"""
