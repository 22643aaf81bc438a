"""Build the ``Summary`` of one appointment from the journal: the one place that decides what
the page says, so the preview, the PDF, the plain text and the command line agree.

Which appointment and which period:

- the appointment asked for (NotFoundError if it has gone), else the next one, else none;
- the period ends now, or when the appointment started if that was earlier (a visit in
  progress, or a past appointment chosen again), and starts when the previous appointment
  started: the last one over by the period's end (finished, or its visit window passed). With
  none, it covers the NO_PREVIOUS_DAYS days before its end.

A period that ends now includes a check-in saved this instant (as Home's figures do); one that
ends at the appointment's start does not include a check-in made at that very moment: that
one counts for the visit after it (see ``domain/symptom_figures.py``).

Days (for the medicines) are read in the appointment's time zone; without one, in ``zone``
(the computer's when None).
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from mbc_desktop.domain import Appointment, Priority, Question
from mbc_desktop.domain.cancer import CancerProfile, StopReason, TreatmentLine
from mbc_desktop.domain.medications import Medication, changes_between
from mbc_desktop.domain.subtype import derive_subtype
from mbc_desktop.domain.symptom_figures import compare
from mbc_desktop.services import (
    AppointmentService,
    CancerProfileService,
    GoalsService,
    MedicationService,
    QuestionService,
    SummaryPreferences,
    SymptomService,
)
from mbc_desktop.services.questions import utc_now
from mbc_desktop.summary.model import (
    NO_PREVIOUS_DAYS,
    CancerLine,
    Packet,
    Period,
    Section,
    Summary,
    SymptomRow,
)

__all__ = ["SummaryBuilder", "current_line", "lines_in_order"]

# A period that ends now ends just after it, so a check-in saved this instant is in it.
_INCLUSIVE = timedelta(microseconds=1)


def _aware(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    return moment


def _day(moment: datetime, zone: tzinfo | None) -> date:
    """The calendar day of ``moment`` in ``zone`` (None: the computer's zone at that moment)."""
    return moment.astimezone(zone).date() if zone is not None else moment.astimezone().date()


def _taken_on(medication: Medication, day: date) -> bool:
    started = medication.started_on is None or medication.started_on <= day
    return started and medication.is_current(day)


def _line_taken_on(line: TreatmentLine, day: date) -> bool:
    """The line is being taken on ``day``: started by then (or no start given), and "still
    taking", or with neither a stop day nor a reason it stopped, or stopping after ``day``."""
    if line.started_on is not None and line.started_on > day:
        return False
    if line.stop_reason is StopReason.STILL_TAKING:
        return True
    if line.stopped_on is None:
        return line.stop_reason is None
    return line.stopped_on > day


def current_line(lines: Iterable[TreatmentLine], day: date) -> TreatmentLine | None:
    """The treatment taken on ``day``: of the lines being taken then, the latest started
    (then the highest number); None when none is."""
    taking = [line for line in lines if _line_taken_on(line, day)]
    return max(
        taking,
        key=lambda line: (line.started_on or date.min, line.number or 0),
        default=None,
    )


def lines_in_order(lines: Iterable[TreatmentLine]) -> tuple[TreatmentLine, ...]:
    """The treatment history by line: by number (lines without one last), then by start
    (lines without a start first); otherwise as entered."""
    return tuple(
        sorted(
            lines,
            key=lambda line: (
                line.number is None,
                line.number or 0,
                line.started_on is not None,
                line.started_on or date.min,
            ),
        )
    )


def _by_priority(
    questions: Sequence[Question],
) -> tuple[tuple[Question, ...], tuple[Question, ...], tuple[Question, ...]]:
    def of(priority: Priority) -> tuple[Question, ...]:
        return tuple(q for q in questions if q.priority is priority)

    return of(Priority.MUST_ASK), of(Priority.WANT_TO_ASK), of(Priority.IF_TIME)


class SummaryBuilder:
    """Reads the journal through the services and builds a ``Summary``; it writes nothing."""

    def __init__(
        self,
        appointments: AppointmentService,
        questions: QuestionService,
        symptoms: SymptomService,
        medications: MedicationService,
        goals: GoalsService,
        cancer: CancerProfileService,
        preferences: SummaryPreferences,
        clock: Callable[[], datetime] = utc_now,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        self._appointments = appointments
        self._questions = questions
        self._symptoms = symptoms
        self._medications = medications
        self._goals = goals
        self._cancer = cancer
        self._preferences = preferences
        self._clock = clock
        self._zone = zone

    def build(
        self,
        appointment_id: int | None = None,
        *,
        sections: Iterable[str] | None = None,
        packet: bool = False,
        now: datetime | None = None,
    ) -> Summary:
        """The summary of ``appointment_id`` (None: the next appointment, or none if none is
        planned), made at ``now`` (the clock's time by default). ``sections`` are the parts
        chosen (None: those the preferences remember); ``packet`` adds the second-opinion
        packet. Raises NotFoundError if the appointment is not in the journal."""
        made_at = _aware(self._clock() if now is None else now)
        appointment = (
            self._appointments.get(appointment_id)
            if appointment_id is not None
            else self._appointments.next_appointment(made_at)
        )
        zone = self._zone_of(appointment)

        if appointment is not None and appointment.starts_at <= made_at:
            end = span_end = appointment.starts_at
            previous = self._before(appointment, end)
        else:
            end = made_at
            span_end = made_at + _INCLUSIVE
            previous = self._appointments.last_appointment(end)
        start = (
            previous.starts_at if previous is not None else end - timedelta(days=NO_PREVIOUS_DAYS)
        )
        period = Period(start=start, end=end, previous=previous)

        must_ask, want_to_ask, if_time = _by_priority(self._planned(appointment, end))

        end_day = _day(end, zone)
        first_day = (
            _day(previous.starts_at, previous.zone or zone)
            if previous is not None
            else _day(start, zone)
        )
        # Only the medicines not stopped before the period: a medicine's start and dose
        # changes fall on or before its stop (the service and the import keep them so), so
        # one stopped earlier is neither taken on the end day nor changed in the period.
        medications = self._medications.current(min(first_day, end_day))

        profile = self._cancer.current()
        cancer = (
            None
            if profile == CancerProfile()
            # The subtype as the service works it out, from the profile already read.
            else CancerLine(
                derive_subtype(profile.receptors, profile.menopausal_status),
                current_line(profile.lines, end_day),
            )
        )

        remembered = self._preferences.choices(None if appointment is None else appointment.id)
        chosen = remembered.sections if sections is None else sections
        return Summary(
            appointment=appointment,
            made_at=made_at,
            period=period,
            name=remembered.name,
            sections=frozenset(Section(str(section)) for section in chosen),
            what_matters_most=self._goals.current().what_matters_most,
            must_ask=must_ask,
            want_to_ask=want_to_ask,
            if_time=if_time,
            symptoms=self._symptom_rows(start, span_end),
            # Each with the dose taken on the end day (not a change planned for later).
            current_medications=tuple(
                m.as_of(end_day) for m in medications if _taken_on(m, end_day)
            ),
            medication_events=tuple(changes_between(medications, first_day, end_day)),
            cancer=cancer,
            notes=remembered.notes,
            packet=self._packet(profile) if packet else None,
            zone_name=self._zone_name(appointment),
        )

    # --- parts ------------------------------------------------------------------------------
    def _zone_of(self, appointment: Appointment | None) -> tzinfo | None:
        own = None if appointment is None else appointment.zone
        return own or self._zone

    def _zone_name(self, appointment: Appointment | None) -> str:
        if appointment is not None and appointment.zone is not None:
            return appointment.time_zone
        return self._zone.key if isinstance(self._zone, ZoneInfo) else ""

    def _before(self, appointment: Appointment, end: datetime) -> Appointment | None:
        """The last appointment over by ``end`` that started before ``appointment``: for a
        chosen appointment that has begun, which ``last_appointment`` could give back itself."""
        key = (appointment.starts_at, appointment.id)
        earlier = [
            a
            for a in self._appointments.list()
            if (a.starts_at, a.id) < key and a.starts_at < end and not a.is_upcoming(end)
        ]
        return earlier[-1] if earlier else None

    def _planned(self, appointment: Appointment | None, end: datetime) -> list[Question]:
        """The questions to ask, in list order: not answered or dropped; planned for the
        appointment, and for no appointment in particular if it is the next one at ``end``;
        with no appointment, the ones planned for the next appointment."""
        if appointment is not None:
            return self._appointments.planned_questions(appointment.id, end)
        return [q for q in self._questions.for_appointment(None) if not q.status.is_settled]

    def _symptom_rows(self, start: datetime, end: datetime) -> tuple[SymptomRow, ...]:
        """Every symptom with a score in ``[start, end)`` or the same length before it, in
        the check-in's order: its figures, and the period's readings for the trend line."""
        readings = self._symptoms.all_readings(start - (end - start), end)
        return tuple(
            SymptomRow(
                symptom=symptom,
                figures=compare(readings[symptom.id], start, end),
                readings=tuple(r for r in readings[symptom.id] if start <= r.at < end),
            )
            for symptom in self._symptoms.symptoms(include_archived=True)
            if readings.get(symptom.id)
        )

    def _packet(self, profile: CancerProfile) -> Packet:
        return Packet(
            profile=profile,
            receptors=profile.receptors,
            biomarkers=profile.biomarkers,
            lines=lines_in_order(profile.lines),
        )
