"""The tree validator: what the JSON Schema cannot say (docs/tree-format.md, last section).

``check_tree`` returns problems located by node id; ``validate_paths`` reads files and folders
as ``python -m wizard validate`` does.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

from wizard.errors import Problem, TreeError
from wizard.model import (
    NO_LIABILITY,
    AllOf,
    AnswerIn,
    AnyOf,
    BranchNode,
    ChoiceQuestion,
    Citation,
    Condition,
    DateBefore,
    DateOnOrAfter,
    DateQuestion,
    FindingNode,
    Node,
    Reached,
    ResultNode,
    Text,
    Tree,
)
from wizard.statutes import StatuteLibrary
from wizard.treefile import load_tree
from wizard.treegraph import Precedence, find_cycle, reachable

TREE = "(tree)"


def check_tree(tree: Tree, library: StatuteLibrary) -> list[Problem]:
    """Every semantic problem of a schema-valid tree."""
    problems: list[Problem] = []

    def add(where: str, message: str) -> None:
        problems.append(Problem(tree.source or tree.id, where, message))

    parts = {node.id: _parts(node) for node in tree.nodes}
    _check_ids(tree, add)
    _check_links(tree, add)
    acyclic = _check_graph(tree, add)
    _check_texts(tree, parts, add)
    _check_citations(tree, parts, library, add)
    _check_glossary(tree, add)
    if acyclic:
        _check_conditions_and_deadlines(tree, parts, add)
    _check_outcomes(tree, add)
    return problems


def validate_paths(paths: list[Path], library: StatuteLibrary) -> list[Problem]:
    """Validate tree files and folders of tree files; also refuses duplicate tree ids."""
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    for path in tree_files(paths):
        try:
            tree = load_tree(path)
        except TreeError as exc:
            problems += exc.problems
            continue
        problems += check_tree(tree, library)
        if tree.id in seen_ids:
            problems.append(
                Problem(str(path), TREE, f"tree id '{tree.id}' is also used by {seen_ids[tree.id]}")
            )
        else:
            seen_ids[tree.id] = str(path)
    return problems


def tree_files(paths: list[Path]) -> list[Path]:
    """The tree files named, folders expanded to their ``*.json`` (the schema file excluded)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.glob("*.json") if not p.name.endswith(".schema.json"))
        else:
            files.append(path)
    return files


# --- the rules ----------------------------------------------------------------------------


def _check_ids(tree: Tree, add: Any) -> None:
    for node_id, count in Counter(n.id for n in tree.nodes).items():
        if count > 1:
            add(node_id, f"duplicate node id (used by {count} nodes)")
    for code, count in Counter(o.code for o in tree.result_nodes).items():
        if count > 1:
            add(TREE, f"outcome code {code} is used by {count} outcome or finding nodes")
    for node in tree.nodes:
        if isinstance(node, ChoiceQuestion):
            for cid, count in Counter(c.id for c in node.choices).items():
                if count > 1:
                    add(node.id, f"duplicate choice id '{cid}'")
        if isinstance(node, ResultNode):
            for did, count in Counter(d.id for d in node.deadlines).items():
                if count > 1:
                    add(node.id, f"duplicate deadline id '{did}'")


def _check_links(tree: Tree, add: Any) -> None:
    if not tree.has_node(tree.start):
        add(TREE, f"start '{tree.start}' does not resolve to a node")
    for node in tree.nodes:
        for nxt in node.successors:
            if not tree.has_node(nxt):
                add(node.id, f"next '{nxt}' does not resolve to a node")


def _check_graph(tree: Tree, add: Any) -> bool:
    """Reachability, cycles and dead ends; returns whether the tree is acyclic."""
    seen = reachable(tree)
    for node in tree.nodes:
        if node.id not in seen:
            add(node.id, "not reachable from the start node")
    cycle = find_cycle(tree)
    if cycle:
        add(cycle[0], "cycle: " + " → ".join(cycle))
    # Every path must end in an outcome: work back from the outcomes. A node is sound once
    # *every* way on from it is (one pass, linear in the edges).
    waiting = {n.id: len(n.successors) for n in tree.nodes}
    comes_from: dict[str, list[str]] = {}
    for n in tree.nodes:
        for nxt in n.successors:
            comes_from.setdefault(nxt, []).append(n.id)
    reaches_outcome = {o.id for o in tree.outcomes}
    queue = list(reaches_outcome)
    while queue:
        for before in comes_from.get(queue.pop(), ()):
            waiting[before] -= 1
            if waiting[before] == 0 and before not in reaches_outcome:
                reaches_outcome.add(before)
                queue.append(before)
    for node in tree.nodes:
        if node.id in seen and node.id not in reaches_outcome:
            add(node.id, "a path from here does not end in an outcome")
    return cycle is None


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _parts(value: Any, where: str = "") -> list[tuple[str, Any]]:
    """Every model object inside ``value`` (itself included), with a dotted location.

    One iterative pass with the field names cached per class: validating runs at every start
    of the app, and trees hold thousands of texts, citations and conditions.
    """
    found: list[tuple[str, Any]] = []
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        at, item = stack.pop()
        found.append((at, item))
        if isinstance(item, tuple):
            stack.extend(
                (f"{at}[{i}]", x)
                for i, x in enumerate(item)
                if isinstance(x, tuple) or _is_model(x)
            )
        elif _is_model(item) and not isinstance(item, Text):
            names = _FIELD_NAMES.get(type(item))
            if names is None:
                names = _FIELD_NAMES[type(item)] = tuple(f.name for f in dataclasses.fields(item))
            for name in names:
                child = getattr(item, name)
                if isinstance(child, tuple) or _is_model(child):
                    stack.append((f"{at}.{name}" if at else name, child))
    return found


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "__dataclass_fields__")


