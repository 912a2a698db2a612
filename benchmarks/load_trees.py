"""Loading and validating trees, and the engine's answer/back cost on a 10,000-node tree.

    python benchmarks/load_trees.py

Prints, for each shipped tree and for a generated tree of 10,000 questions: the time to read,
schema-check, build and validate it (nodes per second), then the mean cost of one answer and
one back() on the generated tree, as a ratio to copying a 10,000-entry dict (a floor any state
snapshot pays). One run: compare ratios and rates, not milliseconds.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard import resources  # noqa: E402
from wizard.catalog import load_library  # noqa: E402
from wizard.engine import Session  # noqa: E402
from wizard.treefile import load_tree  # noqa: E402
from wizard.validate import check_tree  # noqa: E402

SIZE = 10_000


def generated_tree(size: int) -> dict:
    """A chain of ``size`` yes/no questions built on the worked example's outcomes."""
    raw = json.loads((ROOT / "docs" / "examples" / "example-tree.json").read_text("utf-8"))
    yes_out, no_out = [n for n in raw["nodes"] if n["type"] == "outcome"][:2]
    for outcome in (yes_out, no_out):
        for finding in outcome["findings"]:
            finding["basis"] = [{"law": "civil_code", "article": 1194}]
    nodes = [
        {
            "id": f"q{i}",
            "type": "choice",
            "text": {"zh": f"第{i}问", "en": f"Question {i}"},
            "choices": [
                {
                    "id": "yes",
                    "label": {"zh": "是", "en": "Yes"},
                    "next": f"q{i + 1}" if i + 1 < size else yes_out["id"],
                },
                {"id": "no", "label": {"zh": "否", "en": "No"}, "next": no_out["id"]},
            ],
        }
        for i in range(size)
    ]
    raw.update(id="generated", start="q0", nodes=[*nodes, yes_out, no_out])
    return raw


def load_and_validate(path: Path, library: object) -> tuple[float, int]:
    start = time.perf_counter()
    tree = load_tree(path)
    problems = check_tree(tree, library)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    if problems:
        raise SystemExit(f"{path}: {problems[0]}")
    return elapsed, len(tree.nodes)


def main() -> int:
    library = load_library()
    paths = sorted(p for p in resources.trees_dir().glob("*.json") if "schema" not in p.name)
    big = Path(tempfile.mkdtemp()) / "generated.json"
    big.write_text(json.dumps(generated_tree(SIZE), ensure_ascii=False), encoding="utf-8")
    for path in [*paths, big]:
        seconds, nodes = load_and_validate(path, library)
        sys.stdout.write(
            f"{path.name}: {nodes} nodes, {path.stat().st_size / 1e3:.0f} kB, "
            f"load + validate {seconds:.2f} s, {nodes / seconds:,.0f} nodes/s\n"
        )
    session = Session(load_tree(big))
    start = time.perf_counter()
    for _ in range(SIZE):
        session.answer("yes")
    answer = (time.perf_counter() - start) / SIZE
    start = time.perf_counter()
    for _ in range(SIZE):
        session.back()
    back = (time.perf_counter() - start) / SIZE
    snapshot = {f"q{i}": "yes" for i in range(SIZE)}
    start = time.perf_counter()
    for _ in range(100):
        dict(snapshot)
    copy = (time.perf_counter() - start) / 100
    sys.stdout.write(
        f"engine on {SIZE:,} questions: answer {answer * 1e6:.1f} µs, back {back * 1e6:.1f} µs "
        f"(mean); ratio to copying a {SIZE:,}-entry dict: answer {answer / copy:.2f}, "
        f"back {back / copy:.2f}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
