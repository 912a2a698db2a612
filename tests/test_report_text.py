"""What a client's report may contain (legal-coverage.md §0.7), on random walks of every tree.

- no authors' notes, references to the specification, outcome codes or "本树" in any text;
- every placeholder filled; each conditional text only where its condition holds (the engine);
- the per-tree rules of ``tests/report_rules.py``: no text that contradicts the answers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import FORMAT2_EXAMPLE, library, shipped_tree_files
from tests.report_rules import BY_TREE, EVERY_TREE
from tests.test_random_walks import _answer_for
from wizard.answer_text import fill
from wizard.casefile import CaseInfo
from wizard.engine import Result, Session
from wizard.model import Text, Tree
from wizard.report import ReportOptions, render_report, text_values
from wizard.treefile import load_tree

# Trees written to format 2's rules for a client's report (they declare the client's sides).
# The first release's trees are rewritten by the tree issues; each is covered once it is.
TREES = [t for t in (load_tree(p) for p in [*shipped_tree_files(), FORMAT2_EXAMPLE]) if t.sides]


def texts_of(result: Result, session: Session, info: CaseInfo) -> list[tuple[str, str]]:
    """Every tree text the report prints for this result, filled, in both languages."""
    values = text_values(session, info, result)
    found: list[tuple[str, Text | None]] = []
    for part in result.parts:
        found += [("title", part.node.title), ("summary", part.summary)]
        found += [("remaining", part.node.remaining_liability)]
        for f in part.findings:
            found += [("finding", f.liable), ("finding", f.to_whom), ("finding", f.scope)]
            found += [("finding", f.order), ("finding", f.sublabel)]
    found += [("warning", w.text) for w in result.warnings]
    found += [("defence", t) for t in result.defences]
    found += [("next step", t) for t in result.next_steps]
    found += [("evidence", t) for t in result.evidence]
    found += [("recourse", t) for t in result.recourse]
    for d in result.deadlines:
        found += [("deadline", d.spec.label), ("deadline", d.spec.note)]
    for step in result.reasoning:
        found += [("reasoning", step.significance)]
    filled = []
    for where, text in found:
        if text is not None:
            for lang in ("zh", "en"):
                filled.append((where, fill(text.get(lang), lang, values)))  # type: ignore[arg-type]
    return filled


def walk_randomly(tree: Tree, data: st.DataObject) -> Session:
    session = Session(tree)
    while not session.is_finished:
        session.answer(_answer_for(data, session.current))  # type: ignore[arg-type]
    return session


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
@settings(max_examples=60)
@given(data=st.data())
def test_report_texts_keep_the_rules(tree: Tree, data: st.DataObject) -> None:
    session = walk_randomly(tree, data)
    info = CaseInfo(parties=tuple((p.id, ("某某",)) for p in tree.parties))
    result = session.result()
    texts = texts_of(result, session, info)
    notes = {n.zh for n in tree.notes} | {n.en for n in tree.notes}
    for where, text in texts:
        assert text not in notes, f"{result.outcome.id} {where}: an author's note: {text}"
        for what, pattern in EVERY_TREE:
            assert not pattern.search(text), f"{result.outcome.id} {where}: {what}: {text}"
    for rule in BY_TREE.get(tree.id, ()):
        if rule.applies(session):
            for where, text in texts:
                assert not rule.pattern.search(text), (
                    f"{result.outcome.id} {where}: {rule.description}: {text}"
                )
    html = render_report(session, info, library(), ReportOptions(lang="zh"))
    for note in tree.notes:
        assert note.zh not in html


def test_the_rules_catch_what_they_describe() -> None:
    """A rule that can never fail is no rule: each pattern finds its own example."""
    samples = {
        "a reference to the specification": "见 legal-coverage.md §1.5",
        "an author's remark about the tree": "本树只处理2021年以后的情形",
        "an outcome code as a cross-reference": "详见ISP-J",
        "an outcome code": "结论 G-A 适用",
        "an unfilled placeholder": "{party.guarantor}应当承担",
        "a remark about what the library lacks": "语料中没有该条文本",
    }
    for what, pattern in EVERY_TREE:
        assert pattern.search(samples[what]), what
