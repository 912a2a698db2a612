"""Next-step documents: the letters that keep a client's rights (a notice to a platform, a
demand on a guarantor …), offered by the path of a finished session and filled from the case.

A letter is data: one JSON file per letter in ``resources/letters/`` (docs/decisions/
009-letters.md). It says for which tree(s) it is offered and when — in the tree format's own
condition language, evaluated on the session — and, optionally, when it is *not* offered
because the path makes it useless, with the reason the report prints. Its texts are Jinja2
templates filled from the case information, the parties' names, the answers, the computed
deadlines and the statute library; a fact not known prints as a blank line "＿＿＿＿", never
as an invented value.

This module builds a :class:`RenderedLetter` — plain blocks of text; ``wizard.letter_output``
writes it as .docx and as PDF. Imports no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal

from wizard import resources
from wizard.answer_text import fill, words
from wizard.answers import MonthDate, format_amount
from wizard.casefile import CaseInfo
from wizard.deadline_text import format_date
from wizard.engine import Result, Session
from wizard.errors import Problem, WizardError
from wizard.model import (
    NO_LIABILITY,
    ChoiceQuestion,
    Citation,
    Condition,
    Lang,
    Text,
    Tree,
)
from wizard.statutes import StatuteLibrary
from wizard.treefile import parse_condition

FORMAT = "liability-wizard-letter"
#: What a letter prints where a fact is not known: a line to write on.
BLANK = "＿＿＿＿"
DATE_LINE = "＿＿＿＿年＿＿月＿＿日"

BlockKind = Literal["heading", "para", "numbered", "quote", "findings", "checklist"]


class LetterError(WizardError):
    """A letter file that cannot be read; ``problems`` name the file and the place."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


# --- the model of a letter file ---------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A text with the condition under which it is printed."""

    text: Text
    when: Condition | None = None


@dataclass(frozen=True)
class Block:
    """A part of the letter's body. ``items`` are the numbered paragraphs or check boxes;
    ``citations`` the articles a ``quote`` block quotes (each with its own ``when``)."""

    kind: BlockKind
    text: Text | None = None
    items: tuple[Entry, ...] = ()
    citations: tuple[Citation, ...] = ()
    when: Condition | None = None


@dataclass(frozen=True)
class Offer:
    """For which tree and path the letter is offered, to whom, and what it keeps."""

    tree: str
    when: Condition
    why: Text  # one line: why this letter fits this case
    to: tuple[str, ...]  # the parties it is addressed to (their names come from the case)
    deadlines: tuple[str, ...] = ()  # named deadlines it keeps, in order of preference
    findings: tuple[str, ...] = ()  # result codes whose findings it states (``findings`` block)
    #: Names the texts use for this tree's question or amount ids; the first one answered on
    #: the path stands for the name (``{"due": ["debt_due_date", "debt_due_date_nh"]}``).
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The words that mark a finding as owed to the client's side (its ``to_whom`` as the
    #: report prints it): "债权人" for a creditor; "被侵权人", "受害人", "被代理人" … for a tort
    #: or agency claim; "当事人" for a payer's recourse.
    owed_to: tuple[str, ...] = ("债权人",)


@dataclass(frozen=True)
class Refusal:
    """When the letter is not offered on a tree's path because it would be useless, and why."""

    tree: str
    when: Condition
    text: Text


@dataclass(frozen=True)
class Letter:
    id: str
    source: str
    title: Text
    file_name: Text
    summary: Text  # what the letter is, in a line
    help: Text  # what it keeps and by when: printed on the worker's page
    signer: Text  # "通知人", "声明人", "债权人" …
    offers: tuple[Offer, ...]
    refusals: tuple[Refusal, ...]
    body: tuple[Block, ...]
    attachments: tuple[Entry, ...]
    delivery: tuple[Entry, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def offer_for(self, tree_id: str) -> tuple[Offer, ...]:
        return tuple(o for o in self.offers if o.tree == tree_id)

    @property
    def trees(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o.tree for o in self.offers))


