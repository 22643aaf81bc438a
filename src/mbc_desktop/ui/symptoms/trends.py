"""The details of one symptom: its figures since the last appointment, its trend over a span
of time you choose (appointments marked; in words for a screen reader), and the table of its
entries in that span, each of which can be changed or deleted (with undo)."""

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mbc_desktop.charts import TrendChart
from mbc_desktop.domain.symptom_figures import TrendSpan, span_start
from mbc_desktop.domain.symptoms import CheckIn, Symptom, SymptomKind
from mbc_desktop.services import SymptomService
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ChoiceBox, ScaledLabel, plain_label
from mbc_desktop.ui.symptoms.chart_view import CachedTrendView
from mbc_desktop.ui.symptoms.entries import EntriesModel, EntriesTable
from mbc_desktop.ui.symptoms.model import SymptomRow
from mbc_desktop.words.dates import zone
from mbc_desktop.words.i18n import label
from mbc_desktop.words.symptom_figures import FigureWords

# The span ends just after "now", so a check-in saved this instant is in it.
_INCLUSIVE = timedelta(microseconds=1)


@dataclass(frozen=True)
class TrendContext:
    """What every trend is drawn against: the time now, the last appointment's start (None
    without one), every appointment's start (marked on the chart) and the person's zone."""

    now: datetime
    last_appointment: datetime | None
    appointments: tuple[datetime, ...]
    zone_name: str


