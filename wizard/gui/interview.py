"""The interview: a wizard-style view (header, page, Back/Next) driven by the engine.

QWizard keeps its own page history, which cannot follow a path the engine re-flows when an
earlier answer changes; this view keeps QWizard's look and conventions (Back / Next / Cancel
at the bottom right, a title and sub-title on top) and lets the engine decide what comes next.
"""

from __future__ import annotations

from enum import Enum
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.answer_text import fill
from wizard.engine import Result
from wizard.errors import EngineError
from wizard.gui.case import CaseController
from wizard.gui.controls import TITLE_SCALE, PushButton, heading
from wizard.gui.known import offered_dates
from wizard.gui.language import Retranslating
from wizard.gui.pages import CaseInfoPage, QuestionPage, ResultPage, ReviewPage
from wizard.model import Lang
from wizard.report import Report, ReportOptions, build_report, text_values
from wizard.statutes import StatuteLibrary


class Step(Enum):
    INFO = "info"
    QUESTION = "question"
    REVIEW = "review"
    RESULT = "result"


class InterviewView(Retranslating, QWidget):
    """Signals:

    home_requested(): "Cancel" / "Start another assessment".
    overview_requested(): "Case overview" (the case's assessments).
    export_requested(str): "pdf", "html", "print", "preview" or "documents" (the
            next-step letters) with the report on screen.
    calculator_requested(DeadlineRequest, date): a deadline row of the result was clicked.
    """

    home_requested = Signal()
    overview_requested = Signal()
    export_requested = Signal(str)
    calculator_requested = Signal(object, object)  # a DeadlineRequest and the consultation date

    def __init__(
        self, case: CaseController, library: StatuteLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.library = library
        self.lang: Lang = "zh"
        self.step = Step.INFO
        self.report: Report | None = None
        self.result: Result | None = None
        self._changing = False  # the current question was reached by "Change"

        self.title = heading(scale=TITLE_SCALE)
        # Progress: the words say where we are; a thin bar under them shows it, and being
        # thin it cannot pass for an empty text box.
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress-label")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setMinimumWidth(self.progress_label.fontMetrics().averageCharWidth() * 24)
        self.progress_label.setBuddy(self.progress)
        progress_box = QVBoxLayout()
        progress_box.setSpacing(4)
        progress_box.addWidget(self.progress_label)
        progress_box.addWidget(self.progress)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(progress_box)

        self.info_page = CaseInfoPage()
        self.question_page = QuestionPage(library)
        self.review_page = ReviewPage()
        self.result_page = ResultPage()
        self.stack = QStackedWidget()
        for page in (self.info_page, self.question_page, self.review_page, self.result_page):
            self.stack.addWidget(page)

        self.help_button = PushButton()
        self.help_button.setCheckable(True)
        self.help_button.setChecked(True)
        self.help_button.toggled.connect(self.question_page.help.setVisible)
        self.back_button = PushButton()
        self.next_button = PushButton()
        self.cancel_button = PushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        self._buttons = (self.help_button, self.back_button, self.next_button, self.cancel_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.help_button.toggle
        )
        self.info_page.edited.connect(lambda: self.case.set_info(self.info_page.info()))
        self.question_page.complete_changed.connect(self._update_buttons)
        self.review_page.change_requested.connect(self.change_answer)
        self.result_page.restart_requested.connect(self.home_requested)
        self.result_page.overview_requested.connect(self.overview_requested)
        self.result_page.pdf_requested.connect(lambda: self.export_requested.emit("pdf"))
        self.result_page.html_requested.connect(lambda: self.export_requested.emit("html"))
        self.result_page.print_requested.connect(lambda: self.export_requested.emit("print"))
        self.result_page.preview_requested.connect(lambda: self.export_requested.emit("preview"))
        self.result_page.documents_requested.connect(
            lambda: self.export_requested.emit("documents")
        )
        self.result_page.calculator_requested.connect(self._open_calculator)
        self.retranslate()

    # --- language -----------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        # Translators are installed; retranslate now rather than when LanguageChange arrives.
        for page in (self.info_page, self.review_page, self.result_page):
            page.retranslate()
        self.retranslate()
        if self.case.session is not None:
            self.render(keep_input=True)

    def retranslate(self) -> None:
        self.help_button.setText(self.tr("Hel&p (F1)"))
        self.back_button.setText(self.tr("< &Back"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self._update_buttons()
        if self.case.session is not None:
            self._update_header()

    def _open_calculator(self, index: int) -> None:
        if self.result is not None and 0 <= index < len(self.result.deadlines):
            deadline = self.result.deadlines[index]
            self.calculator_requested.emit(deadline.request, self.case.info.consultation_date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no control took: Enter goes on, as in a wizard (a line edit, a choice or the
        review table pass it here; a focused button takes it itself, see ``PushButton``);
        on a question, 1–9 choose."""
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_next()
            return
        if (
            plain
            and self.step is Step.QUESTION
            and Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and self.question_page.choose(key - Qt.Key.Key_0)
        ):
            return
        super().keyPressEvent(event)

    @property
    def report_html(self) -> str:
        return self.report.html if self.report else ""

    # --- flow ---------------------------------------------------------------------------

    def begin(self) -> None:
        """Show a freshly started or opened case: its information, or where it stands."""
        self.step = Step.INFO
        self.render()

    def resume(self) -> None:
        """Show an opened case where it stands: the question to answer, or the review."""
        session = self.case.session
        assert session is not None
        self.step = Step.REVIEW if session.is_finished else Step.QUESTION
        if not session.can_go_back and not session.is_finished:
            self.step = Step.INFO
        self.render()

    def open_assessment(self) -> None:
        """Show the current assessment chosen in the case overview: its result when it has
        one, else where it stands."""
        session = self.case.session
        assert session is not None
        side = session.tree.side_question
        if session.is_finished:
            self.step = Step.RESULT
            self.render()
        elif side is not None and list(session.answers) == [side.id]:
            # Only the side triage gave: the case information (names) comes first.
            self.begin()
        else:
            self.resume()

    def go_next(self) -> None:
        session = self.case.session
        if session is None:
            return
        try:
            match self.step:
                case Step.INFO:
                    if not self.info_page.commit():
                        return
                    self.info_page.flush()
                    self.case.set_info(self.info_page.info())
                    self.step = Step.REVIEW if session.is_finished else Step.QUESTION
                case Step.QUESTION:
                    if not self.question_page.commit():
                        return
                    self.case.answer(self.question_page.value(), replay=self._changing)
                    self._changing = False
                    self.step = Step.REVIEW if session.is_finished else Step.QUESTION
                case Step.REVIEW:
                    self.step = Step.RESULT
                case Step.RESULT:
                    return
        except EngineError as exc:
            QMessageBox.warning(self, self.tr("Cannot continue"), str(exc))
            return
        self.render()

    def go_back(self) -> None:
        session = self.case.session
        if session is None:
            return
        self._changing = False
        match self.step:
            case Step.INFO:
                return
            case Step.QUESTION:
                if session.can_go_back:
                    self.case.back()
                else:
                    self.step = Step.INFO
            case Step.REVIEW:
                self.case.back()
                self.step = Step.QUESTION
            case Step.RESULT:
                self.step = Step.REVIEW
        self.render()

    def change_answer(self, node_id: str) -> None:
        self.case.jump_to(node_id)
        self._changing = True
        self.step = Step.QUESTION
        self.render()

    # --- rendering ----------------------------------------------------------------------

    def render(self, keep_input: bool = False) -> None:
        """Show the current step; ``keep_input`` keeps what is typed or chosen but not yet
        given (a change of language re-renders the page in place)."""
        session = self.case.session
        if session is None:
            return
        match self.step:
            case Step.INFO:
                self.info_page.set_tree(session.tree, self.lang)
                self.info_page.offer_names(self.case.known_names())
                if not keep_input:
                    self.info_page.show_info(self.case.info)
                    self.info_page.client.setFocus(Qt.FocusReason.OtherFocusReason)
                self.stack.setCurrentWidget(self.info_page)
            case Step.QUESTION:
                self.question_page.show_node(session, self.lang, keep_input, self.case.info)
                self.question_page.offer_dates(offered_dates(self.case.known_dates(), self.lang))
                self.question_page.help.setVisible(self.help_button.isChecked())
                self.stack.setCurrentWidget(self.question_page)
            case Step.REVIEW:
                self.review_page.show_session(session, self.lang, self.case.info)
                self.stack.setCurrentWidget(self.review_page)
                self.next_button.setFocus()
            case Step.RESULT:
                result = session.result(self.case.info.consultation_date)
                self.result = result
                self.report = build_report(
                    session, self.case.info, self.library, ReportOptions(lang=self.lang)
                )
                # The page shows the same report with a link from each deadline row to the
                # calculator; prints and exports use ``self.report``, without the links.
                shown = build_report(
                    session,
                    self.case.info,
                    self.library,
                    ReportOptions(lang=self.lang, calculator_links=True),
                )
                values = text_values(session, self.case.info, result)
                summary = fill(result.summary.get(self.lang), self.lang, values)
                self.result_page.show_result(result, shown.html, self.lang, summary)
                self.stack.setCurrentWidget(self.result_page)
                self.result_page.pdf_button.setFocus()
        self._update_header()
        self._update_buttons()
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab goes through the page on show, then Help, Back, Next and Cancel, and round."""
        page = self.stack.currentWidget()
        chain = [*page.tab_chain(), *self._buttons]  # type: ignore[attr-defined]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_header(self) -> None:
        session = self.case.session
        if session is None:
            return
        current = self.case.current
        tree_title = current.title(self.lang) if current else session.tree.title.get(self.lang)
        subtitles = {
            Step.INFO: self.tr("Case information"),
            Step.QUESTION: self.tr("Questions"),
            Step.REVIEW: self.tr("Review"),
            Step.RESULT: self.tr("Result"),
        }
        self.title.setText(f"{tree_title} — {subtitles[self.step]}")
        progress = session.progress
        if self.step is Step.QUESTION:
            current = progress.steps_taken + 1
            more = max(progress.longest_remaining - 1, 0)  # after this one
            if more:
                text = self.tr("Step {n}, at most {more} more").format(n=current, more=more)
            else:
                text = self.tr("Step {n}, the last").format(n=current)
            self.progress.setRange(0, current + more)
            self.progress.setValue(progress.steps_taken)
        elif self.step is Step.INFO:
            text = self.tr("Before the questions")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        else:
            text = self.tr("{n} questions answered").format(n=progress.steps_taken)
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        self.progress_label.setText(text)
        self.progress.setAccessibleDescription(text)
        self.progress.setVisible(self.step is not Step.INFO)  # an empty bar says nothing

    def _update_buttons(self, *_: object) -> None:
        session = self.case.session
        self.back_button.setEnabled(self.step is not Step.INFO)
        texts = {
            Step.INFO: self.tr("&Next >"),
            Step.QUESTION: self.tr("&Next >"),
            Step.REVIEW: self.tr("Show &result >"),
            Step.RESULT: self.tr("&Next >"),
        }
        self.next_button.setText(texts[self.step])
        enabled = session is not None and self.step is not Step.RESULT
        if self.step is Step.QUESTION:
            # A date question can be tried with any text: Next then says what is wrong.
            enabled = enabled and self.question_page.has_input()
        self.next_button.setEnabled(enabled)
        self.help_button.setVisible(self.step is Step.QUESTION)
