"""The triage page: the plain questions about the client's story, one under another as they
become relevant, and the assessments they suggest — each with why and the names it starts with,
ticked to be created.

The questions, the rules and the suggestions are the core's (``wizard.triage``); this page
shows them and reads what the worker chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.gui.answer_fields import ChoiceItem, ChoiceList, plain_label
from wizard.gui.controls import TITLE_SCALE, PushButton, heading
from wizard.gui.language import Retranslating
from wizard.gui.pages import scrolling
from wizard.model import Lang, Tree
from wizard.triage import Suggestion, Triage, TriageAnswer, TriageQuestion, split_names, suggest


@dataclass
class _Asked:
    """A triage question's widgets: a box with its choices, or a line for names."""

    question: TriageQuestion
    box: QGroupBox
    choices: ChoiceList | None = None
    line: QLineEdit | None = None

    def value(self) -> TriageAnswer | None:
        if self.line is not None:
            return split_names(self.line.text())
        assert self.choices is not None
        value = self.choices.value()
        if self.question.type == "multi":
            return value or ()  # type: ignore[return-value]
        return value

    def focus_widgets(self) -> list[QWidget]:
        if self.line is not None:
            return [self.line]
        assert self.choices is not None
        return list(self.choices.buttons())


class TriagePage(Retranslating, QWidget):
    """Signals:

    create_requested(list): the suggestions ticked, to become assessments of the case.
    cancel_requested(): back to where the worker came from.
    """

    create_requested = Signal(list)
    cancel_requested = Signal()

    def __init__(
        self, triage: Triage, trees: Mapping[str, Tree], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.triage = triage
        self._trees = trees
        self._lang: Lang = "zh"
        self._unticked: set[str] = set()  # the rules whose suggestion the worker unticked
        self.suggestions: tuple[Suggestion, ...] = ()
        self.suggestion_boxes: list[QCheckBox] = []

        self.title = heading(scale=TITLE_SCALE)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.asked: list[_Asked] = []
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        questions_layout.setContentsMargins(0, 0, 0, 0)
        for question in triage.questions:
            box = QGroupBox()
            box.setObjectName(f"triage-{question.id}")
            inner = QVBoxLayout(box)
            if question.type == "names":
                line = QLineEdit()
                line.setObjectName(f"triage-names-{question.id}")
                line.setMaxLength(2000)
                line.textEdited.connect(self.refresh)
                inner.addWidget(line)
                asked = _Asked(question, box, line=line)
            else:
                choices = ChoiceList()
                choices.changed.connect(self.refresh)
                inner.addWidget(choices)
                asked = _Asked(question, box, choices=choices)
            self.asked.append(asked)
            questions_layout.addWidget(box)

        self.suggested_box = QGroupBox()
        self.suggested_box.setObjectName("triage-suggestions")
        self._suggested_layout = QVBoxLayout(self.suggested_box)
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self._suggested_layout.addWidget(self.none_label)
        self._rows = QVBoxLayout()
        self._suggested_layout.addLayout(self._rows)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(questions)
        layout.addWidget(self.suggested_box)
        layout.addStretch()

        self.create_button = PushButton()
        self.create_button.setObjectName("triage-create")
        self.cancel_button = PushButton()
        self.cancel_button.setObjectName("triage-cancel")
        self.create_button.clicked.connect(self._create)
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(content), 1)
        outer.addLayout(buttons)
        self._show_texts()
        self.refresh()

    # --- language -----------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self._show_texts()
        self.refresh()

    def retranslate(self) -> None:
        self._static_texts()

    def _show_texts(self) -> None:
        self._static_texts()
        lang = self._lang
        for asked in self.asked:
            question = asked.question
            asked.box.setTitle(question.text.get(lang))
            if asked.line is not None:
                asked.line.setAccessibleName(question.text.get(lang))
            else:
                assert asked.choices is not None
                kept = asked.choices.value()
                chosen = (kept,) if isinstance(kept, str) else (kept or ())
                items = [ChoiceItem(c.id, c.label.get(lang)) for c in question.choices]
                asked.choices.show_choices(items, question.type == "multi", chosen)
                for button in asked.choices.buttons():
                    # Several lists on one page: no Alt+number of their own (they would clash).
                    button.setText(button.text().replace("&", ""))

    def _static_texts(self) -> None:
        self.title.setText(self.tr("Triage: start from the client's story"))
        self.intro.setText(
            self.tr(
                "A few plain questions about what happened. The assessments that apply are "
                "suggested below as you answer, each with why; untick those you do not want, "
                "then create them in the case. Names are optional; separate several with 、 "
                "or a comma."
            )
        )
        self.suggested_box.setTitle(self.tr("Suggested assessments"))
        self.none_label.setText(self.tr("No assessment is suggested yet: say what happened above."))
        self.create_button.setText(self.tr("&Create the chosen assessments"))
        self.cancel_button.setText(self.tr("&Back"))
        for asked in self.asked:
            if asked.line is not None:
                asked.line.setPlaceholderText(self.tr("e.g. 张三、李四 (optional)"))

    # --- the answers --------------------------------------------------------------------

    def answers(self) -> dict[str, TriageAnswer]:
        """The answers to the questions on show, each read only if it is asked given those
        before it."""
        found: dict[str, TriageAnswer] = {}
        for asked in self.asked:
            if not asked.question.shown(found):
                continue
            value = asked.value()
            if value is not None:
                found[asked.question.id] = value
        return found

    def reset(self) -> None:
        """Every question unanswered, as for a new client."""
        for asked in self.asked:
            if asked.line is not None:
                asked.line.clear()
            elif asked.choices is not None:
                asked.choices.show_choices(
                    [ChoiceItem(c.id, c.label.get(self._lang)) for c in asked.question.choices],
                    asked.question.type == "multi",
                )
        self._unticked.clear()
        self._clear_rows()
        self.suggestions = ()
        self._show_texts()
        self.refresh()

    def focus_first(self) -> None:
        widgets = self.asked[0].focus_widgets() if self.asked else []
        (widgets[0] if widgets else self.create_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> list[Suggestion]:
        """The suggestions ticked."""
        return [
            s
            for s, box in zip(self.suggestions, self.suggestion_boxes, strict=True)
            if box.isChecked()
        ]

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the questions now relevant and the suggestions for the answers so far."""
        answers = self.answers()
        shown_before: dict[str, TriageAnswer] = {}
        for asked in self.asked:
            visible = asked.question.shown(shown_before)
            asked.box.setVisible(visible)
            if visible and asked.question.id in answers:
                shown_before[asked.question.id] = answers[asked.question.id]
        self._show_suggestions(suggest(self.triage, answers, self._lang))
        self._chain_tabs()

    def _show_suggestions(self, suggestions: tuple[Suggestion, ...]) -> None:
        same_rules = [s.rule for s in suggestions] == [s.rule for s in self.suggestions]
        if not same_rules:
            self._clear_rows()
        self.suggestions = suggestions
        for index, item in enumerate(suggestions):
            tree = self._trees[item.tree]
            title = tree.title.get(self._lang)
            if item.about:
                title += f"（{item.about}）" if self._lang == "zh" else f" ({item.about})"
            details = [item.why.get(self._lang)]
            colon, sep = ("：", "、") if self._lang == "zh" else (": ", ", ")
            labels = {p.id: p.label.get(self._lang) for p in tree.parties}
            for party, names in item.parties:
                details.append(f"{labels.get(party, party)}{colon}{sep.join(names)}")
            text = "\n".join(details)
            if same_rules:
                box = self.suggestion_boxes[index]
                box.setText(title.replace("&", "&&"))
                box.setAccessibleDescription(text)
                label = box.property("details")
                if isinstance(label, QLabel):
                    label.setText(text)
                continue
            box = QCheckBox(title.replace("&", "&&"))
            box.setObjectName(f"suggestion-{item.rule}")
            box.setChecked(item.rule not in self._unticked)
            box.setAccessibleDescription(text)
            box.toggled.connect(lambda on, r=item.rule: self._ticked(r, on))
            label = plain_label(text)
            label.setObjectName(f"suggestion-why-{item.rule}")
            label.setContentsMargins(24, 0, 0, 6)
            box.setProperty("details", label)
            self._rows.addWidget(box)
            self._rows.addWidget(label)
            box.show()
            label.show()
            self.suggestion_boxes.append(box)
        self.none_label.setVisible(not suggestions)
        self._update_create()

    def _clear_rows(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus in self.suggestion_boxes:
            self.create_button.setFocus()  # off a box about to go
        while self._rows.count():
            widget = self._rows.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
        self.suggestion_boxes = []

    def _ticked(self, rule: str, on: bool) -> None:
        if on:
            self._unticked.discard(rule)
        else:
            self._unticked.add(rule)
        self._update_create()

    def _update_create(self) -> None:
        self.create_button.setEnabled(any(b.isChecked() for b in self.suggestion_boxes))

    def _chain_tabs(self) -> None:
        """Tab goes down the questions on show, the suggestions, then the buttons."""
        chain: list[QWidget] = []
        for asked in self.asked:
            chain += asked.focus_widgets()
        chain += [*self.suggestion_boxes, self.create_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _create(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.create_requested.emit(chosen)
