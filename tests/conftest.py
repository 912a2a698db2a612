"""Test set-up: Qt runs offscreen (no display needed), with a private runtime folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

# Must happen before anything imports Qt: without a display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.platform.startswith("linux") and "XDG_RUNTIME_DIR" not in os.environ:  # Qt asks for it
    runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = runtime


# --- no network, anywhere in the suite -------------------------------------------------------
# The wizard works offline and sends nothing anywhere: any attempt by the code under test to
# open an Internet connection fails the test that made it (tests/robustness_cases.py, row O1).
import socket

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise RuntimeError(f"network access in a test: connect to {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    _real_connect(self, address)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]


# --- hypothesis: a fixed budget; CI replays the same examples every run ---------------------------
# "ci" (the default) is derandomized, so a green run stays green on a clean checkout and a red
# one is reproducible; "explore" (HYPOTHESIS_PROFILE=explore) draws new random walks each run
# and keeps the failures it finds in tests/hypothesis-db — run it when changing a tree.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
    database=None,
)
settings.register_profile(
    "explore",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=DirectoryBasedExampleDatabase(str(Path(__file__).parent / "hypothesis-db")),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
