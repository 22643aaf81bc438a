"""The question list is built from the journal's rows without validating them again (the
values were checked on their way in): every question reads back exactly as one validated
field by field would, with its choices as choices and its times aware, in UTC."""

from datetime import UTC, timedelta

from mbc_desktop.domain import (
    NewAppointment,
    NewQuestion,
    Priority,
    Question,
    QuestionChanges,
    Status,
    Topic,
)
from mbc_desktop.services import AppointmentService, QuestionService
from tests.unit.services.conftest import START, Clock


def test_every_listed_question_equals_the_validated_one(
    questions: QuestionService, appointments: AppointmentService, clock: Clock
) -> None:
    visit = appointments.add(NewAppointment(starts_at=START + timedelta(days=2)))
    appointments.add(NewAppointment(starts_at=START + timedelta(days=20)))
    added = [
        questions.add(NewQuestion(text="¿Qué significa HER2-low?", topic=Topic.PROGNOSIS)),
        questions.add(
            NewQuestion(text="Can I travel?", priority=Priority.MUST_ASK, appointment_id=visit.id)
        ),
        questions.add(NewQuestion(text="Line one\nline two?", source="her2-low-and-ultralow")),
    ]
    questions.update(added[0].id, QuestionChanges(answer="It means 1+ or 2+.", answered_by="Dr"))
    clock.now = visit.starts_at + timedelta(hours=1)
    appointments.finish_visit(visit.id)  # "Can I travel?" is carried on
    listed = questions.list()
    planned = [q for a in appointments.list() for q in questions.for_appointment(a.id)]

    assert len(listed) == 3
    for question in [*listed, *planned, *questions.for_appointment(None)]:
        assert question == Question.model_validate(question.model_dump())
        assert question == questions.get(question.id)
        assert type(question.topic) is Topic
        assert type(question.priority) is Priority
        assert type(question.status) is Status
        for moment in (question.created_at, question.updated_at, question.carried_from):
            assert moment is None or moment.utcoffset() == timedelta(0)
    carried = next(q for q in listed if q.text == "Can I travel?")
    assert carried.carry_count == 1
    assert carried.carried_from == visit.starts_at.astimezone(UTC)
