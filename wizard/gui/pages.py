"""The interview's pages: case information, a question, the review and the result.

Each page renders state it is given and reports what the user entered; the flow between
pages lives in ``interview.InterviewView`` and the logic in the engine.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard import helptext
from wizard.answer_text import TextValues, answer_text, fill, party_text, words
from wizard.casefile import CaseInfo
from wizard.deadlines import Deadline, Event, compute
from wizard.engine import Answer, Result, Session
from wizard.gui.answer_fields import (
    ChoiceItem,
    ChoiceList,
    ChoiceRow,
    EventsEditor,
    MoneyField,
    buddy_text,
    plain_label,
)
from wizard.gui.controls import HEADING_SCALE, SUBHEADING_SCALE, PushButton, heading
from wizard.gui.date_field import DateField, OfferedDate
from wizard.gui.known import offer_names
from wizard.gui.language import Retranslating
from wizard.model import (
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    InfoNode,
    Lang,
    MoneyQuestion,
    MultiQuestion,
    Node,
    Party,
    Text,
    Tree,
)
from wizard.report import report_strings
from wizard.statutes import StatuteLibrary

__all__ = ["CaseInfoPage", "ChoiceRow", "QuestionPage", "ResultPage", "ReviewPage"]

# Space between a page's parts (logical pixels).
SPACING = 8

# The placeholders of format 2 texts ({party.x}, {amount.x}, {date.q}, {deadline.x}).
PLACEHOLDER = re.compile(r"\{(?:party|amount|date|deadline)\.[a-z0-9_]+\}")
# What separates several names of one party as typed.
NAME_SEPARATORS = re.compile(r"[、,，;；\n]")


def case_values(session: Session, info: CaseInfo) -> TextValues:
    """What the placeholders of the texts stand for now: the names of the case information,
    the answers so far, amounts and deadlines as the engine computes them."""

    def deadline(name: str) -> Deadline | None:
        spec = session.tree.named_deadline(name)
        if spec is None:
            return None
        return compute(session.deadline_request(spec), session.consultation)

    return TextValues(
        tree=session.tree,
        names=info.names,
        answers=dict(session.answers),
        amount=session.amount,
        deadline=deadline,
    )


def fill_html(html: str, lang: Lang, values: TextValues) -> str:
    """Fill the placeholders of an HTML fragment, each value escaped (names are user text)."""
    return PLACEHOLDER.sub(lambda m: escape(fill(m.group(0), lang, values)), html)


def split_names(text: str, many: bool) -> tuple[str, ...]:
    """The names typed for a party: several (separated by 、 or ,) for a party of many."""
    if not many:
        return (text.strip(),) if text.strip() else ()
    return tuple(n.strip() for n in NAME_SEPARATORS.split(text) if n.strip())


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down when it does not fit (at
    200 % or with many parties), never sideways: its text wraps to the width instead."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the frame
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


class CaseInfoPage(Retranslating, QWidget):
    """Client, worker, organisation, case number, consultation date, the names of the tree's
    parties, and notes.

    Only the consultation date is required: it starts as today's date, shown as text the
    worker confirms or corrects. The names are optional: one line per party, several names
    separated by 、 or , for a party of many (shareholders, guarantors …).

    Signals:
        edited(): something was typed (debounced).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = heading()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.client = QLineEdit()
        self.worker = QLineEdit()
        self.organisation = QLineEdit()
        self.case_number = QLineEdit()
        self.consultation_date = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 8)
        self._shown_date = date.today()  # the last valid consultation date
        self._shown_parties: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._known_names: tuple[str, ...] = ()
        self._lang: Lang = "zh"
        self._tree: Tree | None = None
        # The tree's parties, each with its label and the line its names are typed in.
        self.party_fields: list[tuple[Party, QLabel, QLineEdit]] = []
        self._parties_heading = heading(scale=SUBHEADING_SCALE)
        self._parties_hint = QLabel()
        self._parties_hint.setWordWrap(True)
        self._parties_box = QWidget()
        box = QVBoxLayout(self._parties_box)
        box.setContentsMargins(0, SPACING, 0, 0)
        box.addWidget(self._parties_heading)
        box.addWidget(self._parties_hint)
        self._parties_box.hide()
        self._form = QFormLayout()
        self._form.setVerticalSpacing(SPACING + 2)
        self._form.setHorizontalSpacing(SPACING * 2)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels = [QLabel() for _ in range(6)]
        self._fields: tuple[QWidget, ...] = (
            self.client,
            self.worker,
            self.organisation,
            self.case_number,
            self.consultation_date,
            self.notes,
        )
        for label, field in zip(self._labels[:5], self._fields[:5], strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        self._form.addRow(self._parties_box)
        self._labels[5].setBuddy(self.notes)
        self._form.addRow(self._labels[5], self.notes)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addSpacing(SPACING)
        layout.addLayout(self._form)
        layout.addStretch()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        # Autosave what is typed shortly after typing stops, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.edited)
        for line in (self.client, self.worker, self.organisation, self.case_number):
            line.textEdited.connect(self._debounce.start)
        self.notes.textChanged.connect(self._debounce.start)
        self.consultation_date.edited.connect(self._debounce.start)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Case information"))
        self._hint.setText(
            self.tr(
                "These are printed on the report; only the consultation date is needed. "
                "Deadlines are counted to the consultation date: check it with the client."
            )
        )
        texts = (
            self.tr("C&lient name:"),
            self.tr("&Worker name:"),
            self.tr("&Organisation:"),
            self.tr("Case n&umber:"),
            self.tr("Consultation &date:"),
            self.tr("Note&s:"),
        )
        for label, text, field in zip(self._labels, texts, self._fields, strict=True):
            label.setText(text)
            target = field.edit if isinstance(field, DateField) else field
            target.setAccessibleName(text.replace("&", "").rstrip(":："))
        self._parties_heading.setText(self.tr("Names of the parties"))
        self._parties_hint.setText(
            self.tr(
                "Optional. The questions and the report call each party by the names given "
                "here; where a party may be several people, separate their names with 、 or a "
                "comma."
            )
        )
        self._label_parties()

    def set_tree(self, tree: Tree, lang: Lang) -> None:
        """Ask for the names of ``tree``'s parties (in ``lang``); what is typed stays when
        the tree is the same (e.g. the language changed)."""
        self._lang = lang
        same = self._tree is not None and self._tree.id == tree.id
        self._tree = tree
        if not same:
            for _party, _label, line in self.party_fields:
                self._form.removeRow(line)
            self.party_fields = []
            row = self._form.rowCount() - 1  # before the notes
            for party in tree.parties:
                label = QLabel()
                line = QLineEdit()
                line.setObjectName(f"party-{party.id}")
                line.setMaxLength(2000)
                label.setBuddy(line)
                line.textEdited.connect(self._debounce.start)
                self._form.insertRow(row, label, line)
                row += 1
                self.party_fields.append((party, label, line))
        self._parties_box.setVisible(bool(tree.parties))
        self._label_parties()
        self.offer_names(self._known_names)

    def offer_names(self, names: tuple[str, ...]) -> None:
        """Offer the names the case's other assessments hold as each party's line is typed."""
        self._known_names = names
        for _party, _label, line in self.party_fields:
            offer_names(line, names)

    def _label_parties(self) -> None:
        for party, label, line in self.party_fields:
            name = party.label.get(self._lang)
            name = name[:1].upper() + name[1:]  # "guarantor" in a sentence, a label alone
            if party.many:
                text = self.tr("{party} (one or more):").format(party=name)
            else:
                text = self.tr("{party}:").format(party=name)
            label.setText(buddy_text(text))
            line.setAccessibleName(name)
            line.setPlaceholderText(
                self.tr("one or more names, e.g. 张三、李四") if party.many else ""
            )

    def show_info(self, info: CaseInfo) -> None:
        self.blockSignals(True)
        self.client.setText(info.client_name)
        self.worker.setText(info.worker_name)
        self.organisation.setText(info.organisation)
        self.case_number.setText(info.case_number)
        self._shown_date = info.consultation_date
        self.consultation_date.set_value(info.consultation_date)
        if self.notes.toPlainText() != info.notes:
            self.notes.setPlainText(info.notes)
        self._shown_parties = info.parties
        separator = words(self._lang)["names_sep"]
        for party, _label, line in self.party_fields:
            line.setText(separator.join(info.names(party.id)))
        self.blockSignals(False)
        self._debounce.stop()

    def info(self) -> CaseInfo:
        """What is entered; while the date text is not a valid date, the last valid one."""
        value = self.consultation_date.value()
        if isinstance(value, date):
            self._shown_date = value
        info = CaseInfo(
            client_name=self.client.text(),
            worker_name=self.worker.text(),
            organisation=self.organisation.text(),
            case_number=self.case_number.text(),
            consultation_date=self._shown_date,
            notes=self.notes.toPlainText(),
            parties=self._shown_parties,  # names of parties this tree does not ask stay
        )
        for party, _label, line in self.party_fields:
            info = info.with_names(party.id, split_names(line.text(), party.many))
        return info

    def tab_chain(self) -> list[QWidget]:
        """The page's controls in Tab order: down the form, through the date's text and its
        calendar button, the parties' names, on to the notes."""
        date_field = self.consultation_date
        return [
            self.client,
            self.worker,
            self.organisation,
            self.case_number,
            date_field.edit,
            date_field.calendar_button,
            date_field.known_button,
            date_field.unknown_box,
            *(line for _party, _label, line in self.party_fields),
            self.notes,
        ]

    def commit(self) -> bool:
        """Whether the page can be left: the consultation date is valid (else it says why)."""
        return self.consultation_date.commit()

    def flush(self) -> None:
        """Report pending edits now (before leaving the page or saving)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.edited.emit()


class QuestionPage(QWidget):
    """One question or information page, with its help panel: a choice, several choices, a
    date, an amount or the case's history.

    Enter is not handled here: it reaches the interview view, which goes on (the history's
    form takes it first while it holds an event to add).

    Signals:
        complete_changed(bool): whether there is an answer to try (a choice selected, text
            typed); ``is_complete()`` says whether it is valid.
    """

    complete_changed = Signal(bool)

    def __init__(self, library: StatuteLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._node: Node | None = None
        self._session: Session | None = None
        self._info = CaseInfo()
        self._lang: Lang = "zh"
        self._help_source = ""

        self.question = heading()
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # it may hold a party's names
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = plain_label()
        self.note = QLabel()
        self.note.setObjectName("question-note")
        self.note.setWordWrap(True)
        self.choices = ChoiceList()
        self.choices.changed.connect(self._toggled)
        self.date_field = DateField()
        self.date_field.edit.textChanged.connect(self._toggled)
        self.date_field.value_changed.connect(self._toggled)
        self.money_field = MoneyField()
        self.money_field.edit.textChanged.connect(self._toggled)
        self.money_field.value_changed.connect(self._toggled)
        self.events_editor = EventsEditor()
        self.events_editor.changed.connect(self._toggled)
        self._answers: tuple[QWidget, ...] = (
            self.choices,
            self.date_field,
            self.money_field,
            self.events_editor,
        )
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setSpacing(SPACING * 2)
        left_layout.addWidget(self.question)
        left_layout.addWidget(self.body)
        left_layout.addWidget(self.note)
        for answer in self._answers:
            left_layout.addWidget(answer)
        left_layout.addWidget(self.keys_hint)
        left_layout.addStretch()

        self.help = QTextBrowser()
        self.help.setOpenLinks(False)
        self.help.anchorClicked.connect(self._link)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scrolling(left))
        self.splitter.addWidget(self.help)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split = False  # the first showing shares the width out (then the user's own)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    @property
    def group(self) -> QButtonGroup:
        """The choices' buttons (ids: the choices' indexes)."""
        return self.choices.group

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            # Question and help side by side, half and half; the size hints would give the
            # question most of it (its key hint is one long line).
            self._split = True
            half = max(self.splitter.width() // 2, 1)
            self.splitter.setSizes([half, half])

    # --- rendering ----------------------------------------------------------------------

    def show_node(
        self,
        session: Session,
        lang: Lang,
        keep_input: bool = False,
        info: CaseInfo | None = None,
    ) -> None:
        """Show the current page; ``keep_input`` keeps what is typed or chosen on it so far
        (when the same page is shown again, e.g. in another language). ``info`` gives the
        parties' names the texts use."""
        keep = keep_input and self._node is not None and self._node.id == session.current.id
        kept_choice = self.choices.value() if keep else None
        self._session = session
        self._node = node = session.current
        self._lang = lang
        self._info = info or self._info
        values = case_values(session, self._info)

        def say(text: Text | None) -> str:
            return fill(text.get(lang), lang, values) if text is not None else ""

        default = session.remembered(node.id)
        if default is not None and not session.fits(node, default):
            default = None
        self.question.setText(say(getattr(node, "text", None)))
        body = say(node.body) if isinstance(node, InfoNode) and node.body else ""
        self.body.setText(body)
        self.body.setVisible(bool(body))
        note = ""
        if isinstance(node, ChoiceQuestion) and node.asks_side:
            note = self.tr(
                "Choose the side of the person you are advising: the report is written for "
                "that side — what it can claim, or how it can answer a claim."
            )
        self.note.setText(note)
        self.note.setVisible(bool(note))
        shown: QWidget | None = None
        if isinstance(node, ChoiceQuestion | MultiQuestion):
            shown = self.choices
            multiple = isinstance(node, MultiQuestion)
            items = [
                ChoiceItem(c.id, say(c.label), c.unknown, c.exclusive or c.unknown)
                for c in node.choices
            ]
            chosen = kept_choice if keep else default
            if isinstance(chosen, str):
                chosen = (chosen,)
            self.choices.show_choices(items, multiple, chosen or ())
            if multiple:
                hint = self.tr(
                    "Keys: 1–9 tick or untick (or Tab and Space), Enter goes on, "
                    "Alt+B goes back, F1 help."
                )
            else:
                hint = self.tr(
                    "Keys: 1–9 choose (or arrows and Space), Enter goes on, "
                    "Alt+B goes back, F1 help."
                )
            self.keys_hint.setText(hint)
            first = self.choices.first_focus()
            if first is not None:
                QTimer.singleShot(0, first.setFocus)
        elif isinstance(node, DateQuestion):
            shown = field = self.date_field
            if not keep:
                field.set_allow_month(node.allow_month)
                field.set_allow_unknown(node.allow_unknown)
                # Empty unless answered before: no silent default such as today.
                field.set_value(default)  # type: ignore[arg-type]
            field.edit.setAccessibleName(say(node.text))
            field.unknown_box.setAccessibleName(f"{say(node.text)} {field.unknown_box.text()}")
            if node.allow_month:
                hint = self.tr(
                    "Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or "
                    "20240630; only the month: 2024-06 or 2024年6月), Alt+Down opens the "
                    "calendar, Enter goes on, Alt+B goes back, F1 help."
                )
            else:
                hint = self.tr(
                    "Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or "
                    "20240630), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, "
                    "F1 help."
                )
            self.keys_hint.setText(hint)
            QTimer.singleShot(0, self._focus_text)
        elif isinstance(node, MoneyQuestion):
            shown = money = self.money_field
            if not keep:
                money.set_allow_unknown(node.allow_unknown)
                money.set_value(default)  # type: ignore[arg-type]
            money.edit.setAccessibleName(say(node.text))
            self.keys_hint.setText(
                self.tr(
                    "Keys: type the amount in yuan (120000, 120,000.50, 12万 or ¥3,000), "
                    "Enter goes on, Alt+B goes back, F1 help."
                )
            )
            QTimer.singleShot(0, self._focus_text)
        elif isinstance(node, EventsQuestion):
            shown = editor = self.events_editor
            names = {
                p: party_text(session.tree, p, self._info.names(p), lang) for p in node.parties
            }
            editor.set_question(
                node.kinds,
                node.parties,
                names,
                lang,
                lambda events, n=node: session.checked(n, events),
            )
            if not keep:
                editor.set_events(default if isinstance(default, tuple) else ())  # type: ignore[arg-type]
            editor.table.setAccessibleDescription(say(node.text))
            self.keys_hint.setText(
                self.tr(
                    "Keys: fill in an event and press Enter to add it to the list; Tab reaches "
                    "the list, where arrows select, Delete removes and F2 changes an event. "
                    "With nothing typed in the form, Enter goes on (an empty list is an "
                    "answer too). Alt+B goes back, F1 help."
                )
            )
            QTimer.singleShot(0, self._focus_events)
        else:
            self.keys_hint.setText(self.tr("Enter goes on."))
        for answer in self._answers:
            answer.setVisible(answer is shown)
        source = helptext.help_html(node, session.tree, self._library, lang)
        source += self._verify_html(node, lang)
        self._help_source = fill_html(source, lang, values)
        self.help.setHtml(self._help_source or self.tr("No help for this question."))
        self.complete_changed.emit(self.has_input())

    def _verify_html(self, node: Node, lang: Lang) -> str:
        """What would prove a fact the client may not know, and what turns on it."""
        verify = getattr(node, "verify", None)
        if verify is None:
            return ""
        evidence = escape(self.tr("Evidence that would prove it"))
        items = "".join(f"<li>{escape(e.get(lang))}</li>" for e in verify.evidence)
        html = f"<h3>{evidence}</h3><ul>{items}</ul>"
        if verify.effect is not None:
            effect = escape(self.tr("What turns on it"))
            html += f"<h3>{effect}</h3><p>{escape(verify.effect.get(lang))}</p>"
        return html

    def _focus_text(self) -> None:
        # All selected: typing replaces a remembered answer, as in any text field.
        for field in (self.date_field, self.money_field):
            if field.isVisible():
                target = field.edit if field.edit.isEnabled() else field.unknown_box
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                field.edit.selectAll()

    def _focus_events(self) -> None:
        if self.events_editor.isVisible():
            self.events_editor.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_chain(self) -> list[QWidget]:
        """The page's controls in Tab order: the answer, then the help."""
        date_field, money = self.date_field, self.money_field
        answer: list[QWidget] = [*self.choices.buttons()]
        answer += [date_field.edit, date_field.calendar_button, date_field.known_button]
        answer += [date_field.unknown_box]
        answer += [money.edit, money.unknown_box, *self.events_editor.tab_chain()]
        return [*answer, self.help]

    def offer_dates(self, offered: list[OfferedDate]) -> None:
        """Offer the dates the case's other assessments hold in the date fields."""
        for field in (self.date_field, self.events_editor.on, self.events_editor.until):
            field.offer_dates(offered)

    def has_input(self) -> bool:
        """Whether there is something to try: a choice, or text (valid or not)."""
        node = self._node
        if isinstance(node, ChoiceQuestion | MultiQuestion):
            return self.choices.value() is not None
        if isinstance(node, DateQuestion):
            return bool(self.date_field.text().strip()) or self.date_field.is_valid()
        if isinstance(node, MoneyQuestion):
            return bool(self.money_field.text().strip()) or self.money_field.is_valid()
        return True

    def is_complete(self) -> bool:
        """Whether the answer on show is one the engine takes."""
        node, session = self._node, self._session
        if node is None or session is None or isinstance(node, InfoNode):
            return True
        value = self.value()
        return value is not None and session.fits(node, value)

    def commit(self) -> bool:
        """Whether the answer can be given; if not, the page says why and takes the focus."""
        node = self._node
        if isinstance(node, ChoiceQuestion | MultiQuestion) and self.choices.value() is None:
            self.choices.say_problem()
            return False
        if isinstance(node, DateQuestion) and not self.date_field.commit():
            return False
        if isinstance(node, MoneyQuestion) and not self.money_field.commit():
            return False
        if isinstance(node, EventsQuestion) and not self.events_editor.commit():
            return False
        return self.is_complete()

    def value(self) -> Answer:
        node = self._node
        if isinstance(node, ChoiceQuestion | MultiQuestion):
            return self.choices.value()
        if isinstance(node, DateQuestion):
            return self.date_field.value()
        if isinstance(node, MoneyQuestion):
            return self.money_field.value()
        if isinstance(node, EventsQuestion):
            return self.events_editor.events()
        return None

    # --- input --------------------------------------------------------------------------

    def choose(self, number: int) -> bool:
        """Choose the ``number``-th choice (1-based), or toggle its tick in a multiple
        choice, as its key 1–9 does; False if none."""
        if not isinstance(self._node, ChoiceQuestion | MultiQuestion):
            return False
        return self.choices.choose(number)

    def _toggled(self, *_: object) -> None:
        self.complete_changed.emit(self.has_input())

    def _link(self, url: object) -> None:
        link = url.toString()  # type: ignore[attr-defined]
        if self._session is None:
            return
        back_text = self.tr("← Back to the help")
        back = f'<p><a href="help:">{back_text}</a></p>'
        if link.startswith("article:"):
            self.help.setHtml(back + helptext.article_html(link, self._library))
        elif link.startswith("term:"):
            self.help.setHtml(back + helptext.term_html(link, self._session.tree, self._lang))
        else:
            self.help.setHtml(self._help_source)


