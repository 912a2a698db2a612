"""连带责任评估向导 — Joint Liability Wizard: decision trees on joint and several liability."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("liability-wizard")
except PackageNotFoundError:  # running from a source checkout that was never installed
    __version__ = "0.0.0+source"
