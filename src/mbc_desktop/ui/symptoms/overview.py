"""The Symptoms area's first page: the way to check in, the span "since my last appointment",
the list of symptoms with their figures, the picked symptom's trend and entries, and your own
symptoms.

The list and the trend sit side by side when both fit; otherwise they take turns (the list
fills the area, Enter opens the trend with a "← Back to the list" button, Esc goes back), as
in the Questions area.
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mbc_desktop.domain.symptom_figures import WORSENED_BY
from mbc_desktop.domain.symptoms import Symptom
from mbc_desktop.services import SinceLastVisit, SymptomService
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import (
    KeysDo,
    MutedLabel,
    NoticeBanner,
    ScaledLabel,
    UndoBanner,
    mnemonic_targets,
    narrow_shortcuts,
    plain_label,
    watch_keys,
)
from mbc_desktop.ui.symptoms.model import SymptomListModel, SymptomRow
from mbc_desktop.ui.symptoms.own_symptoms import OwnSymptoms
from mbc_desktop.ui.symptoms.trends import TrendContext, TrendPanel
from mbc_desktop.words.dates import long_date
from mbc_desktop.words.i18n import number
from mbc_desktop.words.symptom_figures import FLAG, FigureWords

LIST_CHARS = 40  # the list column is at least this wide, side by side


class _RowSizes(QStyledItemDelegate):
    """Qt's drawing of a row, with each row's size kept for its words, width and font: the
    list's own layout and its height (``SymptomList._measure``) ask for the same rows, and
    measuring wraps the words."""

    KEPT = 256

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[object, int, str], QSize] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = (index.data(Qt.ItemDataRole.DisplayRole), option.rect.width(), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.KEPT:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)

    def forget(self) -> None:
        """After a change of style: the same words may take other room."""
        self._sizes.clear()


class SymptomList(QListView):
    """The symptoms with their figures; Enter or F2 opens the picked one's trend."""

    open_requested = Signal()
    MAX_ROWS = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self._row_sizes = _RowSizes(self)
        self.setItemDelegate(self._row_sizes)
        # The height measured last, and what it was measured for: layouts ask for it many
        # times, and measuring wraps the text of every row.
        self._measured: tuple[tuple[object, ...], int] | None = None

    def _height(self) -> int:
        """As tall as its rows (up to MAX_ROWS): the area scrolls, not a small list in it."""
        model = self.model()
        key = (
            getattr(model, "generation", None) if model is not None else None,
            model.rowCount() if model is not None else 0,
            self.viewport().width(),
            self.font().key(),
            self.spacing(),
            self.frameWidth(),
        )
        if key[0] is None:  # a model that does not say when its rows change
            return self._measure()
        if self._measured is not None and self._measured[0] == key:
            return self._measured[1]
        height = self._measure()
        self._measured = (key, height)
        return height

    def _measure(self) -> int:
        model = self.model()
        rows = min(model.rowCount(), self.MAX_ROWS) if model is not None else 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # Wrapped at the width Qt lays the rows out at, so that the sizes kept serve both
        # (before the first layout, Qt's own hint for a row is one unwrapped line).
        option.rect = QRect(0, 0, max(1, self.viewport().width() - 2 * self.spacing()), 1000)
        delegate = self.itemDelegate()
        content = sum(
            delegate.sizeHint(option, model.index(row, 0)).height() + 2 * self.spacing()
            for row in range(rows)
        )
        least = 3 * self.fontMetrics().lineSpacing()
        return max(content, least) + 2 * self.frameWidth() + 4

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for rows_changed in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                rows_changed.connect(lambda *_: self._fit_scroll_bar())
        self._fit_scroll_bar()

    def _fit_scroll_bar(self) -> None:
        """Every row fits (up to MAX_ROWS): no scroll bar, not even for a moment while the
        area is laid out (it would take width from the rows and wrap them again)."""
        model = self.model()
        fits = model is None or model.rowCount() <= self.MAX_ROWS
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self.width()
        super().resizeEvent(event)
        if event.oldSize().width() != width:
            self.updateGeometry()  # rows wrap differently: another height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._row_sizes.forget()
            self._measured = None
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ListColumn(QWidget):
    """The list's column: at least as tall as its wrapped words need at its width. (The
    splitter gives a column the height it asks for as if nothing in it wrapped: the labels
    under the list wrapped to more lines and squeezed the list, its last row cut.)

    That height is measured when the column is laid out or resized, not each time a layout
    asks (dozens of times a pass)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least = 0

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return QSize(least.width(), max(least.height(), self._least))

    def _measure(self) -> None:
        width = self.width()
        least = self.heightForWidth(width) if width > 0 and self.hasHeightForWidth() else 0
        if least != self._least:
            self._least = least
            self.updateGeometry()  # the splitter asks again

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._measure()  # something in it changed what it needs
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != self.width():
            self._measure()  # its words wrap differently


class Overview(QWidget):
    def __init__(
        self, symptoms: SymptomService, words: FigureWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("symptomsOverview")
        self._words = words
        self._context: TrendContext | None = None
        self._narrow = False
        self._in_details = False
        self._empty = False
        self._sized = False
        self.model = SymptomListModel(words, self)
        self.trend = TrendPanel(symptoms, words)
        self._build()
        self._make_narrow_mnemonics()

    def _build(self) -> None:
        self.heading = ScaledLabel(self.tr("Symptoms"), TextRole.TITLE)
        self.heading.setObjectName("paneTitle")
        self.check_in_button = QPushButton(self.tr("Check &in now"))
        self.check_in_button.setObjectName("checkInNow")
        self.check_in_button.setDefault(True)
        self.check_in_button.setToolTip(
            self.tr("Rate how you feel now on the ESAS-r scales (Ctrl+Shift+K)")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.check_in_button)
        actions.addStretch(1)

        self.span_label = ScaledLabel("", TextRole.HEADING, bold=True)
        self.span_label.setObjectName("sinceLabel")
        self.explain_label = MutedLabel(
            self.tr(
                "For each symptom: the latest score, the worst, the average, and the change "
                "against the same length of time just before."
            ),
            TextRole.SMALL,
        )
        self.flagged_label = plain_label()
        self.flagged_label.setObjectName("flaggedSummary")
        self.empty_label = plain_label(
            self.tr(
                "No check-ins yet. A check-in is a quick rating, from 0 to 10, of how you feel "
                "now: pain, tiredness and seven more, on the ESAS-r, a scale cancer care teams "
                "use. By keyboard it takes under 30 seconds: a digit for each, then Enter. "
                "Your trends show here, ready for your next appointment."
            )
        )
        self.empty_label.setObjectName("symptomsEmpty")

        self.list_view = SymptomList()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Your symptoms"))
        self.list_view.open_requested.connect(self.open_details)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_label = QLabel(self.tr("&Your symptoms"))
        self.list_label.setBuddy(self.list_view)
        self.show_past = QCheckBox(self.tr("Show &past symptoms too"))
        self.show_past.setObjectName("showPastSymptoms")
        self.show_past.setToolTip(
            self.tr(
                "Also list the symptoms you no longer track and the other problems you named "
                "before, to see their trends"
            )
        )
        self.own = OwnSymptoms()

        self.list_column = ListColumn()
        self.list_column.setObjectName("symptomListColumn")
        column = QVBoxLayout(self.list_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.list_label)
        column.addWidget(self.list_view)
        column.addWidget(self.show_past)
        column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        column.addWidget(self.own)
        column.addStretch(1)

        self.trend.back_requested.connect(self.back_to_list)
        watch_keys(self.trend, KeysDo({Qt.Key.Key_Escape}, self.back_to_list, self))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("symptomsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_column)
        self.splitter.addWidget(self.trend)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.undo_banner = UndoBanner()
        self.draft_banner = NoticeBanner(
            self.tr("Continue it"), self.tr("Continue the check-in"), "draftBanner"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.span_label)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.flagged_label)
        layout.addWidget(self.splitter, 1)

    def _make_narrow_mnemonics(self) -> None:
        """When the list and the trend take turns, the trend's Alt+letters still work from the
        list: they open the trend of the picked symptom at that control."""
        self._narrow_shortcuts = narrow_shortcuts(self, mnemonic_targets(self.trend), self._opener)

    def _opener(self, target: QWidget) -> Callable[[], None]:
        def open_at() -> None:
            if self.selected() is None:
                return
            self._in_details = True
            self.arrange()
            if target is self.trend.entries:
                self.trend.focus_entries()
            else:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)

        return open_at

    # --- state ---------------------------------------------------------------------------
    def show_since(self, since: SinceLastVisit) -> None:
        """Say the span the figures cover, and which symptoms are worse by 2 or more."""
        last = since.appointment
        if last is not None:
            self.span_label.setText(
                self.tr("Since your appointment on %1").replace("%1", long_date(last.local_start()))
            )
        else:
            self.span_label.setText(self.tr("In the last 30 days"))
        flagged = since.flagged
        self.flagged_label.setVisible(bool(flagged))
        self.flagged_label.setText(
            f"{FLAG} "
            + self.tr("%n symptom(s) worse by %1 or more: %2", "", len(flagged))
            .replace("%1", number(WORSENED_BY))
            .replace("%2", ", ".join(line.symptom.name for line in flagged))
        )

    def set_rows(self, rows: list[SymptomRow], context: TrendContext, empty: bool) -> None:
        """Show ``rows`` as of ``context``; ``empty``: there is no check-in at all yet."""
        self._context = context
        self._empty = empty
        kept = self.selected()
        generation = self.model.generation
        reset = self.model.set_rows(rows)
        if self.model.generation != generation:
            self.list_view.updateGeometry()  # other rows or words: another height, perhaps
        for widget in (self.list_label, self.list_view, self.show_past):
            widget.setVisible(not empty)
        self.empty_label.setVisible(empty)
        current = self.list_view.currentIndex()
        if not reset and kept is not None and current.isValid():
            # The same symptoms in the same order: the current row is still the one picked.
            # Its trend as of now (its figures and entries may have changed), without
            # picking it again.
            self._show(current.row())
        elif kept is None or not self.select(kept.id):
            picked = next((r for r in rows if r.figures is not None and r.figures.worsened), None)
            if picked is None and rows:
                picked = rows[0]
            if picked is None or not self.select(picked.symptom.id):
                self.trend.show_symptom(None, context)
        self.arrange()

    def selected(self) -> Symptom | None:
        index = self.list_view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.symptom if row is not None else None

    def select(self, symptom_id: int) -> bool:
        place = self.model.row_of(symptom_id)
        if place is None:
            return False
        index = self.model.index(place, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.scrollTo(index)  # the trend follows through currentChanged
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(current.row())

    def _show(self, place: int) -> None:
        # Also for the symptom already shown: its figures and entries may have changed.
        self.trend.show_symptom(self.model.row_at(place), self._context)

    # --- list and trend: side by side, or one at a time when narrow -----------------------
    def needed_width(self) -> int:
        """How wide the area must be for the list and the trend side by side."""
        for widget in (self.list_column, self.trend):
            inner = widget.layout()
            if inner is not None:
                inner.activate()
        chars = self.fontMetrics().averageCharWidth()
        return (
            max(self.list_column.minimumSizeHint().width(), LIST_CHARS * chars)
            + self.trend.minimumSizeHint().width()
            + self.splitter.handleWidth()
        )

    def fit_layout(self, room: int) -> None:
        narrow = room < self.needed_width()
        if narrow != self._narrow or not self._sized:
            self._narrow = narrow
            if not narrow:
                self._in_details = False
                # Side by side again: two fifths for the list, the rest for the trend (the
                # person may move the handle; that stays until the next change of layout).
                self._sized = True
                self.splitter.setSizes([2 * room // 5, room - 2 * room // 5])
        self.arrange()

    def arrange(self) -> None:
        details = self._narrow and self._in_details
        self.list_column.setVisible(not details)
        self.trend.setVisible(not self._empty and (not self._narrow or details))
        self.trend.set_back_visible(self._narrow)
        for widget in (self.heading, self.span_label, self.explain_label):
            # When room is short, the trend gets the title's lines (the sidebar names the area).
            widget.setVisible(not details)
        for shortcut in self._narrow_shortcuts:
            shortcut.setEnabled(self._narrow and not self._in_details)

    @property
    def is_narrow(self) -> bool:
        return self._narrow

    @property
    def in_details(self) -> bool:
        return self._narrow and self._in_details

    def open_details(self) -> None:
        """Enter or F2 on the list: the picked symptom's trend (its time span first)."""
        if self.selected() is None:
            return
        self._in_details = True
        self.arrange()
        self.trend.span_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_list(self) -> None:
        """Esc in the trend: back to the picked symptom in the list."""
        self._in_details = False
        self.arrange()
        self.enter_list()

    def enter_list(self) -> None:
        if not self.model.rowCount() or self._empty:
            self.check_in_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.selected() is None:
            first = self.model.row_at(0)
            assert first is not None
            self.select(first.symptom.id)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_trend(self) -> None:
        """Bring the trend into view (narrow: instead of the list)."""
        if self._narrow:
            self._in_details = True
            self.arrange()
