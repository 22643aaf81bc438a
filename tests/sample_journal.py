"""Fifteen realistic questions with answers and statuses, for screenshots and layout tests."""

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.services import QuestionService

if TYPE_CHECKING:
    from mbc_desktop.services import AppointmentService

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
