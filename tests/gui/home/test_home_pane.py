"""Home on a real journal: the next appointment at a glance with its planned questions (must
ask first and counted), the one-key actions, and the invitation when there is none."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain import NewAppointment, NewQuestion, Priority, QuestionChanges, Status
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.home.pane import HomePane
from mbc_desktop.words.i18n import use_language


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    make_application()
    use_language("en")  # English, with its plural forms
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


class Calls:
    def __init__(self) -> None:
        self.made: list[object] = []

    def __call__(self, *args: object) -> None:
        self.made.append(args)


def home(qtbot: QtBot, journal: Journal) -> tuple[HomePane, Calls, Calls, Calls]:
    add_question, add_appointment, start_visit = Calls(), Calls(), Calls()
    pane = HomePane(
        journal.appointments, journal.questions, add_question, add_appointment, start_visit
    )
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    return pane, add_question, add_appointment, start_visit


def test_with_no_appointment_home_invites_one(qtbot: QtBot, journal: Journal) -> None:
    pane, _q, add_appointment, _v = home(qtbot, journal)
    assert pane.empty_label.isVisible()
    assert not pane.start_button.isVisible()
    qtbot.keyClick(pane.add_appointment_button, Qt.Key.Key_Space)
    assert add_appointment.made == [()]


def test_the_next_appointment_with_its_questions_must_ask_first(
    qtbot: QtBot, journal: Journal
) -> None:
    starts = (datetime.now(UTC) + timedelta(days=3)).replace(hour=15, minute=0, microsecond=0)
    appointment = journal.appointments.add(
        NewAppointment(starts_at=starts, clinician="Dr. Ortiz", purpose="Scan results")
    )
    journal.appointments.add(NewAppointment(starts_at=starts + timedelta(days=30)))
    journal.questions.add(NewQuestion(text="If there is time: parking?", priority=Priority.IF_TIME))
    must = journal.questions.add(
        NewQuestion(text="What do the scans show?", priority=Priority.MUST_ASK)
    )
    answered = journal.questions.add(NewQuestion(text="Old one", priority=Priority.MUST_ASK))
    journal.questions.update(answered.id, QuestionChanges(status=Status.ANSWERED, answer="Yes"))
    planned = journal.questions.add(NewQuestion(text="Planned for it?"))
    journal.questions.update(planned.id, QuestionChanges(appointment_id=appointment.id))
    pane, _q, _a, start_visit = home(qtbot, journal)
    assert pane.next is not None
    assert pane.next.id == appointment.id
    assert pane.when_label.text().endswith(("in 3 days", "in 2 days"))
    assert "Dr. Ortiz" in pane.details_label.text()
    assert "Scan results" in pane.details_label.text()
    texts = [pane.questions_list.item(row).text() for row in range(pane.questions_list.count())]
    assert len(texts) == 3  # the answered one is not planned any more
    assert texts[0].endswith(must.text)  # must ask first
    assert pane.counts_label.text() == "3 questions planned · 1 must-ask"
    qtbot.keyClick(pane.start_button, Qt.Key.Key_Space)
    assert start_visit.made == [(appointment.id,)]


def test_home_follows_changes_as_they_are_made(qtbot: QtBot, journal: Journal) -> None:
    pane, _q, _a, _v = home(qtbot, journal)
    starts = datetime.now(UTC) + timedelta(days=1)
    journal.appointments.add(NewAppointment(starts_at=starts))
    assert pane.start_button.isVisible()
    journal.questions.add(NewQuestion(text="New one?", priority=Priority.MUST_ASK))
    assert pane.counts_label.text() == "1 question planned · 1 must-ask"
