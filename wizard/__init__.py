"""连带责任评估向导 — Joint Liability Wizard: decision trees on joint and several liability."""

from functools import cache


@cache
def _version() -> str:
    # importlib.metadata (and the email parser it brings) costs tens of milliseconds to import:
    # read only when the version is asked for, not before the app's first window.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("liability-wizard")
    except PackageNotFoundError:  # running from a source checkout that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'wizard' has no attribute {name!r}")
