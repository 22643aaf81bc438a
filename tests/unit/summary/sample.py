"""Hand-built summaries for the rendering tests, made directly from domain models (no journal,
no builder): a typical one (12 questions, the nine ESAS-r scales and three of the person's own
symptoms, 8 medicines with 3 events), a crowded one (40 questions, long texts, 20 medicines),
one whose every piece of user text is hostile (markup, entities, quotes, right-to-left text,
emoji), and a second-opinion packet.

Every date is fixed and every text is in a known time zone, so a test can name what the page
must say ("4 (Dec 9)", "+2.5")."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from mbc_desktop.domain import Appointment, Priority, Question, Status, Topic
from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    HowItCameBack,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TestSample,
    TreatmentLine,
)
from mbc_desktop.domain.medications import (
    DoseStep,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    Route,
)
from mbc_desktop.domain.subtype import derive_subtype
from mbc_desktop.domain.symptom_figures import Reading, compare
from mbc_desktop.domain.symptoms import ESAS_R, Symptom, SymptomKind
from mbc_desktop.summary.model import CancerLine, Packet, Period, Summary, SymptomRow

ZONE_NAME = "America/Chicago"
CREATED = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
PREVIOUS = Appointment(
    id=6,
    starts_at=datetime(2026, 11, 10, 15, 0, tzinfo=UTC),  # 9:00 AM in Chicago
    time_zone=ZONE_NAME,
    clinician="Dr. Ana Ortiz",
    place="Lakeside Cancer Center, 2nd floor",
    completed_at=datetime(2026, 11, 10, 17, 0, tzinfo=UTC),
    created_at=CREATED,
    updated_at=CREATED,
)
NEXT = Appointment(
    id=7,
    starts_at=datetime(2026, 12, 15, 15, 30, tzinfo=UTC),  # 9:30 AM in Chicago
    time_zone=ZONE_NAME,
    clinician="Dr. Ana Ortiz",
    place="Lakeside Cancer Center, 2nd floor",
    created_at=CREATED,
    updated_at=CREATED,
)
MADE_AT = datetime(2026, 12, 10, 18, 0, tzinfo=UTC)  # noon in Chicago
PERIOD = Period(start=PREVIOUS.starts_at, end=MADE_AT, previous=PREVIOUS)

# --- questions ----------------------------------------------------------------------------------

TYPICAL_QUESTIONS: tuple[tuple[Priority, str], ...] = (
    (Priority.MUST_ASK, "Is the new pain in my right hip from the cancer or from arthritis?"),
    (Priority.MUST_ASK, "Should the abemaciclib dose go down again because of the diarrhea?"),
    (Priority.MUST_ASK, "When is my next scan, and will it include the brain?"),
    (Priority.MUST_ASK, "Can I travel to my daughter's wedding in June?"),
    (Priority.WANT_TO_ASK, "What does the rise in my tumor marker mean?"),
    (Priority.WANT_TO_ASK, "Is there a clinical trial I could join if this line stops working?"),
    (Priority.WANT_TO_ASK, "Can I get a flu shot and the new COVID vaccine this month?"),
    (Priority.WANT_TO_ASK, "Would physical therapy help my hip, and is it safe with bone mets?"),
    (Priority.WANT_TO_ASK, "Who do I call at night if I get a fever?"),
    (Priority.IF_TIME, "Is it OK to drink a glass of wine now and then?"),
    (Priority.IF_TIME, "Can I see a dietitian?"),
    (Priority.IF_TIME, "Is acupuncture safe for my neuropathy?"),
)


def question(
    number: int,
    priority: Priority,
    text: str,
    *,
    carry_count: int = 0,
    carried_from: datetime | None = None,
    asked_about_since: datetime | None = None,
) -> Question:
    return Question(
        id=number,
        text=text,
        topic=Topic.OTHER,
        priority=priority,
        status=Status.OPEN,
        position=number,
        created_at=CREATED,
        updated_at=CREATED,
        appointment_id=None,
        carry_count=carry_count,
        carried_from=carried_from,
        asked_about_since=asked_about_since,
    )


def questions(pairs: tuple[tuple[Priority, str], ...]) -> dict[Priority, tuple[Question, ...]]:
    """The questions by priority, in order; the 2nd is carried over once, the 5th flagged
    (carried three times)."""
    made: dict[Priority, list[Question]] = {priority: [] for priority in Priority}
    for number, (priority, text) in enumerate(pairs, start=1):
        extra: dict[str, object] = {}
        if number == 2:
            extra = {"carry_count": 1, "carried_from": PREVIOUS.starts_at}
        elif number == 5:
            extra = {
                "carry_count": 3,
                "carried_from": PREVIOUS.starts_at,
                "asked_about_since": datetime(2026, 8, 18, 15, 0, tzinfo=UTC),
            }
        made[priority].append(question(number, priority, text, **extra))  # type: ignore[arg-type]
    return {priority: tuple(listed) for priority, listed in made.items()}


# --- symptoms -----------------------------------------------------------------------------------


def at_day(day: date, hour: int = 14) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def symptom_row(
    number: int,
    name: str,
    before: list[int],
    during: list[int],
    *,
    kind: SymptomKind = SymptomKind.ESAS,
) -> SymptomRow:
    """A symptom with ``before`` scores spread over the 30 days before the period and
    ``during`` scores spread over the period, oldest first (the last is the latest)."""
    esas = next((scale.item for scale in ESAS_R if scale.name == name), None)
    symptom = Symptom(
        id=number,
        kind=kind if esas is None else SymptomKind.ESAS,
        esas_item=esas,
        name=name,
        position=number,
        created_at=CREATED,
    )
    readings: list[Reading] = []
    length = PERIOD.end - PERIOD.start
    for scores, start in ((before, PERIOD.start - length), (during, PERIOD.start)):
        step = length / (len(scores) + 1) if scores else length
        for place, score in enumerate(scores, start=1):
            readings.append(Reading(at=start + step * place, score=score, check_in_id=place))
    figures = compare(readings, PERIOD.start, PERIOD.end)
    inside = tuple(r for r in readings if PERIOD.start <= r.at < PERIOD.end)
    return SymptomRow(symptom=symptom, figures=figures, readings=inside)


# (name, scores before, scores during): pain is worse by 2.5 (flagged), tiredness by 2.0
# (flagged: exactly 2 counts), nausea 1.0 better, drowsiness no change, the own "Hip pain" new.
TYPICAL_SYMPTOMS: tuple[tuple[str, list[int], list[int]], ...] = (
    ("Pain", [2, 3, 2, 3], [3, 5, 6, 4, 7, 5]),
    ("Tiredness", [3, 4, 3, 4], [5, 6, 5, 6]),
    ("Drowsiness", [2, 2, 2], [2, 2, 2, 2]),
    ("Nausea", [3, 3, 4, 2], [2, 2, 1, 3]),
    ("Lack of Appetite", [2, 2, 3], [3, 2, 3, 3]),
    ("Shortness of Breath", [1, 0, 1], [1, 1, 0, 1]),
    ("Depression", [2, 3, 2], [3, 2, 2, 3]),
    ("Anxiety", [4, 5, 4], [4, 3, 4, 4]),
    ("Wellbeing", [3, 3, 4], [4, 4, 5, 4]),
    ("Diarrhea", [4, 5, 5, 6], [3, 4, 3, 2]),
    ("Hip pain", [], [4, 5, 5, 6]),
    ("Numb fingers", [2, 2, 3], [3, 3, 2, 3]),
)


def symptom_rows(table: tuple[tuple[str, list[int], list[int]], ...]) -> tuple[SymptomRow, ...]:
    return tuple(
        symptom_row(number, name, before, during, kind=SymptomKind.OWN)
        for number, (name, before, during) in enumerate(table, start=1)
    )


# --- medications --------------------------------------------------------------------------------


def medication(
    number: int,
    name: str,
    dose: str,
    schedule: str,
    route: Route = Route.BY_MOUTH,
    *,
    started_on: date | None = date(2026, 3, 3),
    stopped_on: date | None = None,
    earlier: tuple[tuple[str, str], ...] = (),
    changed_on: date | None = None,
) -> Medication:
    steps: list[DoseStep] = []
    for place, (old_dose, old_schedule) in enumerate(earlier):
        steps.append(
            DoseStep(id=number * 10 + place, dose=old_dose, schedule=old_schedule, from_day=None)
        )
    steps.append(
        DoseStep(
            id=number * 10 + 9,
            dose=dose,
            schedule=schedule,
            from_day=changed_on if earlier else None,
        )
    )
    return Medication(
        id=number,
        name=name,
        route=route,
        started_on=started_on,
        stopped_on=stopped_on,
        steps=tuple(steps),
        created_at=CREATED,
        updated_at=CREATED,
    )


def typical_medications() -> tuple[tuple[Medication, ...], tuple[MedicationEvent, ...]]:
    abemaciclib = medication(
        2,
        "Abemaciclib",
        "100 mg",
        "twice a day",
        earlier=(("150 mg", "twice a day"),),
        changed_on=date(2026, 11, 24),
    )
    loperamide = medication(
        5,
        "Loperamide",
        "2 mg",
        "after each loose stool, up to 8 a day",
        started_on=date(2026, 11, 14),
    )
    ondansetron = medication(
        9,
        "Ondansetron",
        "8 mg",
        "as needed for nausea",
        started_on=date(2026, 5, 2),
        stopped_on=date(2026, 11, 30),
    )
    current = (
        medication(1, "Fulvestrant", "500 mg", "every 4 weeks", Route.INJECTION),
        abemaciclib,
        medication(3, "Denosumab", "120 mg", "every 4 weeks", Route.INJECTION),
        medication(4, "Calcium + vitamin D", "600 mg / 400 IU", "twice a day"),
        loperamide,
        medication(6, "Lidocaine patch", "5 %", "12 hours on, 12 off", Route.ON_THE_SKIN),
        medication(7, "Acetaminophen", "500 mg", "up to 3 times a day"),
        medication(8, "Gabapentin", "300 mg", "at bedtime"),
    )
    events = (
        MedicationEvent(
            MedicationEventKind.STARTED, loperamide, date(2026, 11, 14), after=loperamide.steps[0]
        ),
        MedicationEvent(
            MedicationEventKind.CHANGED,
            abemaciclib,
            date(2026, 11, 24),
            before=abemaciclib.steps[0],
            after=abemaciclib.steps[1],
        ),
        MedicationEvent(
            MedicationEventKind.STOPPED,
            ondansetron,
            date(2026, 11, 30),
            before=ondansetron.current,
        ),
    )
    return current, events


# --- the cancer ---------------------------------------------------------------------------------

RECEPTORS = ReceptorTest(
    er=HormoneReceptor.POSITIVE,
    er_percent=90,
    pr=HormoneReceptor.POSITIVE,
    pr_percent=20,
    her2=Her2Status.LOW_1_PLUS,
    tested_on=date(2024, 2, 12),
    sample=SampleSite.METASTASIS,
)
LINES = (
    TreatmentLine(
        number=1,
        drugs="Letrozole + palbociclib",
        started_on=date(2024, 3, 1),
        stopped_on=date(2026, 2, 20),
        stop_reason=StopReason.PROGRESSION,
    ),
    TreatmentLine(
        number=2,
        drugs="Fulvestrant + abemaciclib",
        started_on=date(2026, 3, 3),
        stop_reason=StopReason.STILL_TAKING,
    ),
)
BIOMARKERS = (
    BiomarkerTest(
        marker=Biomarker.PIK3CA,
        result=BiomarkerResult.NEGATIVE,
        tested_on=date(2026, 2, 27),
        sample=TestSample.BLOOD,
    ),
    BiomarkerTest(
        marker=Biomarker.ESR1,
        result=BiomarkerResult.POSITIVE,
        tested_on=date(2026, 2, 27),
        sample=TestSample.BLOOD,
        value="Y537S",
    ),
    BiomarkerTest(
        marker=Biomarker.GERMLINE_BRCA2,
        result=BiomarkerResult.NEGATIVE,
        tested_on=date(2024, 3, 20),
        sample=TestSample.SALIVA,
    ),
)
PROFILE = CancerProfile(
    receptors=RECEPTORS,
    menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
    biomarkers=BIOMARKERS,
    spread=(SpreadSite.BONE, SpreadSite.LIVER),
    how_it_came_back=HowItCameBack.RECURRENCE,
    lines=LINES,
)
CANCER = CancerLine(
    subtype=derive_subtype(RECEPTORS, MenopausalStatus.POSTMENOPAUSAL), treatment=LINES[1]
)

WHAT_MATTERS = (
    "Being well enough to walk my dog every day, and to be at my daughter's wedding in June."
)
NOTES = (
    "Since the abemaciclib dose went down, the diarrhea is better but the tiredness is worse "
    "in the afternoons.\nI am away from January 8 to 15."
)


def typical() -> Summary:
    by_priority = questions(TYPICAL_QUESTIONS)
    current, events = typical_medications()
    return Summary(
        appointment=NEXT,
        made_at=MADE_AT,
        period=PERIOD,
        name="Maria López",
        what_matters_most=WHAT_MATTERS,
        must_ask=by_priority[Priority.MUST_ASK],
        want_to_ask=by_priority[Priority.WANT_TO_ASK],
        if_time=by_priority[Priority.IF_TIME],
        symptoms=symptom_rows(TYPICAL_SYMPTOMS),
        current_medications=current,
        medication_events=events,
        cancer=CANCER,
        notes=NOTES,
        zone_name=ZONE_NAME,
    )


def packet() -> Summary:
    return replace(
        typical(),
        packet=Packet(profile=PROFILE, receptors=RECEPTORS, biomarkers=BIOMARKERS, lines=LINES),
    )


# --- crowded ------------------------------------------------------------------------------------

LONG = (
    "I have read that some people switch to a different hormone treatment when a mutation "
    "like ESR1 shows up in a blood test, even before the scans change, and I would like to "
    "understand whether that applies to me, what the evidence says, what the side effects "
    "would be compared with what I take now, and whether it would change how often I need to "
    "come in for appointments and blood tests."
)


def crowded() -> Summary:
    pairs: list[tuple[Priority, str]] = []
    for number in range(1, 41):
        if number <= 6:
            priority = Priority.MUST_ASK
        elif number <= 24:
            priority = Priority.WANT_TO_ASK
        else:
            priority = Priority.IF_TIME
        if number % 7 == 3:
            text = f"{LONG[:-1]} (item {number})."
        else:
            text = (
                f"Question {number}: could we talk about how the treatment plan affects "
                f"day-to-day things like work, sleep and meals (item {number})?"
            )
        pairs.append((priority, text))
    by_priority = questions(tuple(pairs))
    symptoms = (
        *TYPICAL_SYMPTOMS,
        ("Hot flashes", [5, 5, 6], [6, 6, 5, 6]),
        ("Joint stiffness", [3, 3, 4], [4, 4, 3, 4]),
        ("Mouth sores", [0, 1, 0], [1, 2, 1, 1]),
        ("Dry eyes", [2, 2, 2], [2, 3, 2, 2]),
    )
    current, events = typical_medications()
    extra = tuple(
        medication(20 + number, f"Medicine number {number}", f"{number * 10} mg", "once a day")
        for number in range(1, 13)
    )
    more_events = tuple(
        MedicationEvent(
            MedicationEventKind.STARTED, med, date(2026, 11, 11 + place), after=med.steps[0]
        )
        for place, med in enumerate(extra[:5])
    )
    return Summary(
        appointment=NEXT,
        made_at=MADE_AT,
        period=PERIOD,
        name="Maria López",
        what_matters_most=(WHAT_MATTERS + " ") * 4,
        must_ask=by_priority[Priority.MUST_ASK],
        want_to_ask=by_priority[Priority.WANT_TO_ASK],
        if_time=by_priority[Priority.IF_TIME],
        symptoms=symptom_rows(symptoms),
        current_medications=current + extra,
        medication_events=events + more_events,
        cancer=CANCER,
        notes=(NOTES + " ") * 4,
        zone_name=ZONE_NAME,
    )


# --- hostile user text --------------------------------------------------------------------------

BOLD = "<b>bold</b>"
IMAGE = '<img src="http://example.com/x.png">'
ENTITY = "&amp;"
QUOTES = "\"double\" and 'single'"
HEBREW = "שלום לרופא"
ARABIC = "مرحبا بالطبيب"
EMOJI = "😀"  # outside the BMP
HEART = "❤"  # inside the BMP
HOSTILE_PIECES = (BOLD, IMAGE, ENTITY, QUOTES, HEBREW, ARABIC, EMOJI, HEART)
HOSTILE = f"Tell me {BOLD} {IMAGE} {ENTITY} {QUOTES} {HEBREW} {ARABIC} {EMOJI} {HEART} end"


def hostile() -> Summary:
    """Every piece of user text holds markup, an entity, quotes, Hebrew, Arabic and emoji."""
    base = typical()
    pairs = tuple((priority, f"{HOSTILE} ({priority.value})") for priority in Priority)
    by_priority = questions(pairs)
    current, events = typical_medications()
    odd = medication(40, f"{BOLD} {ENTITY} {HEBREW}", f"{IMAGE}", f"{QUOTES} {EMOJI}")
    odd_symptom = symptom_row(
        50, f"{BOLD} {ARABIC} {HEART}"[:60], [1, 2], [2, 3], kind=SymptomKind.OWN
    )
    odd_line = TreatmentLine(
        number=3,
        drugs=f"{BOLD} {IMAGE}"[:300],
        started_on=date(2026, 3, 3),
        stop_reason=StopReason.STILL_TAKING,
    )
    appointment = NEXT.model_copy(
        update={"clinician": f"Dr. {BOLD} {HEBREW}", "place": f"{IMAGE} {ENTITY}"}
    )
    return replace(
        base,
        appointment=appointment,
        name=f"{BOLD} {ARABIC}",
        what_matters_most=HOSTILE,
        must_ask=by_priority[Priority.MUST_ASK],
        want_to_ask=by_priority[Priority.WANT_TO_ASK],
        if_time=by_priority[Priority.IF_TIME],
        symptoms=(*base.symptoms[:3], odd_symptom),
        current_medications=(odd, *current[:3]),
        medication_events=(
            MedicationEvent(
                MedicationEventKind.STARTED, odd, date(2026, 11, 20), after=odd.steps[0]
            ),
            *events,
        ),
        cancer=CancerLine(subtype=CANCER.subtype, treatment=odd_line),
        notes=HOSTILE + "\n" + HOSTILE,
    )


def hostile_packet() -> Summary:
    summary = hostile()
    assert summary.cancer is not None
    assert summary.cancer.treatment is not None
    biomarker = BiomarkerTest(
        marker=Biomarker.PD_L1, result=BiomarkerResult.POSITIVE, value=f"{BOLD}"[:60]
    )
    return replace(
        summary,
        packet=Packet(
            profile=PROFILE,
            receptors=RECEPTORS,
            biomarkers=(*BIOMARKERS, biomarker),
            lines=(*LINES, summary.cancer.treatment),
        ),
    )


def without_previous(summary: Summary) -> Summary:
    """The same summary when there was no appointment before: the last 30 days."""
    start = summary.made_at - timedelta(days=30)
    return replace(summary, period=Period(start=start, end=summary.made_at, previous=None))


def light() -> Summary:
    """A lighter journal that fits the normal layout: 6 questions, the nine ESAS-r scales,
    4 medicines."""
    summary = typical()
    return replace(
        summary,
        must_ask=summary.must_ask[:2],
        want_to_ask=summary.want_to_ask[:2],
        if_time=summary.if_time[:2],
        symptoms=summary.symptoms[:9],
        current_medications=summary.current_medications[:4],
        medication_events=summary.medication_events[1:2],
    )
