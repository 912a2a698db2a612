"""The answer widgets of a question page beyond a date: choices (one or several), an amount,
and the case's history.

They render what the page gives them (the tree's choices, kinds and parties, the names from
the case information) and hand back what the worker entered; parsing is the core's
(``wizard.answers``) and the engine checks every answer (``Session.checked``). No legal logic
lives here: which choices stand alone, which events take a second date and whom an event can
be against all come from the tree and the core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.answer_text import date_text, words
from wizard.answers import (
    MAX_AMOUNT,
    UNKNOWN,
    AmountTextError,
    Unknown,
    date_range,
    format_amount,
    parse_amount_text,
)
from wizard.deadline_text import event_short_name
from wizard.deadlines import EVENTS_WITH_UNTIL, Event
from wizard.errors import EngineError
from wizard.gui.controls import SUBHEADING_SCALE, PushButton, heading
from wizard.gui.date_field import ERROR_COLOUR, DateField
from wizard.gui.language import Retranslating, current_lang
from wizard.gui.look import OWN_RING, ring
from wizard.model import Lang

# An amount typed, or "not known": what ``MoneyField.value`` gives.
MoneyAnswer = Decimal | Unknown


def buddy_text(text: str) -> str:
    """``text`` for a label with a buddy, where ``&`` would mark a shortcut: shown as typed."""
    return text.replace("&", "&&")


def plain_label(text: str = "") -> QLabel:
    """A wrapping label that shows its text as typed, never as markup (names are user text)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


# --- choices ----------------------------------------------------------------------------


class ChoiceRow(QWidget):
    """A radio button or check box whose label wraps (a button's own text cannot), e.g. at
    200 %. With the keyboard focus on the button, the whole row wears the focus ring.
    """

    def __init__(
        self, number: int, text: str, parent: QWidget | None = None, *, check: bool = False
    ) -> None:
        super().__init__(parent)
        mark = f"&{number}." if number < 10 else f"{number}."
        self.button: QAbstractButton = QCheckBox(mark) if check else QRadioButton(mark)
        self.button.setAccessibleName(text)
        self.button.setProperty(OWN_RING, True)
        self.button.installEventFilter(self)
        self.label = plain_label(buddy_text(text))
        self.label.setBuddy(self.button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(5, 4, 5, 4)  # room for the focus ring
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: object) -> None:
        # A click on the text chooses, as it would on a button's own label.
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


@dataclass(frozen=True)
class ChoiceItem:
    """A choice as the list shows it: the tree's id and label, and whether it is the answer
    "不清楚" or stands alone in a multiple choice ("none of these")."""

    id: str
    label: str
    unknown: bool = False
    alone: bool = False


