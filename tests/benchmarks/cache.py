"""Where the benchmarks keep what they build once: libraries, the search corpus."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """Return the benchmark cache folder (``$ACCORD_BENCH_CACHE`` or ``~/.cache/accord-bench``)."""
    chosen = os.environ.get("ACCORD_BENCH_CACHE")
    return Path(chosen).expanduser() if chosen else Path.home() / ".cache" / "accord-bench"