def _text(raw: Any, where: str, problems: list[str]) -> Text:
    if not isinstance(raw, dict) or not isinstance(raw.get("zh"), str) or not raw["zh"]:
        problems.append(f"{where}: a text needs a non-empty 'zh'")
        return Text("", "")
    en = raw.get("en")
    return Text(raw["zh"], en if isinstance(en, str) and en else raw["zh"])


def _cond(raw: Any, where: str, problems: list[str]) -> Condition | None:
    if raw is None:
        return None
    try:
        return parse_condition(raw)
    except (KeyError, TypeError, ValueError, StopIteration, AttributeError) as exc:
        problems.append(f"{where}: not a condition of the tree format ({exc!r})")
        return None


def _entries(raw: Any, where: str, problems: list[str]) -> tuple[Entry, ...]:
    entries = []
    for i, item in enumerate(raw or ()):
        at = f"{where}[{i}]"
        if isinstance(item, dict) and "text" in item:
            entries.append(
                Entry(_text(item["text"], at, problems), _cond(item.get("when"), at, problems))
            )
        else:
            entries.append(Entry(_text(item, at, problems)))
    return tuple(entries)


def _citation(raw: Any, where: str, problems: list[str]) -> Citation | None:
    try:
        return Citation(
            raw["law"],
            int(raw["article"]),
            raw.get("paragraph"),
            raw.get("item"),
            _cond(raw.get("when"), where, problems),
        )
    except (KeyError, TypeError, ValueError):
        problems.append(f"{where}: a citation needs 'law' and 'article'")
        return None


_BLOCK_KINDS: tuple[BlockKind, ...] = (
    "heading",
    "para",
    "numbered",
    "quote",
    "findings",
    "checklist",
)


def _block(raw: Any, where: str, problems: list[str]) -> Block | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a block is an object")
        return None
    kinds = [k for k in _BLOCK_KINDS if k in raw]
    if len(kinds) != 1:
        problems.append(f"{where}: a block needs exactly one of {', '.join(_BLOCK_KINDS)}")
        return None
    kind = kinds[0]
    value = raw[kind]
    # The condition may stand beside the block's kind or inside its text object.
    inner = value.get("when") if isinstance(value, dict) else None
    when = _cond(raw.get("when", inner), where, problems)
    at = f"{where}.{kind}"
    if kind in ("heading", "para"):
        return Block(kind, text=_text(value, at, problems), when=when)
    if kind in ("numbered", "checklist"):
        return Block(kind, items=_entries(value, at, problems), when=when)
    if kind == "quote":
        cites = [_citation(c, f"{at}[{i}]", problems) for i, c in enumerate(value)]
        return Block(kind, citations=tuple(c for c in cites if c), when=when)
    return Block(
        kind, text=_text(value, at, problems) if isinstance(value, dict) else None, when=when
    )


