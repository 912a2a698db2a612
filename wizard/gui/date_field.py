"""A date field that takes dates as people write them, says what it read, and refuses nonsense.

The worker types ``2024-06-30``, ``2024/6/30``, ``2024年6月30日`` or ``20240630`` (and, where the
caller allows it, only the month: ``2024-06``, ``2024年6月``); the field shows the date it read
in words next to it ("2024年6月30日 星期日") or says why it cannot take the text. A calendar
button (or Alt+↓ / F4 in the field) opens a picker; an optional "unknown" box records that
the client does not know. Parsing is the core's ``wizard.answers.parse_date_text``; this
widget holds no legal logic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wizard.answers import (
    EARLIEST_DATE,
    LATEST_DATE,
    UNKNOWN,
    DateAnswer,
    DateTextError,
    MonthDate,
    Unknown,
    parse_date_text,
)
from wizard.gui.controls import PushButton
from wizard.gui.language import Retranslating

# Colour of a refusal: dark red, 8:1 against white.
ERROR_COLOUR = "#a00000"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class OfferedDate:
    """A date the field offers to fill in (from another assessment of the case)."""

    value: date | MonthDate
    what: str  # what it is the date of, in the UI language


class CalendarPopup(QCalendarWidget):
    """The picker: a calendar in a popup. Enter or a click chooses a day, Escape closes.

    Signals:
        chosen(QDate): the day picked.
    """

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setMinimumDate(to_qdate(EARLIEST_DATE))
        self.setMaximumDate(to_qdate(LATEST_DATE))
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(Retranslating, QWidget):
    """A date typed as text, read back in words, with a calendar and optionally "unknown".

    The value is ``None`` until something valid is entered; then a ``datetime.date``, a
    ``MonthDate`` (only with ``allow_month``) or ``UNKNOWN`` (only with ``allow_unknown``, when
    the box is ticked).

    Signals:
        value_changed(object): the new value (``None`` while the text is not a valid date).
        edited(): the user changed something (typing, the calendar, the unknown box).
    """

    value_changed = Signal(object)
    edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_month: bool = False,
        allow_unknown: bool = False,
        feedback_below: bool = False,
    ) -> None:
        """``feedback_below``: the date in words (or the refusal) under the text rather than
        beside it, where the field is narrow (e.g. in a form beside the help)."""
        super().__init__(parent)
        self._allow_month = allow_month
        self._allow_unknown = allow_unknown
        self._value: DateAnswer | None = None
        self._problem = ""  # the refusal on show, "" when none
        self._insist = False  # an empty field is refused (after commit(), until typing)

        self.edit = QLineEdit()
        self.edit.setObjectName("date-text")
        self.edit.setMaxLength(40)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        width = self.edit.fontMetrics().horizontalAdvance("2024年12月31日") * 1.6
        self.edit.setMinimumWidth(int(width))
        self.edit.setMaximumWidth(int(width * 1.3))
        self.calendar_button = PushButton()
        self.calendar_button.setObjectName("date-calendar")
        # Dates the case already holds, offered to fill in (hidden when there are none).
        self.known_button = PushButton()
        self.known_button.setObjectName("date-known")
        # No parent: a popup child would move this field in its window's focus chain (Qt 6), after
        # its own text, and Tab would loop between the text and the calendar button.
        self.known_menu = QMenu()
        self.known_menu.setObjectName("date-known-menu")
        self.known_button.setMenu(self.known_menu)
        self.known_button.hide()
        self._offered: tuple[OfferedDate, ...] = ()
        self.unknown_box = QCheckBox()
        self.unknown_box.setObjectName("date-unknown")
        self.unknown_box.setVisible(allow_unknown)
        self.feedback = QLabel()
        self.feedback.setObjectName("date-feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._popup: CalendarPopup | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addWidget(self.known_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        if feedback_below:
            row.addStretch()
            layout.addWidget(self.feedback)
        else:
            row.addWidget(self.feedback, 1)
        layout.addWidget(self.unknown_box)
        self.setFocusProxy(self.edit)
        QWidget.setTabOrder(self.edit, self.calendar_button)
        QWidget.setTabOrder(self.calendar_button, self.unknown_box)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.unknown_box.toggled.connect(self._unknown_toggled)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.edit, self.open_calendar)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    # --- the value ----------------------------------------------------------------------

    @property
    def allow_month(self) -> bool:
        return self._allow_month

    def set_allow_month(self, allow: bool) -> None:
        """Whether a month alone (``2024-06``) is a valid value; re-reads the text."""
        self._allow_month = allow
        self._read(show_errors=bool(self._problem))

    @property
    def allow_unknown(self) -> bool:
        return self._allow_unknown

    def set_allow_unknown(self, allow: bool) -> None:
        """Offer the "unknown" box or not (withdrawing it unticks it); re-reads the value."""
        self._allow_unknown = allow
        self.unknown_box.setVisible(allow)
        if not allow and self.unknown_box.isChecked():
            self.unknown_box.blockSignals(True)
            self.unknown_box.setChecked(False)
            self.unknown_box.blockSignals(False)
            self.edit.setEnabled(True)
            self.calendar_button.setEnabled(True)
            self.known_button.setEnabled(True)
        self._read(show_errors=bool(self._problem))

    def value(self) -> DateAnswer | None:
        return self._value

    def set_value(self, value: DateAnswer | None) -> None:
        """Show ``value`` (``None`` empties the field); does not emit ``edited``."""
        unknown = isinstance(value, Unknown)
        if unknown and not self.allow_unknown:
            raise ValueError("this date field does not offer 'unknown'")
        if isinstance(value, MonthDate) and not self._allow_month:
            raise ValueError("this date field takes full dates only")
        self.unknown_box.blockSignals(True)
        self.unknown_box.setChecked(unknown)
        self.unknown_box.blockSignals(False)
        self.edit.setEnabled(not unknown)
        self.calendar_button.setEnabled(not unknown)
        self.known_button.setEnabled(not unknown)
        self.edit.setText("" if value is None or unknown else value.isoformat())
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
        """The refusal on show ("" when none)."""
        return self._problem

    def commit(self) -> bool:
        """Read the text as the user left it: True if it holds a valid value, else the field
        says why (also for an empty field) and takes the focus."""
        self._insist = True
        self._read(show_errors=True)
        if self._value is None:
            self.edit.setFocus()
            self.edit.selectAll()
            return False
        return True

    # --- dates the case already holds ------------------------------------------------------

    def offer_dates(self, offered: Iterable[OfferedDate]) -> None:
        """Offer these dates in a menu beside the field (a month alone only where the field
        takes one); choosing one puts it in the field, which stays editable."""
        self._offered = tuple(
            o for o in offered if self._allow_month or not isinstance(o.value, MonthDate)
        )
        self._fill_known_menu()

    def offered_dates(self) -> tuple[OfferedDate, ...]:
        return self._offered

    def _fill_known_menu(self) -> None:
        self.known_menu.clear()
        for offered in self._offered:
            action = self.known_menu.addAction(f"{self.in_words(offered.value)} — {offered.what}")
            action.triggered.connect(lambda _=False, o=offered: self._take_offered(o))
        self.known_button.setVisible(bool(self._offered))

    def _take_offered(self, offered: OfferedDate) -> None:
        if self.allow_unknown and self.unknown_box.isChecked():
            self.unknown_box.setChecked(False)
        self.edit.setText(offered.value.isoformat())
        self.edit.setFocus()
        self.edit.selectAll()
        self._insist = False
        self._read(show_errors=True)
        self.edited.emit()

    # --- the calendar -------------------------------------------------------------------

    def open_calendar(self) -> None:
        if not self.edit.isEnabled():
            return
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.chosen.connect(self._picked)
        popup = self._popup
        popup.setLocale(QLocale())
        current = self._value
        if isinstance(current, MonthDate):
            current = current.first_day
        day = current if isinstance(current, date) else date.today()
        popup.setSelectedDate(to_qdate(day))
        popup.adjustSize()
        where = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry()
        where.setX(max(screen.left(), min(where.x(), screen.right() - popup.width())))
        if where.y() + popup.height() > screen.bottom():
            where.setY(self.edit.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        popup.move(where)
        popup.show()
        popup.setFocus()

    def _picked(self, day: QDate) -> None:
        self.edit.setText(from_qdate(day).isoformat())
        self.edit.setFocus()
        self._read(show_errors=True)
        self.edited.emit()

    # --- reading the text ---------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._insist = False
        self._read(show_errors=False)
        self.edited.emit()

    def _finished(self) -> None:
        # Enter or leaving the field: now an incomplete date is an error, not work in progress.
        if self.edit.text().strip():
            self._read(show_errors=True)

    def _unknown_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self.calendar_button.setEnabled(not checked)
        self.known_button.setEnabled(not checked)
        self._read(show_errors=False)
        self.edited.emit()

    def _read(self, show_errors: bool) -> None:
        old = self._value
        text = self.edit.text().strip()
        self._problem = ""
        if self.allow_unknown and self.unknown_box.isChecked():
            self._value = UNKNOWN
        elif not text:
            self._value = None
            if self._insist:
                self._problem = self.tr("Type a date first, for example 2024-06-30.")
        else:
            try:
                self._value = parse_date_text(text, allow_month=self._allow_month)
            except DateTextError as exc:
                self._value = None
                # While typing, "2024-06-0" is on its way to a date: refuse text only once the
                # worker leaves it (Enter, Tab, Next); until then the hint stays.
                if show_errors:
                    self._problem = self._refusal(exc.reason, text)
        self._show_feedback()
        if self._value != old:
            self.value_changed.emit(self._value)

    def _refusal(self, reason: str, text: str) -> str:
        if reason == "impossible":
            return self.tr(
                "There is no such date as “{text}”: check the month and the day."
            ).format(text=text)
        if reason == "range":
            return self.tr(
                "“{text}” is out of range: the date must lie between {earliest} and {latest}."
            ).format(text=text, earliest=EARLIEST_DATE.isoformat(), latest=LATEST_DATE.isoformat())
        if reason == "month_not_allowed":
            return self.tr("This question needs the day too, for example 2024-06-30.")
        if self._allow_month:
            return self.tr(
                "“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or "
                "20240630, or only the month: 2024-06 or 2024年6月."
            ).format(text=text)
        return self.tr(
            "“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630."
        ).format(text=text)

    # --- showing ------------------------------------------------------------------------

    def in_words(self, value: DateAnswer) -> str:
        """``value`` in words, in the UI language ("2024年6月30日 星期日")."""
        locale = QLocale()
        if isinstance(value, Unknown):
            return self.tr("Not known (to be checked)")
        if isinstance(value, MonthDate):
            #: A Qt date format: a month alone, e.g. "June 2024".
            month = locale.toString(to_qdate(value.first_day), self.tr("MMMM yyyy"))
            return self.tr("{month} (only the month is known)").format(month=month)
        #: A Qt date format: the day with its weekday, e.g. "Sunday, 30 June 2024".
        return locale.toString(to_qdate(value), self.tr("dddd, d MMMM yyyy"))

    def _show_feedback(self) -> None:
        if self._problem:
            text, style = "⚠ " + self._problem, f"color: {ERROR_COLOUR};"
        elif self._value is not None:
            text, style = self.in_words(self._value), "font-weight: bold;"
        else:
            text, style = self._hint(), ""
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style)
        self.feedback.setProperty("problem", bool(self._problem))
        self.edit.setAccessibleDescription(text)
        if self._problem and self.isVisible():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.edit, text))

    def _hint(self) -> str:
        if self._allow_month:
            return self.tr(
                "For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; "
                "or only the month: 2024-06."
            )
        return self.tr("For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.")

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("e.g. 2024-06-30"))
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date in a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date in a calendar"))
        self.unknown_box.setText(self.tr("Not known (to be checked)"))
        self.known_button.setText(self.tr("Dates in this case"))
        self.known_button.setToolTip(
            self.tr("Fill in a date already entered in another assessment of this case")
        )
        self._fill_known_menu()
        # Re-say a refusal in the new language; keep its severity.
        self._read(show_errors=bool(self._problem))
