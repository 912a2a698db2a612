"""The interview's pages: case information, a question, the review and the result.

Each page renders state it is given and reports what the user entered; the flow between
pages lives in ``interview.InterviewView`` and the logic in the engine.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
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
from wizard.gui.language import Retranslating
from wizard.model import ChoiceQuestion, DateQuestion, InfoNode, Lang, Node, Text
from wizard.report import report_strings
from wizard.statutes import StatuteLibrary


def _heading(text: str = "", scale: float = 1.3) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CaseInfoPage(Retranslating, QWidget):
    """Client, worker, organisation, case number, date and notes (all optional).

    Signals:
        edited(): something was typed (debounced).
        activated(): Enter in a one-line field: go on.
    """

    edited = Signal()
    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = _heading()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.client = QLineEdit()
        self.worker = QLineEdit()
        self.organisation = QLineEdit()
        self.case_number = QLineEdit()
        self.consultation_date = QDateEdit()
        self.consultation_date.setCalendarPopup(True)
        self.consultation_date.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        self._fields = (
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
        layout.addLayout(self._form)
        # Autosave what is typed shortly after typing stops, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.edited)
        for line in (self.client, self.worker, self.organisation, self.case_number):
            line.textEdited.connect(self._debounce.start)
            line.returnPressed.connect(self.activated)
        self.notes.textChanged.connect(self._debounce.start)
        self.consultation_date.dateChanged.connect(self._debounce.start)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Case information"))
        self._hint.setText(
            self.tr(
                "All fields are optional; they are printed on the report. Deadlines are "
                "counted to the consultation date."
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
            field.setAccessibleName(text.replace("&", "").rstrip(":："))

    def show_info(self, info: CaseInfo) -> None:
        self.blockSignals(True)
        self.client.setText(info.client_name)
        self.worker.setText(info.worker_name)
        self.organisation.setText(info.organisation)
        self.case_number.setText(info.case_number)
        self.consultation_date.setDate(_qdate(info.consultation_date))
        if self.notes.toPlainText() != info.notes:
            self.notes.setPlainText(info.notes)
        self.blockSignals(False)
        self._debounce.stop()

    def info(self) -> CaseInfo:
        return CaseInfo(
            client_name=self.client.text(),
            worker_name=self.worker.text(),
            organisation=self.organisation.text(),
            case_number=self.case_number.text(),
            consultation_date=_pydate(self.consultation_date.date()),
            notes=self.notes.toPlainText(),
        )

    def flush(self) -> None:
        """Report pending edits now (before leaving the page or saving)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.edited.emit()


