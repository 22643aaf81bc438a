"""The summary's builder on a hand-made journal (a real SQLite file, the real services, a
clock set by hand), against figures worked out by hand in the comments.

The journal: now is Monday 2 March 2026, 14:00 UTC. Appointments: one on 19 January (over,
finished), the previous one on Monday 16 February 14:00 UTC, exactly 14 days ago (finished),
the next on Thursday 5 March 15:00 UTC (09:00 in Chicago, its zone), and one more on 2 April.
"""

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from mbc_desktop.domain import (
    Appointment,
    NewAppointment,
    NewQuestion,
    NotFoundError,
    Priority,
    Question,
    QuestionChanges,
    Status,
)
from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TestSample,
    TreatmentLine,
)
from mbc_desktop.domain.goals import Preferences
from mbc_desktop.domain.medications import (
    DoseChange,
    Medication,
    MedicationChanges,
    MedicationEventKind,
    NewMedication,
)
from mbc_desktop.domain.subtype import SubtypeName
from mbc_desktop.domain.symptom_figures import Reading
from mbc_desktop.domain.symptoms import EsasItem, NewCheckIn, NewSymptom, Symptom
from mbc_desktop.services import (
    AnswerService,
    AppointmentService,
    CancerProfileService,
    GoalsService,
    MedicationService,
    QuestionService,
    SummaryPreferences,
    SymptomService,
)
from mbc_desktop.storage import Store
from mbc_desktop.summary.builder import SummaryBuilder, current_line, lines_in_order
from mbc_desktop.summary.model import (
    ALL_SECTIONS,
    NO_PREVIOUS_DAYS,
    CancerLine,
    Packet,
    Section,
    Summary,
    SymptomRow,
)
from tests.unit.services.conftest import Clock

CHICAGO = ZoneInfo("America/Chicago")
MADRID = ZoneInfo("Europe/Madrid")  # "this computer's" zone, given to the builder
MICROSECOND = timedelta(microseconds=1)

NOW = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
OLDER_AT = datetime(2026, 1, 19, 15, 0, tzinfo=UTC)
PREVIOUS_AT = datetime(2026, 2, 16, 14, 0, tzinfo=UTC)  # NOW - 14 days
NEXT_AT = datetime(2026, 3, 5, 15, 0, tzinfo=UTC)  # NOW + 3 days 1 hour
LATER_AT = datetime(2026, 4, 2, 15, 0, tzinfo=UTC)