class ChoiceList(Retranslating, QWidget):
    """Numbered choices: radio buttons (one answer) or check boxes (several).

    In a multiple choice, a choice that stands alone ("none of these", "不清楚") clears the
    others when ticked, and ticking another clears it. The "不清楚" choice is set apart by a
    line above it and its label in italics. Radio buttons are in ``group`` (ids: the choices'
    indexes), arrows move between them and Tab stops at the one chosen; check boxes are in no
    group (a group would leave only one of them a Tab stop), so Tab and the arrows go through
    each.

    Signals:
        changed(): the choice or the ticks changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._toggled)
        self.multiple = False
        self._items: tuple[ChoiceItem, ...] = ()
        self._buttons: list[QAbstractButton] = []
        self._clearing = False
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.problem = QLabel()
        self.problem.setObjectName("choices-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        if self.problem.isVisible():
            self.say_problem()

    def show_choices(
        self, items: Sequence[ChoiceItem], multiple: bool, chosen: Iterable[str] = ()
    ) -> None:
        """Show ``items`` (radio buttons, or check boxes when ``multiple``), ``chosen`` on."""
        for button in self.group.buttons():
            self.group.removeButton(button)
        self._buttons = []
        while self._rows.count():
            widget = self._rows.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # off the page at once, not at the next event loop
                widget.deleteLater()
        self.problem.hide()
        self.multiple = multiple
        self._items = tuple(items)
        self.group.setExclusive(not multiple)
        chosen = set(chosen)
        for index, item in enumerate(self._items):
            if item.unknown and index > 0:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._rows.addWidget(line)
                line.show()
            row = ChoiceRow(index + 1, item.label, check=multiple)
            row.button.setObjectName(f"choice-{item.id}")
            if item.unknown:
                font = row.label.font()
                font.setItalic(True)
                row.label.setFont(font)
            if multiple:
                row.button.toggled.connect(lambda on, i=index: self._toggled(i, on))
            else:
                self.group.addButton(row.button, index)
            self._buttons.append(row.button)
            self._rows.addWidget(row)
            row.show()  # now, not from the layout's queued call
            if item.id in chosen:
                self._clearing = True
                row.button.setChecked(True)
                self._clearing = False

    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def value(self) -> str | tuple[str, ...] | None:
        """The choice id (one answer), the ids ticked in the tree's order (several), or None."""
        chosen = tuple(
            item.id
            for item, button in zip(self._items, self._buttons, strict=True)
            if button.isChecked()
        )
        if self.multiple:
            return chosen or None
        return chosen[0] if chosen else None

    def choose(self, number: int) -> bool:
        """The ``number``-th choice (1-based), as its key 1–9 does: chosen, or its tick
        toggled; False if there is none."""
        if not 1 <= number <= len(self._buttons):
            return False
        button = self._buttons[number - 1]
        button.setChecked(not button.isChecked() if self.multiple else True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def first_focus(self) -> QAbstractButton | None:
        """Where the keyboard starts: the choice made, else the first."""
        checked = [b for b in self._buttons if b.isChecked()]
        return checked[0] if checked else (self._buttons[0] if self._buttons else None)

    def say_problem(self) -> None:
        """Say that nothing is chosen yet (shown until a choice is made)."""
        if self.multiple:
            text = self.tr("Tick at least one answer (or the one that says none applies).")
        else:
            text = self.tr("Choose one answer.")
        self.problem.setText("⚠ " + text)
        self.problem.show()
        if self._buttons:
            first = self._buttons[0]
            first.setFocus()
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(first, text))

    def _toggled(self, index: int, checked: bool) -> None:
        if self._clearing:
            return
        if checked and self.multiple:
            # A choice that stands alone clears the others, and another clears it.
            alone = self._items[index].alone
            self._clearing = True
            for other, item in enumerate(self._items):
                if other != index and (alone or item.alone):
                    self._buttons[other].setChecked(False)
            self._clearing = False
        if checked:
            self.problem.hide()
        self.changed.emit()


# --- amounts ----------------------------------------------------------------------------