def parse_letter(raw: Any, source: str) -> Letter:
    """A letter from its JSON; raises LetterError naming the file and the place."""
    problems: list[str] = []
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise LetterError(
            [Problem(source, "(letter)", f'not a letter file (no "format": "{FORMAT}")')]
        )
    letter_id = raw.get("id")
    if not isinstance(letter_id, str) or not letter_id:
        problems.append("id: missing")
    offers = []
    for i, o in enumerate(raw.get("offers") or ()):
        at = f"offers[{i}]"
        when = _cond(o.get("when"), f"{at}.when", problems) if isinstance(o, dict) else None
        if not isinstance(o, dict) or not isinstance(o.get("tree"), str) or when is None:
            problems.append(f"{at}: an offer needs 'tree' and 'when'")
            continue
        to = o.get("to", [])
        offers.append(
            Offer(
                tree=o["tree"],
                when=when,
                why=_text(o.get("why"), f"{at}.why", problems),
                to=tuple([to] if isinstance(to, str) else to),
                deadlines=tuple(o.get("deadlines", ())),
                findings=tuple(o.get("findings", ())),
                values=tuple(
                    (name, tuple([ids] if isinstance(ids, str) else ids))
                    for name, ids in sorted((o.get("values") or {}).items())
                ),
                owed_to=tuple(o.get("owed_to", ("债权人",))),
            )
        )
    if not offers:
        problems.append("offers: a letter is offered for at least one tree")
    refusals = []
    for i, r in enumerate(raw.get("not_offered") or ()):
        at = f"not_offered[{i}]"
        when = _cond(r.get("when"), f"{at}.when", problems) if isinstance(r, dict) else None
        if not isinstance(r, dict) or not isinstance(r.get("tree"), str) or when is None:
            problems.append(f"{at}: needs 'tree', 'when' and 'text'")
            continue
        refusals.append(Refusal(r["tree"], when, _text(r.get("text"), f"{at}.text", problems)))
    body = [_block(b, f"body[{i}]", problems) for i, b in enumerate(raw.get("body") or ())]
    if not body:
        problems.append("body: empty")
    letter = Letter(
        id=letter_id if isinstance(letter_id, str) else "",
        source=source,
        title=_text(raw.get("title"), "title", problems),
        file_name=_text(raw.get("file_name", raw.get("title")), "file_name", problems),
        summary=_text(raw.get("summary"), "summary", problems),
        help=_text(raw.get("help"), "help", problems),
        signer=_text(raw.get("signer"), "signer", problems),
        offers=tuple(offers),
        refusals=tuple(refusals),
        body=tuple(b for b in body if b is not None),
        attachments=_entries(raw.get("attachments"), "attachments", problems),
        delivery=_entries(raw.get("delivery"), "delivery", problems),
        raw=raw,
    )
    if problems:
        raise LetterError(
            [Problem(source, p.split(":", 1)[0], p.split(":", 1)[1].strip()) for p in problems]
        )
    return letter


def load_letter(path: Path) -> Letter:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise LetterError([Problem(str(path), "(file)", f"cannot read: {exc}")]) from exc
    return parse_letter(raw, str(path))


def load_letters(folder: Path | None = None) -> tuple[Letter, ...]:
    """Every letter of ``folder`` (the app's own by default), in file name order."""
    folder = folder or resources.letters_dir()
    return tuple(load_letter(p) for p in sorted(folder.glob("*.json")))


@cache
def shipped_letters() -> tuple[Letter, ...]:
    return load_letters()


# --- checking a letter against its trees ------------------------------------------------------


def _conditions(letter: Letter) -> Iterable[tuple[str, str, Condition | None]]:
    """(tree id or "" for every tree, place, condition) of every condition in the letter."""
    for i, offer in enumerate(letter.offers):
        yield offer.tree, f"offers[{i}].when", offer.when
    for i, refusal in enumerate(letter.refusals):
        yield refusal.tree, f"not_offered[{i}].when", refusal.when
    for i, block in enumerate(letter.body):
        yield "", f"body[{i}].when", block.when
        for j, item in enumerate(block.items):
            yield "", f"body[{i}].items[{j}].when", item.when
        for j, citation in enumerate(block.citations):
            yield "", f"body[{i}].quote[{j}].when", citation.when
    for name, entries in (("attachments", letter.attachments), ("delivery", letter.delivery)):
        for j, item in enumerate(entries):
            yield "", f"{name}[{j}].when", item.when


