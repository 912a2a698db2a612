"""The 期限计算 window: the deadline calculator of ``liability-wizard deadline``, with events.

The widgets only collect what the worker types and show what ``wizard.deadlines`` computes,
worded by ``wizard.deadline_text`` — the same words as the report and the terminal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wizard import deadline_text
from wizard.answers import DateTextError, MonthDate, parse_date_text
from wizard.deadlines import (
    DeadlineError,
    DeadlineRequest,
    Event,
    compute,
    default_period,
)
from wizard.gui.date_field import DateField
from wizard.gui.language import Retranslating
from wizard.model import Lang, Period
from wizard.statutes import StatuteLibrary

# The kinds the calculator offers, as in the terminal calculator.
KINDS = ("limitation", "guarantee_period", "enforcement", "appeal", "other")
# Events a worker can add; the rest only anchor deadlines inside trees.
EVENT_KINDS = (
    "demand",
    "acknowledgement",
    "suit",
    "proceedings_ended",
    "equal_effect",
    "obstacle",
    "judgment_effective",
    "enforcement_applied",
    "enforcement_terminated",
)
# Events with a second date: the end of an obstacle, the last day of performance.
EVENTS_WITH_UNTIL = ("obstacle", "judgment_effective")
UNITS = ("years", "months", "days")


def _parse(text: str) -> date | MonthDate | None:
    """A typed date, or None when the field is empty; raises DateTextError when it is wrong."""
    if not text.strip():
        return None
    return parse_date_text(text, allow_month=True)


class DeadlineCalculator(Retranslating, QDialog):
    """A non-modal window: kind, start, period, events and the day to measure from.

    Signals:
        computed(str): the result in plain words after every change (for tests and copy).
    """

    computed = Signal(str)

    def __init__(
        self, library: StatuteLibrary, lang: Lang = "zh", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.lang: Lang = lang
        self.setObjectName("deadline_calculator")
        self.kind = QComboBox()
        # Dates typed as in the wizard, read back in words; the start may be a month alone.
        self.start = DateField(allow_month=True)
        self.start.edit.setObjectName("calculator-from")
        self.amount = QSpinBox()
        self.amount.setRange(1, 1000)
        self.unit = QComboBox()
        self.on = DateField()
        self.on.edit.setObjectName("calculator-on")
        self.on.set_value(date.today())
        self.events = QTableWidget(0, 3)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.events.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.add_event = QPushButton()
        self.remove_event = QPushButton()
        self.result = QTextBrowser()
        self.result.setMinimumHeight(180)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.copy_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        period_row = QHBoxLayout()
        period_row.addWidget(self.amount)
        period_row.addWidget(self.unit)
        period_row.addStretch()
        for label, field in zip(
            self._labels, (self.kind, self.start, period_row, self.on), strict=True
        ):
            self._form.addRow(label, field)
        for label, buddy in zip(
            self._labels, (self.kind, self.start.edit, self.amount, self.on.edit), strict=True
        ):
            label.setBuddy(buddy)
        self._events_title = QLabel()
        event_buttons = QHBoxLayout()
        event_buttons.addWidget(self.add_event)
        event_buttons.addWidget(self.remove_event)
        event_buttons.addStretch()
        self._result_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._events_title)
        layout.addWidget(self.events, 1)
        layout.addLayout(event_buttons)
        layout.addWidget(self._result_title)
        layout.addWidget(self.error)
        layout.addWidget(self.result, 2)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.start.edit.textChanged,
            self.on.edit.textChanged,
            self.amount.valueChanged,
            self.unit.currentIndexChanged,
        ):
            signal.connect(self.recompute)
        self.add_event.clicked.connect(lambda: self.add_event_row())
        self.remove_event.clicked.connect(self._remove_selected)
        self.copy_button.clicked.connect(self.copy_result)
        self.resize(760, 680)
        self.retranslate()
        self._kind_changed()

    # --- language ----------------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deadline calculator"))
        texts = (self.tr("&Kind of period"), self.tr("&From"), self.tr("&Period"), self.tr("&On"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.start.edit.setToolTip(
            self.tr("A date known only to the month (2024-06) gives a range.")
        )
        self.on.edit.setToolTip(self.tr("The day the status is measured on (default: today)"))
        self._events_title.setText(self.tr("What happened since (demands, IOUs, suits …)"))
        self.events.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Date"), self.tr("Until / performance ends")]
        )
        self.add_event.setText(self.tr("&Add event"))
        self.remove_event.setText(self.tr("&Remove event"))
        self._result_title.setText(self.tr("Result"))
        self.copy_button.setText(self.tr("&Copy result"))
        self.result.setAccessibleName(self.tr("Computed deadline"))
        with _Blocked(self.kind):
            current = self.kind.currentIndex()
            self.kind.clear()
            for kind in KINDS:
                self.kind.addItem(deadline_text.kind_name(kind, self.lang), kind)
            self.kind.setCurrentIndex(max(current, 0))
        with _Blocked(self.unit):
            current = self.unit.currentIndex()
            self.unit.clear()
            for unit, name in zip(
                UNITS, (self.tr("years"), self.tr("months"), self.tr("days")), strict=True
            ):
                self.unit.addItem(name, unit)
            self.unit.setCurrentIndex(max(current, 0))
        for row in range(self.events.rowCount()):
            combo = self.events.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                for index in range(combo.count()):
                    combo.setItemText(
                        index, deadline_text.event_short_name(combo.itemData(index), self.lang)
                    )
        self.recompute()

    # --- input -------------------------------------------------------------------------

    def set_request(self, request: DeadlineRequest, on: date | None = None) -> None:
        """Fill the window from a deadline of a result (its kind, start, period and events)."""
        index = self.kind.findData(request.kind if request.kind in KINDS else "other")
        with _Blocked(self.kind):
            self.kind.setCurrentIndex(max(index, 0))
        start = request.start
        self.start.set_value(start if isinstance(start, date | MonthDate) else None)
        self._set_period(request.period)
        self.events.setRowCount(0)
        for event in request.events:
            if event.kind in EVENT_KINDS:
                self.add_event_row(event)
        if on is not None:
            self.on.set_value(on)
        self.recompute()

    def add_event_row(self, event: Event | None = None) -> None:
        row = self.events.rowCount()
        self.events.insertRow(row)
        combo = QComboBox()
        for kind in EVENT_KINDS:
            combo.addItem(deadline_text.event_short_name(kind, self.lang), kind)
        combo.setAccessibleName(self.tr("Event"))
        on = QLineEdit()
        on.setAccessibleName(self.tr("Date"))
        until = QLineEdit()
        until.setAccessibleName(self.tr("Until / performance ends"))
        if event is not None:
            combo.setCurrentIndex(max(combo.findData(event.kind), 0))
            on.setText(event.on.isoformat())
            if event.until is not None:
                until.setText(event.until.isoformat())
        combo.currentIndexChanged.connect(self.recompute)
        on.textChanged.connect(self.recompute)
        until.textChanged.connect(self.recompute)
        self.events.setCellWidget(row, 0, combo)
        self.events.setCellWidget(row, 1, on)
        self.events.setCellWidget(row, 2, until)
        if event is None:
            on.setFocus()
        self.recompute()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.events.selectedIndexes()}, reverse=True)
        if not rows and self.events.rowCount():
            rows = [self.events.rowCount() - 1]
        for row in rows:
            self.events.removeRow(row)
        self.recompute()

    def _kind_changed(self) -> None:
        self._set_period(default_period(self.kind.currentData() or "limitation"))
        self.recompute()

    def _set_period(self, period: Period) -> None:
        for unit in UNITS:
            amount = getattr(period, unit)
            if amount:
                with _Blocked(self.amount), _Blocked(self.unit):
                    self.amount.setValue(amount)
                    self.unit.setCurrentIndex(self.unit.findData(unit))
                return

    # --- result ------------------------------------------------------------------------

    def request(self) -> tuple[DeadlineRequest, date]:
        """What the window says; raises ValueError with a message for the worker."""
        try:
            start = _parse(self.start.text())
        except DateTextError as exc:
            raise ValueError(self._date_problem(self.tr("From"), exc)) from None
        try:
            on = _parse(self.on.text()) or date.today()
        except DateTextError as exc:
            raise ValueError(self._date_problem(self.tr("On"), exc)) from None
        if isinstance(on, MonthDate):
            raise ValueError(self.tr("On: give the day too."))
        events = []
        for row in range(self.events.rowCount()):
            combo = self.events.cellWidget(row, 0)
            on_field = self.events.cellWidget(row, 1)
            until_field = self.events.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            assert isinstance(on_field, QLineEdit) and isinstance(until_field, QLineEdit)
            label = self.tr("Event {n}").format(n=row + 1)
            try:
                when = _parse(on_field.text())
                until = _parse(until_field.text())
            except DateTextError as exc:
                raise ValueError(self._date_problem(label, exc)) from None
            if when is None:
                continue  # a row just added and not yet filled in
            kind = combo.currentData()
            events.append(Event(kind, when, until if kind in EVENTS_WITH_UNTIL else None))
        unit = self.unit.currentData() or "years"
        period = Period(**{unit: self.amount.value()})
        kind = self.kind.currentData() or "limitation"
        return DeadlineRequest(kind, start, period, tuple(events)), on

    def _date_problem(self, where: str, exc: DateTextError) -> str:
        reasons = {
            "format": self.tr("not a date; type e.g. 2024-06-30"),
            "impossible": self.tr("no such day in the calendar"),
            "range": self.tr("outside 1949-10-01 … 2100-12-31"),
            "month_not_allowed": self.tr("give the day too"),
        }
        return f"{where}: {exc.text.strip()} — {reasons.get(exc.reason, exc.reason)}"

    def recompute(self, *_: object) -> None:
        try:
            request, on = self.request()
            if request.start is None:
                self.error.setText("")
                self.result.setPlainText(self.tr("Type the date the period runs from."))
                return
            deadline = compute(request, on)
        except ValueError as exc:
            self._show_error(str(exc))
            return
        except DeadlineError as exc:
            self._show_error(deadline_text.error_text(exc, self.lang, self.library))
            return
        self.error.setText("")
        lines = deadline_text.plain_lines(deadline, self.lang, self.library, on)
        self.result.setPlainText("\n".join(lines))
        self.computed.emit(self.result.toPlainText())

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.result.setPlainText("")
        self.computed.emit("")

    def copy_result(self) -> None:
        QGuiApplication.clipboard().setText(self.result.toPlainText())


class _Blocked:
    """Block a widget's signals while it is filled in (no recompute per item)."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def __enter__(self) -> None:
        self._was = self.widget.blockSignals(True)

    def __exit__(self, *_: object) -> None:
        self.widget.blockSignals(self._was)


__all__ = ["DeadlineCalculator"]
