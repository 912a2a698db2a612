"""The tree validator: what the JSON Schema cannot say (docs/tree-format.md, last section).

``check_tree`` returns problems located by node id; ``validate_paths`` reads files and folders
as ``python -m wizard validate`` does.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, get_args

from wizard.conditions import amount_reads, deadline_reads
from wizard.errors import Problem, TreeError
from wizard.model import (
    NO_LIABILITY,
    QUESTION_TYPES,
    AllOf,
    AmountCompare,
    AnswerIn,
    AnyOf,
    BranchNode,
    ChoiceQuestion,
    Citation,
    Condition,
    DateBefore,
    DateCompare,
    DateOnOrAfter,
    DateQuestion,
    DeadlinePassed,
    DeadlineSpec,
    EventRecorded,
    EventsQuestion,
    FindingNode,
    Includes,
    IsUnknown,
    MoneyQuestion,
    MultiQuestion,
    Node,
    Not,
    Note,
    Reached,
    ResultNode,
    SideIn,
    Text,
    Tree,
    Undetermined,
)
from wizard.statutes import StatuteLibrary
from wizard.tree_index import tree_files
from wizard.treefile import gc_paused, load_tree
from wizard.treegraph import Precedence, find_cycle, reachable, topological_order

TREE = "(tree)"


def check_tree(tree: Tree, library: StatuteLibrary) -> list[Problem]:
    """Every semantic problem of a schema-valid tree."""
    with gc_paused():
        return _check_tree(tree, library)


def _check_tree(tree: Tree, library: StatuteLibrary) -> list[Problem]:
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
        order = Precedence(tree)
        _check_conditions_and_deadlines(tree, parts, add, order)
        _check_sides(tree, parts, add)
        _check_branches_handle_unknown(tree, add)
    _check_format_version(tree, add)
    _check_unknown_answers(tree, add)
    _check_amounts(tree, add)
    _check_placeholders(tree, parts, add)
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


#: Where a part sits: the location it starts from, or (its holder's location, the field name or
#: index). Rendered as text (:func:`_where`) only for a problem.
Location = Any


@dataclass
class Parts:
    """The texts, citations and conditions inside a node (or any model value), each once."""

    texts: list[tuple[Location, Text]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)


def _parts(value: Any, where: str = "") -> Parts:
    """The texts, citations and conditions inside ``value``, texts with their location.

    One iterative pass with the fields that may hold model objects cached per class:
    validating runs at every start of the app, and trees hold thousands of texts, citations
    and conditions. An object met again (a shared condition or deadline is one object
    wherever it is used) is taken once: every check of it gives the same answer in the same
    node. A condition is taken whole; its leaves are read through :func:`_leaves`, once per
    condition.
    """
    found = Parts()
    texts, citations, conditions = found.texts, found.citations, found.conditions
    seen: set[int] = set()
    stack: list[tuple[Location, Any]] = [(where, value)]
    kinds = _KINDS
    while stack:
        at, item = stack.pop()
        kind = kinds.get(type(item)) or _kind(item)
        if kind is _TUPLE:
            for i, x in enumerate(item):
                if (kinds.get(type(x)) or _kind(x)) is not _OTHER:
                    stack.append(((at, i), x))
        elif kind is _TEXT:
            texts.append((at, item))
        elif kind is _MODEL and id(item) not in seen:
            seen.add(id(item))
            if isinstance(item, _CONDITION_TYPES):
                conditions.append(item)
                continue
            if isinstance(item, Citation):
                citations.append(item)
            for name in _FIELD_NAMES[type(item)]:
                child = getattr(item, name)
                found_kind = kinds.get(type(child)) or _kind(child)
                if found_kind is _TEXT:  # the commonest part: taken at once
                    texts.append(((at, name), child))
                elif found_kind is _MODEL or (found_kind is _TUPLE and child):
                    stack.append(((at, name), child))
    return found


_TUPLE, _TEXT, _MODEL, _OTHER = "tuple", "text", "model", "other"
#: What each type met in a tree's model is to :func:`_parts`.
_KINDS: dict[type, str] = {tuple: _TUPLE, Text: _TEXT, str: _OTHER, type(None): _OTHER}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


#: Field annotations of the model that never hold a model object: not walked (a tree of
#: 10,000 questions has hundreds of thousands of such fields).
_SCALARS = frozenset(
    {
        "str", "str | None", "bool", "int", "int | None", "date", "date | None",
        "Decimal | None", "tuple[str, ...]", "AmountOp", "CompareOp", "DeadlineKind",
    }
)  # fmt: skip


def _kind(value: Any) -> str:
    kind = type(value)
    if dataclasses.is_dataclass(kind):
        _FIELD_NAMES[kind] = tuple(
            f.name
            for f in dataclasses.fields(kind)
            if not (str(f.type) in _SCALARS or str(f.type).startswith("Literal["))
        )
        _KINDS[kind] = _MODEL
    else:
        _KINDS[kind] = _OTHER
    return _KINDS[kind]


_CONDITION_TYPES: tuple[type, ...] = tuple(get_args(Condition))


def _leaves(condition: Condition, memo: dict[int, tuple[Any, ...]]) -> tuple[Any, ...]:
    """The distinct leaves of a condition in the order written (equal leaves once),
    remembered per condition object: a shared condition is read in many nodes."""
    found = memo.get(id(condition))
    if found is None:
        if isinstance(condition, AllOf | AnyOf):
            found = _distinct(_leaves(c, memo) for c in condition.conditions)
        elif isinstance(condition, Not | Undetermined):
            found = _leaves(condition.condition, memo)
        else:
            found = (condition,)
        memo[id(condition)] = found
    return found


def _distinct(groups: Iterable[tuple[Any, ...]]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(chain.from_iterable(groups)))


def _where(location: Location) -> str:
    """A part's location as text: ``summary_variants[0].text``."""
    steps = []
    while isinstance(location, tuple):
        location, step = location
        steps.append(step)
    text = str(location)
    for step in reversed(steps):
        text = f"{text}[{step}]" if isinstance(step, int) else f"{text}.{step}" if text else step
    return text