def check_letter(letter: Letter, trees: dict[str, Tree], library: StatuteLibrary) -> list[Problem]:
    """What is wrong with a letter: its trees exist, its conditions name questions, choices,
    sides, deadlines and parties those trees have, its citations resolve in the library, and
    its templates compile. Each problem names the file and the place."""
    from wizard.validate import condition_problems

    problems: list[Problem] = []

    def add(where: str, message: str) -> None:
        problems.append(Problem(letter.source, where, message))

    for tree_id in letter.trees:
        if tree_id not in trees:
            add("offers", f"tree '{tree_id}' is not available")
    own_trees = [trees[t] for t in letter.trees if t in trees]
    for tree_id, where, condition in _conditions(letter):
        if condition is None:
            continue
        for tree in [trees[tree_id]] if tree_id in trees else ([] if tree_id else own_trees):
            # A body condition must make sense in at least one of the letter's trees: a
            # question of one tree is simply not asked (so false) in another.
            messages = condition_problems(tree, condition)
            if messages and (tree_id or all(condition_problems(t, condition) for t in own_trees)):
                for message in messages:
                    add(where, message)
                break
    for i, offer in enumerate(letter.offers):
        tree = trees.get(offer.tree)
        if tree is None:
            continue
        for party in offer.to:
            if tree.party(party) is None:
                add(f"offers[{i}].to", f"'{party}' is not a party of '{tree.id}'")
        for name in offer.deadlines:
            if tree.named_deadline(name) is None:
                add(f"offers[{i}].deadlines", f"'{name}' is not a deadline of '{tree.id}'")
        codes = {n.code for n in tree.nodes if hasattr(n, "code")}
        for code in offer.findings:
            if code not in codes:
                add(f"offers[{i}].findings", f"'{code}' is not an outcome code of '{tree.id}'")
        for name, ids in offer.values:
            for qid in ids:
                if not tree.has_node(qid) and tree.amount(qid) is None:
                    add(
                        f"offers[{i}].values.{name}",
                        f"'{qid}' is not a question or amount of '{tree.id}'",
                    )
    for i, block in enumerate(letter.body):
        for j, citation in enumerate(block.citations):
            reason = library.check(citation)
            if reason:
                add(f"body[{i}].quote[{j}]", reason)
    env = _environment()
    for where, template in _templates(letter):
        try:
            env.from_string(template)
        except Exception as exc:  # jinja2.TemplateSyntaxError and kin
            add(where, f"template does not compile: {exc}")
    return problems


def _templates(letter: Letter) -> Iterable[tuple[str, str]]:
    texts: list[tuple[str, Text | None]] = [
        ("title", letter.title),
        ("help", letter.help),
        ("signer", letter.signer),
    ]
    texts += [(f"offers[{i}].why", o.why) for i, o in enumerate(letter.offers)]
    for i, block in enumerate(letter.body):
        texts.append((f"body[{i}]", block.text))
        texts += [(f"body[{i}].items[{j}]", e.text) for j, e in enumerate(block.items)]
    texts += [(f"attachments[{j}]", e.text) for j, e in enumerate(letter.attachments)]
    texts += [(f"delivery[{j}]", e.text) for j, e in enumerate(letter.delivery)]
    for where, text in texts:
        if text is not None:
            yield f"{where} (zh)", text.zh
            yield f"{where} (en)", text.en


# --- which letters a path offers ----------------------------------------------------------------


@dataclass(frozen=True)
class OfferedLetter:
    letter: Letter
    offer: Offer

    def why(self, lang: Lang) -> str:
        return self.offer.why.get(lang)


@dataclass(frozen=True)
class RefusedLetter:
    letter: Letter
    reason: Text


def holds(session: Session, condition: Condition | None) -> bool:
    """Whether a letter's condition surely holds on a finished session. As in the tree, but
    ``reached`` also names the outcome the path ends at (``{"reached": "jt_a"}``): a letter is
    written for an outcome, which a tree's own conditions never need to name."""
    from dataclasses import replace as _replace

    from wizard.conditions import evaluate

    facts = session.facts()
    outcome = session.outcome
    if outcome is not None:
        facts = _replace(facts, passed=facts.passed | {outcome.id})
    return evaluate(condition, facts) is True


def letters_for(
    session: Session, letters: Iterable[Letter] | None = None
) -> tuple[tuple[OfferedLetter, ...], tuple[RefusedLetter, ...]]:
    """The letters that fit a finished session's path, and those it refuses with the reason.

    A letter is offered by its first offer for this tree whose condition surely holds; one not
    offered is refused when a ``not_offered`` condition surely holds.
    """
    if not session.is_finished:
        return (), ()
    offered: list[OfferedLetter] = []
    refused: list[RefusedLetter] = []
    tree_id = session.tree.id
    for letter in shipped_letters() if letters is None else letters:
        offer = next((o for o in letter.offer_for(tree_id) if holds(session, o.when)), None)
        if offer is not None:
            offered.append(OfferedLetter(letter, offer))
            continue
        refusal = next(
            (r for r in letter.refusals if r.tree == tree_id and holds(session, r.when)), None
        )
        if refusal is not None:
            refused.append(RefusedLetter(letter, refusal.text))
    return tuple(offered), tuple(refused)


