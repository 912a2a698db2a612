"""The "生成文书 / Documents…" dialog of the result page: the letters that fit the case's path
(each with a line on why), ticked to be written as .docx and PDF into a chosen folder; the
letters the path makes useless are listed with the reason. The letters themselves are
``wizard.letters`` and ``wizard.letter_output``; this is only their window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wizard.casefile import CaseInfo
from wizard.engine import Session
from wizard.errors import WizardError
from wizard.letter_output import write_letter
from wizard.letters import OfferedLetter, letters_for, render_letter
from wizard.model import Lang
from wizard.statutes import StatuteLibrary


class DocumentsDialog(QDialog):
    """Choose letters and a folder; ``folder`` is where they were written (None if not)."""

    def __init__(
        self,
        session: Session,
        info: CaseInfo,
        library: StatuteLibrary,
        lang: Lang,
        start_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.info = info
        self.library = library
        self.lang = lang
        self.start_folder = start_folder
        self.folder: Path | None = None
        self.written: list[Path] = []
        self.offered, refused = letters_for(session)
        self.setWindowTitle(self.tr("Documents for this case"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Letters that fit this case, filled from the case information. Tick the ones "
                "to write; each is saved as an editable Word document (.docx) and a PDF."
            )
            if self.offered
            else self.tr("No letter fits this case's path.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Letters"))
        self.list.setWordWrap(True)
        for offered in self.offered:
            item = QListWidgetItem(f"{offered.letter.title.get(lang)}\n{offered.why(lang)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.setVisible(bool(self.offered))
        layout.addWidget(self.list, 1)
        if refused:
            lines = [f"{r.letter.title.get(lang)}：{r.reason.get(lang)}" for r in refused]
            why_not = QLabel(self.tr("Not offered:") + "\n" + "\n".join(lines))
            why_not.setWordWrap(True)
            why_not.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(why_not)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save to folder…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(bool(self.offered))
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[OfferedLetter]:
        return [
            offered
            for row, offered in enumerate(self.offered)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        chosen = self.chosen()
        if not chosen:
            QMessageBox.information(self, self.windowTitle(), self.tr("Tick at least one letter."))
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the letters in"), str(self.start_folder)
        )
        if not folder:
            return
        if self.write(Path(folder), chosen):
            self.accept()

    def write(self, folder: Path, chosen: list[OfferedLetter]) -> bool:
        """Write the chosen letters into ``folder``; says so, or why not."""
        written: list[Path] = []
        try:
            for offered in chosen:
                letter = render_letter(offered, self.session, self.info, self.library, self.lang)
                written += write_letter(letter, folder)
        except (WizardError, OSError) as exc:
            QMessageBox.critical(self, self.tr("The letters were not saved"), str(exc))
            return False
        self.folder = folder
        self.written = written
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Saved in {folder}:").format(folder=folder)
            + "\n"
            + "\n".join(p.name for p in written),
        )
        return True