def _check_texts(tree: Tree, parts: dict[str, Parts], add: Any) -> None:
    for where, text in _parts((tree.title, tree.description), "metadata").texts:
        _check_text(TREE, where, text, add)
    for term in tree.glossary:
        for where, text in _parts(term, f"glossary.{term.id}").texts:
            _check_text(TREE, where, text, add)
    for node in tree.nodes:
        for where, text in parts[node.id].texts:
            _check_text(node.id, where, text, add)


def _check_text(node_id: str, where: Location, text: Text, add: Any) -> None:
    for lang in ("zh", "en"):
        if not getattr(text, lang).strip():
            add(node_id, f"{_where(where)}: the {lang} text is empty")


def _check_citations(
    tree: Tree, parts: dict[str, Parts], library: StatuteLibrary, add: Any
) -> None:
    for slug in tree.laws:
        if slug not in library:
            add(TREE, f"law '{slug}' is listed in laws but not in the statute library")
    checked: dict[tuple[Any, ...], str | None] = {}  # the same article is cited many times
    for node in tree.nodes:
        for citation in parts[node.id].citations:
            article = (citation.law, citation.article, citation.paragraph, citation.item)
            if article in checked:
                why = checked[article]
            else:
                why = checked[article] = library.check(citation)
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
    tree: Tree, parts: dict[str, Parts], add: Any, order: Precedence
) -> None:
    def check_question(
        holder: str, qid: str, wanted: type | tuple[type, ...], what: str, every: bool = False
    ) -> Node | None:
        if not tree.has_node(qid):
            add(holder, f"{what} reads '{qid}', which is not a node")
            return None
        question = tree.node(qid)
        if not isinstance(question, wanted):
            names = (
                wanted.__name__
                if isinstance(wanted, type)
                else "/".join(w.__name__ for w in wanted)
            )
            add(holder, f"{what} reads '{qid}', which is not a {names}")
            return None
        if every and holder != "(definitions)" and not order.always_before(qid, holder):
            add(
                holder,
                f"{what} reads '{qid}', which some paths to this node never ask (a comparison "
                "needs both dates asked before it on every path)",
            )
        elif holder != "(definitions)" and not order.comes_before(qid, holder):
            add(holder, f"{what} reads '{qid}', which is never answered before this node")
        return question

    def check_named_deadline(holder: str, name: str, every: bool = True) -> None:
        spec = tree.named_deadline(name)
        if spec is None:
            add(
                holder,
                f"a condition compares with deadline '{name}', which definitions.deadlines "
                "does not define",
            )
            return
        for qid in sorted(deadline_reads(name, tree)):
            check_question(
                holder, qid, (DateQuestion, EventsQuestion), f"deadline '{name}'", every=every
            )

    memo: dict[int, tuple[Any, ...]] = {}  # the conditions are alive while this runs
    for node in tree.nodes:
        for leaf in _distinct(_leaves(c, memo) for c in parts[node.id].conditions):
            _check_leaf(tree, node.id, leaf, check_question, check_named_deadline, add, order)
        if isinstance(node, ResultNode):
            for spec in node.deadlines:
                _check_deadline_spec(tree, node.id, spec, check_question, add, order)
    for _name, spec in tree.named_deadlines:
        _check_deadline_spec(tree, "(definitions)", spec, check_question, add, order)


