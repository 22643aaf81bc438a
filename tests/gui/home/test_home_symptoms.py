"""Home's symptom lines: the ones worse by 2 points or more since the last appointment, from
the same SymptomReport the summary uses, and a key to check in now."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Journal, open_journal
from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.home.pane import HomePane
from mbc_desktop.words.i18n import use_language

PAIN, TIREDNESS = 1, 2


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    make_application()
    use_language("en")
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    opened = open_journal(paths)
    yield opened
    opened.close()


def home(qtbot: QtBot, journal: Journal) -> tuple[HomePane, list[str]]:
    calls: list[str] = []
    pane = HomePane(
        journal.appointments,
        journal.questions,
        lambda: None,
        lambda: None,
        lambda _id: None,
        symptoms=journal.symptoms,
        report=journal.symptom_report,
        check_in=lambda: calls.append("check in"),
    )
    qtbot.addWidget(pane)
    pane.resize(1000, 800)
    pane.show()
    return pane, calls


def check_in(journal: Journal, days_ago: float, **scores: int) -> None:
    ids = {"pain": PAIN, "tiredness": TIREDNESS}
    journal.symptoms.add_check_in(
        NewCheckIn(
            taken_at=datetime.now(UTC) - timedelta(days=days_ago),
            scores={ids[name]: score for name, score in scores.items()},
        )
    )


def test_without_check_ins_home_invites_one_and_the_button_starts_it(
    qtbot: QtBot, journal: Journal
) -> None:
    pane, calls = home(qtbot, journal)
    section = pane.symptom_section
    assert section is not None
    assert "No check-ins in the last 30 days" in section.summary.text()
    assert not section.flagged.isVisible()
    qtbot.keyClick(section.check_in_button, Qt.Key.Key_Space)
    assert calls == ["check in"]


def test_a_symptom_worse_by_two_since_the_last_appointment_is_flagged_in_words(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.appointments.add(NewAppointment(starts_at=datetime.now(UTC) - timedelta(days=10)))
    # Before the appointment (the 10 days before it): pain 2 and 3, tiredness 4.
    check_in(journal, 18, pain=2, tiredness=4)
    check_in(journal, 12, pain=3)
    # Since: pain 5 and 6 (average 5.5, up 3.0 from 2.5); tiredness 5 (up 1: not flagged).
    check_in(journal, 6, pain=5, tiredness=5)
    pane, _calls = home(qtbot, journal)
    check_in(journal, 1, pain=6)  # Home follows a new check-in while it is shown
    section = pane.symptom_section
    assert section is not None
    assert section.flagged.isVisible()
    assert section.flagged.text() == (
        "⚑ Pain: worse by 3.0 points on average (now 5.5, before 2.5)"
    )
    assert section.summary.text().startswith("1 symptom got worse by 2 points or more since")


def test_no_flag_when_nothing_got_worse_by_two(qtbot: QtBot, journal: Journal) -> None:
    journal.appointments.add(NewAppointment(starts_at=datetime.now(UTC) - timedelta(days=10)))
    check_in(journal, 15, pain=3)
    check_in(journal, 5, pain=4)
    pane, _calls = home(qtbot, journal)
    section = pane.symptom_section
    assert section is not None
    assert not section.flagged.isVisible()
    assert section.summary.text().startswith("No symptom got worse by 2 points or more since")