def utc(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@dataclass
class Services:
    clock: Clock
    appointments: AppointmentService
    questions: QuestionService
    symptoms: SymptomService
    medications: MedicationService
    goals: GoalsService
    cancer: CancerProfileService
    preferences: SummaryPreferences
    builder: SummaryBuilder

    def symptom(self, item: EsasItem) -> Symptom:
        return next(s for s in self.symptoms.symptoms() if s.esas_item is item)

    def rate(self, at: datetime, scores: dict[Symptom, int]) -> None:
        self.symptoms.add_check_in(
            NewCheckIn(taken_at=at, scores={symptom.id: score for symptom, score in scores.items()})
        )

    def ask(
        self,
        text: str,
        priority: Priority,
        appointment: Appointment | None,
        status: Status = Status.OPEN,
    ) -> Question:
        question = self.questions.add(
            NewQuestion(
                text=text,
                priority=priority,
                appointment_id=None if appointment is None else appointment.id,
            )
        )
        if status is not Status.OPEN:
            question = self.questions.update(question.id, QuestionChanges(status=status))
        return question


def make_services(store: Store) -> Services:
    clock = Clock(NOW)
    questions = QuestionService(store, clock=clock)
    appointments = AppointmentService(store, clock=clock, questions=questions)
    symptoms = SymptomService(store, clock=clock)
    medications = MedicationService(store, clock=clock, today=lambda: NOW.date())
    answers = AnswerService(store, clock=clock)
    goals = GoalsService(answers)
    cancer = CancerProfileService(answers)
    preferences = SummaryPreferences(answers, locale_name=lambda: "en_GB")
    builder = SummaryBuilder(
        appointments,
        questions,
        symptoms,
        medications,
        goals,
        cancer,
        preferences,
        clock=clock,
        zone=MADRID,
    )
    return Services(
        clock, appointments, questions, symptoms, medications, goals, cancer, preferences, builder
    )


# --- the hand-made journal --------------------------------------------------------------------

LINE_1 = TreatmentLine(
    number=1,
    drugs="Letrozole + palbociclib",
    started_on=date(2023, 4, 1),
    stopped_on=date(2025, 5, 15),
    stop_reason=StopReason.PROGRESSION,
)
LINE_2 = TreatmentLine(
    number=2,
    drugs="Fulvestrant + ribociclib <b>&amp;</b>",
    started_on=date(2025, 6, 1),
    stop_reason=StopReason.STILL_TAKING,
)
EARLY = TreatmentLine(
    drugs="Capecitabine (trial)",
    started_on=date(2022, 1, 10),
    stopped_on=date(2022, 6, 1),
    stop_reason=StopReason.FINISHED_AS_PLANNED,
)
RECEPTORS = ReceptorTest(
    er=HormoneReceptor.POSITIVE,
    er_percent=90,
    pr=HormoneReceptor.NEGATIVE,
    her2=Her2Status.LOW_1_PLUS,
    tested_on=date(2025, 5, 20),
    sample=SampleSite.METASTASIS,
)
BIOMARKERS = (
    BiomarkerTest(
        marker=Biomarker.PIK3CA,
        result=BiomarkerResult.POSITIVE,
        tested_on=date(2025, 6, 10),
        sample=TestSample.BLOOD,
        value="H1047R",
    ),
    BiomarkerTest(marker=Biomarker.ESR1, result=BiomarkerResult.NEGATIVE),
)
PROFILE = CancerProfile(
    receptors=RECEPTORS,
    menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
    biomarkers=BIOMARKERS,
    spread=(SpreadSite.BONE, SpreadSite.LIVER),
    lines=(LINE_2, EARLY, LINE_1),  # entered out of order
)
WHAT_MATTERS = "Being well enough to travel to my son's wedding in June."


@dataclass
class Journal:
    s: Services
    older: Appointment
    previous: Appointment
    next: Appointment
    later: Appointment
    q: dict[int, Question]
    pain: Symptom
    tiredness: Symptom
    drowsiness: Symptom
    nausea: Symptom
    wellbeing: Symptom
    numb: Symptom
    flushes: Symptom
    meds: dict[str, Medication]


def finished(s: Services, starts_at: datetime, **fields: object) -> Appointment:
    appointment = s.appointments.add(
        NewAppointment.model_validate({"starts_at": starts_at, **fields})
    )
    s.appointments.finish_visit(appointment.id)
    return s.appointments.get(appointment.id)


def medicine(
    s: Services, name: str, started: date | None, stopped: date | None = None, dose: str = ""
) -> Medication:
    return s.medications.add(
        NewMedication(name=name, dose=dose, started_on=started, stopped_on=stopped)
    )


@pytest.fixture
def journal(store: Store) -> Journal:
    s = make_services(store)
    older = finished(s, OLDER_AT)
    previous = finished(s, PREVIOUS_AT, clinician="Dr. Okafor")
    nxt = s.appointments.add(
        NewAppointment(starts_at=NEXT_AT, time_zone="America/Chicago", clinician="Dr. Okafor")
    )
    later = s.appointments.add(NewAppointment(starts_at=LATER_AT))

    # Twelve questions, in list order (Q9 is then moved to the top).
    q = {
        1: s.ask("Is the new pain in my hip from the cancer?", Priority.MUST_ASK, nxt),
        2: s.ask("Should I keep taking ribociclib at this dose?", Priority.WANT_TO_ASK, None),
        3: s.ask("Can I travel in June?", Priority.IF_TIME, nxt, Status.ASKED),
        4: s.ask("What do the scan results show?", Priority.MUST_ASK, None),
        5: s.ask("Do I need a new biopsy?", Priority.MUST_ASK, nxt, Status.ANSWERED),
        6: s.ask("Is a clinical trial an option?", Priority.WANT_TO_ASK, later),
        7: s.ask("Can I get help with parking costs?", Priority.IF_TIME, None, Status.DROPPED),
        8: s.ask("How often will I have blood tests?", Priority.WANT_TO_ASK, nxt, Status.ASKED),
        9: s.ask("What can I do for the tiredness?", Priority.MUST_ASK, nxt),
        10: s.ask("Is yoga safe for my back?", Priority.IF_TIME, None),
        11: s.ask(
            "Should I see the palliative care team?", Priority.WANT_TO_ASK, previous, Status.ASKED
        ),
        12: s.ask("What does HER2-low mean for me?", Priority.MUST_ASK, previous, Status.ANSWERED),
    }
    s.questions.move(q[9].id, before_id=q[1].id)
    q = {n: s.questions.get(question.id) for n, question in q.items()}

    pain = s.symptom(EsasItem.PAIN)
    tiredness = s.symptom(EsasItem.TIREDNESS)
    drowsiness = s.symptom(EsasItem.DROWSINESS)
    nausea = s.symptom(EsasItem.NAUSEA)
    wellbeing = s.symptom(EsasItem.WELLBEING)
    numb = s.symptoms.add_symptom(NewSymptom(name="Numb fingers"))
    flushes = s.symptoms.add_symptom(NewSymptom(name="Hot flushes"))

    # Check-ins (UTC). The period is [16 Feb 14:00, 2 Mar 14:00 + 1 µs); the one before it,
    # the same length, [2 Feb 14:00 - 1 µs, 16 Feb 14:00).
    s.rate(utc(1, 20), {drowsiness: 6})  # before both: no row for drowsiness
    s.rate(utc(1, 30), {pain: 9})  # before both: left out
    s.rate(utc(2, 3), {nausea: 3})  # the span before
    s.rate(utc(2, 5), {pain: 2})  # the span before
    s.rate(utc(2, 9), {numb: 0})  # the span before
    s.rate(utc(2, 10), {tiredness: 6})  # the span before
    s.rate(utc(2, 12), {pain: 3})  # the span before
    s.rate(PREVIOUS_AT, {pain: 4})  # in the waiting room: the period's first
    s.rate(utc(2, 18), {numb: 1})
    s.rate(utc(2, 19), {flushes: 5})
    s.rate(utc(2, 20), {pain: 7, tiredness: 5})
    s.rate(utc(2, 22), {wellbeing: 3})
    s.rate(utc(2, 25), {pain: 7, tiredness: 4})
    s.rate(utc(2, 27), {numb: 3})
    s.rate(NOW, {pain: 5})  # this very instant: in the period
    flushes = s.symptoms.archive(flushes.id)  # no longer tracked: its history still counts

    meds = {
        "Anastrozole": medicine(s, "Anastrozole", date(2025, 6, 1), dose="1 mg"),
        "Ribociclib": medicine(s, "Ribociclib", date(2025, 6, 1), dose="600 mg"),
        "Ondansetron": medicine(s, "Ondansetron", date(2026, 2, 18)),
        "Ibuprofen": medicine(s, "Ibuprofen", date(2025, 12, 1), date(2026, 2, 24)),
        "Denosumab": medicine(s, "Denosumab", date(2026, 1, 10)),
        "Morphine": medicine(s, "Morphine", date(2026, 2, 16)),  # the previous visit's day
        "Lorazepam": medicine(s, "Lorazepam", date(2025, 11, 1), date(2026, 2, 10)),
        "Vitamin D": medicine(s, "Vitamin D", date(2026, 3, 4)),  # starts after today
        "Senna": medicine(s, "Senna", date(2025, 10, 1), date(2026, 3, 2)),  # stops today
    }
    meds["Ribociclib"] = s.medications.change_dose(
        meds["Ribociclib"].id, DoseChange(dose="400 mg", on=date(2026, 2, 20))
    )

    s.goals.save(Preferences(what_matters_most=WHAT_MATTERS))
    s.cancer.save(PROFILE)
    s.preferences.set_name("Ana Ruiz")
    s.preferences.set_notes(nxt.id, "The pain wakes me at night.")
    s.preferences.set_notes(previous.id, "Notes for February.")
    s.preferences.set_notes(None, "Notes with nothing planned.")

    return Journal(
        s=s,
        older=older,
        previous=previous,
        next=nxt,
        later=later,
        q=q,
        pain=pain,
        tiredness=tiredness,
        drowsiness=drowsiness,
        nausea=nausea,
        wellbeing=wellbeing,
        numb=numb,
        flushes=flushes,
        meds=meds,
    )


def row(summary: Summary, symptom: Symptom) -> SymptomRow:
    (found,) = [r for r in summary.symptoms if r.symptom.id == symptom.id]
    return found


def readings(found: SymptomRow) -> list[tuple[datetime, int]]:
    return [(r.at, r.score) for r in found.readings]


def names(medications: tuple[Medication, ...]) -> list[str]:
    return [m.name for m in medications]


# --- the next appointment -------------------------------------------------------------------


def test_the_next_appointment_and_the_period_since_the_previous_one(journal: Journal) -> None:
    summary = journal.s.builder.build()

    assert summary.appointment == journal.next
    assert summary.made_at == NOW
    assert summary.period.start == PREVIOUS_AT
    assert summary.period.end == NOW
    assert summary.period.previous == journal.previous
    assert summary.zone_name == "America/Chicago"
    assert summary.name == "Ana Ruiz"
    assert summary.what_matters_most == WHAT_MATTERS
    assert summary.notes == "The pain wakes me at night."
    assert summary.sections == ALL_SECTIONS
    assert summary.packet is None
    assert journal.s.builder.build(journal.next.id) == summary  # chosen: the same


def test_the_questions_for_the_next_appointment_by_priority_in_list_order(
    journal: Journal,
) -> None:
    q = journal.q
    summary = journal.s.builder.build()

    # Its own and those for "the next appointment", not answered or dropped (Q5, Q7 out),
    # not those for another appointment (Q6 later, Q11 and Q12 the previous one). Q9 was
    # moved above Q1.
    assert summary.must_ask == (q[9], q[1], q[4])
    assert summary.want_to_ask == (q[2], q[8])
    assert summary.if_time == (q[3], q[10])
    assert summary.questions == (q[9], q[1], q[4], q[2], q[8], q[3], q[10])
    assert [x.status for x in summary.questions] == [
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.OPEN,
        Status.ASKED,
        Status.ASKED,
        Status.OPEN,
    ]


def test_the_symptoms_in_the_check_ins_order_with_hand_worked_figures(journal: Journal) -> None:
    j = journal
    summary = j.s.builder.build()
    end = NOW + MICROSECOND  # a check-in saved this instant is in the period
    before_start = PREVIOUS_AT - (end - PREVIOUS_AT)

    # The ESAS-r scales first (pain, tiredness, nausea, well-being), then the person's own;
    # drowsiness was rated only before the span before: no row.
    assert [r.symptom.id for r in summary.symptoms] == [
        j.pain.id,
        j.tiredness.id,
        j.nausea.id,
        j.wellbeing.id,
        j.numb.id,
        j.flushes.id,
    ]

    # Pain. Period: 4 (16 Feb, 14:00, in the waiting room), 7 (20 Feb), 7 (25 Feb), 5 (now):
    # 4 readings, total 4 + 7 + 7 + 5 = 23, average 23/4 = 5.75; latest 5 (now); worst 7, the
    # more recent of the two sevens: 25 Feb. Before: 2 (5 Feb), 3 (12 Feb): average 5/2 = 2.5
    # (9 on 30 Jan is earlier than the span before). Change 23/4 - 10/4 = 13/4 = 3.25 ≥ 2:
    # worsened.
    pain = row(summary, j.pain)
    figures = pain.figures
    assert (figures.current.start, figures.current.end) == (PREVIOUS_AT, end)
    assert (figures.before.start, figures.before.end) == (before_start, PREVIOUS_AT)
    assert (figures.current.count, figures.current.total) == (4, 23)
    assert figures.current.average == Fraction(23, 4)
    assert figures.current.latest is not None
    assert (figures.current.latest.at, figures.current.latest.score) == (NOW, 5)
    assert figures.current.worst is not None
    assert (figures.current.worst.at, figures.current.worst.score) == (utc(2, 25), 7)
    assert (figures.before.count, figures.before.total) == (2, 5)
    assert figures.before.average == Fraction(5, 2)
    assert figures.change == Fraction(13, 4)
    assert figures.worsened
    assert readings(pain) == [(PREVIOUS_AT, 4), (utc(2, 20), 7), (utc(2, 25), 7), (NOW, 5)]
    assert all(isinstance(r, Reading) and r.check_in_id > 0 for r in pain.readings)

    # Tiredness. Period: 5 (20 Feb), 4 (25 Feb): average 9/2 = 4.5; latest 4 (25 Feb); worst
    # 5 (20 Feb). Before: 6 (10 Feb). Change 9/2 - 6 = -3/2: better, not flagged.
    tiredness = row(summary, j.tiredness).figures
    assert tiredness.current.average == Fraction(9, 2)
    assert tiredness.current.latest is not None
    assert tiredness.current.latest.score == 4
    assert tiredness.current.latest.at == utc(2, 25)
    assert tiredness.current.worst is not None
    assert tiredness.current.worst.score == 5
    assert tiredness.current.worst.at == utc(2, 20)
    assert tiredness.change == Fraction(-3, 2)
    assert not tiredness.worsened

    # Numb fingers (my own). Period: 1 (18 Feb), 3 (27 Feb): average 4/2 = 2. Before: 0
    # (9 Feb): average 0. Change exactly 2: flagged (2 or more).
    numb = row(summary, j.numb)
    assert numb.figures.current.average == 2
    assert numb.figures.before.average == 0
    assert numb.figures.change == 2
    assert numb.figures.worsened
    assert numb.figures.current.worst is not None
    assert numb.figures.current.worst.at == utc(2, 27)
    assert readings(numb) == [(utc(2, 18), 1), (utc(2, 27), 3)]

    # Nausea: rated only in the span before (3 on 3 Feb): a row with no reading in the period,
    # no latest, no change.
    nausea = row(summary, j.nausea)
    assert nausea.figures.current.count == 0
    assert nausea.figures.current.latest is None
    assert nausea.figures.before.average == 3
    assert nausea.figures.change is None
    assert nausea.readings == ()

    # Well-being: 3 on 22 Feb, nothing before: no change to give.
    wellbeing = row(summary, j.wellbeing).figures
    assert wellbeing.current.average == 3
    assert wellbeing.change is None
    assert not wellbeing.worsened

    # Hot flushes: archived, but rated in the period (5 on 19 Feb).
    assert readings(row(summary, j.flushes)) == [(utc(2, 19), 5)]

    assert [r.symptom.id for r in summary.flagged] == [j.pain.id, j.numb.id]


def test_the_medicines_taken_now_and_what_changed_since_the_previous_visit(
    journal: Journal,
) -> None:
    summary = journal.s.builder.build()

    # Taken on 2 March (the period's end day in Chicago: 08:00 there): by name. Ibuprofen
    # (stopped 24 Feb) and Lorazepam (10 Feb) are not; Senna stops today, so it still is;
    # Vitamin D starts on 4 March, so it is not yet.
    assert names(summary.current_medications) == [
        "Anastrozole",
        "Denosumab",
        "Morphine",
        "Ondansetron",
        "Ribociclib",
        "Senna",
    ]
    assert summary.current_medications[4].dose == "400 mg"
    # From the previous visit's day (16 Feb, included) to today (2 March, included), oldest
    # first; Lorazepam's stop (10 Feb) and Denosumab's start (10 Jan) are before it.
    assert [(e.on, e.kind, e.medication.name) for e in summary.medication_events] == [
        (date(2026, 2, 16), MedicationEventKind.STARTED, "Morphine"),
        (date(2026, 2, 18), MedicationEventKind.STARTED, "Ondansetron"),
        (date(2026, 2, 20), MedicationEventKind.CHANGED, "Ribociclib"),
        (date(2026, 2, 24), MedicationEventKind.STOPPED, "Ibuprofen"),
        (date(2026, 3, 2), MedicationEventKind.STOPPED, "Senna"),
    ]
    change = summary.medication_events[2]
    assert change.before is not None
    assert change.before.dose == "600 mg"
    assert change.after is not None
    assert change.after.dose == "400 mg"


def test_a_medicine_stopped_on_the_previous_visits_day_is_a_change_and_the_day_before_is_not(
    journal: Journal,
) -> None:
    """Only the medicines not stopped before the period are read: one stopped on the
    previous visit's day (16 Feb) is a change since; one stopped the day before,
    with a dose change before that, is neither taken nor changed."""
    s = journal.s
    medicine(s, "Gabapentin", date(2026, 1, 2), date(2026, 2, 16))
    tamoxifen = medicine(s, "Tamoxifen", date(2026, 1, 2), dose="20 mg")
    s.medications.change_dose(tamoxifen.id, DoseChange(dose="10 mg", on=date(2026, 2, 1)))
    s.medications.update(tamoxifen.id, MedicationChanges(stopped_on=date(2026, 2, 15)))

    summary = s.builder.build()

    assert "Gabapentin" not in names(summary.current_medications)
    assert "Tamoxifen" not in names(summary.current_medications)
    assert [(e.on, e.kind, e.medication.name) for e in summary.medication_events][:2] == [
        (date(2026, 2, 16), MedicationEventKind.STARTED, "Morphine"),
        (date(2026, 2, 16), MedicationEventKind.STOPPED, "Gabapentin"),
    ]
    assert "Tamoxifen" not in [e.medication.name for e in summary.medication_events]


def test_days_are_read_in_the_appointments_time_zone(journal: Journal) -> None:
    early = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 1 March 21:00 in Chicago, 2 March in Madrid

    for_next = journal.s.builder.build(now=early)
    for_later = journal.s.builder.build(journal.later.id, now=early)  # no zone: Madrid's

    # In Chicago it is still 1 March: Senna's stop on 2 March has not happened yet.
    assert for_next.zone_name == "America/Chicago"
    assert [e.medication.name for e in for_next.medication_events][-1] == "Ibuprofen"
    assert [e.medication.name for e in for_later.medication_events][-1] == "Senna"
    assert "Senna" in names(for_next.current_medications)


def test_the_cancer_in_one_line_is_the_subtype_and_the_line_still_taken(
    journal: Journal,
) -> None:
    summary = journal.s.builder.build()

    assert summary.cancer == CancerLine(journal.s.cancer.subtype(), LINE_2)
    assert summary.cancer.subtype.name is SubtypeName.HR_POSITIVE_HER2_NEGATIVE


# --- other appointments -----------------------------------------------------------------------


def test_a_chosen_past_appointment_covers_the_time_up_to_its_start(journal: Journal) -> None:
    j = journal
    summary = j.s.builder.build(j.previous.id)

    # From the appointment before it (19 Jan 15:00) to its own start (16 Feb 14:00): the
    # check-in made at 14:00 that day counts for the next visit, not this one.
    assert summary.appointment == j.previous
    assert summary.made_at == NOW
    assert summary.period.start == OLDER_AT
    assert summary.period.end == PREVIOUS_AT
    assert summary.period.previous == j.older
    assert summary.zone_name == "Europe/Madrid"  # it has no zone: this computer's
    assert summary.notes == "Notes for February."

    # Its own questions not answered or dropped: Q11 (asked). It was over by then, so the
    # questions for "the next appointment" are not its own.
    assert summary.must_ask == ()
    assert summary.want_to_ask == (j.q[11],)
    assert summary.if_time == ()

    # Pain in [19 Jan 15:00, 16 Feb 14:00): 9 (30 Jan), 2 (5 Feb), 3 (12 Feb): total 14,
    # average 14/3; latest 3 (12 Feb), worst 9 (30 Jan); nothing in the 27 days 23 hours
    # before: no change. Drowsiness has a row now (6 on 20 Jan).
    assert [r.symptom.id for r in summary.symptoms] == [
        j.pain.id,
        j.tiredness.id,
        j.drowsiness.id,
        j.nausea.id,
        j.numb.id,
    ]
    pain = row(summary, j.pain)
    assert pain.figures.current.end == PREVIOUS_AT
    assert pain.figures.current.average == Fraction(14, 3)
    assert pain.figures.current.latest is not None
    assert pain.figures.current.latest.at == utc(2, 12)
    assert pain.figures.current.worst is not None
    assert (pain.figures.current.worst.at, pain.figures.current.worst.score) == (utc(1, 30), 9)
    assert pain.figures.change is None
    assert readings(pain) == [(utc(1, 30), 9), (utc(2, 5), 2), (utc(2, 12), 3)]
    assert summary.flagged == ()

    # Taken on 16 Feb (Madrid): Ibuprofen and Senna still, Morphine from that day; not
    # Ondansetron (18 Feb) or Lorazepam (stopped 10 Feb). Changes from 19 Jan to 16 Feb.
    assert names(summary.current_medications) == [
        "Anastrozole",
        "Denosumab",
        "Ibuprofen",
        "Morphine",
        "Ribociclib",
        "Senna",
    ]
    # The dose taken on 16 Feb: 600 mg (the change to 400 mg came on 20 Feb).
    assert summary.current_medications[4].dose == "600 mg"
    assert [(e.on, e.kind, e.medication.name) for e in summary.medication_events] == [
        (date(2026, 2, 10), MedicationEventKind.STOPPED, "Lorazepam"),
        (date(2026, 2, 16), MedicationEventKind.STARTED, "Morphine"),
    ]


def test_a_chosen_later_appointment_covers_the_time_since_the_previous_visit(
    journal: Journal,
) -> None:
    j = journal
    summary = j.s.builder.build(j.later.id)

    assert summary.appointment == j.later
    assert (summary.period.start, summary.period.end) == (PREVIOUS_AT, NOW)
    # Only its own questions: those for "the next appointment" belong to the next one.
    assert summary.questions == (j.q[6],)
    assert summary.notes == ""
    assert summary.zone_name == "Europe/Madrid"


def test_a_visit_in_progress_ends_the_period_at_its_start(journal: Journal) -> None:
    j = journal
    j.s.clock.now = NEXT_AT + timedelta(minutes=10)
    j.s.rate(NEXT_AT + timedelta(minutes=5), {j.pain: 9})  # in the waiting room
    in_progress = NEXT_AT + timedelta(hours=1)

    summary = j.s.builder.build(now=in_progress)

    # Still the next appointment (its 3-hour window is not over); the period runs from the
    # previous visit to its start, so the waiting-room 9 is not in it.
    assert summary.appointment == j.next
    assert summary.made_at == in_progress
    assert (summary.period.start, summary.period.end) == (PREVIOUS_AT, NEXT_AT)
    pain = row(summary, j.pain)
    assert pain.figures.current.end == NEXT_AT
    assert readings(pain)[-1] == (NOW, 5)
    assert summary.must_ask == (j.q[9], j.q[1], j.q[4])


def test_a_deleted_appointment_is_not_found(journal: Journal) -> None:
    j = journal
    j.s.appointments.delete(j.later.id)

    with pytest.raises(NotFoundError):
        j.s.builder.build(j.later.id)

    # Its question went back to "the next appointment".
    assert j.s.builder.build().want_to_ask == (j.q[2], j.s.questions.get(j.q[6].id), j.q[8])


def test_with_no_previous_appointment_the_period_is_the_last_30_days(store: Store) -> None:
    s = make_services(store)
    nxt = s.appointments.add(NewAppointment(starts_at=NEXT_AT))
    pain = s.symptom(EsasItem.PAIN)
    start = NOW - timedelta(days=NO_PREVIOUS_DAYS)  # 31 Jan 14:00
    s.rate(start - MICROSECOND, {pain: 8})  # the span before: [1 Jan 14:00 - 1 µs, 31 Jan 14:00)
    s.rate(start, {pain: 2})  # the period's first instant
    s.rate(utc(2, 20), {pain: 4})

    summary = s.builder.build()

    assert summary.appointment == nxt
    assert (summary.period.start, summary.period.end, summary.period.previous) == (
        start,
        NOW,
        None,
    )
    # Period: 2, 4: average 3. Before: 8. Change 3 - 8 = -5.
    figures = row(summary, pain).figures
    assert figures.current.average == 3
    assert figures.before.average == 8
    assert figures.change == -5


# --- nothing planned --------------------------------------------------------------------------


def test_with_no_appointment_planned_it_covers_30_days_and_the_unplanned_questions(
    journal: Journal,
) -> None:
    j = journal
    after_all = LATER_AT + timedelta(days=10)  # 12 April: every appointment is over

    summary = j.s.builder.build(now=after_all)

    assert summary.appointment is None
    assert summary.period.previous == j.later  # over since 2 April, 18:00
    assert summary.period.start == LATER_AT
    assert summary.notes == "Notes with nothing planned."
    assert summary.zone_name == "Europe/Madrid"
    # The questions for "the next appointment", not answered or dropped: Q4, Q2, Q10.
    assert summary.questions == (j.q[4], j.q[2], j.q[10])


def test_an_empty_journal_gives_an_empty_summary_of_the_last_30_days(store: Store) -> None:
    s = make_services(store)

    summary = s.builder.build()

    assert summary == Summary(
        appointment=None,
        made_at=NOW,
        period=summary.period,
        zone_name="Europe/Madrid",
    )
    assert summary.period.start == NOW - timedelta(days=30)
    assert summary.period.end == NOW
    assert summary.period.previous is None
    assert summary.cancer is None  # nothing recorded about the cancer
    assert summary.sections == ALL_SECTIONS


def test_a_naive_now_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="aware"):
        make_services(store).builder.build(now=datetime(2026, 3, 2, 14, 0))


