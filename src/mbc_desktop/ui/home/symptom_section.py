"""Home's symptom lines: the symptoms worse by 2 points or more since the last appointment
(the same figures the Symptoms area and the summary use), and a key to check in now."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from mbc_desktop.domain.symptom_figures import WORSENED_BY
from mbc_desktop.services import SinceLastVisit, SymptomLine, SymptomReport
from mbc_desktop.ui.common.theme import TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, plain_label
from mbc_desktop.words.dates import long_date
from mbc_desktop.words.i18n import change_decimal, one_decimal


class SymptomSection(QWidget):
    """Flagged symptoms since the last appointment, in words and a ⚑ mark (never colour)."""

    def __init__(self, report: SymptomReport, check_in: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("homeSymptoms")
        self._report = report
        self.heading = ScaledLabel(self.tr("Symptoms"), TextRole.HEADING)
        self.summary = plain_label()
        self.summary.setObjectName("homeSymptomSummary")
        self.flagged = plain_label()
        self.flagged.setObjectName("homeFlaggedSymptoms")
        self.check_in_button = QPushButton(self.tr("Check &in now"))
        self.check_in_button.setToolTip(
            self.tr("Rate how you feel now on the ESAS-r scales (Ctrl+Shift+K)")
        )
        self.check_in_button.clicked.connect(check_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged)
        layout.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.since: SinceLastVisit | None = None

    def _span(self, since: SinceLastVisit) -> str:
        if since.appointment is None:
            return self.tr("in the last 30 days")
        return self.tr("since your appointment on %1").replace(
            "%1", long_date(since.appointment.local_start())
        )

    def _line(self, line: SymptomLine) -> str:
        figures = line.figures
        assert figures.change is not None
        assert figures.current.average is not None
        assert figures.before.average is not None
        return (
            self.tr("⚑ %1: worse by %2 points on average (now %3, before %4)")
            .replace("%1", line.symptom.name)
            .replace("%2", change_decimal(figures.change))
            .replace("%3", one_decimal(figures.current.average))
            .replace("%4", one_decimal(figures.before.average))
        )

    def refresh(self) -> None:
        self.since = since = self._report.since_last_visit()
        span = self._span(since)
        flagged = since.flagged
        self.flagged.setText("\n".join(self._line(line) for line in flagged))
        self.flagged.setVisible(bool(flagged))
        if flagged:
            text = self.tr("%n symptom(s) got worse by %1 points or more %2:", "", len(flagged))
        elif since.rated:
            text = self.tr("No symptom got worse by %1 points or more %2.")
        else:
            text = self.tr(
                "No check-ins %2. A check-in takes under a minute, and the trend helps your "
                "care team see how you are doing."
            )
        self.summary.setText(text.replace("%1", str(WORSENED_BY)).replace("%2", span))
