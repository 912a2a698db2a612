"""Triage in the terminal (``liability-wizard triage``): the plain questions one by one, then
the suggested trees with why, and the worker's choice of which to create."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from wizard.model import Lang, Tree
from wizard.triage import Suggestion, Triage, TriageAnswer, TriageQuestion, split_names, suggest

STRINGS: dict[Lang, dict[str, str]] = {
    "zh": {
        "intro": "分诊：几个简单的问题，帮助判断本案要做哪些评估。",
        "pick_one": "请输入编号：",
        "pick_many": "请输入编号（可多个，用空格或逗号分隔）：",
        "names": "名称（可不填；多个用、分隔）：",
        "bad_choice": "请输入列出的编号。",
        "suggested": "建议的评估：",
        "none": "没有找到适用的评估。可以在程序里直接选择要评估的问题。",
        "confirm": "创建哪些评估？（编号，用空格分隔；直接回车＝全部；0＝都不创建）：",
        "end": "输入已结束。",
        "side": "当事人立场",
    },
    "en": {
        "intro": "Triage: a few plain questions to find which assessments the case needs.",
        "pick_one": "Enter a number: ",
        "pick_many": "Enter numbers (several, separated by spaces or commas): ",
        "names": "Names (optional; separate several with 、 or commas): ",
        "bad_choice": "Please enter one of the numbers listed.",
        "suggested": "Suggested assessments:",
        "none": "No assessment fits. You can pick a question to assess directly in the app.",
        "confirm": "Create which? (numbers separated by spaces; Enter = all; 0 = none): ",
        "end": "End of input.",
        "side": "The client's side",
    },
}


class TriageWalk:
    def __init__(
        self,
        triage: Triage,
        trees: Mapping[str, Tree],
        lang: Lang,
        stdin: TextIO,
        stdout: TextIO,
    ) -> None:
        self.triage = triage
        self.trees = trees
        self.lang = lang
        self.stdin = stdin
        self.stdout = stdout
        self.s = STRINGS[lang]
        self.answers: dict[str, TriageAnswer] = {}

    def run(self) -> tuple[Suggestion, ...] | None:
        """Ask, suggest, and return the suggestions the worker kept (None at end of input)."""
        self._say(self.s["intro"])
        asked: set[str] = set()
        while True:
            pending = [q for q in self.triage.shown(self.answers) if q.id not in asked]
            if not pending:
                break
            question = pending[0]
            asked.add(question.id)
            answer = self._ask(question)
            if answer is None:
                self._say(self.s["end"])
                return None
            self.answers[question.id] = answer
        found = suggest(self.triage, self.answers, self.lang)
        if not found:
            self._say(self.s["none"])
            return ()
        self._say("")
        self._say(self.s["suggested"])
        for number, item in enumerate(found, start=1):
            title = self.trees[item.tree].title.get(self.lang)
            about = f"（{item.about}）" if self.lang == "zh" else f" ({item.about})"
            self._say(f"  {number}. {title}{about if item.about else ''}")
            self._say(f"     {item.why.get(self.lang)}")
            side = self.trees[item.tree].side(item.side) if item.side else None
            if side is not None:
                colon = "：" if self.lang == "zh" else ": "
                self._say(f"     {self.s['side']}{colon}{side.label.get(self.lang)}")
            for party, names in item.parties:
                label = next(
                    p.label.get(self.lang) for p in self.trees[item.tree].parties if p.id == party
                )
                colon, sep = ("：", "、") if self.lang == "zh" else (": ", ", ")
                self._say(f"     {label}{colon}{sep.join(names)}")
        while True:
            reply = self._read(self.s["confirm"])
            if reply is None:
                return None
            if not reply.strip():
                return found
            picked = self._numbers(reply, len(found), allow_zero=True)
            if picked is not None:
                return tuple(found[n - 1] for n in picked if n)

    def _ask(self, question: TriageQuestion) -> TriageAnswer | None:
        self._say("")
        self._say(question.text.get(self.lang))
        if question.type == "names":
            reply = self._read(self.s["names"])
            return None if reply is None else split_names(reply)
        for number, choice in enumerate(question.choices, start=1):
            self._say(f"  {number}. {choice.label.get(self.lang)}")
        many = question.type == "multi"
        while True:
            reply = self._read(self.s["pick_many"] if many else self.s["pick_one"])
            if reply is None:
                return None
            picked = self._numbers(reply, len(question.choices), allow_zero=False)
            if picked and (many or len(picked) == 1):
                ids = tuple(question.choices[n - 1].id for n in picked)
                return ids if many else ids[0]
            self._say(self.s["bad_choice"])

    def _numbers(self, reply: str, count: int, allow_zero: bool) -> list[int] | None:
        parts = reply.replace(",", " ").replace("，", " ").replace("、", " ").split()
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            self._say(self.s["bad_choice"])
            return None
        low = 0 if allow_zero else 1
        if not numbers or any(n < low or n > count for n in numbers):
            self._say(self.s["bad_choice"])
            return None
        return list(dict.fromkeys(numbers))

    def _read(self, prompt: str) -> str | None:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self.stdout.write("\n")
            return None
        return line.rstrip("\n")

    def _say(self, text: str) -> None:
        self.stdout.write(text + "\n")