# --- sections and the packet --------------------------------------------------------------------


def test_sections_come_from_the_preferences_unless_given(journal: Journal) -> None:
    chosen = frozenset({Section.HEADER, Section.QUESTIONS, Section.SYMPTOMS})
    journal.s.preferences.set_sections(chosen)

    remembered = journal.s.builder.build()
    given = journal.s.builder.build(sections=frozenset({Section.NOTES}))

    assert remembered.sections == chosen
    assert all(type(section) is Section for section in remembered.sections)
    assert remembered.shows(Section.QUESTIONS)
    assert not remembered.shows(Section.MEDICATIONS)
    assert given.sections == {Section.NOTES}
    # Every part is filled, whichever are shown: switching one on needs no new read.
    assert given.questions == remembered.questions
    assert given.current_medications == remembered.current_medications


def test_the_packet_has_the_profile_biomarkers_and_the_lines_in_order(journal: Journal) -> None:
    summary = journal.s.builder.build(packet=True)

    assert summary.packet == Packet(
        profile=PROFILE,
        receptors=RECEPTORS,
        biomarkers=BIOMARKERS,
        lines=(LINE_1, LINE_2, EARLY),  # by number; the line without one last
    )
    assert summary.packet.records[0] == "pathology_reports"
    # The rest is the one-page summary's, unchanged.
    assert replace(summary, packet=None) == journal.s.builder.build()