class MoneyField(Retranslating, QWidget):
    """An amount in yuan typed as people write it (``120000``, ``120,000.50``, ``12万``,
    ``¥3,000``), read back with thousands separators ("120,000.00元"), refused with a reason;
    optionally "not known".

    The value is ``None`` until a valid amount is typed; then a ``Decimal`` (to the fen), or
    ``UNKNOWN`` (only with ``allow_unknown``, when the box is ticked).

    Signals:
        value_changed(object): the new value (``None`` while the text is not an amount).
        edited(): the user changed something.
    """

    value_changed = Signal(object)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_unknown: bool = False) -> None:
        super().__init__(parent)
        self._allow_unknown = allow_unknown
        self._value: MoneyAnswer | None = None
        self._problem = ""
        self._insist = False  # an empty field is refused (after commit(), until typing)

        self.edit = QLineEdit()
        self.edit.setObjectName("money-text")
        self.edit.setMaxLength(40)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        width = self.edit.fontMetrics().horizontalAdvance("¥1,000,000,000.00") * 1.3
        self.edit.setMinimumWidth(int(width))
        self.edit.setMaximumWidth(int(width * 1.3))
        self.unknown_box = QCheckBox()
        self.unknown_box.setObjectName("money-unknown")
        self.unknown_box.setVisible(allow_unknown)
        self.feedback = QLabel()
        self.feedback.setObjectName("money-feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.unknown_box)
        self.setFocusProxy(self.edit)
        QWidget.setTabOrder(self.edit, self.unknown_box)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.unknown_box.toggled.connect(self._unknown_toggled)
        self.retranslate()

    @property
    def allow_unknown(self) -> bool:
        return self._allow_unknown

    def set_allow_unknown(self, allow: bool) -> None:
        """Offer the "not known" box or not (withdrawing it unticks it)."""
        self._allow_unknown = allow
        self.unknown_box.setVisible(allow)
        if not allow and self.unknown_box.isChecked():
            self.unknown_box.blockSignals(True)
            self.unknown_box.setChecked(False)
            self.unknown_box.blockSignals(False)
            self.edit.setEnabled(True)
        self._read(show_errors=bool(self._problem))

    def value(self) -> MoneyAnswer | None:
        return self._value

    def set_value(self, value: MoneyAnswer | None) -> None:
        """Show ``value`` (``None`` empties the field); does not emit ``edited``."""
        unknown = isinstance(value, Unknown)
        if unknown and not self._allow_unknown:
            raise ValueError("this amount field does not offer 'unknown'")
        self.unknown_box.blockSignals(True)
        self.unknown_box.setChecked(unknown)
        self.unknown_box.blockSignals(False)
        self.edit.setEnabled(not unknown)
        shown = f"{value:,.2f}" if isinstance(value, Decimal) else ""
        self.edit.setText(shown)
        self._insist = False
        self._read(show_errors=False)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the field as if typed (a refusal on show is said again)."""
        had_problem = bool(self._problem)
        self.edit.setText(text)
        self._read(show_errors=had_problem)

    def is_valid(self) -> bool:
        return self._value is not None

    def problem(self) -> str:
        return self._problem

    def commit(self) -> bool:
        """Read the text as left: True if it holds an amount, else the field says why (also
        for an empty field) and takes the focus."""
        self._insist = True
        self._read(show_errors=True)
        if self._value is None:
            self.edit.setFocus()
            self.edit.selectAll()
            return False
        return True

    def _typed(self, _text: str) -> None:
        self._insist = False
        self._read(show_errors=False)
        self.edited.emit()

    def _finished(self) -> None:
        if self.edit.text().strip():
            self._read(show_errors=True)

    def _unknown_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self._read(show_errors=False)
        self.edited.emit()

    def _read(self, show_errors: bool) -> None:
        old = self._value
        text = self.edit.text().strip()
        self._problem = ""
        if self._allow_unknown and self.unknown_box.isChecked():
            self._value = UNKNOWN
        elif not text:
            self._value = None
            if self._insist:
                self._problem = self.tr("Type the amount first, for example 120000 or 12万.")
        else:
            try:
                self._value = parse_amount_text(text)
            except AmountTextError as exc:
                self._value = None
                if show_errors:
                    self._problem = self._refusal(exc.reason, text)
        self._show_feedback()
        if self._value != old:
            self.value_changed.emit(self._value)

    def _refusal(self, reason: str, text: str) -> str:
        if reason == "negative":
            return self.tr("An amount cannot be below zero: type what is owed or was paid.")
        if reason == "range":
            return self.tr("“{text}” is too large: an amount is at most {largest}.").format(
                text=text, largest=format_amount(MAX_AMOUNT, current_lang())
            )
        return self.tr(
            "“{text}” is not an amount. Type it in yuan, for example 120000, 120,000.50, "
            "12万 or ¥3,000."
        ).format(text=text)

    def in_words(self, value: MoneyAnswer) -> str:
        """``value`` as the report writes it ("120,000.00元"), in the UI language."""
        if isinstance(value, Unknown):
            return self.tr("Not known (to be checked)")
        return format_amount(value, current_lang())

    def _show_feedback(self) -> None:
        if self._problem:
            text, style = "⚠ " + self._problem, f"color: {ERROR_COLOUR};"
        elif self._value is not None:
            text, style = self.in_words(self._value), "font-weight: bold;"
        else:
            text, style = self.tr("In yuan, for example 120000, 120,000.50, 12万 or ¥3,000."), ""
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style)
        self.edit.setAccessibleDescription(text)
        if self._problem and self.isVisible():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.edit, text))

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("e.g. 120000 or 12万"))
        self.unknown_box.setText(self.tr("Not known (to be checked)"))
        self._read(show_errors=bool(self._problem))


# --- the case's history -----------------------------------------------------------------


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """By date, as the engine keeps them (a month counts from its first day)."""
    return sorted(events, key=lambda e: date_range(e.on)[0])


class EventsTable(QTableWidget):
    """The events recorded, one a row. Delete removes the selected one, F2 changes it; Tab
    leaves the table; Enter is left to the page (it goes on)."""

    remove_requested = Signal()
    edit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        if event.key() == Qt.Key.Key_F2:
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)


class EventsEditor(Retranslating, QWidget):
    """The case's history: the events recorded, sorted by date, and a form to add or change
    one — its kind, its date (a month alone allowed), a second date for the kinds that have
    one, and against whom. An empty history is an answer too.

    Enter in the form adds what it holds; with the form empty it is left to the page.

    Signals:
        changed(): the list changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = "zh"
        self._kinds: tuple[str, ...] = ()
        self._parties: tuple[str, ...] = ()
        self._party_names: dict[str, str] = {}
        self._events: list[Event] = []
        self._editing: int | None = None
        self._check: Callable[[tuple[Event, ...]], object] = lambda events: events

        self.list_title = heading(scale=SUBHEADING_SCALE)
        self.table = EventsTable(0, 3)
        self.table.setObjectName("events-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The dates (a second one after "至") as wide as they are; the kind and whom it was
        # against share the rest and wrap.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 5)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("events-empty")
        self.empty_note.setWordWrap(True)
        self.edit_button = PushButton()
        self.edit_button.setObjectName("events-edit")
        self.remove_button = PushButton()
        self.remove_button.setObjectName("events-remove")

        self.form_title = heading(scale=SUBHEADING_SCALE)
        self.kind = QComboBox()
        self.kind.setObjectName("event-kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.on = DateField(allow_month=True, feedback_below=True)
        self.on.edit.setObjectName("event-date")
        self.until = DateField(allow_month=True, feedback_below=True)
        self.until.edit.setObjectName("event-until")
        for field in (self.on, self.until):
            # Without a proxy the fields' frames are no Tab stops of their own: Qt would
            # otherwise stop at them where they were made, ahead of the list, when Tab comes
            # round from the page's buttons.
            field.setFocusProxy(None)
        self.until_hint = QLabel()
        self.until_hint.setWordWrap(True)
        self.party = QComboBox()
        self.party.setObjectName("event-party")
        self.party.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = PushButton()
        self.add_button.setObjectName("events-add")
        self.cancel_edit_button = PushButton()
        self.cancel_edit_button.setObjectName("events-cancel-edit")
        self.cancel_edit_button.hide()
        self.problem = QLabel()
        self.problem.setObjectName("events-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()

        self._labels = [QLabel() for _ in range(4)]
        until_box = QWidget()
        until_layout = QVBoxLayout(until_box)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.until)
        until_layout.addWidget(self.until_hint)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field, buddy in zip(
            self._labels,
            (self.kind, self.on, until_box, self.party),
            (self.kind, self.on.edit, self.until.edit, self.party),
            strict=True,
        ):
            label.setBuddy(buddy)
            self._form.addRow(label, field)

        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch()
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.add_button)
        form_buttons.addWidget(self.cancel_edit_button)
        form_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_title)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addLayout(list_buttons)
        layout.addSpacing(8)
        layout.addWidget(self.form_title)
        layout.addLayout(self._form)
        layout.addLayout(form_buttons)
        layout.addWidget(self.problem)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.edit_requested.connect(self.edit_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        for field in (self.on, self.until):
            field.edited.connect(self.problem.hide)
        self.retranslate()

    # --- what the question asks -----------------------------------------------------------

    def set_question(
        self,
        kinds: Sequence[str],
        parties: Sequence[str],
        party_names: dict[str, str],
        lang: Lang,
        check: Callable[[tuple[Event, ...]], object],
    ) -> None:
        """The kinds and parties a question offers; ``party_names`` says each party as the
        case names it ("保证人（张三）"); ``check`` raises EngineError for a list the engine
        would not take."""
        self._kinds = tuple(kinds)
        self._parties = tuple(parties)
        self._party_names = dict(party_names)
        self._lang = lang
        self._check = check
        kind_now = self.kind.currentData()
        party_now = self.party.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in self._kinds:
            self.kind.addItem(event_short_name(kind, lang), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(kind_now), 0))
        self.kind.blockSignals(False)
        self.party.clear()
        if len(self._parties) != 1:
            self.party.addItem(self.tr("— choose —"), "")
        for party in self._parties:
            self.party.addItem(self._party_names.get(party, party), party)
        self.party.setCurrentIndex(max(self.party.findData(party_now), 0))
        self._form.setRowVisible(3, bool(self._parties))
        self.table.setColumnHidden(2, not self._parties)  # only where the question asks
        self._kind_changed()
        self._fill_table()

    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    def set_events(self, events: Iterable[Event]) -> None:
        """Show ``events`` (sorted by date) and an empty form."""
        self._events = sorted_events(events)
        self._editing = None
        self._clear_form()
        self._fill_table()

    def pending(self) -> bool:
        """Whether the form holds a date not yet added to the list (or a change not saved)."""
        return self._editing is not None or bool(self.on.text().strip() or self.until.text())

    def commit(self) -> bool:
        """Whether the list can be given as the answer: nothing is left typed in the form
        (else it says so and takes the focus)."""
        if not self.pending():
            return True
        if self._editing is not None:
            self._say(
                self.tr(
                    "The change is not saved yet: press Apply the change, or Cancel the change."
                )
            )
        else:
            self._say(
                self.tr(
                    "This event is not in the list yet: press Add to the list (Enter), "
                    "or empty its date."
                )
            )
        self.on.edit.setFocus()
        return False

    def first_focus(self) -> QWidget:
        return self.kind

    def tab_chain(self) -> list[QWidget]:
        return [
            self.table,
            self.edit_button,
            self.remove_button,
            self.kind,
            self.on.edit,
            self.on.calendar_button,
            self.on.known_button,
            self.until.edit,
            self.until.calendar_button,
            self.until.known_button,
            self.party,
            self.add_button,
            self.cancel_edit_button,
        ]

    # --- actions --------------------------------------------------------------------------

    def add(self) -> bool:
        """Add the event in the form to the list (or save the change); False, with the
        reason shown, when it is not complete."""
        if not self.on.commit():
            return False
        on = self.on.value()
        assert on is not None and not isinstance(on, Unknown)
        kind = self.kind.currentData() or ""
        until = None
        if kind in EVENTS_WITH_UNTIL and self.until.text().strip():
            if not self.until.commit():
                return False
            value = self.until.value()
            assert value is not None and not isinstance(value, Unknown)
            until = value
            if date_range(until)[1] < date_range(on)[0]:
                self._say(self.tr("The second date cannot come before the event's date."))
                self.until.edit.setFocus()
                return False
        party = self.party.currentData() or ""
        if self._parties and not party:
            self._say(self.tr("Choose against whom this happened."))
            self.party.setFocus()
            return False
        event = Event(kind, on, until, party)  # type: ignore[arg-type]
        events = list(self._events)
        if self._editing is not None:
            events[self._editing] = event
        else:
            events.append(event)
        try:
            self._check(tuple(events))
        except EngineError as exc:
            self._say(str(exc))
            return False
        self._events = sorted_events(events)
        self._editing = None
        self._clear_form()
        self._fill_table()
        self._select(self._events.index(event))
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return True

    def edit_selected(self) -> None:
        """Put the selected event in the form to change it."""
        row = self._selected()
        if row is None:
            return
        event = self._events[row]
        self._editing = row
        self.kind.setCurrentIndex(max(self.kind.findData(event.kind), 0))
        self.on.set_value(event.on)
        self.until.set_value(event.until)
        self.party.setCurrentIndex(max(self.party.findData(event.party), 0))
        self._update_form_texts()
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_edit(self) -> None:
        self._editing = None
        self._clear_form()
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        del self._events[row]
        if self._editing is not None:
            self._editing = None
            self._clear_form()
        self._fill_table()
        if self._events:
            self._select(min(row, len(self._events) - 1))
            self.table.setFocus()
        else:
            self.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the form adds what it holds; with nothing typed it goes to the page."""
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        in_form = not self.table.hasFocus()
        if (
            plain
            and in_form
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.pending()
        ):
            self.add()
            return
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.cancel_edit()
            return
        super().keyPressEvent(event)

    # --- showing --------------------------------------------------------------------------

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentRow()
        return current if 0 <= current < len(self._events) else None

    def _select(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)
        self.table.selectRow(row)

    def _clear_form(self) -> None:
        self.kind.setCurrentIndex(0)
        self.on.set_value(None)
        self.until.set_value(None)
        self.party.setCurrentIndex(0)
        self.problem.hide()
        self._update_form_texts()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData() or ""
        self._form.setRowVisible(2, kind in EVENTS_WITH_UNTIL)
        if kind == "obstacle":
            self.until_hint.setText(
                self.tr("The day the obstacle ended; leave it empty while it lasts.")
            )
        else:
            self.until_hint.setText(
                self.tr("The last day for performance the judgment set, if it set one.")
            )

    def _fill_table(self) -> None:
        lang = self._lang
        self.table.setRowCount(len(self._events))
        w = words(lang)
        for row, event in enumerate(self._events):
            # As the review and the report say them: "2024年5月1日 至 2024年7月1日".
            when = date_text(event.on, lang)
            if event.until is not None:
                when += f" {w['until']} {date_text(event.until, lang)}"
            elif event.kind == "obstacle":
                when += f" {w['open']}"
            cells = (
                when,
                event_short_name(event.kind, lang),
                self._party_names.get(event.party, event.party) if event.party else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.empty_note.setVisible(not self._events)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _update_form_texts(self) -> None:
        editing = self._editing is not None
        if editing:
            self.form_title.setText(self.tr("Change the event"))
            self.add_button.setText(self.tr("&Apply the change"))
        else:
            self.form_title.setText(self.tr("Add an event"))
            self.add_button.setText(self.tr("&Add to the list"))
        self.cancel_edit_button.setVisible(editing)

    def _say(self, text: str) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.show()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.add_button, text))

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Events recorded"))
        self.empty_note.setText(
            self.tr("None recorded yet. If nothing has happened, leave the list empty and go on.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Event"), self.tr("Against")]
        )
        self.table.setAccessibleName(self.tr("Events recorded"))
        self.edit_button.setText(self.tr("Chan&ge the selected event"))
        self.remove_button.setText(self.tr("&Remove the selected event"))
        self.cancel_edit_button.setText(self.tr("Cancel the change"))
        texts = (
            self.tr("&Kind of event:"),
            self.tr("&Date:"),
            self.tr("&Until / last day of performance:"),
            self.tr("Against &whom:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.kind.setAccessibleName(texts[0].replace("&", "").rstrip(":："))
        self.on.edit.setAccessibleName(texts[1].replace("&", "").rstrip(":："))
        self.until.edit.setAccessibleName(texts[2].replace("&", "").rstrip(":："))
        self.party.setAccessibleName(texts[3].replace("&", "").rstrip(":："))
        if self.party.count() and self.party.itemData(0) == "":
            self.party.setItemText(0, self.tr("— choose —"))
        self._update_form_texts()
        self._kind_changed()