def _check_leaf(
    tree: Tree,
    holder: str,
    leaf: Any,
    check_question: Any,
    check_named: Any,
    add: Any,
    order: Precedence,
) -> None:
    """One condition (a leaf of ``all`` / ``any`` / ``not``) of the node ``holder``."""
    if isinstance(leaf, DateBefore | DateOnOrAfter):
        check_question(holder, leaf.question, DateQuestion, "a condition")
    elif isinstance(leaf, DateCompare):
        check_question(holder, leaf.question, DateQuestion, "a date comparison", every=True)
        if leaf.operand.question is not None:
            check_question(
                holder, leaf.operand.question, DateQuestion, "a date comparison", every=True
            )
        if leaf.operand.deadline is not None:
            check_named(holder, leaf.operand.deadline)
    elif isinstance(leaf, AnswerIn):
        q = check_question(holder, leaf.question, ChoiceQuestion, "a condition")
        if isinstance(q, ChoiceQuestion):
            for cid in leaf.choices:
                if q.choice(cid) is None:
                    add(holder, f"a condition names choice '{cid}', not offered at '{q.id}'")
    elif isinstance(leaf, Includes):
        q = check_question(holder, leaf.question, MultiQuestion, "an includes condition")
        if isinstance(q, MultiQuestion):
            for cid in leaf.choices:
                if q.choice(cid) is None:
                    add(holder, f"a condition names choice '{cid}', not offered at '{q.id}'")
    elif isinstance(leaf, IsUnknown):
        q = check_question(holder, leaf.question, QUESTION_TYPES, "an unknown condition")
        if q is not None:
            if leaf.month_only and not (isinstance(q, DateQuestion) and q.allow_month):
                add(
                    holder,
                    f"a month_only condition reads '{q.id}', which does not allow a "
                    "month-only date",
                )
            elif not leaf.month_only and not _can_be_unknown(q):
                add(holder, f"an unknown condition reads '{q.id}', which offers no 不清楚 answer")
    elif isinstance(leaf, EventRecorded):
        q = check_question(holder, leaf.question, EventsQuestion, "an event condition")
        if isinstance(q, EventsQuestion):
            for kind in leaf.kinds:
                if kind not in q.kinds:
                    add(holder, f"an event condition names '{kind}', not asked at '{q.id}'")
            for party in leaf.parties:
                if party not in q.parties:
                    add(holder, f"an event condition names party '{party}', not asked at '{q.id}'")
    elif isinstance(leaf, AmountCompare):
        for amount_id in (leaf.amount, leaf.other):
            if amount_id is None:
                continue
            if tree.amount(amount_id) is None:
                check_question(holder, amount_id, MoneyQuestion, "an amount condition")
            else:
                for qid in sorted(amount_reads(amount_id, tree)):
                    check_question(holder, qid, MoneyQuestion, f"amount '{amount_id}'")
    elif isinstance(leaf, DeadlinePassed):
        # Whether a deadline has passed is undetermined, never false, on a path that did not
        # ask its start (the deadline is "missing"): its dates need only come before on some
        # path, so that a text may read a deadline of one route behind that route's marker.
        check_named(holder, leaf.deadline, every=False)
    elif isinstance(leaf, SideIn):
        side_question = tree.side_question
        if side_question is None:
            add(holder, "a side condition, but the tree asks no side (a 'side' node)")
        else:
            check_question(holder, side_question.id, ChoiceQuestion, "a side condition")
        declared = {s.id for s in tree.sides}
        for side in leaf.sides:
            if side not in declared:
                add(
                    holder, f"a side condition names side '{side}', which the tree does not declare"
                )
    elif isinstance(leaf, Reached):
        if not tree.has_node(leaf.node):
            add(holder, f"a condition reads '{leaf.node}', which is not a node")
        elif not order.comes_before(leaf.node, holder):
            add(holder, f"a condition reads '{leaf.node}', which never comes before")


