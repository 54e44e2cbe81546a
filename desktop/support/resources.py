"""Where Accord's run-time resources are, in the source tree and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

# ``resources/`` beside the ``desktop`` package in a source tree or an installed wheel.
_SOURCE_ROOT = Path(__file__).resolve().parents[2] / "resources"


def get_asset(name: str) -> Path:
    """Return the path of the resource file ``name`` (e.g. ``"accord.svg"``).

    In a PyInstaller bundle the files are unpacked under ``sys._MEIPASS``
    (the spec lists ``resources/`` in ``datas``); otherwise they sit in the
    ``resources`` package beside ``desktop``. The path is returned whether or
    not the file exists, so a caller can decide how to do without it.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) / "resources" if bundle else _SOURCE_ROOT
    return root.joinpath(*name.split("/"))
