"""The main window: menus, the home page and the interview, case files and autosave."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from wizard import autosave
from wizard.atomicio import FileInUseError, write_text_atomic
from wizard.errors import WizardError
from wizard.gui.home_page import HomePage
from wizard.gui.language import LanguageManager, Retranslating
from wizard.tree_index import tree_file_name

# The first window shows the home page only; the interview, the case pages and what they need
# (the engine, reports, PDF) are imported and built when first used, or right after the first
# paint (wizard/gui/app.py, docs/decisions/010-fast-start.md).
if TYPE_CHECKING:
    from wizard.case import Assessment
    from wizard.casefile import LoadedWholeCase, LoadNotice
    from wizard.catalog import Catalog, DeferredCatalog
    from wizard.deadlines import DeadlineRequest
    from wizard.gui.case import CaseController
    from wizard.gui.case_overview import AddAssessmentDialog, CaseOverview, CaseReportPage
    from wizard.gui.deadline_calculator import DeadlineCalculator
    from wizard.gui.interview import InterviewView
    from wizard.gui.triage_page import TriagePage
    from wizard.model import Lang, Tree
    from wizard.report import Report
    from wizard.statutes import StatuteLibrary
    from wizard.triage import Suggestion

log = logging.getLogger(__name__)

MAX_RECENT = 8
#: New case files get this extension (the macOS bundle registers it; on Windows users
#: associate it with the app); the content is the same JSON, and .json files open as well.
CASE_SUFFIX = ".lwcase"
CASE_FILTER = "*.lwcase *.case.json *.json"
SAVE_FILTERS = ("*.lwcase", "*.case.json *.json")
# The smallest first window (logical pixels) where the screen has room for it.
FIRST_WIDTH, FIRST_HEIGHT = 1100, 720
# Room left on a small screen for the window frame and title bar.
FRAME_ALLOWANCE = 40
# Kinds of file, each with its own remembered folder.
FILE_KINDS = ("case", "report")
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def first_window_geometry(available: QRect) -> QRect:
    """The window's first geometry on a screen whose free area is ``available``: most of the
    screen, at least 1100×720 where it fits, centred."""
    width = max(FIRST_WIDTH, round(available.width() * 0.8))
    height = max(FIRST_HEIGHT, round(available.height() * 0.85))
    width = min(width, available.width() - FRAME_ALLOWANCE // 2)
    height = min(height, available.height() - FRAME_ALLOWANCE)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def file_name_part(text: str) -> str:
    """``text`` made safe as part of a file name on Windows, macOS and Linux."""
    return _UNSAFE_IN_NAMES.sub("-", text).strip(" .-")[:80]


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        catalog: Catalog | DeferredCatalog,
        library: StatuteLibrary | Callable[[], StatuteLibrary],
        settings: QSettings,
        language: LanguageManager,
        autosave_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        """``library``: the statutes, or a function that loads them when first needed."""
        super().__init__(parent)
        self.catalog = catalog
        self._library = library
        self.settings = settings
        self.language = language
        self.autosave_dir = autosave_dir
        self._case: CaseController | None = None
        self._interview: InterviewView | None = None
        self._overview: CaseOverview | None = None
        self._case_report_page: CaseReportPage | None = None

        self.home = HomePage(catalog)
        self.triage_page: TriagePage | None = None  # made when first asked for
        self.add_dialog: AddAssessmentDialog | None = None
        self._triage_from: QWidget | None = None  # the page triage was opened from
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        # Whether the case is worked on as a whole (its overview was shown): leaving an
        # assessment then goes back to the overview rather than closing the case.
        self._whole_case = False

        self.home.tree_chosen.connect(self.start_assessment)
        self.home.triage_requested.connect(self.show_triage)
        self.home.open_requested.connect(self.open_case_dialog)
        self.home.recent_chosen.connect(lambda p: self.open_case(Path(p)))
        self.home.resume_chosen.connect(lambda p: self.resume_autosave(Path(p)))
        self.calculator: DeadlineCalculator | None = None
        self.language.changed.connect(self._language_changed)

        self._build_menus()
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.setGeometry(first_window_geometry(self.screen().availableGeometry()))
        self._refresh_home()
        self._language_changed(self.language.lang)
        self._update_actions()
        self.home.focus_first()

    # --- parts made when first used -------------------------------------------------------

    @property
    def library(self) -> StatuteLibrary:
        if callable(self._library):
            self._library = self._library()
        return self._library

    @property
    def case(self) -> CaseController:
        if self._case is None:
            from wizard.gui.case import CaseController

            self._case = CaseController(self.autosave_dir, self)
            self._case.changed.connect(self._case_changed)
            self._case.modified_changed.connect(lambda _: self._update_title())
            self._case.file_changed.connect(lambda _: self._update_title())
        return self._case

    @property
    def interview(self) -> InterviewView:
        if self._interview is None:
            from wizard.gui.interview import InterviewView

            view = InterviewView(self.case, self.library)
            view.home_requested.connect(self.leave_assessment)
            view.overview_requested.connect(self.show_overview)
            view.export_requested.connect(self.export)
            view.calculator_requested.connect(self.show_calculator)
            view.set_language(self.language.lang)
            self.stack.addWidget(view)
            self._interview = view
        return self._interview

    @property
    def overview(self) -> CaseOverview:
        if self._overview is None:
            from wizard.gui.case_overview import CaseOverview

            page = CaseOverview()
            page.open_requested.connect(self.open_assessment)
            page.add_requested.connect(self.add_assessment_dialog)
            page.triage_requested.connect(self.show_triage)
            page.remove_requested.connect(self.remove_assessment)
            page.report_requested.connect(self.show_case_report)
            page.set_language(self.language.lang)
            self.stack.addWidget(page)
            self._overview = page
        return self._overview

    @property
    def case_report_page(self) -> CaseReportPage:
        if self._case_report_page is None:
            from wizard.gui.case_overview import CaseReportPage

            page = CaseReportPage()
            page.export_requested.connect(self.export_case_report)
            page.back_requested.connect(self.show_overview)
            self.stack.addWidget(page)
            self._case_report_page = page
        return self._case_report_page

    def prepare(self) -> None:
        """Make the parts a first assessment needs, ahead of use (the app calls this once
        the first window has painted and the trees are loaded)."""
        self.case  # noqa: B018 (made on first use)
        self.interview  # noqa: B018
        self.overview  # noqa: B018

    def _flush_info(self) -> None:
        """Keep what is typed in the case information page (it saves on leaving a field)."""
        if self._interview is not None:
            self._interview.info_page.flush()

    def trees_loaded(self) -> None:
        """The catalog has finished loading: list what it found, if the index differed."""
        self.home.rebuild()

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save)
        self.save_as_action = QAction(self, shortcut=QKeySequence.StandardKey.SaveAs)
        self.clear_action = QAction(self)
        self.quit_action = QAction(self)
        # Ctrl+Q everywhere (Windows has no standard quit key besides the window's Alt+F4).
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.recent_menu = QMenu(self)
        self.new_action.triggered.connect(self.go_home)
        self.open_action.triggered.connect(self.open_case_dialog)
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(self.save_as)
        self.clear_action.triggered.connect(self.clear_recent_and_autosave)
        self.quit_action.triggered.connect(self.close)
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu,
            self.save_action,
            self.save_as_action,
            None,
            self.clear_action,
            None,
            self.quit_action,
        ):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[Lang, QAction] = {}
        for lang, name in (("zh", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _=False, lg=lang: self.set_language(lg))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action  # type: ignore[index]

        self.tools_menu = bar.addMenu("")
        self.calculator_action = QAction(self, shortcut=QKeySequence("Ctrl+D"))
        self.calculator_action.triggered.connect(lambda: self.show_calculator())
        self.tools_menu.addAction(self.calculator_action)

        self.case_menu = bar.addMenu("")
        self.overview_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.add_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.triage_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+T"))
        self.case_report_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.overview_action.triggered.connect(self.show_overview)
        self.add_action.triggered.connect(self.add_assessment_dialog)
        self.triage_action.triggered.connect(self.show_triage)
        self.case_report_action.triggered.connect(self.show_case_report)
        for action in (
            self.overview_action,
            self.add_action,
            self.triage_action,
            self.case_report_action,
        ):
            self.case_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New assessment"))
        self.open_action.setText(self.tr("&Open case file…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.clear_action.setText(self.tr("C&lear recent files and autosave"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.calculator_action.setText(self.tr("&Deadline calculator…"))
        self.case_menu.setTitle(self.tr("Cas&e"))
        self.overview_action.setText(self.tr("Case &overview"))
        self.add_action.setText(self.tr("&New assessment in this case…"))
        self.triage_action.setText(self.tr("&Triage: start from the client's story…"))
        self.case_report_action.setText(self.tr("&Combined report"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self._update_title()
        self._fill_recent_menu()

    def set_language(self, lang: Lang) -> None:
        self.settings.setValue("language", lang)
        self.language.set_language(lang)

    def _language_changed(self, lang: str) -> None:
        self.retranslate()
        self.language_actions[lang].setChecked(True)  # type: ignore[index]
        self.home.set_language(lang)  # type: ignore[arg-type]
        for page in (self._interview, self._overview):
            if page is not None:
                page.set_language(lang)  # type: ignore[arg-type]
        if self.triage_page is not None:
            self.triage_page.set_language(lang)  # type: ignore[arg-type]
        if self.stack.currentWidget() is self._case_report_page:
            self.show_case_report()
        if self.calculator is not None:
            self.calculator.set_language(lang)  # type: ignore[arg-type]

    # --- title, recent files, home --------------------------------------------------------

    def _update_title(self) -> None:
        app = self.tr("Joint Liability Wizard")
        if self._case is None or not self.case.is_open:
            self.setWindowTitle(app)
            return
        name = self.case.file.name if self.case.file else self.tr("Unsaved case")
        self.setWindowTitle(f"[*]{name} — {app}")
        self.setWindowModified(self.case.modified)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _add_recent(self, path: Path) -> None:
        files = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        self._fill_recent_menu()
        self.home.set_recent(self.recent_files())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_case(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _refresh_home(self) -> None:
        self.home.set_recent(self.recent_files())
        self.home.set_autosaves(autosave.pending(self.autosave_dir))

    # --- cases --------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask about unsaved work; True when it is fine to drop the current case."""
        if self._case is None or not self.case.is_open or not self.case.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved case"),
            self.tr("The current case has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def go_home(self) -> None:
        if not self.confirm_discard():
            return
        self.case.close()
        self._whole_case = False
        self._update_actions()
        self._update_title()
        self._refresh_home()
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first()

    def start_assessment(self, tree_id: str) -> None:
        tree = self.catalog.trees.get(tree_id)
        if tree is None:  # listed from the index, but it no longer loads: say why
            self.home.rebuild()
            QMessageBox.warning(
                self,
                self.tr("The assessment is not available"),
                "\n".join(
                    str(p)
                    for source, problems in self.catalog.unavailable.items()
                    if tree_file_name(source) == tree_id
                    for p in problems[:5]
                ),
            )
            return
        self.case.start(tree)
        self._whole_case = False
        self.interview.begin()
        self.stack.setCurrentWidget(self.interview)
        self._update_title()

    def leave_assessment(self) -> None:
        """ "Cancel" / "Start another assessment": back to the case overview when the case is
        worked on as a whole, else home (as for a case of one assessment)."""
        if self._whole_case or len(self.case.assessments) > 1:
            self.show_overview()
        else:
            self.go_home()

    # --- the whole case -----------------------------------------------------------------

    def show_overview(self) -> None:
        """The case overview (a new, empty case when none is open)."""
        if self.stack.currentWidget() is self._interview:
            self.interview.info_page.flush()
        if not self.case.is_open:
            self.case.start_empty()
        self._whole_case = True
        current = self.case.current.id if self.case.current else ""
        self.case.select(None)
        self.overview.show_case(self.case.whole, self.language.lang, current)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.overview)
        self.overview.focus_first()
        self._update_title()

    def _case_changed(self) -> None:
        if self.stack.currentWidget() is self._overview and self.case.is_open:
            self.overview.show_case(self.case.whole, self.language.lang)  # type: ignore[arg-type]
        self._update_actions()

    def _update_actions(self) -> None:
        if self._case is None:  # no case yet
            self.add_action.setEnabled(False)
            self.case_report_action.setEnabled(False)
            return
        finished = any(a.session.is_finished for a in self.case.assessments)
        self.add_action.setEnabled(self.case.is_open)
        self.case_report_action.setEnabled(finished)

    def open_assessment(self, assessment_id: str) -> None:
        """Open an assessment of the case: its result when it has one, else where it stands."""
        self.case.select(assessment_id)
        self.interview.open_assessment()
        self.stack.setCurrentWidget(self.interview)
        self._update_title()

    def add_assessment_dialog(self) -> AddAssessmentDialog:
        """Ask which tree (and about whom) to add; the new assessment opens at its first page."""
        from wizard.gui.case_overview import AddAssessmentDialog

        if not self.case.is_open:
            self.case.start_empty()
        dialog = AddAssessmentDialog(
            self.catalog,
            self.language.lang,
            self.case.whole.known_names(),
            self,  # type: ignore[union-attr]
        )
        self.add_dialog = dialog
        dialog.accepted.connect(
            lambda: self.add_assessment(self.catalog.trees[dialog.tree_id()], dialog.about.text())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_assessment(self, tree: Tree, about: str = "") -> Assessment:
        added = self.case.add_assessment(tree, about)
        self._whole_case = True
        self.case.select(added.id)
        self.interview.begin()
        self.stack.setCurrentWidget(self.interview)
        self._update_title()
        return added

    def remove_assessment(self, assessment_id: str) -> bool:
        assessment = self.case.whole.find(assessment_id)  # type: ignore[union-attr]
        answer = QMessageBox.question(
            self,
            self.tr("Remove the assessment"),
            self.tr("Remove “{title}” and its answers from the case?").format(
                title=assessment.title(self.language.lang)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.case.remove_assessment(assessment_id)
        self.overview.show_case(self.case.whole, self.language.lang)  # type: ignore[arg-type]
        self.overview.focus_first()
        return True

    def show_triage(self) -> None:
        """The triage page: its questions afresh; what it suggests goes into the case on show
        (a new case when none is open)."""
        page = self._triage()
        if page is None:
            return
        page.reset()
        self._triage_from = self.stack.currentWidget()
        self.stack.setCurrentWidget(page)
        page.focus_first()

    def _triage(self) -> TriagePage | None:
        from wizard.gui.triage_page import TriagePage
        from wizard.triage import TriageError, load_triage

        if self.triage_page is None:
            try:
                triage = load_triage(trees=self.catalog.trees)
            except TriageError as exc:
                QMessageBox.critical(self, self.tr("Triage is not available"), str(exc))
                return None
            self.triage_page = TriagePage(triage, self.catalog.trees)
            self.triage_page.set_language(self.language.lang)
            self.triage_page.create_requested.connect(self.create_suggested)
            self.triage_page.cancel_requested.connect(self._leave_triage)
            self.stack.addWidget(self.triage_page)
        return self.triage_page

    def _leave_triage(self) -> None:
        back = self._triage_from
        if back is self._overview and self.case.is_open:
            self.show_overview()
        elif back is self._interview and self.case.session is not None:
            self.stack.setCurrentWidget(self.interview)
        else:
            self.stack.setCurrentWidget(self.home)
            self.home.focus_first()

    def create_suggested(self, suggestions: list[Suggestion]) -> None:
        if not self.case.is_open:
            self.case.start_empty()
        self.case.add_suggested(suggestions, self.catalog.trees)
        self.show_overview()

    def show_case_report(self) -> Report | None:
        """The combined report of the case's assessments that have a result, on screen."""
        from wizard.case_report import build_case_report
        from wizard.report import ReportOptions

        if not self.case.is_open:
            return None
        if self.stack.currentWidget() is self._interview:
            self.interview.info_page.flush()
        try:
            report = build_case_report(
                self.case.whole,  # type: ignore[arg-type]
                self.library,
                ReportOptions(lang=self.language.lang),
            )
        except ValueError:
            QMessageBox.information(
                self,
                self.tr("No report yet"),
                self.tr("No assessment of this case has a result yet."),
            )
            return None
        self.case_report_page.show_report(report)
        self.stack.setCurrentWidget(self.case_report_page)
        return report

    def export_case_report(self, kind: str) -> None:
        report = self.case_report_page.report
        if report is not None:
            self.export(kind, report, combined=True)

    # --- where file dialogs start ---------------------------------------------------------

    def start_folder(self, kind: str) -> Path:
        """The folder last used for ``kind`` ("case" or "report"), else the documents folder."""
        # "last_folder": the one folder kept for every kind before each had its own.
        for key in (f"folders/{kind}", "last_folder"):
            value = self.settings.value(key)
            if value and Path(str(value)).is_dir():
                return Path(str(value))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def remember_folder(self, kind: str, path: Path) -> None:
        assert kind in FILE_KINDS
        self.settings.setValue(f"folders/{kind}", str(path.parent))

    def suggested_file_name(self, suffix: str, report: bool = False, combined: bool = False) -> str:
        """A file name for the case on show: its case number (or tree) and consultation date,
        e.g. ``2026-法援-0123_2026-11-29.case.json`` or ``…_2026-11-29_评估报告.pdf``."""
        info = self.case.info
        tree = self.case.session.tree.id if self.case.session else file_name_part(self.tr("case"))
        if combined:
            tree = file_name_part(self.tr("case"))
        parts = [file_name_part(info.case_number) or tree, info.consultation_date.isoformat()]
        if report:
            parts.append(file_name_part(self.tr("report")))
        return "_".join(parts) + suffix

    def open_case_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open case file"),
            str(self.start_folder("case")),
            self.tr("Case files ({filter})").format(filter=CASE_FILTER),
        )
        if path:
            self.open_case(Path(path))

    def open_case(self, path: Path) -> bool:
        from wizard.casefile import load_whole_case

        if not self.confirm_discard():
            return False
        try:
            loaded = load_whole_case(path, self.catalog.trees)
        except WizardError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the case file"), str(exc))
            return False
        self.remember_folder("case", path)
        self.case.adopt(loaded, path)
        self._add_recent(path)
        self._show_loaded(loaded)
        return True

    def _show_loaded(self, loaded: LoadedWholeCase) -> None:
        """Say what changed on opening, then show the case: a case of one assessment where it
        stands (as the app always has), a case of several in its overview."""
        self._show_notices(loaded)
        if self.case.current is not None:
            self._whole_case = False
            self.interview.resume()
            self.stack.setCurrentWidget(self.interview)
            self._update_title()
        else:
            self.show_overview()

    def resume_autosave(self, path: Path) -> None:
        from wizard.casefile import load_whole_case

        if not self.confirm_discard():
            return
        try:
            loaded = load_whole_case(path, self.catalog.trees)
        except WizardError as exc:
            QMessageBox.critical(self, self.tr("Cannot restore the unsaved case"), str(exc))
            return
        entry = next((e for e in autosave.pending(self.autosave_dir) if e.path == path), None)
        original = Path(entry.case_file) if entry and entry.case_file else None
        self.case.adopt(loaded, original, autosave=path)
        self._show_loaded(loaded)

    def _show_notices(self, loaded: LoadedWholeCase) -> None:
        lines = []
        several = len(loaded.case.assessments) > 1
        for assessment in loaded.case.assessments:
            important = [n for n in loaded.notices.get(assessment.id, ()) if n.kind != "incomplete"]
            if important and several:
                lines.append(assessment.title(self.language.lang))
            lines += [self.notice_text(n, assessment.tree) for n in important]
        if lines:
            QMessageBox.information(
                self, self.tr("The case was opened with changes"), "\n".join(lines)
            )

    def notice_text(self, notice: LoadNotice, tree: Tree | None = None) -> str:
        """A load notice in the UI language, naming the question by its text where it has one."""
        if tree is None:
            tree = self.case.session.tree if self.case.session else None
        question = notice.node_id
        if tree is not None and tree.has_node(notice.node_id):
            text = getattr(tree.node(notice.node_id), "text", None)
            if text is not None:
                question = f"“{text.get(self.language.lang)}”"
        if notice.kind == "tree_changed":
            return self.tr(
                "The decision tree has been updated since this case was saved ({detail}); "
                "please check the answers on the review page."
            ).format(detail=notice.detail)
        if notice.kind == "set_aside":
            return self.tr(
                "The answer to {question} is no longer on the path; it is kept and offered "
                "again if the path comes back to it."
            ).format(question=question)
        return self.tr(
            "The answer to {question} no longer fits the tree and was dropped; "
            "please answer it again."
        ).format(question=question)

    def save(self) -> bool:
        if not self.case.is_open:
            return False
        if self.case.file is None:
            return self.save_as()
        return self._save_to(self.case.file)

    def save_as(self) -> bool:
        if not self.case.is_open:
            return False
        self._flush_info()
        suggested = self.start_folder("case") / self.suggested_file_name(CASE_SUFFIX)
        filters = [self.tr("Case files ({filter})").format(filter=f) for f in SAVE_FILTERS]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save case file"), str(suggested), ";;".join(filters), filters[0]
        )
        if not path or Path(path).is_dir():
            return False
        if not Path(path).suffix:  # a dialog that did not add the chosen filter's extension
            path += ".case.json" if chosen == filters[1] else CASE_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        self._flush_info()
        try:
            self.case.save(path)
        except WizardError as exc:
            QMessageBox.critical(
                self,
                self.tr("The case was not saved"),
                self.tr(
                    "{error}\n\nYour answers are kept in the window and in the autosave."
                ).format(error=self.error_text(exc)),
            )
            return False
        self.remember_folder("case", path)
        self._add_recent(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved to {path}").format(path=path), 5000)
        return True

    def error_text(self, exc: Exception) -> str:
        """A failed write in words: a file locked by another program (Windows) in the UI
        language, anything else as the core says it."""
        locked = exc if isinstance(exc, FileInUseError) else exc.__cause__
        if isinstance(locked, FileInUseError):
            return self.tr(
                "{file} is open in another program (such as Word, WPS, a preview pane or a "
                "virus scanner) or is read-only, so it was not replaced. Close it there and "
                "save again."
            ).format(file=locked.filename)
        return str(exc)

    def clear_recent_and_autosave(self) -> None:
        self.settings.setValue("recent_files", [])
        removed = autosave.clear(self.autosave_dir)
        self._fill_recent_menu()
        self._refresh_home()
        self.statusBar().showMessage(
            self.tr("Recent files cleared; {n} autosave file(s) removed.").format(n=removed), 5000
        )

    # --- report output ------------------------------------------------------------------

    def export(self, kind: str, report: Report | None = None, combined: bool = False) -> None:
        """Print, preview or save ``report`` (the interview's when not given)."""
        from wizard.gui.printing import preview_report, print_report

        report = report or self.interview.report
        if report is None:
            return
        if kind == "print":
            print_report(report, self)
            return
        if kind == "preview":
            preview_report(report, self)
            return
        if kind == "documents":
            self.show_documents()
            return
        suffix = ".pdf" if kind == "pdf" else ".html"
        name = self.suggested_file_name(suffix, report=True)
        if combined:
            name = self.suggested_file_name(suffix, report=True, combined=True)
        suggested = self.start_folder("report") / name
        kinds = self.tr("PDF documents") if kind == "pdf" else self.tr("Web pages (HTML)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), f"{kinds} (*{suffix})"
        )
        if path:
            self.write_report(Path(path), kind, report)

    def show_documents(self) -> None:
        """The "生成文书" dialog: the letters this path offers, written to a chosen folder."""
        from wizard.gui.documents import DocumentsDialog

        session = self.case.session
        if session is None or not session.is_finished:
            return
        dialog = DocumentsDialog(
            session,
            self.case.info,
            self.library,
            self.language.lang,
            self.start_folder("report"),
            self,
        )
        dialog.exec()
        if dialog.folder is not None:
            self.settings.setValue("folders/report", str(dialog.folder))

    def write_report(self, path: Path, kind: str, report: Report | None = None) -> bool:
        from wizard.pdf import write_pdf

        report = report or self.interview.report
        if report is None:
            return False
        try:
            if kind == "pdf":
                write_pdf(report, path)
            else:
                write_text_atomic(path, report.browser_html)
        except (WizardError, OSError) as exc:
            QMessageBox.critical(self, self.tr("The report was not saved"), self.error_text(exc))
            return False
        self.remember_folder("report", path)
        self.statusBar().showMessage(self.tr("Report saved to {path}").format(path=path), 5000)
        return True

    def show_calculator(
        self, request: DeadlineRequest | None = None, on: date | None = None
    ) -> DeadlineCalculator:
        """Show the 期限计算 window, filled from a deadline of the result when one is given."""
        from wizard.gui.deadline_calculator import DeadlineCalculator

        if self.calculator is None:
            self.calculator = DeadlineCalculator(self.library, self.language.lang, self)
        if request is not None:
            self.calculator.set_request(request, on)
        self.calculator.show()
        self.calculator.raise_()
        self.calculator.activateWindow()
        return self.calculator

    def show_about(self) -> None:
        from wizard.gui.about import AboutDialog

        AboutDialog(self.catalog, self.library, self.language.lang, self).exec()

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._case is not None:
            self.case.close()
        event.accept()
