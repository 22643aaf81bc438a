"""Build a realistic journal of 1, 5, 10 or 20 years through the app's own services and import.

    .venv/bin/python benchmarks/synthetic_journal.py DATA_DIR [--years 10] [--seed 2026]

For ten years (every count scales with the years):

- a check-in every evening, all nine ESAS-r scales plus three symptoms of the person's own
  (3,652 check-ins, 43,824 scores); pain and tiredness have been worse since the last
  appointment, so Home flags them;
- 250 appointments, about one every two weeks, each visit finished with its notes, decisions
  and next steps; the next one is three days ahead, two more after it;
- 2,000 questions written down before the visits: for past visits most are answered (with
  who said it), some asked or dropped; the next appointment has its open questions (two
  carried over from the last visit), and a few wait for "the next appointment";
- 60 medications with their dose changes (the treatment lines' drugs and the medicines that
  go with them), 12 treatment lines, the receptor test, biomarkers and where it has spread,
  the goals and preferences (each saved a few times over the years), and the name for the
  summary.

The medications, the profile, the goals and the own symptoms go through the services
(``MedicationService``, ``CancerProfileService``, ``GoalsService``, ``SymptomService``), with a
simulated clock so their histories are dated over the years: about 250 transactions. The
check-ins, appointments and questions (the bulk) go through the journal import
(``ExchangeService.import_export``, merged into the journal the services made): one file,
checked as any export is, written in one transaction. Ten years take a few seconds.

The story ends *now* (when it is built): Home's next appointment and its "since my last
appointment" figures depend on the clock, so ``run.py`` keys its cache by the day.
"""

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mbc_desktop import __version__
from mbc_desktop.domain import Priority, Role, Status, Topic
from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    HowItCameBack,
    LocalTreatment,
    LocalTreatmentKind,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TestSample,
    TreatmentLine,
)
from mbc_desktop.domain.exchange import (
    ExportAppointment,
    ExportCheckIn,
    ExportQuestion,
    ExportScore,
    JournalRows,
    with_header,
)
from mbc_desktop.domain.goals import (
    GoalName,
    HelpAtHome,
    Importance,
    Preferences,
    SecondOpinion,
    SideEffectTopic,
    Travel,
    TreatmentForm,
    YesMaybeNo,
    YesNo,
)
from mbc_desktop.domain.medications import (
    DoseChange,
    MedicationChanges,
    NewMedication,
    Route,
)
from mbc_desktop.domain.symptoms import CompletedBy, EsasItem, NewSymptom
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import (
    AnswerService,
    CancerProfileService,
    ExchangeService,
    GoalsService,
    MedicationService,
    SummaryPreferences,
    SymptomService,
)
from mbc_desktop.storage import exchange_repository, open_journal

ZONE_NAME = "America/Chicago"
ZONE = ZoneInfo(ZONE_NAME)
SIZES = (1, 5, 10, 20)  # the journals run.py builds

# Per year of journal (the 10-year journal: 2,000 questions, 250 appointments, 60
# medications, 12 treatment lines).
QUESTIONS_PER_YEAR = 200
APPOINTMENTS_PER_YEAR = 25
MEDICATIONS_PER_YEAR = 6
LINES_PER_YEAR = 1.2
FUTURE_APPOINTMENTS = 3  # the next one (in NEXT_IN days) and two after it
NEXT_IN = timedelta(days=3)
OPEN_FOR_NEXT = 9  # open questions planned for the next appointment (2 of them carried over)
UNPLANNED = 5  # questions for "the next appointment", whichever it is
OWN_SYMPTOMS = ("Joint pain or stiffness", "Numb fingers or toes", "Hot flashes")
WORSE_DAYS = 10  # pain and tiredness worse for this many days: flagged on Home

