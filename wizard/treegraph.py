"""Graph facts about a tree: successors, reachability, cycles, topological order, path lengths.

Works on the model only, never recursively, so deep trees (hundreds of levels) are fine.
"""

from __future__ import annotations

from collections.abc import Iterable

from wizard.model import BranchNode, FindingNode, OutcomeNode, Tree


def successors(tree: Tree, node_id: str) -> tuple[str, ...]:
    """The distinct ids a node leads to that exist in the tree."""
    return tree.successors(node_id)


def reachable(tree: Tree, start: str | None = None, avoid: set[str] | None = None) -> set[str]:
    """Nodes reachable from ``start`` (default the tree's start), not passing ``avoid``."""
    start = start or tree.start
    avoid = avoid or set()
    if not tree.has_node(start) or start in avoid:
        return set()
    seen = {start}
    stack = [start]
    while stack:
        for nxt in successors(tree, stack.pop()):
            if nxt not in seen and nxt not in avoid:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def find_cycle(tree: Tree) -> list[str] | None:
    """One cycle as a list of node ids (first == last), or None."""
    colour: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for root in (n.id for n in tree.nodes):
        if root in colour:
            continue
        stack: list[tuple[str, Iterable[str]]] = [(root, iter(successors(tree, root)))]
        colour[root] = 1
        trail = [root]
        while stack:
            node_id, children = stack[-1]
            child = next(iter(children), None)
            if child is None:
                colour[node_id] = 2
                stack.pop()
                trail.pop()
                continue
            state = colour.get(child)
            if state == 1:
                return [*trail[trail.index(child) :], child]
            if state is None:
                colour[child] = 1
                trail.append(child)
                stack.append((child, iter(successors(tree, child))))
    return None


def topological_order(tree: Tree) -> list[str]:
    """Node ids with every node before its successors; requires an acyclic tree."""
    indegree = {n.id: 0 for n in tree.nodes}
    for n in tree.nodes:
        for nxt in successors(tree, n.id):
            indegree[nxt] += 1
    ready = [i for i, d in indegree.items() if d == 0]
    order = []
    while ready:
        node_id = ready.pop()
        order.append(node_id)
        for nxt in successors(tree, node_id):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order


def longest_steps_to_outcome(tree: Tree) -> dict[str, int]:
    """For each node, the most pages (questions and info pages) left before an outcome.

    Branch and finding nodes are passed by the engine and do not count; outcomes count 0.
    """
    result: dict[str, int] = {}
    for node_id in reversed(topological_order(tree)):
        node = tree.node(node_id)
        if isinstance(node, OutcomeNode):
            result[node_id] = 0
            continue
        own = 0 if isinstance(node, BranchNode | FindingNode) else 1
        result[node_id] = own + max((result[s] for s in successors(tree, node_id)), default=0)
    return result


def predecessors(tree: Tree) -> dict[str, list[str]]:
    preds: dict[str, list[str]] = {n.id: [] for n in tree.nodes}
    for n in tree.nodes:
        for nxt in successors(tree, n.id):
            preds[nxt].append(n.id)
    return preds


class Precedence:
    """Which nodes lie before which — on some path, or on every path from the start.

    Integer bitsets, so long chains stay cheap. Requires an acyclic tree.
    """

    def __init__(self, tree: Tree) -> None:
        preds = predecessors(tree)
        self._bit = {n.id: 1 << i for i, n in enumerate(tree.nodes)}
        self._some: dict[str, int] = {}  # nodes on some path to this one
        self._every: dict[str, int] = {}  # nodes on every path from the start to this one
        seen = reachable(tree)
        for node_id in topological_order(tree):
            some = 0
            every: int | None = None
            for p in preds[node_id]:
                some |= self._bit[p] | self._some.get(p, 0)
                if p in seen:
                    through = self._bit[p] | self._every.get(p, 0)
                    every = through if every is None else every & through
            self._some[node_id] = some
            self._every[node_id] = every or 0

    def comes_before(self, earlier: str, later: str) -> bool:
        """Whether some path passes ``earlier`` and then ``later``."""
        return bool(self._some.get(later, 0) & self._bit.get(earlier, 0))

    def always_before(self, earlier: str, later: str) -> bool:
        """Whether every path from the start to ``later`` passes ``earlier``."""
        return bool(self._every.get(later, 0) & self._bit.get(earlier, 0))
