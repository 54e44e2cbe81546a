"""The one shape of a progress callback that long work in ``db/`` takes.

A long operation (attaching a document, importing or exporting CSV, making,
verifying or restoring a backup) calls ``progress(done, total)`` now and
then, in the worker's thread; the window's task runner
(:class:`desktop.support.tasks.TaskRunner`) and the command line pass one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

Progress: TypeAlias = Callable[[int, int], bool | None]
"""``progress(done, total)``: how far the work is, in the operation's unit (bytes copied,
rows planned or written, pages of a database copied; ``total`` may exceed 2**31).

Return ``False`` to ask the work to stop: an operation that can stop raises
:class:`db.errors.Cancelled` (or its own error saying nothing was written)
and leaves nothing behind. ``True`` or ``None`` go on; an operation that
cannot stop (applying an import) ignores the answer.
"""
