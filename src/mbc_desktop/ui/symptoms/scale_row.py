"""One row of the check-in: a scale's name (and the short definition the ESAS-r form gives),
its eleven numbers, and the words at 0 and at 10 under the two ends.

Side by side (name on the left) when the form is wide enough; the name above the scale when
it is not (large text, small window).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from mbc_desktop.ui.common.focus import RING_MARGIN, RING_WIDTH
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import MutedLabel
from mbc_desktop.ui.symptoms.score_scale import ScoreScale

NAME_CHARS = 18  # the name column, side by side


class ScaleRow(QWidget):
    def __init__(
        self,
        name: str,
        low: str,
        high: str,
        definition: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A name the person typed may hold "&": doubled, it shows as typed and is no Alt+letter.
        self.name_label = QLabel(name.replace("&", "&&"))
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.definition_label = MutedLabel(definition, TextRole.SMALL)
        self.scale = ScoreScale(name, low, high)
        # No Alt+letter: the names are the ESAS-r's own words, and there are too many scales
        # for letters of their own; the buddy ties the name to the scale for screen readers.
        self.name_label.setBuddy(self.scale)
        self.low_label = MutedLabel(low, TextRole.SMALL)
        self.high_label = MutedLabel(high, TextRole.SMALL)
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.low_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.text_column = QWidget()
        self.text_layout = QVBoxLayout(self.text_column)
        self.text_layout.setContentsMargins(0, 0, 0, 0)
        self.text_layout.setSpacing(2)
        self.text_layout.addWidget(self.name_label)
        self.text_layout.addWidget(self.definition_label)
        self.text_layout.addStretch(1)

        # The scale, and its end words under its two ends (wrapping within its width). No
        # alignment flags here: they would stop the words from asking for a second line.
        self.scale_column = QWidget()
        scale_layout = QGridLayout(self.scale_column)
        # Room around the scale for the focus ring (drawn just outside it).
        ring = RING_MARGIN + RING_WIDTH
        scale_layout.setContentsMargins(ring, ring, ring, 0)
        scale_layout.setVerticalSpacing(0)
        scale_layout.addWidget(self.scale, 0, 0, 1, 2)
        scale_layout.addWidget(self.low_label, 1, 0)
        scale_layout.addWidget(self.high_label, 1, 1)
        scale_layout.setColumnStretch(0, 1)
        scale_layout.setColumnStretch(1, 1)
        scale_layout.setRowStretch(2, 1)

        self.layout_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.layout_box.setContentsMargins(0, 0, 0, 0)
        self.layout_box.addWidget(self.text_column)
        self.layout_box.addWidget(self.scale_column)
        self.layout_box.addStretch(1)
        # Only now, in its layout: shown while it had no parent, it would be a window.
        self.definition_label.setVisible(bool(definition))
        self._wide: bool | None = None
        self.set_wide(True)

    def set_words(self, name: str, low: str, high: str) -> None:
        self.name_label.setText(name)
        self.low_label.setText(low)
        self.high_label.setText(high)
        self.scale.set_words(name, low, high)

    def name_width(self) -> int:
        return NAME_CHARS * self.fontMetrics().averageCharWidth()

    def wide_width(self) -> int:
        """How wide the row must be to have its name beside the scale."""
        ring = RING_MARGIN + RING_WIDTH
        return (
            self.name_width() + self.layout_box.spacing() + self.scale.sizeHint().width() + 2 * ring
        )

    def set_wide(self, wide: bool) -> None:
        """Name beside the scale (wide) or above it."""
        ring = RING_MARGIN + RING_WIDTH
        self.scale_column.setFixedWidth(self.scale.sizeHint().width() + 2 * ring)
        if wide:
            self.text_column.setFixedWidth(self.name_width())
        else:
            self.text_column.setMinimumWidth(0)
            self.text_column.setMaximumWidth(16_777_215)
        if wide == self._wide:
            return
        self._wide = wide
        self.layout_box.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
