"""Realistic questions, appointments, check-ins and medicines, for screenshots and layout tests."""

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.services import QuestionService

if TYPE_CHECKING:
    from datetime import date

    from mbc_desktop.services import (
        AppointmentService,
        CancerProfileService,
        GoalsService,
        MedicationService,
        SymptomService,
    )

QUESTIONS: list[tuple[str, Topic, Priority]] = [
    (
        "What is the goal of my treatment right now: to control the cancer, or to ease symptoms?",
        Topic.TREATMENT_OPTIONS,
        Priority.MUST_ASK,
    ),
    (
        "My hands and feet have been numb since the last cycle. Should we lower the dose?",
        Topic.SIDE_EFFECTS,
        Priority.MUST_ASK,
    ),
    (
        "When is my next scan, and what will it tell us?",
        Topic.TESTS_AND_SCANS,
        Priority.WANT_TO_ASK,
    ),
    (
        "Is a new biopsy worth doing to re-check ER, PR and HER2?",
        Topic.TESTS_AND_SCANS,
        Priority.WANT_TO_ASK,
    ),
    (
        "Am I a candidate for any clinical trials nearby?",
        Topic.CLINICAL_TRIALS,
        Priority.WANT_TO_ASK,
    ),
    (
        "The pain in my lower back wakes me at night. What can I take for it?",
        Topic.SYMPTOMS,
        Priority.MUST_ASK,
    ),
    (
        "How much will the new pills cost with my insurance?",
        Topic.PRACTICAL_AND_COST,
        Priority.IF_TIME,
    ),
    ("Would you support me getting a second opinion?", Topic.SECOND_OPINION, Priority.IF_TIME),
    ("Can I travel to my daughter's wedding in June?", Topic.PRACTICAL_AND_COST, Priority.IF_TIME),
    ("What does the rise in my tumour markers mean?", Topic.PROGNOSIS, Priority.WANT_TO_ASK),
    (
        "Which side effects should I call you about right away, and how do I reach you at night?",
        Topic.SIDE_EFFECTS,
        Priority.MUST_ASK,
    ),
    ("Should I keep taking my vitamin D and calcium?", Topic.OTHER, Priority.IF_TIME),
    (
        "If this treatment stops working, what would we try next?",
        Topic.TREATMENT_OPTIONS,
        Priority.WANT_TO_ASK,
    ),
    ("Can palliative care help with my tiredness?", Topic.SYMPTOMS, Priority.WANT_TO_ASK),
    ("Is it safe to get the flu shot during treatment?", Topic.OTHER, Priority.IF_TIME),
]


def fill_questions(service: QuestionService) -> int:
    """Add the fifteen questions, answer one, mark others asked and dropped; returns the id of
    the one to pick for a screenshot (an answered question, so every field shows)."""
    ids = [service.add(NewQuestion(text=t, topic=tp, priority=p)).id for t, tp, p in QUESTIONS]
    service.update(
        ids[2],
        QuestionChanges(
            answer="CT scan on 12 December. It shows whether the liver spots have shrunk.",
            answered_by="Dr. Ortiz",
        ),
    )
    service.update(ids[4], QuestionChanges(status=Status.ASKED))
    service.update(ids[0], QuestionChanges(status=Status.ASKED))
    service.update(ids[7], QuestionChanges(status=Status.DROPPED))
    return ids[2]


