"""The command line's standard streams, made safe for any text on any system.

``cli.main`` calls :func:`configure_console` once, before any output, so every command
(``walk``, ``validate``, ``report``, ``graph``, and those to come) writes through streams that:

- on a console keep the console's encoding (a Chinese Windows console, or a terminal whose
  locale is GBK) and replace what it cannot show with ``?`` instead of failing half-way
  through an interview with ``UnicodeEncodeError``;
- when redirected to a file or a pipe write UTF-8, whatever the locale (Windows would
  otherwise use the ANSI code page: cp936 in China, cp1252 on the CI runners);
- exist: a windowed Windows build has no console and ``sys.stdout`` is ``None``; output then
  goes nowhere rather than crashing.

``PYTHONIOENCODING``, when set, is respected: its encoding is kept (and its error handler, if
it names one). Streams someone has already replaced (pytest's capture, a GUI's redirect) are
left alone.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import sys
from typing import TextIO

log = logging.getLogger(__name__)

REDIRECTED_ENCODING = "utf-8"


def configure_console() -> None:
    """Make ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` safe (see the module docstring)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif stream is getattr(sys, f"__{name}__"):
            configure_stream(stream)
    if sys.stdin is not None and sys.stdin is sys.__stdin__:
        configure_stream(sys.stdin)


def configure_stream(stream: TextIO) -> None:
    """Reconfigure one standard stream: the console's encoding or UTF-8, never an error."""
    if not isinstance(stream, io.TextIOWrapper):
        return
    explicit = os.environ.get("PYTHONIOENCODING", "")
    encoding = stream.encoding
    if not explicit.partition(":")[0] and not _is_console(stream) and not _is_utf8(encoding):
        encoding = REDIRECTED_ENCODING
    errors = stream.errors if explicit.partition(":")[2] else "replace"
    try:
        stream.reconfigure(encoding=encoding, errors=errors)
    except (ValueError, io.UnsupportedOperation) as exc:  # e.g. stdin already read from
        log.debug("cannot reconfigure %r: %s", stream, exc)


def _is_console(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # closed
        return False


def _is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
