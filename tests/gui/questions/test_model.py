"""The Qt models behind the list, checked headless against a real journal."""

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mbc_desktop.domain import NewQuestion, Priority, Question, QuestionChanges, Status, Topic
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import Store, open_journal
from mbc_desktop.ui.questions.model import QuestionListModel, Roles, describe


@pytest.fixture
def service(tmp_path: Path) -> Iterator[QuestionService]:
    store: Store = open_journal(tmp_path / "journal.sqlite")
    try:
        yield QuestionService(store)
    finally:
        store.close()


def connected_model(service: QuestionService) -> QuestionListModel:
    model = QuestionListModel()
    model.set_rows(service.list())
    service.changes.subscribe(model.apply)
    return model


def test_model_follows_every_kind_of_change_exactly(
    service: QuestionService, qtmodeltester: ModelTester
) -> None:
    for text in ["A", "B", "C"]:
        service.add(NewQuestion(text=text))
    model = connected_model(service)
    qtmodeltester.check(model)
    model.set_statuses(frozenset({Status.OPEN}))
    rng = random.Random(7)
    deleted = []
    for _ in range(150):
        questions = service.list()
        action = rng.choice(["add", "update", "move", "delete", "restore"])
        if action == "add" or not questions:
            service.add(NewQuestion(text=f"Q{rng.randrange(1000)}", topic=rng.choice(list(Topic))))
        elif action == "update":
            service.update(
                rng.choice(questions).id,
                QuestionChanges(
                    status=rng.choice(list(Status)), priority=rng.choice(list(Priority))
                ),
            )
        elif action == "move":
            moving = rng.choice(questions)
            before = rng.choice([*questions, None])
            service.move(moving.id, None if before is None else before.id)
        elif action == "delete":
            deleted.append(service.delete(rng.choice(questions).id))
        elif deleted:
            service.restore(deleted.pop())
        # The model never re-reads the journal, yet always equals it, positions included.
        assert model.questions() == service.list()
        shown = [model.question_at(row) for row in range(model.rowCount())]
        assert shown == [q for q in service.list() if q.status is Status.OPEN]
        # The journal's numbers, kept with each change, equal a count over every question.
        by_status, must_open = model.counts()
        listed = service.list()
        assert {s: n for s, n in by_status.items() if n} == dict(Counter(q.status for q in listed))
        assert must_open == sum(
            1 for q in listed if q.priority is Priority.MUST_ASK and q.status is Status.OPEN
        )


def test_search_matches_all_words_in_question_answer_or_name(
    service: QuestionService, qtmodeltester: ModelTester
) -> None:
    a = service.add(NewQuestion(text="Is the new pain in my hip from the cancer?"))
    b = service.add(NewQuestion(text="When is my next scan?"))
    service.update(b.id, QuestionChanges(answer="The hip scan is on Friday", answered_by="Dr Ng"))
    model = connected_model(service)
    qtmodeltester.check(model)

    def shown() -> list[int]:
        return [model.question_at(row).id for row in range(model.rowCount())]

    model.set_search("HIP")
    assert shown() == [a.id, b.id]
    model.set_search("hip scan")
    assert shown() == [b.id]
    model.set_search("ng")  # who answered
    assert shown() == [b.id]
    model.set_search("")
    model.set_priority(Priority.MUST_ASK)
    assert shown() == []
    assert model.is_filtering
    model.clear_filters()
    assert shown() == [a.id, b.id]
    assert not model.is_filtering


def test_every_mix_of_search_and_filters_shows_exactly_the_questions_it_names(
    service: QuestionService,
) -> None:
    """The filters run as passes over lists (for speed on a long journal); each mix of them
    must let through what the plain rule says, in the list's order, after changes too."""
    rng = random.Random(11)
    texts = ["pain in the hip", "next scan", "Letrozole dose", "hair loss", "PAIN at night"]
    for _ in range(40):
        question = service.add(
            NewQuestion(
                text=rng.choice(texts),
                topic=rng.choice(list(Topic)),
                priority=rng.choice(list(Priority)),
            )
        )
        if rng.random() < 0.5:
            service.update(
                question.id,
                QuestionChanges(
                    status=rng.choice(list(Status)),
                    answer=rng.choice(["", "a bone scan", "ask the nurse"]),
                    answered_by=rng.choice(["", "Dr Ng", "Nurse Pat"]),
                ),
            )
    model = connected_model(service)

    def wanted(q: Question, statuses: Any, topic: Any, priority: Any, words: Any) -> bool:
        fields = [field.casefold() for field in (q.text, q.answer, q.answered_by)]
        return (
            (statuses is None or q.status in statuses)
            and topic in (None, q.topic)
            and priority in (None, q.priority)
            and all(any(word.casefold() in field for field in fields) for word in words)
        )

    for _ in range(200):
        statuses = rng.choice([None, frozenset(rng.sample(list(Status), 2))])
        topic = rng.choice([None, *Topic])
        priority = rng.choice([None, *Priority])
        words = rng.choice([(), ("pain",), ("PAIN", "hip"), ("scan",), ("ng",), ("o", "s")])
        model.set_statuses(statuses)
        model.set_topic(topic)
        model.set_priority(priority)
        model.set_search(" ".join(words))
        if rng.random() < 0.3:  # a change while filtering
            changing = rng.choice(service.list())
            service.update(changing.id, QuestionChanges(status=rng.choice(list(Status))))
        shown = [model.question_at(row).id for row in range(model.rowCount())]
        expected = [q.id for q in service.list() if wanted(q, statuses, topic, priority, words)]
        assert shown == expected, (statuses, topic, priority, words)


def test_screen_reader_text_says_everything_the_card_shows(service: QuestionService) -> None:
    question = service.add(
        NewQuestion(text="Can I swim?", topic=Topic.PRACTICAL_AND_COST, priority=Priority.IF_TIME)
    )
    question = service.update(question.id, QuestionChanges(answer="Yes", answered_by="Nurse Jo"))
    model = connected_model(service)
    spoken = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == describe(question)
    for part in ["1. Can I swim?", "If time", "Practical and cost", "Answered", "Yes", "Nurse Jo"]:
        assert part in spoken
    assert model.index(0).data(Roles.ID) == question.id


def test_tooltip_shows_markup_as_typed_not_as_formatting(service: QuestionService) -> None:
    service.add(NewQuestion(text="Is <b>this</b> & that <img src=x> normal?"))
    model = connected_model(service)
    tip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;this&lt;/b&gt; &amp; that &lt;img src=x&gt;" in tip
    assert "<b>" not in tip
