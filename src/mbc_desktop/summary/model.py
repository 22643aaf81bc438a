"""The pre-appointment summary as data: exactly what the journal says, chosen for one
appointment and one period, before any words or layout. One ``Summary`` feeds the preview, the
PDF, the plain text and the command line, so they can never disagree.

Everything here is plain data (frozen dataclasses of domain models); the words come from
``words/`` when it is rendered, in the language asked for.
"""

from dataclasses import dataclass
from datetime import datetime

from mbc_desktop.domain import Appointment, Question
from mbc_desktop.domain.cancer import BiomarkerTest, CancerProfile, ReceptorTest, TreatmentLine
from mbc_desktop.domain.medications import Medication, MedicationEvent
from mbc_desktop.domain.subtype import Subtype
from mbc_desktop.domain.summary import ALL_SECTIONS, Paper, Section
from mbc_desktop.domain.symptom_figures import Reading, SymptomFigures
from mbc_desktop.domain.symptoms import Symptom

__all__ = [
    "ALL_SECTIONS",
    "NO_PREVIOUS_DAYS",
    "RECORDS_TO_GATHER",
    "CancerLine",
    "Packet",
    "Paper",
    "Period",
    "Section",
    "Summary",
    "SymptomRow",
]

# With no appointment before this one, the summary covers the last 30 days.
NO_PREVIOUS_DAYS = 30
# The records a second opinion needs (fact sheet §6), in the order of the tick list.
RECORDS_TO_GATHER = (
    "pathology_reports",
    "slides_or_blocks",
    "imaging_files",
    "receptor_reports",
    "genomic_reports",
    "surgery_radiation_summaries",
    "treatment_history",
    "medications_allergies_labs",
)


@dataclass(frozen=True)
class Period:
    """What the summary covers: from the previous appointment's start (or 30 days back when
    there is none) to when it was made."""

    start: datetime
    end: datetime
    previous: Appointment | None  # None: the last 30 days


@dataclass(frozen=True)
class SymptomRow:
    """One symptom over the period: its figures (latest, worst with its date, average,
    change against the same length of time before, worsened by 2+), and the readings of the
    period for the small trend line."""

    symptom: Symptom
    figures: SymptomFigures
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class CancerLine:
    """About my cancer in one line: the subtype, and the treatment taken now (the line with
    no stop date or "still taking"), since when."""

    subtype: Subtype
    treatment: TreatmentLine | None


@dataclass(frozen=True)
class Packet:
    """The second-opinion packet's extra parts: receptors and biomarkers with their test
    dates, the treatment history by line, and the records to gather (keys of
    RECORDS_TO_GATHER, each a tick box)."""

    profile: CancerProfile
    receptors: ReceptorTest | None
    biomarkers: tuple[BiomarkerTest, ...]
    lines: tuple[TreatmentLine, ...]
    records: tuple[str, ...] = RECORDS_TO_GATHER


@dataclass(frozen=True)
class Summary:
    """Everything one summary shows. ``sections`` says which parts were chosen; the builder
    fills every part anyway, so switching a part on or off needs no new read."""

    appointment: Appointment | None  # None: no appointment is planned
    made_at: datetime
    period: Period
    name: str = ""
    sections: frozenset[Section] = ALL_SECTIONS
    what_matters_most: str = ""
    must_ask: tuple[Question, ...] = ()
    want_to_ask: tuple[Question, ...] = ()
    if_time: tuple[Question, ...] = ()
    symptoms: tuple[SymptomRow, ...] = ()
    current_medications: tuple[Medication, ...] = ()
    medication_events: tuple[MedicationEvent, ...] = ()  # started, changed, stopped in period
    cancer: CancerLine | None = None
    notes: str = ""  # notes for the doctor
    packet: Packet | None = None  # set for the second-opinion packet
    zone_name: str = ""  # the time zone dates are shown in ("" = this computer's)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.must_ask + self.want_to_ask + self.if_time

    def shows(self, section: Section) -> bool:
        return section in self.sections

    @property
    def flagged(self) -> tuple[SymptomRow, ...]:
        """The symptoms worse by 2 points or more (on average) than before the period."""
        return tuple(row for row in self.symptoms if row.figures.worsened)
