"""Small helpers shared by the tree generators: texts, citations, conditions, writing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from scripts.share_definitions import share, to_text  # noqa: E402

J = dict[str, Any]


def T(zh: str, en: str) -> J:
    """A text in both languages."""
    return {"zh": zh, "en": en}


def C(law: str, article: int, paragraph: int | None = None, item: int | None = None,
      when: J | None = None) -> J:  # fmt: skip
    """A citation, optionally conditional."""
    c: J = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


def on_after(q: str, day: str) -> J:
    return {"date": q, "on_or_after": day}


def before(q: str, day: str) -> J:
    return {"date": q, "before": day}


def between(q: str, start: str, end: str) -> J:
    """``start`` <= q < ``end``."""
    return ALL(on_after(q, start), before(q, end))


def und(condition: J) -> J:
    return {"undetermined": condition}


def unknown(q: str) -> J:
    return {"unknown": q}


def ans(q: str, *choices: str) -> J:
    return {"answer": q, "in": list(choices)}


def side(*sides: str) -> J:
    return {"side": list(sides)}


def event(q: str, *kinds: str, parties: list[str] | None = None) -> J:
    c: J = {"event": q, "kinds": list(kinds)}
    if parties:
        c["parties"] = parties
    return c


def passed(deadline: str, value: bool = True) -> J:
    return {"deadline": deadline, "passed": value}


def ALL(*conditions: J) -> J:
    return {"all": list(conditions)}


def ANY(*conditions: J) -> J:
    return {"any": list(conditions)}


def NOT(condition: J) -> J:
    return {"not": condition}


def item(text: J, sides: str | list[str] = "any", when: J | None = None) -> J:
    """A list entry (next step, evidence, recourse, defence) for some sides."""
    entry: J = {"side": sides if sides == "any" else list(sides), "text": text}
    if when is not None:
        entry["when"] = when
    return entry


def warning(kind: str, text: J, sides: str | list[str] = "any", when: J | None = None,
            basis: list[J] | None = None) -> J:  # fmt: skip
    entry: J = {"kind": kind, "side": sides if sides == "any" else list(sides), "text": text}
    if basis:
        entry["basis"] = basis
    if when is not None:
        entry["when"] = when
    return entry


def variant(sides: list[str], zh: str, en: str, when: J | None = None) -> J:
    entry: J = {"side": sides, "zh": zh, "en": en}
    if when is not None:
        entry["when"] = when
    return entry


def render(tree: J) -> str:
    """The tree file's text: shared entries moved to ``definitions``, laid out for people."""
    shared = share(json.loads(json.dumps(tree)))
    return to_text(shared) + "\n"


def write(tree: J, path: Path, check: bool = False) -> int:
    text = render(tree)
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            sys.stderr.write(f"{path} is not the generator's output; run the generator\n")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{path}: {len(text.encode()) / 1e3:.0f} kB\n")
    return 0