# --- which line is being taken --------------------------------------------------------------


def test_the_line_taken_is_the_latest_started_of_those_not_stopped() -> None:
    today = date(2026, 3, 2)
    no_date = TreatmentLine(number=3, drugs="Elacestrant", started_on=date(2026, 1, 5))
    stopped_undated = TreatmentLine(
        number=4,
        drugs="Capivasertib",
        started_on=date(2026, 2, 1),
        stop_reason=StopReason.SIDE_EFFECTS,
    )
    stopping_later = TreatmentLine(
        number=5,
        drugs="Radiation course",
        started_on=date(2026, 2, 2),
        stopped_on=date(2026, 3, 9),
        stop_reason=StopReason.FINISHED_AS_PLANNED,
    )
    future = TreatmentLine(number=6, drugs="Next plan", started_on=date(2026, 4, 1))
    stopped_today = TreatmentLine(
        number=7,
        drugs="Stopped",
        started_on=date(2026, 2, 3),
        stopped_on=today,
        stop_reason=StopReason.PROGRESSION,
    )

    assert current_line([LINE_1, LINE_2, EARLY], today) == LINE_2
    assert current_line([LINE_2, no_date], today) == no_date  # started later
    # A reason without a day: stopped, its day not known.
    assert current_line([LINE_2, stopped_undated], today) == LINE_2
    assert current_line([LINE_2, stopping_later], today) == stopping_later
    assert current_line([LINE_2, future], today) == LINE_2
    assert current_line([LINE_2, stopped_today], today) == LINE_2
    assert current_line([LINE_1, EARLY], today) is None
    assert current_line([], today) is None
    assert lines_in_order([EARLY, LINE_2, no_date, LINE_1]) == (LINE_1, LINE_2, no_date, EARLY)


def test_a_dose_change_planned_for_later_is_not_the_dose_on_the_summary(store: Store) -> None:
    from mbc_desktop.domain.medications import DoseChange, NewMedication

    services = make_services(store)
    letrozole = services.medications.add(
        NewMedication(name="Letrozole", dose="2.5 mg", started_on=date(2026, 1, 5))
    )
    later = NOW.date() + timedelta(days=20)
    services.medications.change_dose(letrozole.id, DoseChange(dose="5 mg", on=later))

    summary = services.builder.build()

    (shown,) = summary.current_medications
    assert shown.dose == "2.5 mg"  # 5 mg only from 20 days on
    assert summary.medication_events == ()
