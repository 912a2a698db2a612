"""The interview's pages: case information, a question, the review and the result.

Each page renders state it is given and reports what the user entered; the flow between
pages lives in ``interview.InterviewView`` and the logic in the engine.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
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
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard import helptext
from wizard.casefile import CaseInfo
from wizard.engine import Answer, Result, Session
from wizard.gui.controls import HEADING_SCALE, SUBHEADING_SCALE, PushButton, heading
from wizard.gui.date_field import DateField
from wizard.gui.language import Retranslating
from wizard.gui.look import OWN_RING, ring
from wizard.model import ChoiceQuestion, DateQuestion, InfoNode, Lang, Node, Text
from wizard.report import report_strings
from wizard.statutes import StatuteLibrary

# Space between a page's parts (logical pixels).
SPACING = 8


class CaseInfoPage(Retranslating, QWidget):
    """Client, worker, organisation, case number, consultation date and notes.

    Only the consultation date is required: it starts as today's date, shown as text the
    worker confirms or corrects.

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
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addSpacing(SPACING)
        layout.addLayout(self._form)
        layout.addStretch()
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
            self.tr("Not&es:"),
        )
        for label, text, field in zip(self._labels, texts, self._fields, strict=True):
            label.setText(text)
            target = field.edit if isinstance(field, DateField) else field
            target.setAccessibleName(text.replace("&", "").rstrip(":："))

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
        self.blockSignals(False)
        self._debounce.stop()

    def info(self) -> CaseInfo:
        """What is entered; while the date text is not a valid date, the last valid one."""
        value = self.consultation_date.value()
        if isinstance(value, date):
            self._shown_date = value
        return CaseInfo(
            client_name=self.client.text(),
            worker_name=self.worker.text(),
            organisation=self.organisation.text(),
            case_number=self.case_number.text(),
            consultation_date=self._shown_date,
            notes=self.notes.toPlainText(),
        )

    def tab_chain(self) -> list[QWidget]:
        """The page's controls in Tab order: down the form, through the date's text and its
        calendar button, on to the notes."""
        date_field = self.consultation_date
        return [
            self.client,
            self.worker,
            self.organisation,
            self.case_number,
            date_field.edit,
            date_field.calendar_button,
            date_field.unknown_box,
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


class ChoiceRow(QWidget):
    """A radio button whose label wraps (QRadioButton's own text cannot), e.g. at 200 %.

    With the keyboard focus on the button, the whole row wears the focus ring.
    """

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QRadioButton(f"&{number}." if number < 10 else f"{number}.")
        self.button.setAccessibleName(text)
        self.button.setProperty(OWN_RING, True)
        self.button.installEventFilter(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(5, 4, 5, 4)  # room for the focus ring
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: object) -> None:
        # A click on the text chooses, as it would on a radio button's own label.
        self.button.click()
        self.button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.button.hasFocus():
            painter = QPainter(self)
            ring(painter, QRectF(self.rect()))
            painter.end()


class QuestionPage(QWidget):
    """One question (choice or date) or information page, with its help panel.

    Enter is not handled here: it reaches the interview view, which goes on.

    Signals:
        complete_changed(bool): whether there is an answer to try (a choice selected, date text
            typed); ``is_complete()`` says whether it is valid.
    """

    complete_changed = Signal(bool)

    def __init__(self, library: StatuteLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._node: Node | None = None
        self._session: Session | None = None
        self._lang: Lang = "zh"
        self._help_source = ""

        self.question = heading()
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.choices_box = QWidget()
        self._choices_layout = QVBoxLayout(self.choices_box)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._toggled)
        self.date_field = DateField()
        self.date_field.edit.textChanged.connect(self._toggled)
        self.date_field.value_changed.connect(self._toggled)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setSpacing(SPACING * 2)
        left_layout.addWidget(self.question)
        left_layout.addWidget(self.body)
        left_layout.addWidget(self.choices_box)
        left_layout.addWidget(self.date_field)
        left_layout.addWidget(self.keys_hint)
        left_layout.addStretch()

        self.help = QTextBrowser()
        self.help.setOpenLinks(False)
        self.help.anchorClicked.connect(self._link)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.help)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._split = False  # the first showing shares the width out (then the user's own)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            # Question and help side by side, half and half; the size hints would give the
            # question most of it (its key hint is one long line).
            self._split = True
            half = max(self.splitter.width() // 2, 1)
            self.splitter.setSizes([half, half])

    # --- rendering ----------------------------------------------------------------------

    def show_node(self, session: Session, lang: Lang, keep_input: bool = False) -> None:
        """Show the current page; ``keep_input`` keeps what is typed or chosen on it so far
        (when the same page is shown again, e.g. in another language)."""
        same = self._node is not None and self._node.id == session.current.id
        kept_text = self.date_field.text() if keep_input and same else None
        kept_choice = self.group.checkedId() if keep_input and same else -1
        self._session = session
        self._node = node = session.current
        self._lang = lang
        default = session.remembered(node.id)
        self.question.setText(getattr(node, "text", Text("", "")).get(lang))
        body = node.body.get(lang) if isinstance(node, InfoNode) and node.body else ""
        self.body.setText(body)
        self.body.setVisible(bool(body))
        for button in self.group.buttons():
            self.group.removeButton(button)
        while self._choices_layout.count():
            row = self._choices_layout.takeAt(0).widget()
            if row is not None:
                row.setParent(None)  # off the page at once, not at the next event loop
                row.deleteLater()
        self.choices_box.setVisible(isinstance(node, ChoiceQuestion))
        self.date_field.setVisible(isinstance(node, DateQuestion))
        if isinstance(node, ChoiceQuestion):
            for number, choice in enumerate(node.choices, start=1):
                row = ChoiceRow(number, choice.label.get(lang))
                row.button.setObjectName(f"choice-{choice.id}")
                self.group.addButton(row.button, number - 1)
                self._choices_layout.addWidget(row)
                row.show()  # now, not from the layout's queued call
                if (choice.id == default and kept_choice < 0) or kept_choice == number - 1:
                    row.button.setChecked(True)
            self.keys_hint.setText(
                self.tr(
                    "Keys: 1–9 choose (or arrows and Space), Enter goes on, "
                    "Alt+B goes back, F1 help."
                )
            )
            first = self.group.checkedButton() or self.group.button(0)
            if first is not None:
                QTimer.singleShot(0, first.setFocus)
        elif isinstance(node, DateQuestion):
            # Empty unless answered before: no silent default such as today.
            self.date_field.set_value(default if isinstance(default, date) else None)
            if kept_text is not None:
                self.date_field.set_text(kept_text)
            self.date_field.edit.setAccessibleName(node.text.get(lang))
            self.keys_hint.setText(
                self.tr(
                    "Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or "
                    "20240630), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, "
                    "F1 help."
                )
            )
            QTimer.singleShot(0, self._focus_date)
        else:
            self.keys_hint.setText(self.tr("Enter goes on."))
        self._help_source = helptext.help_html(node, session.tree, self._library, lang)
        self.help.setHtml(self._help_source or self.tr("No help for this question."))
        self.complete_changed.emit(self.has_input())

    def _focus_date(self) -> None:
        # All selected: typing replaces a remembered answer, as in any text field.
        if self.date_field.isVisible():
            self.date_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.date_field.edit.selectAll()

    def tab_chain(self) -> list[QWidget]:
        """The page's controls in Tab order: the answer, then the help."""
        field = self.date_field
        answer: list[QWidget] = [*self.group.buttons()]
        answer += [field.edit, field.calendar_button, field.unknown_box]
        return [*answer, self.help]

    def has_input(self) -> bool:
        """Whether there is something to try: a choice, or date text (valid or not)."""
        if isinstance(self._node, ChoiceQuestion):
            return self.group.checkedButton() is not None
        if isinstance(self._node, DateQuestion):
            return bool(self.date_field.text().strip()) or self.date_field.is_valid()
        return True

    def is_complete(self) -> bool:
        """Whether the answer on show is valid."""
        if isinstance(self._node, ChoiceQuestion):
            return self.group.checkedButton() is not None
        if isinstance(self._node, DateQuestion):
            # The engine takes full dates only (months and "unknown" come with tree format 2).
            return isinstance(self.date_field.value(), date)
        return True

    def commit(self) -> bool:
        """Whether the answer can be given; if not, the page says why and takes the focus."""
        if isinstance(self._node, DateQuestion):
            return self.date_field.commit() and self.is_complete()
        return self.is_complete()

    def value(self) -> Answer:
        node = self._node
        if isinstance(node, ChoiceQuestion):
            index = self.group.checkedId()
            return node.choices[index].id if index >= 0 else None
        if isinstance(node, DateQuestion):
            value = self.date_field.value()
            return value if isinstance(value, date) else None
        return None

    # --- input --------------------------------------------------------------------------

    def choose(self, number: int) -> bool:
        """Choose the ``number``-th choice (1-based), as its key 1–9 does; False if none."""
        button = self.group.button(number - 1)
        if not isinstance(self._node, ChoiceQuestion) or button is None:
            return False
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

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

    def show_session(self, session: Session, lang: Lang) -> None:
        rows = []
        for step in session.path:
            if not step.is_page:
                continue
            node = session.tree.node(step.node_id)
            if isinstance(node, ChoiceQuestion):
                choice = node.choice(str(step.answer))
                answer = choice.label.get(lang) if choice else str(step.answer)
            elif isinstance(node, DateQuestion):
                answer = step.answer.isoformat() if isinstance(step.answer, date) else ""
            else:
                continue
            rows.append((node.id, node.text.get(lang), answer))
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
        self.restart_button = PushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.html_button.clicked.connect(self.html_requested)
        self.documents_button.clicked.connect(self.documents_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        # The letters have a row of their own: one more button beside the others would widen
        # the window's minimum beyond what small screens give it.
        letters_row = QHBoxLayout()
        letters_row.addWidget(self.documents_button)
        letters_row.addStretch()
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
        self.report.setAccessibleName(self.tr("Assessment report"))
        self.summary.setAccessibleName(self.tr("Conclusion"))

    def tab_chain(self) -> list[QWidget]:
        """The report, the letters, then the actions from the left."""
        return [
            self.report,
            self.documents_button,
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