def condition_problems(tree: Tree, condition: Condition) -> list[str]:
    """What is wrong with a condition written outside the tree but read on its paths (a
    letter's ``when``): questions, choices, sides, kinds, parties and deadlines it names must
    exist in ``tree``. It is evaluated on a finished path, so the order of questions is not
    checked."""
    messages: list[str] = []

    class _AnyOrder:
        def comes_before(self, _a: str, _b: str) -> bool:
            return True

        def always_before(self, _a: str, _b: str) -> bool:
            return True

    def add(_where: str, message: str) -> None:
        messages.append(message)

    def check_question(
        holder: str, qid: str, wanted: type | tuple[type, ...], what: str, every: bool = False
    ) -> Node | None:
        if not tree.has_node(qid):
            add(holder, f"{what} reads '{qid}', which is not a node of '{tree.id}'")
            return None
        question = tree.node(qid)
        if not isinstance(question, wanted):
            add(holder, f"{what} reads '{qid}', which is not a question of that type")
            return None
        return question

    def check_named(holder: str, name: str, every: bool = True) -> None:
        if tree.named_deadline(name) is None:
            add(holder, f"a condition names deadline '{name}', which '{tree.id}' does not define")

    for leaf in _leaves(condition, {}):
        _check_leaf(tree, "(letter)", leaf, check_question, check_named, add, _AnyOrder())  # type: ignore[arg-type]
    return messages


def _can_be_unknown(question: Node) -> bool:
    return bool(getattr(question, "may_be_unknown", False)) and (
        not isinstance(question, DateQuestion) or question.allow_unknown
    )


def _declares_deadline(tree: Tree, holder: str, deadline_id: str) -> bool:
    """Whether the node ``holder`` (any node, for a deadline in the definitions) declares
    a deadline ``deadline_id``."""
    specs = [spec for _name, spec in tree.named_deadlines]
    for node in tree.nodes:
        if isinstance(node, ResultNode) and holder in ("(definitions)", node.id):
            specs.extend(node.deadlines)
    return any(spec.id == deadline_id for spec in specs)


def _check_deadline_spec(
    tree: Tree, holder: str, spec: DeadlineSpec, check_question: Any, add: Any, order: Precedence
) -> None:
    what = f"deadline '{spec.id}'"
    if spec.start_event is not None:
        q = check_question(holder, spec.start_event.question, EventsQuestion, what)
        if isinstance(q, EventsQuestion):
            for kind in spec.start_event.kinds:
                if kind not in q.kinds:
                    add(holder, f"{what} runs from '{kind}', not asked at '{q.id}'")
        start_question = spec.start_event.question
    else:
        if check_question(holder, spec.start, DateQuestion, what) is None:
            return
        start_question = spec.start
    # A deadline that always applies must read a date asked on every way here;
    # a conditional one is checked on the paths taken by the random-walk tests.
    if (
        holder != "(definitions)"
        and spec.when is None
        and not order.always_before(start_question, holder)
    ):
        add(
            holder,
            f"{what} reads '{start_question}', which some paths to this node never ask "
            "(give the deadline a condition, or ask the date on every path)",
        )
    if spec.events is not None:
        if spec.kind not in ("limitation", "enforcement"):
            add(
                holder,
                f"{what}: a {spec.kind} is never interrupted or suspended; it takes no "
                "events (民法典第692条第1款 for guarantee periods)",
            )
        q = check_question(holder, spec.events.question, EventsQuestion, what)
        if isinstance(q, EventsQuestion):
            for party in (*spec.events.parties, *spec.events.joint_parties):
                if party not in q.parties:
                    add(holder, f"{what} takes events against '{party}', not asked at '{q.id}'")
            many = {p.id for p in tree.parties if p.many}
            if spec.events.persons == "joint" and not many & set(spec.events.parties or q.parties):
                add(
                    holder,
                    f"{what} says its persons are joint debtors, but none of its parties holds "
                    "several names",
                )
    if spec.cap_from is not None:
        check_question(holder, spec.cap_from, DateQuestion, what)
    side_ids = {side.id for side in tree.sides}
    for side_id in spec.acts:
        if side_id not in side_ids:
            add(holder, f"{what} is acted on by side '{side_id}', which the tree does not define")
    if spec.long_stop_for is not None:
        if spec.long_stop_for == spec.id:
            add(holder, f"{what} is a long-stop period of itself")
        elif not _declares_deadline(tree, holder, spec.long_stop_for):
            add(
                holder,
                f"{what} is the long-stop period of '{spec.long_stop_for}', which "
                + ("no deadline of the tree" if holder == "(definitions)" else "this node")
                + " declares",
            )


