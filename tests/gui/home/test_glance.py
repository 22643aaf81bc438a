"""Home's first screen (ui/home/glance.py), made from the light read before the ORM is loaded,
says word for word what HomePane says once the areas are built: the same appointment line,
details, counts, planned questions in the same order and marks, and the same symptom lines.
So nothing on screen changes when Home takes its place but the buttons appearing."""

import random
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.domain import FLAG_AFTER_CARRIES, VISIT_WINDOW, Priority
from mbc_desktop.domain.symptom_figures import WORSENED_BY
from mbc_desktop.services import AppointmentService, QuestionService, SymptomReport, SymptomService
from mbc_desktop.services import home_glance as glance_module
from mbc_desktop.services.symptom_report import NO_APPOINTMENT_SPAN
from mbc_desktop.storage import SCHEMA_HEAD, open_journal
from mbc_desktop.storage.quick_read import read_home_from
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.home import glance as glance_pane
from mbc_desktop.ui.home.glance import HomeGlancePane
from mbc_desktop.ui.home.pane import HomePane
from mbc_desktop.words.i18n import use_language
from tests.unit.services.conftest import Clock
from tests.unit.storage.test_quick_read import START, fill

NAMES = ("nextWhen", "nextDetails", "plannedCounts", "homeEmpty", "homeSymptomSummary")


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    make_application()
    use_language("en")
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "journal.sqlite"


def shown(pane: QWidget) -> dict[str, object]:
    """What a person sees on Home: each named text (if shown) and the planned questions."""
    seen: dict[str, object] = {}
    for name in (*NAMES, "homeFlaggedSymptoms"):
        label = pane.findChild(QLabel, name)
        seen[name] = label.text() if label is not None and label.isVisibleTo(pane) else None
    questions = pane.findChild(QListWidget, "plannedQuestions")
    seen["questions"] = (
        [questions.item(row).text() for row in range(questions.count())]
        if questions is not None and questions.isVisibleTo(pane)
        else None
    )
    return seen


@pytest.mark.parametrize("seed", range(3))
def test_the_first_screen_says_what_home_says(qtbot: QtBot, journal_path: Path, seed: int) -> None:
    store = open_journal(journal_path)
    try:
        fill(store, seed)
        rng = random.Random(seed)
        moments = [START + timedelta(days=rng.uniform(-5, 95)) for _ in range(8)]
        flagged_seen = questions_seen = 0
        for now in moments:
            clock = Clock(now)
            questions = QuestionService(store, clock=clock)
            appointments = AppointmentService(store, clock=clock, questions=questions)
            symptoms = SymptomService(store, clock=clock)
            home = HomePane(
                appointments,
                questions,
                lambda: None,
                lambda: None,
                lambda _id: None,
                symptoms=symptoms,
                report=SymptomReport(symptoms, appointments, clock),
                check_in=lambda: None,
            )
            qtbot.addWidget(home)
            rows = read_home_from(
                lambda: sqlite3.connect(journal_path),
                now,
                revisions=(SCHEMA_HEAD,),
                visit_window=glance_module.VISIT_WINDOW,
                no_appointment_span=glance_module.NO_APPOINTMENT_SPAN,
            )
            assert rows is not None
            first = HomeGlancePane(glance_module.home_glance(rows))
            qtbot.addWidget(first)
            assert first.objectName() == home.objectName() == "homePane"
            assert shown(first) == shown(home), now
            flagged_seen += shown(home)["homeFlaggedSymptoms"] is not None
            questions_seen += bool(shown(home)["questions"])
        assert flagged_seen
        assert questions_seen
    finally:
        store.close()


def test_the_first_screen_with_no_appointment_invites_one(qtbot: QtBot, journal_path: Path) -> None:
    open_journal(journal_path).close()
    rows = read_home_from(
        lambda: sqlite3.connect(journal_path),
        START,
        revisions=(SCHEMA_HEAD,),
        visit_window=glance_module.VISIT_WINDOW,
        no_appointment_span=glance_module.NO_APPOINTMENT_SPAN,
    )
    assert rows is not None
    first = HomeGlancePane(glance_module.home_glance(rows))
    qtbot.addWidget(first)
    seen = shown(first)
    assert seen["homeEmpty"] is not None
    assert seen["nextWhen"] is None
    assert seen["homeSymptomSummary"] is not None
    assert "No check-ins in the last 30 days" in str(seen["homeSymptomSummary"])


def test_the_rules_copied_to_stay_light_are_the_domains() -> None:
    # The first screen must not import the Pydantic models: it keeps copies of these.
    assert {p.value: place for place, p in enumerate(Priority)} == glance_pane.PRIORITY_ORDER
    assert glance_pane.FLAG_AFTER_CARRIES == FLAG_AFTER_CARRIES
    assert glance_module.VISIT_WINDOW == VISIT_WINDOW
    assert glance_module.NO_APPOINTMENT_SPAN == NO_APPOINTMENT_SPAN
    assert WORSENED_BY == 2