QUESTIONS: dict[Topic, list[str]] = {
    Topic.TREATMENT_OPTIONS: [
        "Is it time to think about switching from {drug} to something else?",
        "What would the next line of treatment be if {drug} stops working?",
        "Can we take a break from {drug} over {occasion}?",
        "Would a lower dose of {drug} still work as well?",
        "Is radiation an option for the spot in my {site}?",
        "What is the goal of treatment right now: control, or shrinking things?",
    ],
    Topic.SIDE_EFFECTS: [
        "The {symptom} since starting {drug} is worse. What can I do about it?",
        "Is {symptom} a known side effect of {drug}, and does it get better?",
        "Which side effects of {drug} should make me call the clinic straight away?",
        "Can I take something over the counter for the {symptom}?",
    ],
    Topic.TESTS_AND_SCANS: [
        "What did the last {scan} show compared with the one before?",
        "When is my next {scan}, and do I need to fast for it?",
        "My tumour markers went up a little. Should I worry?",
        "Can I get a copy of the {scan} report for my records?",
    ],
    Topic.SYMPTOMS: [
        "I have had {symptom} for two weeks. Could it be the cancer?",
        "Is the new {symptom} in my {site} something to check?",
        "My {symptom} is keeping me up at night. What helps?",
    ],
    Topic.PROGNOSIS: [
        "How are things looking compared with a year ago?",
        "What do the latest results mean for the time ahead?",
        "Is there anything in the last {scan} that changes the outlook?",
    ],
    Topic.CLINICAL_TRIALS: [
        "Are there any trials for {drug} combinations I could join?",
        "Would I be eligible for a trial if {drug} stops working?",
        "How far away is the nearest centre running trials for my subtype?",
    ],
    Topic.PRACTICAL_AND_COST: [
        "Will insurance keep covering {drug} next year?",
        "Can the infusion move to a {weekday} so I can keep working?",
        "Is there help with parking and travel costs for treatment days?",
        "Can I travel abroad for {occasion} while on {drug}?",
    ],
    Topic.SECOND_OPINION: [
        "Would you mind if I got a second opinion about the {site} spot?",
        "Can you send my records to the specialist centre for a second opinion?",
    ],
    Topic.OTHER: [
        "Is it safe to get the flu shot while on {drug}?",
        "Can I keep doing {activity} as I have been?",
        "Who should I call after hours if something changes?",
    ],
}
TOPIC_WEIGHTS = {
    Topic.TREATMENT_OPTIONS: 18,
    Topic.SIDE_EFFECTS: 24,
    Topic.TESTS_AND_SCANS: 16,
    Topic.SYMPTOMS: 14,
    Topic.PROGNOSIS: 5,
    Topic.CLINICAL_TRIALS: 5,
    Topic.PRACTICAL_AND_COST: 9,
    Topic.SECOND_OPINION: 2,
    Topic.OTHER: 7,
}
FILLERS = {
    "drug": [
        "letrozole",
        "palbociclib",
        "ribociclib",
        "fulvestrant",
        "capecitabine",
        "trastuzumab deruxtecan",
        "eribulin",
        "everolimus",
    ],
    "symptom": [
        "fatigue",
        "neuropathy in my fingers",
        "joint pain",
        "nausea",
        "mouth sores",
        "back pain",
        "shortness of breath",
        "rash",
        "brain fog",
        "swelling",
    ],
    "site": ["hip", "liver", "spine", "lung", "rib", "shoulder"],
    "scan": ["CT scan", "PET scan", "bone scan", "MRI", "echocardiogram", "blood work"],
    "occasion": ["the holidays", "my daughter's wedding", "a family trip", "my birthday"],
    "weekday": ["Monday", "Friday", "Thursday afternoon"],
    "activity": ["gardening", "swimming", "yoga", "long walks", "lifting my grandchildren"],
}
ANSWER_SENTENCES = [
    "The scan is stable, with no new spots.",
    "Keep going with the current plan and check again in three months.",
    "This is a common side effect and usually eases after the first few cycles.",
    "Try the prescribed mouthwash four times a day and call if it gets worse.",
    "A dose reduction is possible if it keeps getting in the way of daily life.",
    "The markers went up slightly but are within the usual variation.",
    "There is a trial at the university hospital; the nurse will send the details.",
    "Insurance approval was renewed for another year.",
    "Yes, travel is fine as long as the next infusion is not moved by more than a week.",
    "Call the after-hours line for fever over 38 °C or new shortness of breath.",
    "Physical therapy should help; a referral has been sent.",
    "No reason to change treatment yet; the benefit still outweighs the side effects.",
    "The spot in the liver has shrunk a little since the last scan.",
    "Blood counts are a bit low, so this cycle is delayed by a week.",
    "A second opinion is welcome and the records will be sent this week.",
]
ANSWERED_BY = ["Dr. Ortiz"] * 3 + ["Dr. Chen", "nurse Sam", "nurse Sam", "pharmacist Lee", ""]
PRIORITIES = [Priority.MUST_ASK] * 30 + [Priority.WANT_TO_ASK] * 45 + [Priority.IF_TIME] * 25
PAST_OUTCOMES = [Status.ANSWERED] * 60 + [Status.ASKED] * 24 + [Status.DROPPED] * 16
ROLES = [Role.MEDICAL_ONCOLOGIST] * 14 + [Role.NURSE] * 5 + [Role.PALLIATIVE_CARE] * 2
ROLES += [Role.RADIATION_ONCOLOGIST, Role.OTHER]
CLINICIANS = {
    Role.MEDICAL_ONCOLOGIST: ["Dr. Ortiz", "Dr. Ortiz", "Dr. Chen"],
    Role.NURSE: ["Sam Rivera, NP"],
    Role.PALLIATIVE_CARE: ["Dr. Okafor"],
    Role.RADIATION_ONCOLOGIST: ["Dr. Lindqvist"],
    Role.OTHER: ["Physiotherapy"],
}
PURPOSES = ["Check-up before the next cycle", "Scan results", "Blood work and review", ""]
VISIT_NOTES = [
    "Scan stable. Keep the same treatment.",
    "Counts a little low; next cycle a week later.",
    "Talked about the side effects; dose stays.",
    "Markers steady. Good news overall.",
]
DECISIONS = ["Stay on the current treatment.", "Lower the dose from the next cycle.", ""]
NEXT_STEPS = ["Blood tests every 2 weeks.", "CT scan in 3 months.", "Call if the pain grows."]