class ReviewPage(Retranslating, QWidget):
    """Every question asked with the answer given, each with a "Change" button.

    Signals:
        change_requested(str): the node id of the answer to change.
    """

    change_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = heading()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Questions and answers share the width and wrap; rows grow to fit them.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Review your answers"))
        self._hint.setText(
            self.tr(
                'Check each answer with the client. "Change" goes back to that question; '
                "later answers are kept where they still apply."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer"), ""])

    def show_session(self, session: Session, lang: Lang, info: CaseInfo | None = None) -> None:
        """Every page answered on the path, its answer in words (``info``: the names)."""
        info = info or CaseInfo()
        values = case_values(session, info)
        tree = session.tree
        rows = []
        for step in session.path:
            if not step.is_page:
                continue
            node = session.tree.node(step.node_id)
            value = step.answer
            if isinstance(node, ChoiceQuestion):
                choice = node.choice(str(value))
                answer = fill(choice.label.get(lang), lang, values) if choice else str(value)
            elif isinstance(node, MultiQuestion):
                chosen = tuple(c.label for c in node.choices if c.id in (value or ()))  # type: ignore[operator]
                answer = fill(answer_text(tree, chosen, lang), lang, values)
            elif isinstance(node, EventsQuestion):
                events = value if isinstance(value, tuple) else ()
                lines = [
                    answer_text(tree, (e,), lang, info.names)
                    for e in events
                    if isinstance(e, Event)
                ]
                answer = "\n".join(lines) or words(lang)["no_events"]
            elif isinstance(node, DateQuestion | MoneyQuestion):
                answer = answer_text(tree, value, lang, info.names)
            else:
                continue
            rows.append((node.id, fill(node.text.get(lang), lang, values), answer))
        for row in range(self.table.rowCount()):
            old = self.table.cellWidget(row, 2)
            if old is not None:
                old.hide()  # at once: the view deletes it only later
                old.setObjectName("")
        self.table.setRowCount(len(rows))
        for row, (node_id, question, answer) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(question))
            self.table.setItem(row, 1, QTableWidgetItem(answer))
            button = PushButton(self.tr("Change"))
            button.setObjectName(f"change-{node_id}")
            button.setAccessibleName(
                self.tr("Change the answer to: {question}").format(question=question)
            )
            button.clicked.connect(lambda _=False, n=node_id: self.change_requested.emit(n))
            self.table.setCellWidget(row, 2, button)
        self.table.resizeRowsToContents()

    def tab_chain(self) -> list[QWidget]:
        """The table, then each "Change" button from the top."""
        rows = range(self.table.rowCount())
        return [self.table, *(w for r in rows if (w := self.table.cellWidget(r, 2)) is not None)]


class ConclusionCard(QFrame):
    """The result at a glance: the outcome's title, the liability found, its summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conclusion")
        # A calm card: a light panel with a strong bar on the left, text in the palette's colours.
        self.setStyleSheet(
            "QFrame#conclusion { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-left: 6px solid #1f4e8c;"
            " border-radius: 4px; }"
        )
        self.title = heading(scale=HEADING_SCALE)
        self.title.setObjectName("conclusion-title")
        self.labels = heading(scale=SUBHEADING_SCALE)
        self.labels.setObjectName("conclusion-labels")
        self.summary = QLabel()
        self.summary.setObjectName("conclusion-summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2 + 4, SPACING + 4, SPACING * 2, SPACING + 4)
        layout.setSpacing(SPACING // 2)
        for label in (self.title, self.labels, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the summary holds names typed
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def text(self) -> str:
        """Everything the card says, one part a line (for screen readers and tests)."""
        parts = (self.title, self.labels, self.summary)
        return "\n".join(p.text() for p in parts if p.text())


class ResultPage(Retranslating, QWidget):
    """The conclusion card and the full report, with print and export actions."""

    print_requested = Signal()
    preview_requested = Signal()
    pdf_requested = Signal()
    html_requested = Signal()
    documents_requested = Signal()  # the next-step letters (wizard/gui/documents.py)
    restart_requested = Signal()
    overview_requested = Signal()  # the case overview: the case's other assessments
    calculator_requested = Signal(int)  # the index of a deadline row of the result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = ConclusionCard()
        self.report = QTextBrowser()
        self.report.setOpenExternalLinks(False)
        self.report.setOpenLinks(False)
        self.report.anchorClicked.connect(self._anchor)
        self.print_button = PushButton()
        self.preview_button = PushButton()
        self.pdf_button = PushButton()
        self.html_button = PushButton()
        self.documents_button = PushButton()
        self.overview_button = PushButton()
        self.restart_button = PushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.html_button.clicked.connect(self.html_requested)
        self.documents_button.clicked.connect(self.documents_requested)
        self.overview_button.clicked.connect(self.overview_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        # The letters have a row of their own: one more button beside the others would widen
        # the window's minimum beyond what small screens give it.
        letters_row = QHBoxLayout()
        letters_row.addWidget(self.documents_button)
        letters_row.addStretch()
        letters_row.addWidget(self.overview_button)
        row = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.html_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING + 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addLayout(letters_row)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.preview_button.setText(self.tr("Print previe&w…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.html_button.setText(self.tr("Save as HT&ML…"))
        self.documents_button.setText(self.tr("D&ocuments…"))
        self.documents_button.setToolTip(
            self.tr("The letters that fit this case (notice, demand …), as Word and PDF")
        )
        self.restart_button.setText(self.tr("&Start another assessment"))
        self.overview_button.setText(self.tr("Case ove&rview…"))
        self.overview_button.setToolTip(
            self.tr("The case's assessments: add another, open one, the combined report")
        )
        self.report.setAccessibleName(self.tr("Assessment report"))
        self.summary.setAccessibleName(self.tr("Conclusion"))

    def tab_chain(self) -> list[QWidget]:
        """The report, the letters, then the actions from the left."""
        return [
            self.report,
            self.documents_button,
            self.overview_button,
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.html_button,
            self.restart_button,
        ]

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "calc" and url.path().isdigit():
            self.calculator_requested.emit(int(url.path()))

    def show_result(self, result: Result, html: str, lang: Lang, summary: str = "") -> None:
        """Show the result; ``summary`` is the outcome's summary for this case, its names and
        figures filled in (the outcome's plain summary when not given)."""
        names = dict.fromkeys(f.label for f in result.findings)
        if lang == "zh":
            labels = "、".join(names)
        else:
            english = report_strings()["label_en"]
            labels = "; ".join(f"{name} ({english[name]})" for name in names)
        card = self.summary
        card.title.setText(result.outcome.title.get(lang))
        card.labels.setText(labels)
        card.labels.setVisible(bool(labels))
        card.summary.setText(summary or result.summary.get(lang))
        card.setAccessibleDescription(card.text())
        self.report.setHtml(html)
        # Screen readers announce the result, not only draw it.
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(card, card.text().replace("\n", " "))
        )
