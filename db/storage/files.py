"""Writing files safely: atomically where a rename is possible, with normal permissions.

``tempfile.mkstemp`` creates files readable by their owner only (0600); a
report or a stored document in a folder shared with colleagues must get the
permissions any new file gets (0666 less the umask), or those of the file it
replaces.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from collections.abc import Iterable


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Read once at import: ``os.umask`` can only be read by setting it, which is
#: not thread-safe, and the GUI writes files from worker threads.
_UMASK = _current_umask()


def new_file_mode() -> int:
    """Return the permission bits a newly created file gets here (0666 less the umask)."""
    return 0o666 & ~_UMASK


def atomic_write(target: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``target`` so that readers see the old or the new file, never half.

    ``data`` is bytes, or an iterable of blocks written as they come (a
    report streamed from the database); an error while making a block
    leaves the target unchanged, as any other error.

    A temporary file is written and fsynced in the same folder, then renamed
    over ``target``. A symbolic link is followed (the file it names is
    replaced, the link stays). A target that is not a regular file (a FIFO,
    ``/dev/null``, ``/dev/stdout``) is written into directly, since it cannot
    be replaced. The new file gets the old file's permission bits, else
    :func:`new_file_mode`. Raises ``OSError``; the target is then unchanged
    and no temporary file is left.
    """
    target = Path(os.path.realpath(target))
    try:
        mode = target.stat()
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode.st_mode):
        if stat.S_ISDIR(mode.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(target))
        with target.open("wb") as out:
            _write_all(out, data)
        return
    fd, tmp_name = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            _write_all(out, data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, stat.S_IMODE(mode.st_mode) if mode else new_file_mode())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _write_all(out: BinaryIO, data: bytes | Iterable[bytes]) -> None:
    for block in [data] if isinstance(data, bytes) else data:
        out.write(block)


def reason(error: OSError) -> str:
    """Return the human part of an ``OSError`` ("Permission denied"), without the errno."""
    return error.strerror or str(error)
