"""Every shipped article matches the official wording in the reference corpus.

Set WIZARD_STATUTE_REFERENCE to the reference folder (../shared/statutes); .ci/run does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wizard import resources

REFERENCE = os.environ.get("WIZARD_STATUTE_REFERENCE")
if REFERENCE and not Path(REFERENCE).is_absolute() and not Path(REFERENCE).is_dir():
    # A relative path is read from the checkout, as in "../shared/statutes".
    REFERENCE = str(Path(__file__).resolve().parent.parent / REFERENCE)
SHIPPED = sorted(resources.statutes_dir().glob("*.json"))

pytestmark = pytest.mark.skipif(
    not REFERENCE,
    reason="WIZARD_STATUTE_REFERENCE is not set: shipped statute texts were NOT compared "
    "with the reference corpus (set it to the reference folder, e.g. ../shared/statutes)",
)


def test_there_are_shipped_statutes() -> None:
    assert SHIPPED, "resources/statutes/ is empty"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_law_matches_reference(path: Path) -> None:
    shipped = json.loads(path.read_text(encoding="utf-8"))
    ref_path = Path(REFERENCE or "") / f"{shipped['slug']}.json"
    assert ref_path.exists(), f"{path.name}: no reference file {ref_path}"
    reference = json.loads(ref_path.read_text(encoding="utf-8"))
    for key in ("title", "version_note", "effective", "status"):
        assert shipped[key] == reference[key], f"{path.name}: {key} differs from the reference"
    by_number = {a["number"]: a for a in reference["articles"]}
    for article in shipped["articles"]:
        ref = by_number.get(article["number"])
        assert ref is not None, f"{path.name}: article {article['number']} is not in the reference"
        assert article["label"] == ref["label"], f"{path.name}: label of {article['number']}"
        assert article["text"] == ref["text"], (
            f"{path.name}: text of {ref['label']} differs from the official wording"
        )


def test_only_cited_articles_are_shipped() -> None:
    """The project ships the articles its trees and its deadline engine cite, not a copy of
    the corpus."""
    from scripts.sync_statutes import required_articles
    from tests.helpers import EXAMPLE_TREE, shipped_tree_files

    trees = [
        json.loads(p.read_text(encoding="utf-8")) for p in [*shipped_tree_files(), EXAMPLE_TREE]
    ]
    cited = required_articles(trees)
    for path in SHIPPED:
        shipped = json.loads(path.read_text(encoding="utf-8"))
        numbers = {a["number"] for a in shipped["articles"]}
        assert numbers == cited.get(shipped["slug"], set()), (
            f"{path.name}: run scripts/sync_statutes.py (ships {sorted(numbers)})"
        )