def _check_format_version(tree: Tree, add: Any) -> None:
    if tree.format_version >= 2:
        return
    used = []
    if tree.sides or tree.parties or tree.amounts:
        used.append("sides, parties or amounts")
    if any(isinstance(n, MultiQuestion | MoneyQuestion | EventsQuestion) for n in tree.nodes):
        used.append("multi, money or events questions")
    if any(getattr(n, "may_be_unknown", False) for n in tree.nodes):
        used.append("unknown or month-only answers")
    if used:
        add(TREE, f"uses format 2 features ({'; '.join(used)}); set format_version to 2")


def _check_unknown_answers(tree: Tree, add: Any) -> None:
    for node in tree.nodes:
        if isinstance(node, ChoiceQuestion | MultiQuestion):
            unknown = [c.id for c in node.choices if c.unknown]
            if len(unknown) > 1:
                add(node.id, f"more than one 不清楚 answer ({', '.join(unknown)})")
            if isinstance(node, ChoiceQuestion) and any(c.exclusive for c in node.choices):
                add(node.id, "'exclusive' is for multiple choice only")
        if getattr(node, "may_be_unknown", False) and not getattr(node, "verify", None):
            add(
                node.id,
                "may be answered 不清楚 or with the month only, but names no evidence that "
                "would settle it (verify.evidence)",
            )
        if isinstance(node, EventsQuestion):
            declared = {p.id for p in tree.parties}
            for party in node.parties:
                if party not in declared:
                    add(node.id, f"asks about party '{party}', which the tree does not declare")


def _check_amounts(tree: Tree, add: Any) -> None:
    ids = Counter(a.id for a in tree.amounts)
    for amount_id, count in ids.items():
        if count > 1:
            add(TREE, f"amount '{amount_id}' is defined {count} times")
        if tree.has_node(amount_id):
            add(TREE, f"amount '{amount_id}' has the id of a node")
    for amount in tree.amounts:
        for operand in amount.operands:
            is_money = tree.has_node(operand) and isinstance(tree.node(operand), MoneyQuestion)
            if tree.amount(operand) is None and not is_money:
                add(
                    TREE,
                    f"amount '{amount.id}' uses '{operand}', which is neither an amount nor a "
                    "money question",
                )
        # A computation that reaches itself never ends.
        stack, seen = list(amount.operands), set()
        while stack:
            current = stack.pop()
            if current == amount.id:
                add(TREE, f"amount '{amount.id}' is computed from itself")
                break
            definition = tree.amount(current)
            if definition is not None and current not in seen:
                seen.add(current)
                stack.extend(definition.operands)


_PLACEHOLDER = re.compile(r"\{([a-z]+)\.([a-z0-9_]+)\}")