# --- filling a letter ---------------------------------------------------------------------------


@cache
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    # Plain text out: the .docx takes text, and the PDF's HTML is escaped by its own template
    # (autoescape on), so a name with "<" stays a name.
    return SandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
    )


@cache
def _compiled(source: str) -> Any:
    return _environment().from_string(source)


@dataclass(frozen=True)
class RenderedBlock:
    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    #: For a ``quote``: (reference, text) pairs, e.g. ("《…民法典》第一千一百九十五条", "…").
    quotes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RenderedLetter:
    """A letter filled for one case: what the .docx and the PDF print."""

    letter_id: str
    title: str
    addressee: str  # "致：某某平台"
    body: tuple[RenderedBlock, ...]
    attachments: tuple[str, ...]
    signer: str
    sender: str
    date_line: str
    #: The worker's page (not sent): what the letter keeps, by when, how to send it.
    notes_title: str
    notes: tuple[str, ...]
    delivery: tuple[str, ...]
    case_line: str
    file_stem: str
    lang: Lang


_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (the numbering of 款 and 项)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def law_reference(citation: Citation, library: StatuteLibrary) -> str:
    """《中华人民共和国民法典》第一千一百九十五条第一款 — the full title, as a letter cites."""
    law = library.law(citation.law)
    article = law.article(citation.article)
    ref = f"《{law.title}》{article.label}"
    if citation.paragraph is not None and len(article.paragraphs) > 1:
        ref += f"第{chinese_number(citation.paragraph)}款"
    if citation.item is not None:
        ref += f"第（{chinese_number(citation.item)}）项"
    return ref