class TrendPanel(QWidget):
    back_requested = Signal()
    edit_requested = Signal(object)  # CheckIn
    delete_requested = Signal(object)  # CheckIn

    def __init__(
        self, symptoms: SymptomService, words: FigureWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("symptomTrend")
        self._symptoms = symptoms
        self._words = words
        self._row: SymptomRow | None = None
        self._context: TrendContext | None = None
        self._span_chosen = False  # the person picked a span: keep it
        self._build()
        self.show_symptom(None, None)

    def _build(self) -> None:
        self.placeholder = plain_label(self.tr("Pick a symptom in the list to see its trend."))
        self.placeholder.setObjectName("trendPlaceholder")
        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        self.heading = ScaledLabel("", TextRole.HEADING)
        self.heading.setObjectName("trendHeading")
        self.figures_label = plain_label()
        self.figures_label.setObjectName("trendFigures")

        self.span_choice = ChoiceBox()
        self.span_choice.setObjectName("trendSpan")
        self.span_choice.setAccessibleName(self.tr("Time span"))
        self.span_choice.activated.connect(self._span_picked)
        span_label = QLabel(self.tr("&Time span"))
        span_label.setBuddy(self.span_choice)
        span_row = QHBoxLayout()
        span_row.addWidget(span_label)
        span_row.addWidget(self.span_choice)
        span_row.addStretch(1)

        self.chart_view = CachedTrendView()
        self.chart_view.setObjectName("trendChart")

        self.entries_model = EntriesModel(self)
        self.entries = EntriesTable()
        self.entries.setModel(self.entries_model)
        self.entries.setAccessibleName(self.tr("Entries"))
        self.entries.edit_requested.connect(self._edit)
        self.entries.delete_requested.connect(self._delete)
        self.entries.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        entries_label = QLabel(self.tr("Ent&ries"))
        entries_label.setBuddy(self.entries)
        self.no_entries = plain_label()
        self.no_entries.setObjectName("noEntries")
        self.edit_button = QPushButton(self.tr("E&dit entry"))
        self.edit_button.setObjectName("editEntry")
        self.edit_button.setToolTip(self.tr("Change the picked entry's check-in (Enter)"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("De&lete entry"))
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.setToolTip(
            self.tr("Delete the picked entry's whole check-in (Delete); you can undo it")
        )
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.details = QWidget()
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures_label)
        layout.addLayout(span_row)
        layout.addWidget(self.chart_view)
        layout.addWidget(entries_label)
        layout.addWidget(self.no_entries)
        layout.addWidget(self.entries)
        layout.addLayout(buttons)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.placeholder)
        outer.addWidget(self.details, 1)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    # --- what it shows -------------------------------------------------------------------
    @property
    def symptom(self) -> Symptom | None:
        return self._row.symptom if self._row is not None else None

    def set_back_visible(self, visible: bool) -> None:
        self.back_button.setVisible(visible)

    def span(self) -> TrendSpan:
        data = self.span_choice.currentData()
        return TrendSpan(str(data)) if data is not None else TrendSpan.THREE_MONTHS

    def set_span(self, span: TrendSpan) -> None:
        """Show ``span`` (the person's choice: kept for every symptom from now on)."""
        index = self.span_choice.findData(span)
        if index >= 0:
            self.span_choice.setCurrentIndex(index)
            self._span_chosen = True
            self._load()

    def _span_picked(self, _index: int) -> None:
        self._span_chosen = True
        self._load()

    def _fill_spans(self, context: TrendContext) -> None:
        current = self.span() if self.span_choice.count() else None
        spans = [s for s in TrendSpan]
        if context.last_appointment is None:
            spans.remove(TrendSpan.SINCE_LAST_APPOINTMENT)
        if [self.span_choice.itemData(i) for i in range(self.span_choice.count())] != spans:
            self.span_choice.clear()
            for span in spans:
                self.span_choice.addItem(label(span), span)
        if not self._span_chosen or current not in spans:
            # Since the last appointment when there is one (what the visit is about).
            current = (
                TrendSpan.SINCE_LAST_APPOINTMENT
                if context.last_appointment is not None
                else TrendSpan.THREE_MONTHS
            )
        self.span_choice.setCurrentIndex(self.span_choice.findData(current))

    def show_symptom(self, row: SymptomRow | None, context: TrendContext | None) -> None:
        """Show ``row``'s symptom as of ``context`` (None: nothing picked)."""
        self._row = row
        if context is not None:
            self._context = context
            self._fill_spans(context)
        shown = row is not None and self._context is not None
        self.placeholder.setVisible(not shown)
        self.details.setVisible(shown)
        if row is None:
            self.entries_model.set_rows(None, [])
            self.chart_view.set_chart(None)
            return
        self.heading.setText(self._words.title(row.symptom, row.figures))
        self.heading.setAccessibleName(self._words.spoken(row.symptom, row.figures))
        # The figures are always "since my last appointment", whatever span the chart shows.
        since = (
            self.tr("Since your last appointment")
            if self._context is not None and self._context.last_appointment is not None
            else self.tr("In the last 30 days")
        )
        self.figures_label.setText(
            self.tr("%1: %2")
            .replace("%1", since)
            .replace("%2", self._words.line(row.figures, capital=False))
        )
        self._load()

    def _ends(self, symptom: Symptom) -> tuple[str, str]:
        """The words at 0 and 10: the ESAS-r's own (and the other problem's "No ___"), or
        plain ones for the person's own symptoms."""
        if symptom.kind is SymptomKind.OWN:
            return self.tr("None"), self.tr("Worst possible")
        return symptom.low, symptom.high

    def _load(self) -> None:
        """Read the picked symptom's entries in the span (one query) and show them."""
        row, context = self._row, self._context
        if row is None or context is None:
            return
        symptom = row.symptom
        kept = self.selected_check_in()
        tz = zone(context.zone_name)
        end = context.now + _INCLUSIVE
        span = self.span()
        if span is TrendSpan.ALL:
            check_ins = self._symptoms.check_ins(None, end)
            rated = [c for c in check_ins if symptom.id in c.scores]
            first = min((c.taken_at for c in rated), default=None)
            # From the first entry's day, so the span always has a length.
            start = (
                datetime.combine(first.astimezone(tz).date(), time(0), tzinfo=tz).astimezone(UTC)
                if first is not None
                else None
            )
        else:
            start = span_start(span, context.now, tz, last_appointment=context.last_appointment)
            check_ins = self._symptoms.check_ins(start, end) if start is not None else []
            rated = [c for c in check_ins if symptom.id in c.scores]
        shown = self.entries.shown_rows()
        self.entries_model.set_rows(symptom.id, rated)
        self.entries.fit_columns()
        if self.entries.shown_rows() != shown:
            self.entries.updateGeometry()  # it is as tall as its rows: another height
        has_entries = bool(rated)
        self.entries.setVisible(has_entries)
        self.no_entries.setVisible(not has_entries)
        self.no_entries.setText(
            self.tr(
                "No entries for %1 in this time. Choose a longer time span to see more."
            ).replace("%1", symptom.name)
        )
        if start is None or not rated:
            self.chart_view.set_chart(None)
            self.chart_view.set_empty_text(self.no_entries.text())
        else:
            low, high = self._ends(symptom)
            self.chart_view.set_chart(
                TrendChart(
                    title=symptom.name,
                    low_label=low,
                    high_label=high,
                    start=start,
                    end=end,
                    points=tuple((c.taken_at, c.scores[symptom.id]) for c in rated),
                    appointments=context.appointments,
                    zone=tz,
                )
            )
        if kept is None or not self.select_check_in(kept.id):
            self.entries.selectionModel().clearCurrentIndex()
        self._enable()

    def _enable(self) -> None:
        picked = self.selected_check_in() is not None
        self.edit_button.setEnabled(picked)
        self.delete_button.setEnabled(picked)

    # --- entries -------------------------------------------------------------------------
    def selected_check_in(self) -> CheckIn | None:
        index = self.entries.currentIndex()
        return self.entries_model.check_in_at(index.row()) if index.isValid() else None

    def select_check_in(self, check_in_id: int) -> bool:
        row = self.entries_model.row_of(check_in_id)
        if row is None:
            return False
        index = self.entries_model.index(row, 0)
        self.entries.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.entries.scrollTo(index)
        self._enable()
        return True

    def focus_entries(self) -> None:
        """The keyboard on the table, on the picked entry or else the newest."""
        if not self.entries_model.rowCount():
            self.span_choice.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.selected_check_in() is None:
            first = self.entries_model.check_in_at(0)
            assert first is not None
            self.select_check_in(first.id)
        self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit(self) -> None:
        check_in = self.selected_check_in()
        if check_in is not None:
            self.edit_requested.emit(check_in)

    def _delete(self) -> None:
        check_in = self.selected_check_in()
        if check_in is not None:
            self.delete_requested.emit(check_in)

    def refresh_fonts(self) -> None:
        self.entries.fit_columns()
