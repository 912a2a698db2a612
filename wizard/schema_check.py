"""A fast yes/no check of a tree against its JSON Schema: the schema compiled to closures.

``jsonschema`` is general and explains every error, but checking a large tree with it takes
most of a second. Trees are nearly always valid, so the loader first asks this compiled check
"valid?" — one pass, no error objects, no reference resolution at run time — and only when the
answer is no does it run ``jsonschema`` for the messages (``wizard.treefile.schema_problems``).

It implements exactly the keywords ``trees/tree.schema.json`` uses (draft 2020-12 semantics) and
refuses to compile a schema with any other keyword, so a schema change cannot silently weaken
the check; ``tests/test_schema_check.py`` compares it with ``jsonschema`` on valid and broken
trees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

Check = Callable[[Any], bool]

#: Keywords that describe and do not constrain.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "title", "description", "$comment", "$defs", "examples"}
)

#: The keywords this compiler implements; any other keyword in a schema is refused.
_KEYWORDS = frozenset(
    {
        "$ref", "type", "enum", "const", "pattern", "format", "minLength", "minimum", "maximum",
        "required", "dependentRequired", "minProperties", "properties", "additionalProperties",
        "propertyNames", "prefixItems", "items", "minItems", "maxItems", "uniqueItems",
        "anyOf", "oneOf", "allOf", "if", "then", "else",
    }
)  # fmt: skip

_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


class UnsupportedSchema(ValueError):
    """The schema uses a keyword this compiler does not implement."""


def compile_schema(schema: dict[str, Any]) -> Check:
    """A function that says whether a value is valid under ``schema``."""
    compiler = _Compiler(schema)
    return compiler.compile(schema)


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def resolve(self, ref: str) -> Check:
        """A check for ``#/$defs/name`` (compiled once; recursion through a late binding)."""
        if ref in self.refs:
            return self.refs[ref]
        target = self.target(ref)
        slot: list[Check] = []
        self.refs[ref] = lambda value: slot[0](value)
        slot.append(self.compile(target))
        return self.refs[ref]

    def target(self, ref: str) -> Any:
        """The schema a local ``$ref`` (``#/$defs/name``) points at."""
        if not ref.startswith("#/"):
            raise UnsupportedSchema(f"only local references are supported: {ref}")
        target: Any = self.root
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda _v: True
        if schema is False:
            return lambda _v: False
        checks: list[Check] = []
        for key in schema:
            if key not in _KEYWORDS and key not in _ANNOTATIONS:
                raise UnsupportedSchema(f"keyword '{key}' is not supported")
        if "$ref" in schema:
            checks.append(self.resolve(schema["$ref"]))
        kind = schema.get("type")
        # One function per object or string schema, its type check included: most of a tree
        # is objects and strings, and each call saved is a call per value of the tree.
        object_check = self._object_check(schema, typed=kind == "object")
        string_check = self._string_check(schema, typed=kind == "string")
        if "type" in schema and not (
            (kind == "object" and object_check) or (kind == "string" and string_check)
        ):
            types = kind if isinstance(kind, list) else [kind]
            tests = [_TYPES[t] for t in types]
            if len(tests) == 1:
                checks.append(tests[0])
            else:
                checks.append(lambda v, tests=tests: any(t(v) for t in tests))
        if "enum" in schema:
            options = schema["enum"]
            if all(isinstance(o, str) for o in options):  # the common case: a set lookup
                names = frozenset(options)
                checks.append(lambda v, names=names: isinstance(v, str) and v in names)
            else:
                checks.append(lambda v, options=options: any(_equal(v, o) for o in options))
        if "const" in schema:
            const = schema["const"]
            if isinstance(const, str):
                checks.append(lambda v, const=const: v == const and isinstance(v, str))
            else:
                checks.append(lambda v, const=const: _equal(v, const))
        if string_check is not None:
            checks.append(string_check)
        if "minimum" in schema or "maximum" in schema:
            lo, hi = schema.get("minimum"), schema.get("maximum")
            checks.append(lambda v, lo=lo, hi=hi: _in_range(v, lo, hi))
        if object_check is not None:
            checks.append(object_check)
        checks += self._array_checks(schema)
        for key in ("anyOf", "oneOf", "allOf"):
            if key in schema:
                subs = [self.compile(s) for s in schema[key]]
                if key == "allOf":
                    checks.append(self.all_of(schema[key], subs))
                    continue
                checks.append(self.alternatives(schema[key], subs, exactly_one=key == "oneOf"))
        if "if" in schema:
            condition = self.compile(schema["if"])
            then = self.compile(schema.get("then", True))
            otherwise = self.compile(schema.get("else", True))
            checks.append(lambda v, c=condition, t=then, o=otherwise: t(v) if c(v) else o(v))
        if not checks:
            return lambda _v: True
        return _conjunction(checks)

    def all_of(self, schemas: list[Any], subs: list[Check]) -> Check:
        """allOf. A list of ``if {properties: {K: {const: C}}} then …`` (a node's type picking
        its schema) becomes a table lookup on the value's K; a value without K, or not an
        object, meets every ``if`` (properties hold vacuously) and so every ``then``."""
        table: dict[str, Check] = {}
        keys = set()
        for sub in schemas:
            condition = sub.get("if") if isinstance(sub, dict) else None
            if not (
                isinstance(condition, dict)
                and set(sub) == {"if", "then"}
                and set(condition) == {"properties"}
                and len(condition["properties"]) == 1
            ):
                return lambda v, subs=subs: all(s(v) for s in subs)
            ((key, prop),) = condition["properties"].items()
            if not (isinstance(prop, dict) and set(prop) == {"const"}):
                return lambda v, subs=subs: all(s(v) for s in subs)
            if not isinstance(prop["const"], str) or prop["const"] in table:
                return lambda v, subs=subs: all(s(v) for s in subs)
            keys.add(key)
            table[prop["const"]] = self.compile(sub["then"])
        if len(keys) != 1:
            return lambda v, subs=subs: all(s(v) for s in subs)
        (key,) = keys
        thens = tuple(table.values())

        def check(v: Any) -> bool:
            if not isinstance(v, dict) or key not in v:
                return all(t(v) for t in thens)
            then = table.get(v[key]) if isinstance(v[key], str) else None
            return then is None or then(v)

        return check

    def alternatives(self, schemas: list[Any], subs: list[Check], exactly_one: bool) -> Check:
        """anyOf / oneOf. When every alternative is an object with required keys (a
        condition's nineteen forms), a value is checked only against the alternatives whose
        first required key it has — the others cannot match."""
        shapes = [self.object_shape(s) for s in schemas]
        if all(shapes):
            index: dict[str, list[int]] = {}
            for i, needed in enumerate(shapes):
                index.setdefault(needed[0], []).append(i)  # type: ignore[index]
            table = tuple(zip(shapes, subs, strict=True))

            def matches(v: Any) -> int:
                if not isinstance(v, dict):
                    return 0
                found = 0
                for key in v:
                    for i in index.get(key, ()):
                        needed, sub = table[i]
                        if all(k in v for k in needed) and sub(v):  # type: ignore[union-attr]
                            found += 1
                            if not exactly_one:
                                return found
                return found

            if exactly_one:
                return lambda v: matches(v) == 1
            return lambda v: matches(v) > 0
        if exactly_one:
            return lambda v, subs=subs: sum(1 for s in subs if s(v)) == 1
        return lambda v, subs=subs: any(s(v) for s in subs)

    def object_shape(self, schema: Any) -> tuple[str, ...] | None:
        """The required keys of an alternative that must be an object with at least one
        required key (following a top-level $ref); None for any other alternative."""
        while isinstance(schema, dict) and "$ref" in schema and len(schema) == 1:
            schema = self.target(schema["$ref"])
        if isinstance(schema, dict) and schema.get("type") == "object" and schema.get("required"):
            return tuple(schema["required"])
        return None

    def _string_check(self, schema: dict[str, Any], typed: bool) -> Check | None:
        """pattern, format and minLength in one function (with the type check if ``typed``)."""
        search = re.compile(schema["pattern"]).search if "pattern" in schema else None
        if "format" in schema and schema["format"] != "date":
            raise UnsupportedSchema(f"format '{schema['format']}' is not supported")
        # jsonschema takes formats as annotations; here "date" is also a day of the calendar
        # (2023-02-30 is not), which wizard.treefile.date_problems then explains.
        is_date = schema.get("format") == "date"
        shortest = schema.get("minLength")
        if not (typed or search or is_date or shortest is not None):
            return None

        def check_string(v: Any) -> bool:
            if not isinstance(v, str):
                return not typed
            if search is not None and not search(v):
                return False
            if shortest is not None and len(v) < shortest:
                return False
            return not is_date or _is_date(v)

        return check_string

    def _object_check(self, schema: dict[str, Any], typed: bool) -> Check | None:
        """The object keywords in one function (with the type check if ``typed``)."""
        needed = tuple(schema.get("required") or ())
        dependent = {k: tuple(v) for k, v in schema.get("dependentRequired", {}).items()}
        fewest = schema.get("minProperties")
        properties = {k: self.compile(s) for k, s in schema.get("properties", {}).items()}
        additional = schema.get("additionalProperties", True)
        extra = None if additional is True else self.compile(additional)
        names = self.compile(schema["propertyNames"]) if "propertyNames" in schema else None
        per_key = bool(properties) or extra is not None or names is not None
        if not (typed or needed or dependent or fewest is not None or per_key):
            return None
        get = properties.get

        def check_object(v: Any) -> bool:
            if not isinstance(v, dict):
                return not typed
            for key in needed:
                if key not in v:
                    return False
            for key, needs in dependent.items():
                if key in v and not all(d in v for d in needs):
                    return False
            if fewest is not None and len(v) < fewest:
                return False
            if per_key:
                for key, value in v.items():
                    if names is not None and not names(key):
                        return False
                    sub = get(key)
                    if sub is not None:
                        if not sub(value):
                            return False
                    elif extra is not None and not extra(value):
                        return False
            return True

        return check_object

    def _array_checks(self, schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        prefix = [self.compile(s) for s in schema.get("prefixItems", ())]
        items = self.compile(schema["items"]) if "items" in schema else None
        if prefix or items is not None:

            def check_items(v: Any, prefix=prefix, items=items) -> bool:
                if not isinstance(v, list):
                    return True
                for i, value in enumerate(v):
                    if i < len(prefix):
                        if not prefix[i](value):
                            return False
                    elif items is not None and not items(value):
                        return False
                return True

            checks.append(check_items)
        lo, hi = schema.get("minItems"), schema.get("maxItems")
        if lo is not None or hi is not None:
            checks.append(
                lambda v, lo=lo, hi=hi: (
                    not isinstance(v, list)
                    or ((lo is None or len(v) >= lo) and (hi is None or len(v) <= hi))
                )
            )
        if schema.get("uniqueItems"):
            checks.append(lambda v: not isinstance(v, list) or _unique(v))
        return checks


def _conjunction(checks: list[Check]) -> Check:
    """All of ``checks``, as a chain of ``and`` (faster than ``all`` over a generator)."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    first, rest = checks[0], _conjunction(checks[1:])
    return lambda v: first(v) and rest(v)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 is not True, and 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _in_range(v: Any, lo: Any, hi: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return True
    return (lo is None or v >= lo) and (hi is None or v <= hi)


def _unique(values: list[Any]) -> bool:
    seen: list[Any] = []
    for value in values:
        if any(_equal(value, s) for s in seen):
            return False
        seen.append(value)
    return True