class _Filler:
    """What a letter's templates may use for one case (see docs/decisions/009-letters.md)."""

    def __init__(
        self,
        session: Session,
        info: CaseInfo,
        library: StatuteLibrary,
        offered: OfferedLetter,
        lang: Lang,
    ) -> None:
        from wizard.report import text_values

        self.session = session
        self.info = info
        self.library = library
        self.offered = offered
        self.lang = lang
        self.result: Result = session.result(info.consultation_date)
        self.values = text_values(session, info, self.result)
        self.answers = session.answers
        self.computed = {d.spec.id: d for d in self.result.deadlines}

    # values the templates call
    def names(self, *party_ids: str) -> str:
        found = [n for pid in party_ids for n in self.info.names(pid)]
        return words(self.lang)["names_sep"].join(dict.fromkeys(found)) or BLANK

    def party(self, party_id: str) -> str:
        return fill(f"{{party.{party_id}}}", self.lang, self.values)

    def role(self, party_id: str) -> str:
        party = self.session.tree.party(party_id)
        return party.label.get(self.lang) if party else party_id

    def date(self, question_id: str) -> str:
        value = self.answers.get(self._id(question_id))
        if isinstance(value, MonthDate):
            return f"{value.year}年{value.month}月" if self.lang == "zh" else value.isoformat()
        if isinstance(value, date):
            return format_date(value, self.lang)
        return BLANK

    def amount(self, amount_id: str) -> str:
        value = self.session.amount(self._id(amount_id))
        return format_amount(value, self.lang) if isinstance(value, Decimal) else BLANK

    def choice(self, question_id: str) -> str:
        question_id = self._id(question_id)
        value = self.answers.get(question_id)
        node = (
            self.session.tree.node(question_id) if self.session.tree.has_node(question_id) else None
        )
        if isinstance(node, ChoiceQuestion) and isinstance(value, str):
            chosen = node.choice(value)
            if chosen is not None and not chosen.unknown:
                return chosen.label.get(self.lang)
        return BLANK

    def answered(self, question_id: str) -> bool:
        return self._id(question_id) in self.answers

    def deadline(self, name: str) -> str:
        computed = self.computed.get(name)
        deadline = computed.deadline if computed else self.values.deadline(name)
        if deadline is None or deadline.end is None:
            return BLANK
        return format_date(deadline.act_by or deadline.end, self.lang)

    def cite(self, law: str, article: int, paragraph: int | None = None) -> str:
        return self.library.cite(Citation(law, article, paragraph), self.lang)

    def _id(self, name: str) -> str:
        ids = dict(self.offered.offer.values).get(name)
        if not ids:
            return name
        return next((i for i in ids if i in self.answers), ids[0])

    # what the letter keeps
    def kept(self) -> list[str]:
        """The deadlines the letter keeps, in words, running ones first."""
        lines = []
        seen: set[str] = set()
        for name in self.offered.offer.deadlines:
            # A named deadline of the tree's definitions may carry another id (several names
            # for one "limitation" row, each with its own condition): the report's row is
            # the spec's id.
            spec = self.session.tree.named_deadline(name)
            key = spec.id if spec is not None else name
            computed = self.computed.get(key)
            if computed is None or key in seen:
                continue
            seen.add(key)
            dl = computed.deadline
            label = fill(computed.spec.label.get(self.lang), self.lang, self.values)
            if dl.end is None:
                lines.append(f"{label}{'：' if self.lang == 'zh' else ': '}{BLANK}")
                continue
            day = format_date(dl.act_by or dl.end, self.lang, weekday=True)
            if self.lang == "zh":
                state = "已经届满" if dl.status == "passed" else "尚未届满"
                lines.append(f"{label}：最后一日 {day}（咨询日{state}）")
            else:
                state = "passed" if dl.status == "passed" else "running"
                lines.append(f"{label}: last day {day} ({state} at the consultation)")
        return lines

    def context(self) -> dict[str, Any]:
        info = self.info
        kept = self.kept()
        return {
            "lang": self.lang,
            "blank": BLANK,
            "date_line": DATE_LINE,
            "client": info.client_name.strip() or BLANK,
            "organisation": info.organisation.strip() or BLANK,
            "worker": info.worker_name.strip() or BLANK,
            "case_number": info.case_number.strip() or BLANK,
            "consultation_date": format_date(info.consultation_date, self.lang),
            "to": self.names(*self.offered.offer.to),
            "to_role": words(self.lang)["names_sep"].join(
                self.role(p) for p in self.offered.offer.to
            ),
            "names": self.names,
            "party": self.party,
            "role": self.role,
            "date": self.date,
            "amount": self.amount,
            "choice": self.choice,
            "answered": self.answered,
            "deadline": self.deadline,
            "cite": self.cite,
            "kept": kept,
            "side": self.session.side or "",
        }

    def render(self, text: Text | None, context: dict[str, Any]) -> str:
        if text is None:
            return ""
        out = _compiled(text.get(self.lang)).render(**context)
        # The tree's own placeholders, and the words of the report for facts not known.
        out = fill(out, self.lang, self.values)
        w = words(self.lang)
        for unknown in ("amount_unknown", "date_unknown", "deadline_missing", "unknown"):
            out = out.replace(w[unknown], BLANK)
        return out.strip()

    def holds(self, condition: Condition | None) -> bool:
        return holds(self.session, condition)


