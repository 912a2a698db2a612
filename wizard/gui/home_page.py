"""The home page: the trees to choose from, cases to resume, recent case files."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.autosave import AutosaveEntry
from wizard.gui.controls import TITLE_SCALE, PushButton, heading
from wizard.gui.language import Retranslating
from wizard.tree_index import TreeSummary

if TYPE_CHECKING:
    from wizard.catalog import Catalog, DeferredCatalog
    from wizard.model import Lang, Tree

REVIEW_INTERVAL = timedelta(days=365)


def review_due(tree: Tree | TreeSummary, today: date | None = None) -> bool:
    return (today or date.today()) - tree.last_legal_review > REVIEW_INTERVAL


class HomePage(Retranslating, QWidget):
    """Signals:

    tree_chosen(str): the id of the tree to start a new assessment with.
    open_requested(): "Open case file…".
    recent_chosen(str): the path of a recent case file.
    resume_chosen(str): the path of an autosave to restore.
    triage_requested(): start from the client's story (triage).
    """

    tree_chosen = Signal(str)
    open_requested = Signal()
    recent_chosen = Signal(str)
    resume_chosen = Signal(str)
    triage_requested = Signal()

    def __init__(self, catalog: Catalog | DeferredCatalog, parent: QWidget | None = None):
        """The trees are listed from ``catalog.summaries``: the page never waits for them to
        load (wizard.tree_index)."""
        super().__init__(parent)
        self._catalog = catalog
        self._lang: Lang = "zh"
        self._recent: list[str] = []
        self._autosaves: list[AutosaveEntry] = []

        self._heading = heading(scale=TITLE_SCALE)
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self._resume_box = QGroupBox()
        self._resume_layout = QVBoxLayout(self._resume_box)
        self._triage_box = QGroupBox()
        triage_layout = QVBoxLayout(self._triage_box)
        self._triage_hint = QLabel()
        self._triage_hint.setWordWrap(True)
        self.triage_button = PushButton()
        self.triage_button.setObjectName("home-triage")
        self.triage_button.clicked.connect(self.triage_requested)
        self._triage_hint.setBuddy(self.triage_button)
        triage_row = QHBoxLayout()
        triage_row.addWidget(self.triage_button)
        triage_row.addStretch()
        triage_layout.addLayout(triage_row)
        triage_layout.addWidget(self._triage_hint)
        self._trees_box = QGroupBox()
        self._trees_layout = QVBoxLayout(self._trees_box)
        self._recent_box = QGroupBox()
        recent_layout = QVBoxLayout(self._recent_box)
        self._recent_list = QListWidget()
        self._recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self._open_button = PushButton()
        self._open_button.clicked.connect(self.open_requested)
        recent_layout.addWidget(self._recent_list)
        row = QHBoxLayout()
        row.addWidget(self._open_button)
        row.addStretch()
        recent_layout.addLayout(row)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self._resume_box)
        layout.addWidget(self._triage_box)
        layout.addWidget(self._trees_box)
        layout.addWidget(self._recent_box)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the frame
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._built = False  # the page is filled when first shown (or focused)

    # --- data from the main window ------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.rebuild()

    def set_recent(self, paths: list[str]) -> None:
        self._recent = paths
        self.rebuild()

    def set_autosaves(self, entries: list[AutosaveEntry]) -> None:
        self._autosaves = entries
        self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:
            self.rebuild(now=True)
        super().showEvent(event)

    # --- rendering ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.rebuild()

    def rebuild(self, now: bool = False) -> None:
        """Fill the page again from its data; while it is hidden, when it is next shown
        (setting its language, recent files and autosaves one by one at start-up then costs
        one filling, not four)."""
        if not (now or self.isVisible()):
            self._built = False
            return
        self._built = True
        # The buttons are made anew: keep the keyboard focus on the same one.
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        focus_name = focus.objectName() if had_focus else ""  # type: ignore[union-attr]
        if had_focus:
            self._open_button.setFocus()  # off the buttons about to go, or the window loses it
        self._fill()
        if had_focus:
            again = self.findChild(QWidget, focus_name) if focus_name else None
            if again is not None:
                again.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.focus_first()

    def _fill(self) -> None:
        self._heading.setText(self.tr("Joint Liability Wizard"))
        self._intro.setText(
            self.tr(
                "Choose the kind of case to assess. The wizard asks its questions one by one; "
                "you can go back and change any answer. It aids assessment and is not legal "
                "advice."
            )
        )
        self._resume_box.setTitle(self.tr("Resume unsaved case"))
        self._triage_box.setTitle(self.tr("Not sure which assessment the case needs?"))
        self.triage_button.setText(self.tr("Start from the client's sto&ry (triage)…"))
        self._triage_hint.setText(
            self.tr(
                "A few plain questions about what happened suggest which assessments apply "
                "and to whom; a case may need several, and they are kept together in one case "
                "file with one combined report."
            )
        )
        self._trees_box.setTitle(self.tr("Start a new assessment"))
        self._recent_box.setTitle(self.tr("Recent case files"))
        self._open_button.setText(self.tr("&Open case file…"))
        self._fill_resume()
        self._fill_trees()
        self._fill_recent()
        # Tab goes down the page as it reads: resume, triage, the trees, recent files, "Open".
        resume = [b for b in self._buttons() if self._resume_box.isAncestorOf(b)]
        trees = [b for b in self._buttons() if self._trees_box.isAncestorOf(b)]
        chain = [
            *resume,
            self.triage_button,
            *trees,
            self._recent_list,
            self._open_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first thing to do: resume a case, or the first tree."""
        if not self._built:
            self.rebuild(now=True)
        target = (self._buttons() or [self._open_button])[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _buttons(self) -> list[PushButton]:
        """The resume and tree buttons on show, top to bottom (not those about to be deleted)."""
        boxes = (self._resume_box, self._trees_box)
        found = [b for box in boxes for b in box.findChildren(PushButton)]
        return [b for b in found if b.isVisibleTo(self)]

    def _clear(self, layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Gone from the page now, though deleted only at the next event loop. It keeps
                # its parent: an orphan would become a window of its own, and taking it away
                # can leave the main window without the keyboard. Unnamed, no search finds it.
                widget.hide()
                for gone in (widget, *widget.findChildren(QWidget)):
                    gone.setObjectName("")
                widget.deleteLater()

    def _fill_resume(self) -> None:
        self._clear(self._resume_layout)
        self._resume_box.setVisible(bool(self._autosaves))
        for entry in self._autosaves:
            titles = []
            summaries = {t.id: t for t in self._catalog.summaries}
            for tree_id in entry.trees or (entry.tree_id,):
                tree = summaries.get(tree_id)
                titles.append(tree.title[self._lang] if tree else tree_id)
            title = "、".join(titles) if self._lang == "zh" else "; ".join(titles)
            if not titles or not any(titles):
                title = self.tr("a case without assessments")
            who = " · ".join(x for x in (entry.case_number, entry.client_name) if x)
            button = PushButton(
                self.tr("Resume: {title} {who} (autosaved {when})").format(
                    title=title, who=who, when=entry.saved_at.replace("T", " ")[:16]
                )
            )
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, p=str(entry.path): self.resume_chosen.emit(p))
            self._resume_layout.addWidget(button)
            button.show()  # now, not from the layout's queued call: it may take the focus

    def _fill_trees(self) -> None:
        self._clear(self._trees_layout)
        for tree in sorted(self._catalog.summaries, key=lambda t: t.id):
            details = self.tr(
                "{description}\nLaws: {laws}\nVersion {version}, legal review {review}"
            ).format(
                description=tree.description[self._lang],
                laws=tree.laws[self._lang],
                version=tree.version,
                review=tree.last_legal_review.isoformat(),
            )
            if review_due(tree):
                details += "\n" + self.tr("⚠ Review due: last legal review over a year ago.")
            card = self._tree_card(tree, details)
            self._trees_layout.addWidget(card)
            card.show()  # now, not from the layout's queued call: it may take the focus
        for source, problems in sorted(self._catalog.known_unavailable.items()):
            label = QLabel(
                self.tr("Unavailable: {file}\n{problems}").format(
                    file=Path(source).name,
                    problems="\n".join(str(p) for p in problems[:5]),
                )
            )
            label.setObjectName("unavailable-tree")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("color: #a00000;")
            self._trees_layout.addWidget(label)

    def _tree_card(self, tree: TreeSummary, details: str) -> QWidget:
        """A tree to choose: a button with its title, and its details in a wrapping label.

        (QCommandLinkButton clips a description longer than two lines, and Chinese text often is.)
        """
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        button = PushButton(tree.title[self._lang])
        button.setObjectName(f"tree-{tree.id}")
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.setAccessibleDescription(details)
        button.clicked.connect(lambda _=False, tid=tree.id: self.tree_chosen.emit(tid))
        label = QLabel(details)
        label.setObjectName(f"tree-details-{tree.id}")
        label.setWordWrap(True)
        label.setBuddy(button)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(card)
        layout.addLayout(row)
        layout.addWidget(label)
        return card

    def _fill_recent(self) -> None:
        self._recent_list.clear()
        for path in self._recent:
            item = QListWidgetItem(Path(path).name + "  —  " + path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self._recent_list.addItem(item)
        self._recent_list.setVisible(bool(self._recent))