def fill_appointments(appointments: "AppointmentService", now: datetime | None = None) -> int:
    """A past visit that was finished (with notes, and two questions carried from it) and the
    next appointment in three days; returns the next one's id."""
    from mbc_desktop.domain import AppointmentChanges, NewAppointment, Role

    zone = "America/Chicago"
    now = now or datetime.now(UTC)
    at = (
        (now + timedelta(days=3))
        .astimezone(ZoneInfo(zone))
        .replace(hour=10, minute=30, second=0, microsecond=0)
    )
    past = appointments.add(
        NewAppointment(
            starts_at=at - timedelta(days=28),
            time_zone=zone,
            clinician="Dr. Ortiz",
            place="Cancer Center, 3rd floor",
            purpose="Scan results",
        )
    )
    appointments.update(
        past.id,
        AppointmentChanges(
            visit_notes="Liver spots a little smaller. Keep the same treatment.",
            decisions="Stay on the current treatment for 3 more cycles.",
            next_steps="Blood tests every 2 weeks; CT scan in December.",
        ),
    )
    upcoming = appointments.add(
        NewAppointment(
            starts_at=at,
            time_zone=zone,
            clinician="Dr. Ortiz",
            role=Role.MEDICAL_ONCOLOGIST,
            place="Cancer Center, 3rd floor",
            purpose="Check-up before cycle 4",
        )
    )
    appointments.finish_visit(past.id)
    appointments.add(
        NewAppointment(
            starts_at=at + timedelta(days=10),
            time_zone=zone,
            clinician="Sam Rivera, NP",
            role=Role.NURSE,
            telehealth=True,
            place="(555) 010-2233",
            purpose="Side effects call",
        )
    )
    return upcoming.id


def fill_check_ins(
    symptoms: "SymptomService", now: datetime | None = None, days: int = 365, seed: int = 7
) -> None:
    """A check-in most days for ``days`` days: pain drifting up over the last weeks (so it is
    flagged), tiredness steady, some scales skipped, an own symptom (joint pain) and a named
    other problem now and then; a few by a caregiver, with notes."""
    import random

    from mbc_desktop.domain.symptoms import CompletedBy, NewCheckIn, NewSymptom

    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    joints = symptoms.add_symptom(NewSymptom(name="Joint pain or stiffness"))
    zone = "America/Chicago"
    for back in range(days, 0, -1):
        if rng.random() < 0.2:
            continue  # a day without a check-in
        at = (
            (now - timedelta(days=back))
            .astimezone(ZoneInfo(zone))
            .replace(hour=rng.choice((8, 9, 20)), minute=rng.randrange(60), second=0, microsecond=0)
        )
        recent = back <= 21
        pain = min(10, max(0, round(2 + (4 if recent else 0) + rng.gauss(0, 1))))
        scores = {
            1: pain,
            2: min(10, max(0, round(4 + rng.gauss(0, 1.2)))),
            3: min(10, max(0, round(2 + rng.gauss(0, 1)))),
            4: min(10, max(0, round(1 + rng.gauss(0, 1)))),
            5: min(10, max(0, round(3 + rng.gauss(0, 1)))),
            6: min(10, max(0, round(1 + rng.gauss(0, 0.8)))),
            7: min(10, max(0, round(2 + rng.gauss(0, 1)))),
            8: min(10, max(0, round(3 + rng.gauss(0, 1)))),
            9: min(10, max(0, round(3 + rng.gauss(0, 1)))),
            joints.id: min(10, max(0, round(3 + rng.gauss(0, 1.5)))),
        }
        for skipped in rng.sample(sorted(scores), k=rng.choice((0, 0, 0, 1, 2))):
            del scores[skipped]
        other = ("Constipation", rng.choice((2, 3, 4))) if rng.random() < 0.1 else ("", None)
        symptoms.add_check_in(
            NewCheckIn(
                taken_at=at,
                time_zone=zone,
                completed_by=CompletedBy.CAREGIVER if rng.random() < 0.1 else CompletedBy.ME,
                note="Bad night; back pain after the walk." if recent and back % 5 == 0 else "",
                scores=scores,
                other_problem=other[0],
                other_score=other[1],
            )
        )