# The treatment lines' drugs, in the order they are used; the supportive medicines.
LINE_DRUGS: list[tuple[str, ...]] = [
    ("letrozole", "palbociclib"),
    ("fulvestrant", "ribociclib"),
    ("fulvestrant", "alpelisib"),
    ("exemestane", "everolimus"),
    ("capecitabine",),
    ("trastuzumab deruxtecan",),
    ("sacituzumab govitecan",),
    ("eribulin",),
    ("paclitaxel",),
    ("gemcitabine", "carboplatin"),
    ("vinorelbine",),
    ("elacestrant",),
    ("olaparib",),
    ("tamoxifen",),
]
SUPPORTIVE = [
    ("ondansetron", Route.BY_MOUTH, "nausea", "8 mg", "as needed"),
    ("denosumab", Route.INJECTION, "bones", "120 mg", "every 4 weeks"),
    ("vitamin D", Route.BY_MOUTH, "bones", "1000 IU", "daily"),
    ("calcium", Route.BY_MOUTH, "bones", "500 mg", "twice a day"),
    ("loperamide", Route.BY_MOUTH, "diarrhoea", "2 mg", "as needed"),
    ("dexamethasone", Route.BY_MOUTH, "nausea", "4 mg", "2 days after each cycle"),
    ("oxycodone", Route.BY_MOUTH, "pain", "5 mg", "every 6 hours if needed"),
    ("duloxetine", Route.BY_MOUTH, "neuropathy", "30 mg", "daily"),
    ("lidocaine patch", Route.ON_THE_SKIN, "pain", "1 patch", "12 hours on, 12 off"),
    ("mouthwash (dexamethasone)", Route.OTHER_ROUTE, "mouth sores", "10 ml", "4 times a day"),
]


@dataclass(frozen=True)
class BuildReport:
    years: int
    questions: int
    appointments: int
    check_ins: int
    scores: int
    medications: int
    lines: int
    service_transactions: int
    seconds: float
    megabytes: float