class ChoiceRow(QWidget):
    """A radio button whose label wraps (QRadioButton's own text cannot), e.g. at 200 %."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QRadioButton(f"&{number}." if number < 10 else f"{number}.")
        self.button.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: object) -> None:
        # A click on the text chooses, as it would on a radio button's own label.
        self.button.click()
        self.button.setFocus()


class QuestionPage(QWidget):
    """One question (choice or date) or information page, with its help panel.

    Signals:
        complete_changed(bool): whether an answer is selected.
        activated(): the user confirmed (Enter, or double-click on a choice).
    """

    complete_changed = Signal(bool)
    activated = Signal()

    def __init__(self, library: StatuteLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._node: Node | None = None
        self._session: Session | None = None
        self._lang: Lang = "zh"
        self._help_source = ""

        self.question = _heading()
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.choices_box = QWidget()
        self._choices_layout = QVBoxLayout(self.choices_box)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._toggled)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(QDate(1949, 10, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.question)
        left_layout.addWidget(self.body)
        left_layout.addWidget(self.choices_box)
        left_layout.addWidget(self.date_edit)
        left_layout.addWidget(self.keys_hint)
        left_layout.addStretch()

        self.help = QTextBrowser()
        self.help.setOpenLinks(False)
        self.help.anchorClicked.connect(self._link)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.help)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # --- rendering ----------------------------------------------------------------------

    def show_node(self, session: Session, lang: Lang) -> None:
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
        self.date_edit.setVisible(isinstance(node, DateQuestion))
        if isinstance(node, ChoiceQuestion):
            for number, choice in enumerate(node.choices, start=1):
                row = ChoiceRow(number, choice.label.get(lang))
                row.button.setObjectName(f"choice-{choice.id}")
                self.group.addButton(row.button, number - 1)
                self._choices_layout.addWidget(row)
                row.show()  # now, not from the layout's queued call
                if choice.id == default:
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
            value = default if isinstance(default, date) else None
            self.date_edit.setDate(_qdate(value or date.today()))
            self.date_edit.setAccessibleName(node.text.get(lang))
            self.keys_hint.setText(
                self.tr(
                    "Type the date (year-month-day) or press Alt+Down for a calendar; "
                    "Enter goes on."
                )
            )
            QTimer.singleShot(0, self._focus_date)
        else:
            self.keys_hint.setText(self.tr("Enter goes on."))
        self._help_source = helptext.help_html(node, session.tree, self._library, lang)
        self.help.setHtml(self._help_source or self.tr("No help for this question."))
        self.complete_changed.emit(self.is_complete())

    def _focus_date(self) -> None:
        # With the year selected, typing "2022-01-05" replaces the whole date.
        self.date_edit.setFocus()
        self.date_edit.setSelectedSection(QDateEdit.Section.YearSection)

    def is_complete(self) -> bool:
        if isinstance(self._node, ChoiceQuestion):
            return self.group.checkedButton() is not None
        return True

    def value(self) -> Answer:
        node = self._node
        if isinstance(node, ChoiceQuestion):
            index = self.group.checkedId()
            return node.choices[index].id if index >= 0 else None
        if isinstance(node, DateQuestion):
            return _pydate(self.date_edit.date())
        return None

    # --- input --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if isinstance(self._node, ChoiceQuestion) and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            button = self.group.button(key - Qt.Key.Key_1)
            if button is not None:
                button.setChecked(True)
                button.setFocus()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.is_complete():
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def _toggled(self, *_: object) -> None:
        self.complete_changed.emit(self.is_complete())

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
        self._title = _heading()
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
            button = QPushButton(self.tr("Change"))
            button.setObjectName(f"change-{node_id}")
            button.setAccessibleName(
                self.tr("Change the answer to: {question}").format(question=question)
            )
            button.clicked.connect(lambda _=False, n=node_id: self.change_requested.emit(n))
            self.table.setCellWidget(row, 2, button)
        self.table.resizeRowsToContents()


class ResultPage(Retranslating, QWidget):
    """The outcome summary and the full report, with print and export actions."""

    print_requested = Signal()
    preview_requested = Signal()
    pdf_requested = Signal()
    html_requested = Signal()
    restart_requested = Signal()
    calculator_requested = Signal(int)  # the index of a deadline row of the result

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = _heading(scale=1.2)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QTextBrowser()
        self.report.setOpenExternalLinks(False)
        self.report.setOpenLinks(False)
        self.report.anchorClicked.connect(self._anchor)
        self.print_button = QPushButton()
        self.preview_button = QPushButton()
        self.pdf_button = QPushButton()
        self.html_button = QPushButton()
        self.restart_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.html_button.clicked.connect(self.html_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        row = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.html_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.preview_button.setText(self.tr("Print previe&w…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.html_button.setText(self.tr("Save as HT&ML…"))
        self.restart_button.setText(self.tr("&Start another assessment"))
        self.report.setAccessibleName(self.tr("Assessment report"))

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "calc" and url.path().isdigit():
            self.calculator_requested.emit(int(url.path()))

    def show_result(self, result: Result, html: str, lang: Lang) -> None:
        names = dict.fromkeys(f.label for f in result.findings)
        if lang == "zh":
            labels = "、".join(names)
        else:
            english = report_strings()["label_en"]
            labels = "; ".join(f"{name} ({english[name]})" for name in names)
        self.summary.setText(f"{result.outcome.title.get(lang)}\n{labels}")
        self.summary.setAccessibleDescription(result.outcome.summary.get(lang))
        self.report.setHtml(html)
        # Screen readers announce the result, not only draw it.
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(self.summary, self.summary.text().replace("\n", " "))
        )
