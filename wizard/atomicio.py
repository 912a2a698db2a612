"""Atomic file writes: a reader sees the old file or the new one, never a half-written one.

The new content goes to a temporary file beside the target, is flushed and fsynced, then
renamed over the target. On Windows that rename fails while another program holds the target
open without sharing delete access (a Word or WPS preview, an antivirus scan, a sync client):
the rename is retried for a moment, and if the file stays locked the write fails with
:class:`FileInUseError`, leaving the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: How long a save waits, in all, for another program to let go of the file (seconds).
SAVE_PATIENCE = 2.5
#: Autosaves run after every answer on the GUI thread: they give up sooner (the next one
#: tries again) rather than freeze the window.
AUTOSAVE_PATIENCE = 0.3
_FIRST_DELAY = 0.05
_MAX_DELAY = 0.8

IN_USE_MESSAGE = (
    "the file is open in another program (such as Word, WPS, a preview pane or a virus "
    "scanner) or is read-only; close it there and save again"
)


class FileInUseError(PermissionError):
    """The target stayed locked by another program; nothing was written."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}" if self.filename else str(self.strerror)


def write_bytes_atomic(path: Path, data: bytes, *, patience: float = SAVE_PATIENCE) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over ``path``.

    On any failure the temporary file is removed and ``path`` is left as it was. ``patience``
    is how long to keep retrying the rename while another program holds ``path`` open.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions the user gave the file (mkstemp creates it 0600).
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o7777)
        replace(tmp, path, patience=patience)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str, *, patience: float = SAVE_PATIENCE) -> None:
    """Write ``text`` as UTF-8 bytes: the same bytes, line endings included, on every system."""
    write_bytes_atomic(path, text.encode("utf-8"), patience=patience)


def replace(source: Path, target: Path, *, patience: float = SAVE_PATIENCE) -> None:
    """``os.replace``, retried for up to ``patience`` seconds while ``target`` is locked.

    Only Windows refuses to rename over an open file; there a ``PermissionError`` from the
    rename means another program has the file open (or it is read-only: retrying costs a
    moment). Elsewhere the error is final and raised at once. Raises :class:`FileInUseError`
    when the file stays locked.
    """
    delay = _FIRST_DELAY
    waited = 0.0
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _may_be_locked():
                raise
            if waited >= patience:
                log.warning("%s stayed locked for %.1f s: %s", target, waited, exc)
                raise FileInUseError(errno.EACCES, IN_USE_MESSAGE, str(target)) from exc
            pause = min(delay, patience - waited)
            log.info("%s is locked (%s); trying again in %.2f s", target, exc, pause)
            time.sleep(pause)
            waited += pause
            delay = min(delay * 2, _MAX_DELAY)


def _may_be_locked() -> bool:
    """Whether a failed rename may be another program holding the file (Windows only)."""
    return sys.platform == "win32"


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