class SimulatedClock:
    """The services' clock: returns whatever time the story is at."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def counts(years: int) -> dict[str, int]:
    return {
        "questions": QUESTIONS_PER_YEAR * years,
        "appointments": APPOINTMENTS_PER_YEAR * years,
        "medications": MEDICATIONS_PER_YEAR * years,
        "lines": max(1, round(LINES_PER_YEAR * years)),
    }


def _question_text(rng: random.Random, topic: Topic) -> str:
    template = rng.choice(QUESTIONS[topic])
    return template.format(**{name: rng.choice(words) for name, words in FILLERS.items()})


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE).astimezone(UTC)


def _spread(first: date, last: date, parts: int) -> list[date]:
    """``parts`` days spread evenly from ``first`` to ``last``."""
    span = (last - first).days
    return [first + timedelta(days=round(span * i / max(parts - 1, 1))) for i in range(parts)]


# --- what goes through the services --------------------------------------------------------------
def _lines(rng: random.Random, first: date, last: date, count: int) -> list[TreatmentLine]:
    starts = _spread(first, last - timedelta(days=60), count)
    lines = []
    for number, started in enumerate(starts, start=1):
        drugs = LINE_DRUGS[(number - 1) % len(LINE_DRUGS)]
        current = number == count
        stopped = None if current else starts[number] - timedelta(days=rng.randint(3, 12))
        reason = (
            StopReason.STILL_TAKING
            if current
            else rng.choice(
                [StopReason.PROGRESSION] * 4 + [StopReason.SIDE_EFFECTS, StopReason.OTHER]
            )
        )
        lines.append(
            TreatmentLine(
                number=number,
                drugs=" + ".join(drugs),
                started_on=started,
                stopped_on=stopped,
                stop_reason=reason,
            )
        )
    return lines


def _profile(lines: list[TreatmentLine], first: date) -> CancerProfile:
    return CancerProfile(
        receptors=ReceptorTest(
            er=HormoneReceptor.POSITIVE,
            er_percent=90,
            pr=HormoneReceptor.POSITIVE,
            pr_percent=40,
            her2=Her2Status.LOW_1_PLUS,
            tested_on=first,
            sample=SampleSite.METASTASIS,
        ),
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        biomarkers=(
            BiomarkerTest(
                marker=Biomarker.PIK3CA,
                result=BiomarkerResult.POSITIVE,
                tested_on=first + timedelta(days=40),
                sample=TestSample.BLOOD,
                value="H1047R",
            ),
            BiomarkerTest(
                marker=Biomarker.GERMLINE_BRCA2,
                result=BiomarkerResult.NEGATIVE,
                tested_on=first + timedelta(days=30),
                sample=TestSample.SALIVA,
            ),
            BiomarkerTest(marker=Biomarker.ESR1, result=BiomarkerResult.NOT_SURE),
        ),
        spread=(SpreadSite.BONE, SpreadSite.LIVER, SpreadSite.LYMPH_NODES),
        how_it_came_back=HowItCameBack.RECURRENCE,
        lines=tuple(lines),
        local=(
            LocalTreatment(
                kind=LocalTreatmentKind.RADIATION, where="spine (T10)", on=first + timedelta(90)
            ),
        ),
    )


def _preferences(version: int) -> Preferences:
    importance = {
        GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT,
        GoalName.QUALITY_OF_LIFE: Importance.VERY_IMPORTANT,
        GoalName.DELAYING_PROGRESSION: Importance.SOMEWHAT_IMPORTANT,
        GoalName.SYMPTOM_RELIEF: (
            Importance.VERY_IMPORTANT if version else Importance.SOMEWHAT_IMPORTANT
        ),
    }
    return Preferences(
        importance=importance,
        what_matters_most=(
            "Being well enough to see my grandson start school"
            + (" and to keep gardening." if version else ".")
        ),
        hardest_side_effects=(SideEffectTopic.TIREDNESS, SideEffectTopic.NUMB_TINGLING),
        easiest_side_effects=(SideEffectTopic.HAIR_LOSS,),
        treatment_form=TreatmentForm.PILLS,
        where_treated="Cancer Center, 3rd floor",
        travel=Travel.WITHIN_AN_HOUR,
        trials_interest=YesMaybeNo.MAYBE if version < 2 else YesMaybeNo.YES,
        insurance_concerns="Prior authorisation for the new pills takes weeks.",
        help_at_home=(HelpAtHome.TRANSPORT, HelpAtHome.MEALS),
        help_notes="My sister drives me on infusion days.",
        advocate_name="Ana López",
        advocate_relationship="sister",
        advocate_may_speak=YesNo.YES,
        second_opinion=SecondOpinion.DONE if version else SecondOpinion.CONSIDERING,
        second_opinion_where="University Hospital",
    )


def _medications(
    rng: random.Random,
    service: MedicationService,
    clock: SimulatedClock,
    lines: list[TreatmentLine],
    count: int,
    today: date,
) -> int:
    """The lines' drugs, then supportive medicines until there are ``count``; each with dose
    changes. Returns the number of service transactions."""
    plans: list[tuple[str, Route, str, str, str, date, date | None]] = []
    for line in lines:
        assert line.started_on is not None
        for drug in line.drugs.split(" + "):
            route = (
                Route.INFUSION
                if drug in {"trastuzumab deruxtecan", "eribulin"}
                else (Route.BY_MOUTH)
            )
            plans.append(
                (drug, route, "cancer", "standard dose", "daily", line.started_on, line.stopped_on)
            )
    first = min(line.started_on for line in lines if line.started_on is not None)
    while len(plans) < count:
        name, route, purpose, dose, schedule = SUPPORTIVE[len(plans) % len(SUPPORTIVE)]
        started = first + timedelta(days=rng.randrange(max(1, (today - first).days - 30)))
        current = rng.random() < 0.15
        stopped = None if current else started + timedelta(days=rng.randint(20, 400))
        if stopped is not None and stopped >= today:
            stopped = today - timedelta(days=1)
        plans.append((name, route, purpose, dose, schedule, started, stopped))
    transactions = 0
    for name, route, purpose, dose, schedule, started, stopped in plans[:count]:
        clock.now = _local(started, 9)
        medication = service.add(
            NewMedication(
                name=name,
                dose=dose,
                route=route,
                schedule=schedule,
                purpose=purpose,
                started_on=started,
            )
        )
        transactions += 1
        end = stopped or today
        day = started
        for change in range(rng.randint(1, 3)):
            day = day + timedelta(days=rng.randint(14, 90))
            if day >= end:
                break
            clock.now = _local(day, 10)
            service.change_dose(
                medication.id,
                DoseChange(dose=f"{['lower', 'reduced', 'back to usual'][change]} dose", on=day),
            )
            transactions += 1
        if stopped is not None:
            clock.now = _local(stopped, 18)
            service.update(medication.id, MedicationChanges(stopped_on=stopped))
            transactions += 1
    return transactions


# --- what goes through the import ---------------------------------------------------------------
def _appointment_days(first: date, today: date, count: int) -> list[datetime]:
    """Past visits from ``first`` to about two weeks ago; the next one NEXT_IN ahead, and two
    more two weeks apart after it."""
    past = max(1, count - FUTURE_APPOINTMENTS)
    next_day = today + NEXT_IN
    days = _spread(first, next_day - timedelta(days=14), past)
    days += [next_day + timedelta(days=14 * i) for i in range(FUTURE_APPOINTMENTS)]
    return [_local(day, 10, 30) for day in days[:count]]


def _appointments(
    rng: random.Random, starts: list[datetime], now: datetime
) -> list[ExportAppointment]:
    found = []
    for number, starts_at in enumerate(starts, start=1):
        role = rng.choice(ROLES)
        past = starts_at < now
        found.append(
            ExportAppointment(
                id=number,
                starts_at=starts_at,
                time_zone=ZONE_NAME,
                clinician=rng.choice(CLINICIANS[role]),
                role=role,
                place="Cancer Center, 3rd floor" if rng.random() < 0.9 else "",
                telehealth=role is Role.NURSE,
                purpose=rng.choice(PURPOSES),
                visit_notes=rng.choice(VISIT_NOTES) if past else "",
                decisions=rng.choice(DECISIONS) if past else "",
                next_steps=rng.choice(NEXT_STEPS) if past else "",
                tests_ordered="CT chest/abdomen" if past and rng.random() < 0.3 else "",
                completed_at=starts_at + timedelta(hours=1) if past else None,
                created_at=starts_at - timedelta(days=rng.randint(10, 30)),
                updated_at=starts_at + timedelta(hours=2) if past else starts_at - timedelta(5),
            )
        )
    return found


def _questions(
    rng: random.Random, appointments: list[ExportAppointment], count: int, now: datetime
) -> list[ExportQuestion]:
    past = [a for a in appointments if a.completed_at is not None]
    future = [a for a in appointments if a.completed_at is None]
    upcoming = future[0] if future else None
    last = past[-1] if past else None
    for_future = min(count, OPEN_FOR_NEXT + UNPLANNED + 2 * max(len(future) - 1, 0))
    for_past = count - for_future
    per_visit = [0] * len(past)
    for i in range(for_past):
        per_visit[i % max(len(past), 1)] += 1 if past else 0
    plans: list[tuple[ExportAppointment | None, Status, datetime, int]] = []
    for appointment, how_many in zip(past, per_visit, strict=True):
        for _ in range(how_many):
            plans.append((appointment, rng.choice(PAST_OUTCOMES), appointment.starts_at, 0))
    for number in range(for_future):
        if upcoming is None:
            break
        if number < OPEN_FOR_NEXT:
            carried = 1 if number < 2 and last is not None else 0
            plans.append((upcoming, Status.OPEN, upcoming.starts_at, carried))
        elif number < OPEN_FOR_NEXT + UNPLANNED:
            plans.append((None, Status.OPEN, upcoming.starts_at, 0))
        else:
            later = future[1 + (number - OPEN_FOR_NEXT - UNPLANNED) % max(len(future) - 1, 1)]
            plans.append((later, Status.OPEN, later.starts_at, 0))
    questions = []
    for position, (appointment, status, visit, carried) in enumerate(plans):
        topic = rng.choices(list(TOPIC_WEIGHTS), weights=list(TOPIC_WEIGHTS.values()))[0]
        created = min(visit - timedelta(hours=rng.uniform(2, 24 * 10)), now)
        if carried and last is not None:
            created = last.starts_at - timedelta(days=3)
        answered = status is Status.ANSWERED
        settled_at = visit + timedelta(minutes=rng.uniform(5, 600))
        questions.append(
            ExportQuestion(
                id=position + 1,
                text=_question_text(rng, topic),
                topic=topic,
                priority=rng.choice(PRIORITIES),
                status=status,
                answer=" ".join(rng.sample(ANSWER_SENTENCES, rng.randint(1, 3)))
                if answered
                else "",
                answered_by=rng.choice(ANSWERED_BY) if answered else "",
                position=position,
                created_at=created,
                updated_at=settled_at if status is not Status.OPEN else created,
                appointment_id=None if appointment is None else appointment.id,
                carry_count=carried,
                carried_from=last.starts_at if carried and last is not None else None,
                asked_about_since=last.starts_at if carried and last is not None else None,
            )
        )
    return questions


def _check_ins(
    rng: random.Random,
    symptom_ids: list[int],
    worse_ids: set[int],
    first: date,
    now: datetime,
) -> list[ExportCheckIn]:
    """One every evening from ``first`` up to now: every symptom scored, drifting slowly; the
    ``worse_ids`` 3 points up in the last WORSE_DAYS days."""
    level = {symptom_id: rng.uniform(1, 4) for symptom_id in symptom_ids}
    found = []
    day = first
    number = 0
    while True:
        taken_at = _local(day, 20, rng.randrange(60))
        if taken_at > now:
            break
        number += 1
        recent = now - taken_at < timedelta(days=WORSE_DAYS)
        scores = []
        for symptom_id in symptom_ids:
            level[symptom_id] = min(6.0, max(0.0, level[symptom_id] + rng.gauss(0, 0.15)))
            bump = 3 if recent and symptom_id in worse_ids else 0
            value = round(level[symptom_id] + bump + rng.gauss(0, 0.7))
            scores.append(ExportScore(symptom_id=symptom_id, score=min(10, max(0, value))))
        found.append(
            ExportCheckIn(
                id=number,
                taken_at=taken_at,
                time_zone=ZONE_NAME,
                completed_by=CompletedBy.CAREGIVER if rng.random() < 0.05 else CompletedBy.ME,
                note="Bad night." if rng.random() < 0.03 else "",
                scores=tuple(scores),
                created_at=taken_at,
                updated_at=taken_at,
            )
        )
        day += timedelta(days=1)
    return found


# --- the whole journal ----------------------------------------------------------------------------
def build(
    data_dir: Path,
    years: int = 10,
    seed: int = 2026,
    now: datetime | None = None,
    progress: Callable[[str], None] = lambda _text: None,
) -> BuildReport:
    """Write a journal of ``years`` years ending at ``now`` into ``data_dir`` (which must not
    have one yet)."""
    paths = DataPaths(data_dir)
    if paths.journal.exists():
        raise FileExistsError(f"{paths.journal} already exists")
    paths.root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed * 100 + years)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    today = now.astimezone(ZONE).date()
    first = today - timedelta(days=round(365.25 * years))
    plan = counts(years)
    started = time.perf_counter()
    clock = SimulatedClock(_local(first, 8))
    store = open_journal(paths.journal)
    transactions = 0
    try:
        answers = AnswerService(store, clock)
        symptoms = SymptomService(store, clock)
        for name in OWN_SYMPTOMS:
            symptoms.add_symptom(NewSymptom(name=name))
            transactions += 1
        SummaryPreferences(answers).set_name("Maria López")
        goals = GoalsService(answers)
        cancer = CancerProfileService(answers)
        lines = _lines(rng, first, today, plan["lines"])
        for number, line in enumerate(lines, start=1):
            assert line.started_on is not None
            clock.now = _local(line.started_on, 19)
            # As the person would have it then: the earlier lines stopped, this one going on.
            so_far = [
                *lines[: number - 1],
                line.model_copy(
                    update={"stopped_on": None, "stop_reason": StopReason.STILL_TAKING}
                ),
            ]
            cancer.save(_profile(so_far, first))
            transactions += 1
        clock.now = now - timedelta(days=1)
        cancer.save(_profile(lines, first))
        for version, day in enumerate(_spread(first, today - timedelta(days=20), 3)):
            clock.now = _local(day, 21)
            goals.save(_preferences(version))
            transactions += 1
        progress(f"  profile, {len(lines)} lines, goals: {time.perf_counter() - started:.1f} s")
        medications = MedicationService(store, clock, today=lambda: today)
        transactions += _medications(rng, medications, clock, lines, plan["medications"], today)
        progress(f"  {plan['medications']} medications: {time.perf_counter() - started:.1f} s")

        exchange = ExchangeService(store, clock, bulk=exchange_repository, app_version=__version__)
        held = exchange.export().rows
        by_item = {s.esas_item: s.id for s in held.symptoms if s.esas_item is not None}
        symptom_ids = [s.id for s in held.symptoms]
        worse = {by_item[EsasItem.PAIN], by_item[EsasItem.TIREDNESS]}
        appointments = _appointments(
            rng, _appointment_days(first, today, plan["appointments"]), now
        )
        questions = _questions(rng, appointments, plan["questions"], now)
        check_ins = _check_ins(rng, symptom_ids, worse, first, now)
        clock.now = now
        export = with_header(
            JournalRows(
                questions=tuple(questions),
                appointments=tuple(appointments),
                symptoms=held.symptoms,
                check_ins=tuple(check_ins),
            ),
            exported_at=now,
            app_version=__version__,
            schema_revision="",
        )
        progress(f"  file made and checked: {time.perf_counter() - started:.1f} s")
        exchange.import_export(export, replace=False)
        transactions += 1
    finally:
        store.close()
    mark_welcome_seen(data_dir)
    seconds = time.perf_counter() - started
    return BuildReport(
        years=years,
        questions=len(questions),
        appointments=len(appointments),
        check_ins=len(check_ins),
        scores=sum(len(c.scores) for c in check_ins),
        medications=plan["medications"],
        lines=len(lines),
        service_transactions=transactions,
        seconds=seconds,
        megabytes=paths.journal.stat().st_size / 1024 / 1024,
    )


def mark_welcome_seen(data_dir: Path) -> None:
    """Someone with a journal has seen the first-run welcome; do not offer it again."""
    from mbc_desktop.ui.common.settings import UiSettings  # Qt Core only; no window

    UiSettings(DataPaths(data_dir).settings).welcome_done = True


def describe(report: BuildReport) -> str:
    return (
        f"{report.years} years: {report.check_ins:,} check-ins ({report.scores:,} scores), "
        f"{report.appointments} appointments, {report.questions:,} questions, "
        f"{report.medications} medications, {report.lines} lines; "
        f"{report.megabytes:.1f} MB in {report.seconds:.1f} s "
        f"({report.service_transactions} service transactions + 1 import)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    report = build(args.data_dir, args.years, args.seed, progress=print)
    print(describe(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
