"""The case overview: the case information and its assessments — each with its result (or how
far it has come) and its deadline to act on first — with actions to open, add and remove them,
triage, and the combined report; and the combined report's own page.

The pages render what the case controller holds and say what the user asked for; the main
window does it (dialogs, files). The deadline's words are the combined report's
(``wizard.case_report.lead_text``).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard.case import Assessment, Case
from wizard.case_report import lead_text
from wizard.catalog import Catalog
from wizard.deadline_text import format_date
from wizard.gui.controls import TITLE_SCALE, PushButton, heading
from wizard.gui.known import offer_names
from wizard.gui.language import Retranslating
from wizard.model import Lang
from wizard.report import Report, report_strings


class AssessmentTable(QTableWidget):
    """The case's assessments, a row each; Enter (or a double click) opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("assessments")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def selected_id(self) -> str:
        """The assessment on the current row ("" when none)."""
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


class CaseOverview(Retranslating, QWidget):
    """Signals:

    open_requested(str): open the assessment with this id (continue it, or its result).
    add_requested(): "New assessment…".
    triage_requested(): "Triage…".
    remove_requested(str): remove the assessment with this id (the window asks first).
    report_requested(): the combined report.
    """

    open_requested = Signal(str)
    add_requested = Signal()
    triage_requested = Signal()
    remove_requested = Signal(str)
    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = "zh"
        self._case: Case | None = None
        self.title = heading(scale=TITLE_SCALE)
        self.info = QLabel()
        self.info.setObjectName("case-info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_label = QLabel()
        self.table = AssessmentTable()
        self.table_label.setBuddy(self.table)
        self.empty = QLabel()
        self.empty.setObjectName("no-assessments")
        self.empty.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.open_button = PushButton()
        self.add_button = PushButton()
        self.triage_button = PushButton()
        self.remove_button = PushButton()
        self.report_button = PushButton()
        self.open_button.setObjectName("overview-open")
        self.add_button.setObjectName("overview-add")
        self.triage_button.setObjectName("overview-triage")
        self.remove_button.setObjectName("overview-remove")
        self.report_button.setObjectName("overview-report")

        self.table.activated.connect(lambda _index: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open)
        self.add_button.clicked.connect(self.add_requested)
        self.triage_button.clicked.connect(self.triage_requested)
        self.remove_button.clicked.connect(self._remove)
        self.report_button.clicked.connect(self.report_requested)

        actions = QHBoxLayout()
        for button in (self.open_button, self.add_button, self.triage_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        chain = [
            self.table,
            self.open_button,
            self.add_button,
            self.triage_button,
            self.remove_button,
            self.report_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- rendering ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Case overview"))
        self.table_label.setText(self.tr("A&ssessments of this case:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Assessment"), self.tr("Result"), self.tr("Deadline to act on first")]
        )
        self.table.setAccessibleName(self.tr("Assessments of this case"))
        self.empty.setText(
            self.tr(
                "This case has no assessment yet: add one, or find out which apply with triage."
            )
        )
        self.hint.setText(
            self.tr(
                "Enter opens the assessment chosen: its questions where it stands, or its "
                "result. The combined report holds every assessment that has a result."
            )
        )
        self.open_button.setText(self.tr("&Open"))
        self.add_button.setText(self.tr("&New assessment…"))
        self.triage_button.setText(self.tr("Tr&iage…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.report_button.setText(self.tr("&Combined report…"))
        if self._case is not None:
            self.show_case(self._case, self._lang)

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.retranslate()

    def show_case(self, case: Case, lang: Lang, current: str = "") -> None:
        """Show ``case``; the row of the assessment ``current`` (else the first) is chosen."""
        self._case = case
        self._lang = lang
        self.info.setText(self._info_text(case))
        keep = current or self.table.selected_id()
        self.table.setRowCount(len(case.assessments))
        row_to_select = 0
        for row, assessment in enumerate(case.assessments):
            cells = (
                assessment.title(lang),
                self.result_text(assessment, case),
                self.deadline_text(assessment, case),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, assessment.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if assessment.id == keep:
                row_to_select = row
        self.table.resizeRowsToContents()
        has_rows = bool(case.assessments)
        self.table.setVisible(has_rows)
        self.table_label.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(row_to_select)
            self.table.setCurrentCell(row_to_select, 0)
        self._update_buttons()

    def focus_first(self) -> None:
        target = self.table if self._case and self._case.assessments else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _info_text(self, case: Case) -> str:
        info = case.info
        parts = [
            (self.tr("Client"), info.client_name),
            (self.tr("Case number"), info.case_number),
            (self.tr("Consultation date"), format_date(info.consultation_date, self._lang)),
            (self.tr("Worker"), info.worker_name),
            (self.tr("Organisation"), info.organisation),
        ]
        colon = "：" if self._lang == "zh" else ": "
        return "  ·  ".join(f"{label}{colon}{value}" for label, value in parts if value)

    def result_text(self, assessment: Assessment, case: Case) -> str:
        """The outcome's title, or how far the questions have come."""
        session = assessment.session
        if session.is_finished:
            result = session.result(case.info.consultation_date)
            labels = list(dict.fromkeys(f.label for f in result.findings))
            if self._lang == "en":
                english = report_strings()["label_en"]
                labels = [english.get(label, label) for label in labels]
            title = result.outcome.title.get(self._lang)
            sep = "、" if self._lang == "zh" else "; "
            return f"{title}\n{sep.join(labels)}" if labels else title
        taken = session.progress.steps_taken
        if taken == 0:
            return self.tr("Not started")
        return self.tr("In progress: question {n}").format(n=taken + 1)

    def deadline_text(self, assessment: Assessment, case: Case) -> str:
        if not assessment.session.is_finished:
            return "—"
        return lead_text(assessment, case.info, self._lang)

    # --- actions ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selected_id())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        finished = self._case is not None and any(
            a.session.is_finished for a in self._case.assessments
        )
        self.report_button.setEnabled(finished)

    def _open(self) -> None:
        chosen = self.table.selected_id()
        if chosen:
            self.open_requested.emit(chosen)

    def _remove(self) -> None:
        chosen = self.table.selected_id()
        if chosen:
            self.remove_requested.emit(chosen)


class CaseReportPage(Retranslating, QWidget):
    """The combined report of the case on screen, with print and export actions.

    Signals:
        export_requested(str): "pdf", "html", "print" or "preview".
        back_requested(): back to the case overview.
    """

    export_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.title = heading(scale=TITLE_SCALE)
        self.view = QTextBrowser()
        self.view.setObjectName("case-report")
        self.view.setOpenLinks(False)
        self.preview_button = PushButton()
        self.print_button = PushButton()
        self.pdf_button = PushButton()
        self.html_button = PushButton()
        self.back_button = PushButton()
        for button, kind in (
            (self.preview_button, "preview"),
            (self.print_button, "print"),
            (self.pdf_button, "pdf"),
            (self.html_button, "html"),
        ):
            button.clicked.connect(lambda _=False, k=kind: self.export_requested.emit(k))
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button, self.html_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        chain = [
            self.view,
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.html_button,
            self.back_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Combined report of the case"))
        self.view.setAccessibleName(self.tr("Combined report of the case"))
        self.preview_button.setText(self.tr("Print previe&w…"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.html_button.setText(self.tr("Save as HT&ML…"))
        self.back_button.setText(self.tr("&Back to the case overview"))

    def show_report(self, report: Report) -> None:
        self.report = report
        self.view.setHtml(report.html)
        self.pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)


class AddAssessmentDialog(Retranslating, QDialog):
    """Choose a tree and, if you like, whom the assessment is about (a name the case already
    holds is offered). The parties' names are asked on the assessment's first page."""

    def __init__(
        self,
        catalog: Catalog,
        lang: Lang,
        known_names: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add-assessment")
        self._lang = lang
        self.trees_label = QLabel()
        self.trees = QListWidget()
        self.trees.setObjectName("add-trees")
        for tree in sorted(catalog.trees.values(), key=lambda t: t.id):
            item = QListWidgetItem(tree.title.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, tree.id)
            item.setToolTip(tree.description.get(lang))
            self.trees.addItem(item)
        self.trees.setCurrentRow(0)
        self.trees_label.setBuddy(self.trees)
        self.about_label = QLabel()
        self.about = QLineEdit()
        self.about.setObjectName("add-about")
        self.about.setMaxLength(200)
        self.about_label.setBuddy(self.about)
        offer_names(self.about, known_names)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.trees.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.trees_label)
        layout.addWidget(self.trees, 1)
        layout.addWidget(self.about_label)
        layout.addWidget(self.about)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New assessment in this case"))
        self.trees_label.setText(self.tr("&Question to assess:"))
        self.about_label.setText(self.tr("&Whom it is about (optional):"))
        self.about.setPlaceholderText(self.tr("e.g. 张三（保证人）"))

    def tree_id(self) -> str:
        item = self.trees.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