def _check_texts(tree: Tree, parts: dict[str, list[tuple[str, Any]]], add: Any) -> None:
    for where, text in _parts((tree.title, tree.description), "metadata"):
        if isinstance(text, Text):
            _check_text(TREE, where, text, add)
    for term in tree.glossary:
        for where, text in _parts(term, f"glossary.{term.id}"):
            if isinstance(text, Text):
                _check_text(TREE, where, text, add)
    for node in tree.nodes:
        for where, text in parts[node.id]:
            if isinstance(text, Text):
                _check_text(node.id, where, text, add)


def _check_text(node_id: str, where: str, text: Text, add: Any) -> None:
    for lang in ("zh", "en"):
        if not getattr(text, lang).strip():
            add(node_id, f"{where}: the {lang} text is empty")


def _check_citations(
    tree: Tree, parts: dict[str, list[tuple[str, Any]]], library: StatuteLibrary, add: Any
) -> None:
    for slug in tree.laws:
        if slug not in library:
            add(TREE, f"law '{slug}' is listed in laws but not in the statute library")
    for node in tree.nodes:
        for _, citation in parts[node.id]:
            if not isinstance(citation, Citation):
                continue
            why = library.check(citation)
            if why:
                add(node.id, f"citation does not resolve: {why}")
            elif citation.law not in tree.laws:
                add(node.id, f"cites law '{citation.law}', which the tree's laws do not list")


def _check_glossary(tree: Tree, add: Any) -> None:
    ids = Counter(g.id for g in tree.glossary)
    for term_id, count in ids.items():
        if count > 1:
            add(TREE, f"glossary term '{term_id}' is defined {count} times")
    for node in tree.nodes:
        help_ = getattr(node, "help", None)
        for term_id in getattr(help_, "glossary", ()):
            if term_id not in ids:
                add(node.id, f"glossary term '{term_id}' is not defined")


def _check_conditions_and_deadlines(
    tree: Tree, parts: dict[str, list[tuple[str, Any]]], add: Any
) -> None:
    order = Precedence(tree)

    def check_question(holder: str, qid: str, wanted: type, what: str) -> Node | None:
        if not tree.has_node(qid):
            add(holder, f"{what} reads '{qid}', which is not a node")
            return None
        question = tree.node(qid)
        if not isinstance(question, wanted):
            add(holder, f"{what} reads '{qid}', which is not a {wanted.__name__}")
            return None
        if not order.comes_before(qid, holder):
            add(holder, f"{what} reads '{qid}', which is never answered before this node")
        return question

    for node in tree.nodes:
        for _, leaf in parts[node.id]:
            if isinstance(leaf, DateBefore | DateOnOrAfter):
                check_question(node.id, leaf.question, DateQuestion, "a condition")
            elif isinstance(leaf, AnswerIn):
                q = check_question(node.id, leaf.question, ChoiceQuestion, "a condition")
                if isinstance(q, ChoiceQuestion):
                    for cid in leaf.choices:
                        if q.choice(cid) is None:
                            add(
                                node.id,
                                f"a condition names choice '{cid}', not offered at '{q.id}'",
                            )
            elif isinstance(leaf, Reached):
                if not tree.has_node(leaf.node):
                    add(node.id, f"a condition reads '{leaf.node}', which is not a node")
                elif not order.comes_before(leaf.node, node.id):
                    add(node.id, f"a condition reads '{leaf.node}', which never comes before")
        if isinstance(node, ResultNode):
            for spec in node.deadlines:
                what = f"deadline '{spec.id}'"
                if check_question(node.id, spec.start, DateQuestion, what) is None:
                    continue
                # A deadline that always applies must read a date asked on every way here;
                # a conditional one is checked on the paths taken by the random-walk tests.
                if spec.when is None and not order.always_before(spec.start, node.id):
                    add(
                        node.id,
                        f"{what} reads '{spec.start}', which some paths to this node never ask "
                        "(give the deadline a condition, or ask the date on every path)",
                    )


def _check_outcomes(tree: Tree, add: Any) -> None:
    for node in tree.result_nodes:
        if (
            node.findings
            and all(f.label == NO_LIABILITY for f in node.findings)
            and not node.remaining_liability
        ):
            add(
                node.id, "every finding is 不承担责任: say who remains liable (remaining_liability)"
            )
    # An outcome without findings of its own must follow a finding node on every path.
    # Branch rules whose condition requires a finding node to have been passed count as such.
    findings = {n.id for n in tree.nodes if isinstance(n, FindingNode)}
    bare: set[str] = set()
    stack = [tree.start] if tree.has_node(tree.start) and tree.start not in findings else []
    while stack:
        node_id = stack.pop()
        if node_id in bare:
            continue
        bare.add(node_id)
        node = tree.node(node_id)
        if isinstance(node, BranchNode):
            nexts = [r.next for r in node.rules if not _requires_finding(r.when, findings)]
            nexts.append(node.otherwise.next)
        else:
            nexts = list(node.successors)
        stack += [n for n in nexts if tree.has_node(n) and n not in findings]
    for outcome in tree.outcomes:
        if not outcome.findings and outcome.id in bare:
            add(outcome.id, "has no findings, and a path reaches it without passing a finding node")


def _requires_finding(condition: Condition | None, findings: set[str]) -> bool:
    """Whether a condition can hold only on a path that passed one of ``findings``."""
    match condition:
        case Reached(node=node_id):
            return node_id in findings
        case AnyOf(conditions=cs):
            return all(_requires_finding(c, findings) for c in cs)
        case AllOf(conditions=cs):
            return any(_requires_finding(c, findings) for c in cs)
    return False
