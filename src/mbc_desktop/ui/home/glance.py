"""Home's first screen, shown right after the window's first paint from a light read of the
journal (``storage.quick_read`` turned into a ``services.home_glance.HomeGlance`` by the
composition root), before SQLAlchemy, Alembic, Pydantic and the areas are loaded.

It says what HomePane says, in the same words and the same translations (the same contexts:
"HomePane", "SymptomSection"), with the same object names, so that when the areas are built
and HomePane takes its place nothing on the screen changes but the buttons appearing. Imports
here stay light: Qt, ``words`` and the stdlib-only ``services.home_glance``; never the
services' package or the domain's models.
"""

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from mbc_desktop.domain.symptom_figures import WORSENED_BY
from mbc_desktop.services.home_glance import GlanceLine, HomeGlance, local_start
from mbc_desktop.ui.common.theme import STATUS_MARKS, TextRole
from mbc_desktop.ui.common.widgets import ScaledLabel, plain_label
from mbc_desktop.words.dates import days_away, long_date, when
from mbc_desktop.words.i18n import change_decimal, label, one_decimal

# As domain.questions: the priorities most important first, and when a carried question is
# flagged. (Not imported: domain.questions loads Pydantic.) A test holds them equal.
PRIORITY_ORDER = {"must_ask": 0, "want_to_ask": 1, "if_time": 2}
FLAG_AFTER_CARRIES = 3


class _Appointment(Protocol):
    @property
    def role(self) -> str: ...
    @property
    def clinician(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def telehealth(self) -> bool: ...


class _Question(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def priority(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def carry_count(self) -> int: ...
    @property
    def carried_from(self) -> datetime | None: ...
    @property
    def asked_about_since(self) -> datetime | None: ...


def _home(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HomePane", text, None, n)


def _symptoms(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SymptomSection", text, None, n)


def with_whom(appointment: _Appointment) -> str:
    """As ui.appointments.model.with_whom."""
    role = label(appointment.role)
    if appointment.clinician:
        return f"{appointment.clinician} ({role.lower()})"
    return role


def where(appointment: _Appointment) -> str:
    """As ui.appointments.model.where."""
    if appointment.telehealth:
        telehealth = QCoreApplication.translate("AppointmentListModel", "Telehealth")
        return f"{telehealth}: {appointment.place}" if appointment.place else telehealth
    return appointment.place


def question_line(question: _Question) -> str:
    """A planned question as HomePane lists it."""
    text = f"{label(question.priority)} · {question.text}"
    if question.status == "asked":
        text = f"{STATUS_MARKS['asked']} {text}"
    if question.carried_from is not None:
        if question.carry_count >= FLAG_AFTER_CARRIES:
            since = question.asked_about_since or question.carried_from
            note = "⚑ " + _home("asked about since %1").replace("%1", long_date(since))
        else:
            note = _home("carried over from %1").replace("%1", long_date(question.carried_from))
        text += f"  ({note})"
    return text


def _flagged_line(line: GlanceLine) -> str:
    figures = line.figures
    assert figures.change is not None
    assert figures.current.average is not None
    assert figures.before.average is not None
    return (
        _symptoms("⚑ %1: worse by %2 points on average (now %3, before %4)")
        .replace("%1", line.symptom.name)
        .replace("%2", change_decimal(figures.change))
        .replace("%3", one_decimal(figures.current.average))
        .replace("%4", one_decimal(figures.before.average))
    )


class HomeGlancePane(QWidget):
    """Home at a glance (no buttons yet): the next appointment, its planned questions with the
    counts, and the symptoms worse since the last appointment."""

    def __init__(self, glance: HomeGlance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePane")
        layout = QVBoxLayout(self)
        layout.addWidget(ScaledLabel(_home("Your next appointment"), TextRole.TITLE))
        nxt = glance.next_appointment
        if nxt is None or glance.days_away is None:
            empty = plain_label(
                _home(
                    "You have no appointment coming up. Add your next one: your questions, the "
                    "visit itself and what was said all gather around it."
                )
            )
            empty.setObjectName("homeEmpty")
            layout.addWidget(empty)
        else:
            when_label = ScaledLabel(
                f"{when(local_start(nxt))} · {days_away(glance.days_away)}", TextRole.HEADING
            )
            when_label.setObjectName("nextWhen")
            details = [with_whom(nxt), where(nxt), nxt.purpose]
            details_label = plain_label("\n".join(part for part in details if part))
            details_label.setObjectName("nextDetails")
            counts = plain_label(
                _home("%n question(s) planned", len(glance.planned))
                + " · "
                + _home("%n must-ask", glance.must_ask)
            )
            counts.setObjectName("plannedCounts")
            questions = QListWidget()
            questions.setObjectName("plannedQuestions")
            questions.setAccessibleName(_home("Questions planned for it"))
            questions.setWordWrap(True)
            # Nothing to do here yet (no buttons): the keyboard waits for Home itself.
            questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            planned = sorted(glance.planned, key=lambda q: PRIORITY_ORDER.get(q.priority, 3))
            questions.addItems([question_line(question) for question in planned])
            for widget in (when_label, details_label, counts):
                layout.addWidget(widget)
            layout.addWidget(questions, 1)
        layout.addWidget(self._symptom_section(glance))
        layout.addStretch(0 if nxt is not None else 1)

    def _symptom_section(self, glance: HomeGlance) -> QWidget:
        section = QWidget()
        section.setObjectName("homeSymptoms")
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScaledLabel(_symptoms("Symptoms"), TextRole.HEADING))
        last = glance.last_appointment
        span = (
            _symptoms("in the last 30 days")
            if last is None
            else _symptoms("since your appointment on %1").replace(
                "%1", long_date(local_start(last))
            )
        )
        flagged = glance.flagged
        if flagged:
            text = _symptoms("%n symptom(s) got worse by %1 points or more %2:", len(flagged))
        elif glance.rated:
            text = _symptoms("No symptom got worse by %1 points or more %2.")
        else:
            text = _symptoms(
                "No check-ins %2. A check-in takes under a minute, and the trend helps your "
                "care team see how you are doing."
            )
        summary = plain_label(text.replace("%1", str(WORSENED_BY)).replace("%2", span))
        summary.setObjectName("homeSymptomSummary")
        layout.addWidget(summary)
        lines = plain_label("\n".join(_flagged_line(line) for line in flagged))
        lines.setObjectName("homeFlaggedSymptoms")
        lines.setVisible(bool(flagged))
        layout.addWidget(lines)
        return section