def render_letter(
    offered: OfferedLetter,
    session: Session,
    info: CaseInfo,
    library: StatuteLibrary,
    lang: Lang = "zh",
) -> RenderedLetter:
    """The letter filled for this case (the session must be finished)."""
    filler = _Filler(session, info, library, offered, lang)
    letter = offered.letter
    context = filler.context()

    def render(text: Text | None) -> str:
        return filler.render(text, context)

    blocks: list[RenderedBlock] = []
    for block in letter.body:
        if not filler.holds(block.when):
            continue
        match block.kind:
            case "heading" | "para":
                text = render(block.text)
                if text:
                    blocks.append(RenderedBlock(block.kind, text=text))
            case "numbered" | "checklist":
                items = tuple(render(e.text) for e in block.items if filler.holds(e.when))
                if items:
                    blocks.append(RenderedBlock(block.kind, items=tuple(i for i in items if i)))
            case "quote":
                quotes = tuple(
                    (law_reference(c, library), library.quote(c))
                    for c in block.citations
                    if filler.holds(c.when)
                )
                if quotes:
                    blocks.append(RenderedBlock("quote", quotes=quotes))
            case "findings":
                blocks.extend(_findings(filler, render(block.text)))
    w = "：" if lang == "zh" else ": "
    notes = [render(letter.help)]
    if context["kept"]:
        notes.append(("本函保全的期限" if lang == "zh" else "Deadlines this letter keeps") + w)
        notes += [f"· {line}" for line in context["kept"]]
    case_line = (
        f"案号：{context['case_number']}　经办人：{context['worker']}　{context['organisation']}"
        if lang == "zh"
        else f"Case {context['case_number']} · {context['worker']} · {context['organisation']}"
    )
    stem = letter.file_name.get(lang)
    if info.case_number.strip():
        stem = f"{info.case_number.strip()}_{stem}"
    return RenderedLetter(
        letter_id=letter.id,
        title=render(letter.title),
        addressee=("致：" if lang == "zh" else "To: ") + context["to"],
        body=tuple(blocks),
        attachments=tuple(render(e.text) for e in letter.attachments if filler.holds(e.when)),
        signer=render(letter.signer),
        sender=context["client"],
        date_line=DATE_LINE if lang == "zh" else "Date: ____________",
        notes_title=(
            "办理说明（供经办人使用，本页不随函寄出）"
            if lang == "zh"
            else "Notes for the worker (this page is not sent)"
        ),
        notes=tuple(n for n in notes if n),
        delivery=tuple(render(e.text) for e in letter.delivery if filler.holds(e.when)),
        case_line=case_line,
        file_stem=_safe_file_name(stem),
        lang=lang,
    )


def _findings(filler: _Filler, heading: str) -> list[RenderedBlock]:
    """The result's findings of the offer's codes, each as a numbered paragraph, and the texts
    of their bases (as resolved for this path: the version that applies)."""
    lang = filler.lang
    codes = set(filler.offered.offer.findings)

    def t(text: Text | None) -> str:
        return fill(text.get(lang), lang, filler.values) if text else ""

    items: list[str] = []
    citations: dict[tuple[str, int, int | None, int | None], Citation] = {}
    for part in filler.result.parts:
        if part.node.code not in codes:
            continue
        for f in part.findings:
            # A letter states what the client may demand: findings owed to the client's side
            # (the offer's ``owed_to``: the creditor, the injured person …), and none that
            # rests on a fact still to verify.
            to_whom = fill(f.to_whom.zh, "zh", filler.values)
            if (
                f.label == NO_LIABILITY
                or f.depends_on
                or not any(word in to_whom for word in filler.offered.offer.owed_to)
            ):
                continue
            label = t(f.sublabel) or f.label
            basis = words(lang)["names_sep"].join(filler.library.cite(c, lang) for c in f.basis)
            if lang == "zh":
                items.append(
                    f"{t(f.liable)}应当对{t(f.to_whom)}承担{label}，范围：{t(f.scope)}（依据：{basis}）。"
                )
            else:
                items.append(
                    f"{t(f.liable)} is liable to {t(f.to_whom)} ({label}): {t(f.scope)} "
                    f"(basis: {basis})."
                )
            for c in f.basis:
                citations.setdefault(c.key, c)
    if not items:
        return []
    w = words(lang)
    items = [i.replace(w["amount_unknown"], BLANK) for i in items]
    blocks = []
    if heading:
        blocks.append(RenderedBlock("para", text=heading))
    blocks.append(RenderedBlock("numbered", items=tuple(dict.fromkeys(items))))
    blocks.append(
        RenderedBlock(
            "quote",
            quotes=tuple(
                (law_reference(c, filler.library), filler.library.quote(c))
                for c in citations.values()
            ),
        )
    )
    return blocks


def _safe_file_name(name: str) -> str:
    bad = '<>:"/\\|?*'
    cleaned = "".join("_" if ch in bad or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:120] or "letter"


def refusal_reasons(session: Session) -> tuple[Text, ...]:
    """Why letters are not offered on this finished path (the Documents dialog and the
    ``documents`` command show them). The app's own letters; a broken letter file refuses
    nothing."""
    if not session.is_finished:
        return ()
    try:
        _, refused = letters_for(session)
    except (LetterError, OSError):
        return ()
    return tuple(r.reason for r in refused)