def _check_placeholders(tree: Tree, parts: dict[str, Parts], add: Any) -> None:
    """``{party.x}``, ``{amount.x}``, ``{date.q}`` and ``{deadline.x}`` in texts resolve."""
    answers: dict[tuple[str, str], str | None] = {}
    for node in tree.nodes:
        for where, text in parts[node.id].texts:
            if "{" not in text.zh and "{" not in text.en:
                continue
            for lang in ("zh", "en"):
                for kind, name in _PLACEHOLDER.findall(getattr(text, lang)):
                    if (kind, name) not in answers:
                        answers[kind, name] = _placeholder_problem(tree, kind, name)
                    problem = answers[kind, name]
                    if problem:
                        add(node.id, f"{_where(where)}: {{{kind}.{name}}} {problem}")


def _placeholder_problem(tree: Tree, kind: str, name: str) -> str | None:
    match kind:
        case "party":
            return None if tree.party(name) else "names a party the tree does not declare"
        case "amount":
            if tree.amount(name) or (
                tree.has_node(name) and isinstance(tree.node(name), MoneyQuestion)
            ):
                return None
            return "names neither an amount nor a money question"
        case "date":
            if tree.has_node(name) and isinstance(tree.node(name), DateQuestion):
                return None
            return "names no date question"
        case "deadline":
            return None if tree.named_deadline(name) else "names no deadline of definitions"
    return "is not a placeholder (party, amount, date or deadline)"


def _check_sides(tree: Tree, parts: dict[str, Parts], add: Any) -> None:
    """Sides declared ⇒ one side question offering them, and every outcome text written for
    the sides that can reach it."""
    side_questions = [n for n in tree.nodes if isinstance(n, ChoiceQuestion) and n.asks_side]
    declared = [s.id for s in tree.sides]
    if not declared:
        for q in side_questions:
            add(q.id, "asks the client's side, but the tree declares no sides")
        return
    if len(side_questions) != 1:
        add(TREE, f"declares sides but has {len(side_questions)} side questions (need one)")
        return
    question = side_questions[0]
    offered = [c.id for c in question.choices]
    for side in declared:
        if side not in offered:
            add(question.id, f"does not offer the declared side '{side}'")
    for side in offered:
        if side not in declared:
            add(question.id, f"offers side '{side}', which the tree does not declare")
    reach = _sides_reaching(tree, question, set(declared))
    for node in tree.result_nodes:
        sides = reach.get(node.id, set())
        if len(sides) < 2:
            continue  # one side only: every text is written for it
        names = ", ".join(sorted(sides))
        if node.summary_variants:
            covered = _sides_covered(node.summary_variants, set(declared))
            for side in sorted(sides - covered):
                add(node.id, f"summary: no variant for side '{side}'")
        else:
            add(
                node.id,
                f"summary: written for no side, but sides {names} reach it (give a "
                "variant per side)",
            )
        lists = (
            ("next_steps", node.next_steps),
            ("evidence", node.evidence),
            ("recourse", node.recourse),
            ("defences", node.defences),
            ("warnings", node.warnings),
        )
        for name, items in lists:
            for i, item in enumerate(items):
                if not item.any_side and not _mentions_side(item.when):
                    add(
                        node.id,
                        f"{name}[{i}]: no side condition, but sides {names} reach this node "
                        '(add "side": [...] or "side": "any")',
                    )


def _mentions_side(condition: Condition | None) -> bool:
    match condition:
        case SideIn():
            return True
        case AllOf(conditions=cs) | AnyOf(conditions=cs):
            return any(_mentions_side(c) for c in cs)
        case Not(condition=c) | Undetermined(condition=c):
            return _mentions_side(c)
    return False


def _side_set(condition: Condition | None, declared: set[str]) -> set[str] | None:
    """The sides a condition restricts to, or None when it does not restrict by side."""
    match condition:
        case SideIn(sides=sides):
            return set(sides)
        case AllOf(conditions=cs):
            found = [s for c in cs if (s := _side_set(c, declared)) is not None]
            return set.intersection(*found) if found else None
        case AnyOf(conditions=cs):
            found = [_side_set(c, declared) for c in cs]
            return None if any(f is None for f in found) else set().union(*found)  # type: ignore[arg-type]
    return None


def _is_side_only(condition: Condition | None) -> bool:
    """Whether a condition is about the client's side and nothing else (so it always holds
    for those sides, and the branch's later rules never see them)."""
    match condition:
        case SideIn():
            return True
        case AnyOf(conditions=cs):
            return all(_is_side_only(c) for c in cs)
    return False


