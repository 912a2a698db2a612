"""The interview in a terminal (``liability-wizard walk``): every question type of format 2.

Numbered choices; several numbers for a multiple choice; dates as people write them (a month
alone where the question allows it); ``u`` for "不清楚" where allowed; amounts in yuan; the
case's history as events added one per line. ``b`` goes back, ``?`` shows the help, ``q``
quits. A thin front end over the engine, like the desktop app.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TextIO

from wizard.answer_text import TextValues, answer_text, fill, party_text
from wizard.answers import (
    UNKNOWN,
    AmountTextError,
    DateTextError,
    MonthDate,
    parse_amount_text,
    parse_date_text,
)
from wizard.casefile import CaseInfo
from wizard.deadline_text import event_short_name
from wizard.deadlines import EVENTS_WITH_UNTIL, Deadline, Event, compute
from wizard.engine import Answer, Session
from wizard.errors import EngineError
from wizard.model import (
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    InfoNode,
    Lang,
    MoneyQuestion,
    MultiQuestion,
    OutcomeNode,
    Text,
)
from wizard.statutes import StatuteLibrary

UNKNOWN_REPLIES = ("u", "unknown", "不清楚", "?u")

PROMPTS = {
    "zh": {
        "keys": "（数字选择，b 返回，? 帮助，q 退出）",
        "multi": "（可多选：输入编号，用逗号分隔，如 1,3；b 返回，? 帮助，q 退出）",
        "date": "请输入日期，如 2024-06-30（b 返回，? 帮助，q 退出）",
        "date_month": "请输入日期，如 2024-06-30；只知道月份可输入 2024-06",
        "unknown_hint": "；不清楚请输入 u",
        "money": "请输入金额（元），如 120000 或 12万（b 返回，? 帮助，q 退出）",
        "events": (
            "逐条添加事件：类型编号 日期 [结束日] [对象编号]，如 “2 2024-03-01 1”"
            "（1.2：只针对第1项中的第二个名称）；空行结束（b 返回，? 帮助，q 退出）"
        ),
        "event_kinds": "事件类型：",
        "event_parties": "对象：",
        "event_added": "已记录：",
        "events_so_far": "已记录的事件：",
        "info": "按回车继续（b 返回，q 退出）",
        "why": "为什么问：",
        "example": "例：",
        "verify": "可以证明的证据：",
        "quit": "已退出，未生成报告。",
        "first": "已经是第一个问题。",
        "invalid": "无效输入：",
        "outcome": "结论：{title}",
        "finding": "认定",
        "liable": "责任人",
        "to_whom": "向谁承担",
        "scope": "范围",
        "depends": "取决于待核实的事实：",
        "progress": "第 {n} 步，最多还有 {left} 步",
        "party_names": "{label}的名称（可不填；多个用、分隔；-- 跳过其余各方）：",
        "default": "回车沿用 [{value}]",
    },
    "en": {
        "keys": "(number to choose, b back, ? help, q quit)",
        "multi": "(several allowed: numbers separated by commas, e.g. 1,3; b back, ? help, q quit)",
        "date": "Enter a date, e.g. 2024-06-30 (b back, ? help, q quit)",
        "date_month": "Enter a date, e.g. 2024-06-30; 2024-06 if only the month is known",
        "unknown_hint": "; u if not known",
        "money": "Enter an amount in yuan, e.g. 120000 (b back, ? help, q quit)",
        "events": (
            "Add events one per line: kind-number date [end-date] [party-number], e.g. "
            '"2 2024-03-01 1" (1.2: only the second name of party 1); an empty line to finish '
            "(b back, ? help, q quit)"
        ),
        "event_kinds": "Kinds of event:",
        "event_parties": "Against:",
        "event_added": "Recorded: ",
        "events_so_far": "Events recorded: ",
        "info": "Press Enter to continue (b back, q quit)",
        "why": "Why we ask: ",
        "example": "Example: ",
        "verify": "Evidence that would settle it: ",
        "quit": "Quit; no report written.",
        "first": "This is the first question.",
        "invalid": "Invalid input: ",
        "outcome": "Outcome: {title}",
        "finding": "Finding",
        "liable": "Liable",
        "to_whom": "To whom",
        "scope": "Scope",
        "depends": "Depends on facts to verify: ",
        "progress": "Step {n}, at most {left} to go",
        "party_names": "Name(s) of the {label} (optional; several: a, b; -- skips the rest): ",
        "default": "Enter keeps [{value}]",
    },
}


class TextWalk:
    """An interactive walk through a session on text streams (the ``walk`` command)."""

    def __init__(
        self,
        session: Session,
        library: StatuteLibrary,
        lang: Lang,
        stdin: TextIO,
        stdout: TextIO,
        info: CaseInfo | None = None,
    ) -> None:
        self.session = session
        self.library = library
        self.lang: Lang = lang
        self.info = info or CaseInfo(consultation_date=session.consultation)
        self._in = stdin
        self._out = stdout
        self._p = PROMPTS[lang]

    def say(self, text: str = "") -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def ask(self, prompt: str) -> str | None:
        self._out.write(prompt + "\n> ")
        self._out.flush()
        line = self._in.readline()
        return None if line == "" else line.strip()

    def t(self, text: Text | None) -> str:
        """A tree text in the walk's language, its placeholders filled."""
        if text is None:
            return ""
        session = self.session

        def deadline(name: str) -> Deadline | None:
            spec = session.tree.named_deadline(name)
            if spec is None:
                return None
            return compute(session.deadline_request(spec), session.consultation)

        values = TextValues(
            tree=session.tree,
            names=self.info.names,
            answers=dict(session.answers),
            amount=session.amount,
            deadline=deadline,
        )
        return fill(text.get(self.lang), self.lang, values)

    # --- the walk ------------------------------------------------------------------------

    def ask_parties(self) -> bool:
        """The names of the tree's parties, for the texts and the report (False: quit)."""
        for party in self.session.tree.parties:
            reply = self.ask(self._p["party_names"].format(label=party.label.get(self.lang)))
            if reply is None or reply.lower() == "q":
                self.say(self._p["quit"])
                return False
            if reply == "--":
                return True
            names = tuple(n for n in reply.replace("，", ",").replace("、", ",").split(","))
            self.info = self.info.with_names(party.id, names)
            self.session.set_names(dict(self.info.parties))
        return True

    def run(self) -> bool:
        """Walk until an outcome (True) or until the user quits or input ends (False)."""
        actions: dict[type, Callable[[], str | None]] = {
            ChoiceQuestion: self._choice,
            MultiQuestion: self._multi,
            DateQuestion: self._date,
            MoneyQuestion: self._money,
            EventsQuestion: self._events,
            InfoNode: self._info,
        }
        while not self.session.is_finished:
            node = self.session.current
            progress = self.session.progress
            self.say()
            self.say(
                self._p["progress"].format(
                    n=progress.steps_taken + 1, left=progress.longest_remaining
                )
            )
            reply = actions[type(node)]()
            if reply is None or reply.lower() == "q":
                self.say(self._p["quit"])
                return False
            if reply.lower() == "b":
                if self.session.can_go_back:
                    self.session.back()
                else:
                    self.say(self._p["first"])
            elif reply == "?":
                self._help()
        self._print_result()
        return True

    def _print_result(self) -> None:
        outcome = self.session.outcome
        assert isinstance(outcome, OutcomeNode)
        result = self.session.result()
        self.say()
        # Outcome codes are the authors' references; the worker reads the title (§0.7).
        self.say(self._p["outcome"].format(title=self.t(outcome.title)))
        self.say(self.t(result.summary))
        for part in result.parts:
            for finding in part.findings:
                sub = f"（{self.t(finding.sublabel)}）" if finding.sublabel else ""
                self.say(f"- {self._p['finding']}: {finding.label}{sub}")
                self.say(f"  {self._p['liable']}: {self.t(finding.liable)}")
                self.say(f"  {self._p['to_whom']}: {self.t(finding.to_whom)}")
                self.say(f"  {self._p['scope']}: {self.t(finding.scope)}")
                if finding.depends_on:
                    questions = [
                        self.t(getattr(self.session.tree.node(q), "text", None))
                        for q in finding.depends_on
                    ]
                    self.say(f"  {self._p['depends']}{'；'.join(questions)}")

    def _default_hint(self, node_id: str) -> str:
        default = self.session.remembered(node_id)
        if default is None:
            return ""
        node = self.session.tree.node(node_id)
        if isinstance(node, MultiQuestion) and isinstance(default, tuple):
            value = "、".join(c.label.get(self.lang) for c in node.choices if c.id in default)
        elif isinstance(node, ChoiceQuestion):
            return ""  # the default choice is marked with *
        else:
            value = answer_text(self.session.tree, default, self.lang, self.info.names)
        return " " + self._p["default"].format(value=value)

    def _submit(self, value: Answer) -> None:
        try:
            self.session.answer(value)
        except EngineError as exc:
            self.say(self._p["invalid"] + str(exc))

    def _choice(self) -> str | None:
        node = self.session.current
        assert isinstance(node, ChoiceQuestion)
        self.say(self.t(node.text))
        default = self.session.remembered(node.id)
        for i, choice in enumerate(node.choices, start=1):
            mark = " *" if choice.id == default else ""
            self.say(f"  {i}. {self.t(choice.label)}{mark}")
        reply = self.ask(self._p["keys"])
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        if reply == "" and default is not None:
            self._submit(default)
            return ""
        if reply.isdigit() and 1 <= int(reply) <= len(node.choices):
            self._submit(node.choices[int(reply) - 1].id)
            return ""
        self.say(self._p["invalid"] + reply)
        return ""

    def _multi(self) -> str | None:
        node = self.session.current
        assert isinstance(node, MultiQuestion)
        self.say(self.t(node.text))
        default = self.session.remembered(node.id) or ()
        for i, choice in enumerate(node.choices, start=1):
            mark = " *" if choice.id in default else ""
            self.say(f"  {i}. {self.t(choice.label)}{mark}")
        reply = self.ask(self._p["multi"])
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        if reply == "" and default:
            self._submit(default)
            return ""
        numbers = [p.strip() for p in reply.replace("，", ",").replace(" ", ",").split(",") if p]
        if numbers and all(n.isdigit() and 1 <= int(n) <= len(node.choices) for n in numbers):
            self._submit(tuple(node.choices[int(n) - 1].id for n in numbers))
            return ""
        self.say(self._p["invalid"] + reply)
        return ""

    def _date(self) -> str | None:
        node = self.session.current
        assert isinstance(node, DateQuestion)
        self.say(self.t(node.text))
        prompt = self._p["date_month"] if node.allow_month else self._p["date"]
        if node.allow_unknown:
            prompt += self._p["unknown_hint"]
        reply = self.ask(prompt + self._default_hint(node.id))
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        if reply == "":
            default = self.session.remembered(node.id)
            if default is not None:
                self._submit(default)
            return ""
        if reply.lower() in UNKNOWN_REPLIES:
            self._submit(UNKNOWN)
            return ""
        try:
            self._submit(parse_date_text(reply, allow_month=node.allow_month))
        except DateTextError as exc:
            self.say(self._p["invalid"] + f"{reply} ({exc.reason})")
        return ""

    def _money(self) -> str | None:
        node = self.session.current
        assert isinstance(node, MoneyQuestion)
        self.say(self.t(node.text))
        prompt = self._p["money"] + (self._p["unknown_hint"] if node.allow_unknown else "")
        reply = self.ask(prompt + self._default_hint(node.id))
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        if reply == "":
            default = self.session.remembered(node.id)
            if default is not None:
                self._submit(default)
            return ""
        if reply.lower() in UNKNOWN_REPLIES:
            self._submit(UNKNOWN)
            return ""
        try:
            self._submit(parse_amount_text(reply))
        except AmountTextError as exc:
            self.say(self._p["invalid"] + f"{reply} ({exc.reason})")
        return ""

    def _events(self) -> str | None:
        node = self.session.current
        assert isinstance(node, EventsQuestion)
        tree = self.session.tree
        self.say(self.t(node.text))
        self.say(self._p["event_kinds"])
        for i, kind in enumerate(node.kinds, 1):
            self.say(f"  {i}. {event_short_name(kind, self.lang)}")
        if node.parties:
            self.say(self._p["event_parties"])
            for i, party in enumerate(node.parties, 1):
                names = self.info.names(party)
                self.say(f"  {i}. {party_text(tree, party, names, self.lang)}")
                if len(names) > 1:  # one of them alone: 1.2
                    self.say("     " + "  ".join(f"{i}.{j} {n}" for j, n in enumerate(names, 1)))
        remembered = self.session.remembered(node.id)
        events: list[Event] = list(remembered) if isinstance(remembered, tuple) else []
        if events:
            shown = answer_text(tree, tuple(events), self.lang, self.info.names)
            self.say(self._p["events_so_far"] + shown)
        while True:
            reply = self.ask(self._p["events"])
            if reply is None or reply.lower() in ("q", "b", "?"):
                return reply
            if reply == "":
                self._submit(tuple(events))
                return ""
            event = self._parse_event(node, reply)
            if event is None:
                self.say(self._p["invalid"] + reply)
                continue
            events.append(event)
            shown = answer_text(tree, (event,), self.lang, self.info.names)
            self.say(self._p["event_added"] + shown)

    def _parse_event(self, node: EventsQuestion, reply: str) -> Event | None:
        """``kind date [until] [party]`` — numbers for the kind and the party."""
        parts = reply.split()
        if len(parts) < 2 or not parts[0].isdigit() or not 1 <= int(parts[0]) <= len(node.kinds):
            return None
        kind = node.kinds[int(parts[0]) - 1]
        rest = parts[1:]
        party = person = ""
        target = re.fullmatch(r"(\d{1,2})(?:\.(\d{1,3}))?", rest[-1]) if rest else None
        if node.parties and target:
            rest.pop()
            index = int(target.group(1))
            if not 1 <= index <= len(node.parties):
                return None
            party = node.parties[index - 1]
            if target.group(2):
                names = self.info.names(party)
                which = int(target.group(2))
                if not 1 <= which <= len(names):
                    return None
                person = names[which - 1]
        try:
            on = parse_date_text(rest[0], allow_month=True)
            until: date | MonthDate | None = None
            if len(rest) > 1 and kind in EVENTS_WITH_UNTIL:
                until = parse_date_text(rest[1], allow_month=True)
            elif len(rest) > 1:
                return None
        except (DateTextError, IndexError):
            return None
        return Event(kind, on, until, party, person=person)  # type: ignore[arg-type]

    def _info(self) -> str | None:
        node = self.session.current
        assert isinstance(node, InfoNode)
        self.say(self.t(node.text))
        if node.body:
            self.say(self.t(node.body))
        reply = self.ask(self._p["info"])
        if reply is None or reply.lower() in ("q", "b"):
            return reply
        self.session.answer(None)
        return ""

    def _help(self) -> None:
        node = self.session.current
        help_ = getattr(node, "help", None)
        if help_ is not None:
            if help_.why:
                self.say(self._p["why"] + self.t(help_.why))
            for example in help_.examples:
                self.say(self._p["example"] + self.t(example))
            for term_id in help_.glossary:
                term = self.session.tree.term(term_id)
                self.say(f"· {term.term.get(self.lang)}: {term.definition.get(self.lang)}")
        verify = getattr(node, "verify", None)
        if verify is not None:
            self.say(self._p["verify"] + "；".join(self.t(e) for e in verify.evidence))
        for citation in getattr(node, "citations", ()):
            self.say(f"【{self.library.cite(citation, self.lang)}】{self.library.quote(citation)}")
