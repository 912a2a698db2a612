"""A tree as a map for reviewers: Graphviz DOT or Mermaid, outcomes marked, a path highlighted."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from wizard.model import (
    AllOf,
    AnswerIn,
    AnyOf,
    BranchNode,
    ChoiceQuestion,
    Condition,
    DateBefore,
    DateOnOrAfter,
    FindingNode,
    InfoNode,
    Lang,
    Node,
    Not,
    OutcomeNode,
    Reached,
    Tree,
)

_MAX_LABEL = 40


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1] + "…"


def describe_condition(condition: Condition) -> str:
    match condition:
        case DateBefore(question=q, switch=s):
            return f"{q} < {s.isoformat()}"
        case DateOnOrAfter(question=q, switch=s):
            return f"{q} ≥ {s.isoformat()}"
        case AnswerIn(question=q, choices=cs):
            return f"{q} ∈ {{{', '.join(cs)}}}"
        case Reached(node=n):
            return f"passed {n}"
        case AllOf(conditions=cs):
            return " and ".join(f"({describe_condition(c)})" for c in cs)
        case AnyOf(conditions=cs):
            return " or ".join(f"({describe_condition(c)})" for c in cs)
        case Not(condition=c):
            return f"not ({describe_condition(c)})"
    # The other conditions of tree format 2 (side, unknown, events, amounts, deadlines, date
    # comparisons): their own fields, compactly — a reviewer's map, not the report.
    fields = ", ".join(
        f"{name}={_value(getattr(condition, name))}"
        for name in getattr(condition, "__dataclass_fields__", {})
    )
    return f"{type(condition).__name__}({fields})"


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "{" + ", ".join(_value(v) for v in value) + "}"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return,attr-defined]
    if hasattr(value, "__dataclass_fields__"):
        return describe_condition(value)  # type: ignore[arg-type]
    return str(value)


def node_label(node: Node, lang: Lang) -> str:
    match node:
        case OutcomeNode() | FindingNode():
            return f"{node.code}: {_short(node.title.get(lang))}"
        case BranchNode():
            return f"{node.id} (branch)"
    text = getattr(node, "text", None)  # every question and information page
    if text is None:
        raise TypeError(node)
    return f"{node.id}\n{_short(text.get(lang))}"


def edges(node: Node, lang: Lang) -> Iterable[tuple[str, str]]:
    """(target, edge label) for each way out of a node."""
    match node:
        case ChoiceQuestion():
            for c in node.choices:
                yield c.next, _short(c.label.get(lang))
        case BranchNode():
            for r in node.rules:
                yield r.next, describe_condition(r.when) if r.when else ""
            yield node.otherwise.next, "otherwise"
        case OutcomeNode():
            return
        case _:
            # One way on: dates, amounts, the history, several choices, information, findings.
            yield node.next, ""


def path_edges(path: Iterable[str]) -> set[tuple[str, str]]:
    ids = list(path)
    return set(pairwise(ids))


def to_dot(tree: Tree, lang: Lang = "zh", path: Iterable[str] = ()) -> str:
    taken = list(path)
    on_path = set(taken)
    walked = path_edges(taken)

    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [f"digraph {q(tree.id)} {{", "  rankdir=TB;", '  node [fontname="Noto Sans CJK SC"];']
    for node in tree.nodes:
        shape = {
            OutcomeNode: "doubleoctagon",
            BranchNode: "diamond",
            FindingNode: "octagon",
            InfoNode: "note",
        }.get(type(node), "box")
        attrs = [f"label={q(node_label(node, lang))}", f"shape={shape}"]
        if isinstance(node, OutcomeNode | FindingNode):
            attrs.append('style=filled fillcolor="#fde9c8"')
        if node.id in on_path:
            attrs.append('color="#c00000" penwidth=2.5')
        lines.append(f"  {q(node.id)} [{' '.join(attrs)}];")
    for node in tree.nodes:
        for target, label in edges(node, lang):
            attrs = [f"label={q(label)}"] if label else []
            if (node.id, target) in walked:
                attrs.append('color="#c00000" penwidth=2.5')
            lines.append(f"  {q(node.id)} -> {q(target)} [{' '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_mermaid(tree: Tree, lang: Lang = "zh", path: Iterable[str] = ()) -> str:
    taken = list(path)
    walked = path_edges(taken)

    def q(s: str) -> str:
        return '"' + s.replace('"', "#quot;").replace("\n", "<br/>") + '"'

    lines = ["flowchart TD"]
    for node in tree.nodes:
        label = q(node_label(node, lang))
        if isinstance(node, OutcomeNode):
            lines.append(f"  {node.id}[[{label}]]:::outcome")
        elif isinstance(node, FindingNode):
            lines.append(f"  {node.id}{{{{{label}}}}}:::outcome")
        elif isinstance(node, BranchNode):
            lines.append(f"  {node.id}{{{label}}}")
        else:
            lines.append(f"  {node.id}[{label}]")
    index = 0
    highlighted = []
    for node in tree.nodes:
        for target, label in edges(node, lang):
            arrow = f"-->|{q(label)}|" if label else "-->"
            lines.append(f"  {node.id} {arrow} {target}")
            if (node.id, target) in walked:
                highlighted.append(str(index))
            index += 1
    lines.append("  classDef outcome fill:#fde9c8,stroke:#a60;")
    if taken:
        lines.append("  classDef taken stroke:#c00000,stroke-width:3px;")
        lines.append(f"  class {','.join(dict.fromkeys(taken))} taken;")
    if highlighted:
        lines.append(f"  linkStyle {','.join(highlighted)} stroke:#c00000,stroke-width:3px;")
    return "\n".join(lines) + "\n"