def fill_medications(medications: "MedicationService", today: "date | None" = None) -> None:
    """Letrozole and palbociclib since February (palbociclib lowered two weeks ago), monthly
    denosumab, and capecitabine stopped last year."""
    from datetime import date

    from mbc_desktop.domain.medications import DoseChange, NewMedication, Route

    today = today or date.today()
    start = today - timedelta(days=290)
    medications.add(
        NewMedication(
            name="letrozole",
            dose="2.5 mg",
            schedule="Once a day",
            purpose="Hormone therapy",
            started_on=start,
        )
    )
    palbo = medications.add(
        NewMedication(
            name="palbociclib",
            dose="125 mg",
            schedule="Days 1–21 of each 28-day cycle",
            purpose="Slows cancer growth (with letrozole)",
            started_on=start,
            notes="Take with food.",
        )
    )
    medications.change_dose(
        palbo.id,
        DoseChange(
            dose="100 mg", schedule="Days 1–21 of each 28-day cycle", on=today - timedelta(days=14)
        ),
    )
    medications.add(
        NewMedication(
            name="denosumab",
            dose="120 mg",
            route=Route.INJECTION,
            schedule="Every 4 weeks",
            purpose="Bone metastases",
            started_on=start + timedelta(days=30),
        )
    )
    medications.add(
        NewMedication(
            name="capecitabine",
            dose="1,000 mg",
            schedule="Twice a day, 14 days on, 7 off",
            purpose="Chemotherapy",
            started_on=start - timedelta(days=200),
            stopped_on=start - timedelta(days=10),
            notes="Stopped: hand-foot syndrome.",
        )
    )


def fill_goals(goals: "GoalsService") -> None:
    """A person's goals and preferences, partly answered (some sections left for later)."""
    from mbc_desktop.domain.goals import (
        GoalName,
        Importance,
        Preferences,
        SecondOpinion,
        SideEffectTopic,
        Travel,
        TreatmentForm,
        YesMaybeNo,
    )

    goals.save(
        Preferences(
            importance={
                GoalName.LIVING_LONGER: Importance.VERY_IMPORTANT,
                GoalName.QUALITY_OF_LIFE: Importance.VERY_IMPORTANT,
                GoalName.DELAYING_PROGRESSION: Importance.SOMEWHAT_IMPORTANT,
                GoalName.SYMPTOM_RELIEF: Importance.NOT_SURE,
            },
            what_matters_most="Being well enough to travel to my daughter's wedding in June.",
            hardest_side_effects=(SideEffectTopic.NAUSEA, SideEffectTopic.NUMB_TINGLING),
            easiest_side_effects=(SideEffectTopic.HAIR_LOSS,),
            treatment_form=TreatmentForm.PILLS,
            travel=Travel.WITHIN_AN_HOUR,
            trials_interest=YesMaybeNo.MAYBE,
            second_opinion=SecondOpinion.CONSIDERING,
        )
    )


def fill_cancer(cancer: "CancerProfileService") -> None:
    """About my cancer: receptors (HR-positive, HER2-low), some biomarkers, bone and liver
    spread, two treatment lines (the first stopped when the cancer grew)."""
    from datetime import date

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

    cancer.save(
        CancerProfile(
            receptors=ReceptorTest(
                er=HormoneReceptor.POSITIVE,
                er_percent=90,
                pr=HormoneReceptor.POSITIVE,
                pr_percent=40,
                her2=Her2Status.LOW_1_PLUS,
                tested_on=date(2025, 3, 10),
                sample=SampleSite.METASTASIS,
            ),
            menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
            biomarkers=(
                BiomarkerTest(
                    marker=Biomarker.PIK3CA,
                    result=BiomarkerResult.NEGATIVE,
                    tested_on=date(2025, 3, 20),
                    sample=TestSample.TISSUE,
                ),
                BiomarkerTest(marker=Biomarker.GERMLINE_BRCA1, result=BiomarkerResult.NEGATIVE),
            ),
            spread=(SpreadSite.BONE, SpreadSite.LIVER),
            how_it_came_back=HowItCameBack.RECURRENCE,
            lines=(
                TreatmentLine(
                    number=1,
                    drugs="letrozole and ribociclib",
                    started_on=date(2025, 4, 1),
                    stopped_on=date(2026, 1, 15),
                    stop_reason=StopReason.PROGRESSION,
                ),
                TreatmentLine(
                    number=2,
                    drugs="fulvestrant and capivasertib",
                    started_on=date(2026, 2, 1),
                    stop_reason=StopReason.STILL_TAKING,
                ),
            ),
        )
    )