def _sides_covered(variants: tuple[Note, ...], declared: set[str]) -> set[str]:
    covered: set[str] = set()
    for variant in variants:
        if variant.any_side or variant.when is None:
            return declared
        sides = _side_set(variant.when, declared)
        if sides is not None:
            covered |= sides
    return covered


def _sides_reaching(
    tree: Tree, question: ChoiceQuestion, declared: set[str]
) -> dict[str, set[str]]:
    """For each node, the sides whose walks can reach it (branch rules on the side narrow)."""
    reach: dict[str, set[str]] = {tree.start: set(declared)}
    for node_id in topological_order(tree):
        here = reach.get(node_id)
        if not here:
            continue
        node = tree.node(node_id)
        outgoing: list[tuple[str, set[str]]]
        if node.id == question.id:
            outgoing = [(c.next, {c.id} & here) for c in question.choices]
        elif isinstance(node, BranchNode):
            outgoing = []
            taken: set[str] = set()  # sides that always leave by an earlier rule
            for rule in node.rules:
                narrowed = _side_set(rule.when, declared)
                outgoing.append((rule.next, here if narrowed is None else here & narrowed))
                if narrowed is not None and _is_side_only(rule.when):
                    taken |= narrowed
            outgoing.append((node.otherwise.next, here - taken))
        else:
            outgoing = [(nxt, here) for nxt in node.successors]
        for nxt, sides in outgoing:
            if tree.has_node(nxt):
                reach.setdefault(nxt, set()).update(sides)
    return reach


def _check_branches_handle_unknown(tree: Tree, add: Any) -> None:
    """A branch that may meet an unknown or month-only fact says where that path goes."""
    for node in tree.nodes:
        if not isinstance(node, BranchNode):
            continue
        handled = any(_handles_unknown(r.when) for r in node.rules)
        for i, rule in enumerate(node.rules):
            risky = _undeterminable_reads(rule.when, tree)
            if risky and not handled:
                add(
                    node.id,
                    f"rule {i + 1} reads '{sorted(risky)[0]}', which may be unknown or "
                    "month-only, and no rule of this branch handles that "
                    '({"undetermined": …} or {"unknown": …})',
                )


def _handles_unknown(condition: Condition | None) -> bool:
    match condition:
        case Undetermined() | IsUnknown():
            return True
        case AllOf(conditions=cs) | AnyOf(conditions=cs):
            return any(_handles_unknown(c) for c in cs)
        case Not(condition=c):
            return _handles_unknown(c)
    return False


def _undeterminable_reads(condition: Condition | None, tree: Tree) -> set[str]:
    """The questions through which a condition may come out undetermined."""
    found: set[str] = set()

    def date_may_be_open(qid: str | None) -> bool:
        if qid is None or not tree.has_node(qid):
            return False
        node = tree.node(qid)
        return isinstance(node, DateQuestion) and (node.allow_month or node.allow_unknown)

    def deadline_may_be_open(name: str) -> bool:
        spec = tree.named_deadline(name)
        return spec is not None and bool(
            spec.start_event or spec.events or date_may_be_open(spec.start)
        )

    stack = [condition] if condition is not None else []
    while stack:
        match stack.pop():
            case DateBefore(question=q) | DateOnOrAfter(question=q):
                if date_may_be_open(q):
                    found.add(q)
            case DateCompare(question=q, operand=operand):
                for qid in (q, operand.question):
                    if date_may_be_open(qid):
                        found.add(qid)  # type: ignore[arg-type]
                if operand.deadline and deadline_may_be_open(operand.deadline):
                    found.add(f"deadline {operand.deadline}")
            case DeadlinePassed(deadline=name):
                if deadline_may_be_open(name):
                    found.add(f"deadline {name}")
            case AmountCompare(amount=a, other=other):
                for amount_id in (a, other):
                    for qid in amount_reads(amount_id, tree) if amount_id else ():
                        node = tree.node(qid) if tree.has_node(qid) else None
                        if isinstance(node, MoneyQuestion) and node.allow_unknown:
                            found.add(qid)
            case AllOf(conditions=cs) | AnyOf(conditions=cs):
                stack.extend(cs)
            case Not(condition=c):
                stack.append(c)
    return found


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
