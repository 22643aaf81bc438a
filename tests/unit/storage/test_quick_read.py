"""Home's first screen read with plain sqlite3 (storage/quick_read.py) and worked out by
services/home_glance.py says exactly what the services say on the open journal: the next
appointment, the days to it, its questions and must-ask count, the last appointment, and every
symptom's figures since it (flagged or not). On journals with finished and unfinished visits,
visits in progress, questions for no appointment, settled and carried questions, own and
archived symptoms, at many moments. A journal at another schema, or a file that is not one,
gives None: the full start-up then decides."""

import random
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mbc_desktop.domain import (
    VISIT_WINDOW,
    NewAppointment,
    NewQuestion,
    Priority,
    QuestionChanges,
    Status,
)
from mbc_desktop.domain.symptoms import NewCheckIn, NewSymptom
from mbc_desktop.services import (
    AppointmentService,
    QuestionService,
    SymptomReport,
    SymptomService,
)
from mbc_desktop.services.home_glance import HomeGlance, home_glance
from mbc_desktop.services.symptom_report import NO_APPOINTMENT_SPAN
from mbc_desktop.storage import SCHEMA_HEAD, Store, open_journal
from mbc_desktop.storage.quick_read import HomeRows, read_home, read_home_from
from tests.unit.services.conftest import Clock

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ZONES = ("America/Chicago", "Europe/Madrid", "")


def quick(
    path: Path, now: datetime, revisions: tuple[str, ...] = (SCHEMA_HEAD,)
) -> HomeRows | None:
    return read_home_from(
        lambda: sqlite3.connect(path),
        now,
        revisions=revisions,
        visit_window=VISIT_WINDOW,
        no_appointment_span=NO_APPOINTMENT_SPAN,
    )


def fill(store: Store, seed: int) -> Clock:
    """Ten weeks of a journal: appointments (some finished, some not, some at one moment),
    questions planned for them or for none, answered, dropped, asked or carried on, daily
    check-ins with own symptoms, one archived, and named other problems."""
    rng = random.Random(seed)
    clock = Clock(START)
    questions = QuestionService(store, clock=clock)
    appointments = AppointmentService(store, clock=clock, questions=questions)
    symptoms = SymptomService(store, clock=clock)
    # An other problem named before the own symptoms: the check-in's order is not the ids'.
    symptoms.add_check_in(NewCheckIn(taken_at=START, other_problem="Hiccups", other_score=3))
    own = [symptoms.add_symptom(NewSymptom(name=name)) for name in ("Joint pain", "Hot flashes")]
    symptoms.archive(own[1].id)
    made = []
    for _ in range(16):
        clock.now = START + timedelta(days=rng.uniform(0, 70))
        starts_at = START + timedelta(days=rng.randrange(0, 80), hours=rng.choice((0, 0, 5)))
        made.append(
            appointments.add(NewAppointment(starts_at=starts_at, time_zone=rng.choice(ZONES)))
        )
    for _ in range(60):
        planned = rng.choice([None, None, *[a.id for a in made]])
        added = questions.add(
            NewQuestion(
                text=f"Question {rng.random():.6f}?",
                priority=rng.choice(list(Priority)),
                appointment_id=planned,
            )
        )
        outcome = rng.choice([None, Status.ANSWERED, Status.DROPPED, Status.ASKED])
        if outcome is not None:
            questions.update(added.id, QuestionChanges(status=outcome))
    for appointment in sorted(made, key=lambda a: a.starts_at)[:8]:
        if rng.random() < 0.6:
            clock.now = appointment.starts_at + timedelta(hours=1)
            appointments.finish_visit(appointment.id)
    day = START
    while day < START + timedelta(days=80):
        clock.now = day + timedelta(hours=rng.uniform(0, 23))
        if rng.random() < 0.8:
            scores = {i: rng.randint(0, 10) for i in range(1, 10) if rng.random() < 0.8}
            scores[own[0].id] = rng.randint(0, 10)
            other = rng.choice(["", "", "", "Hiccups"])
            symptoms.add_check_in(
                NewCheckIn(
                    taken_at=clock.now,
                    scores=scores,
                    other_problem=other,
                    other_score=rng.randint(0, 10) if other else None,
                )
            )
        day += timedelta(days=1)
    return clock


def expected(store: Store, now: datetime) -> dict[str, object]:
    """What the services say at ``now``."""
    clock = Clock(now)
    questions = QuestionService(store, clock=clock)
    appointments = AppointmentService(store, clock=clock, questions=questions)
    report = SymptomReport(SymptomService(store, clock=clock), appointments, clock)
    nxt = appointments.next_appointment(now)
    since = report.since_last_visit(now)
    planned = [] if nxt is None else appointments.planned_questions(nxt.id, now)
    return {
        "next": None if nxt is None else nxt.id,
        "days": None if nxt is None else appointments.days_until(nxt, now),
        "planned": [q.id for q in planned],
        "must": sum(q.priority is Priority.MUST_ASK for q in planned),
        "last": None if since.appointment is None else since.appointment.id,
        "start": since.start,
        "lines": [(line.symptom.id, line.figures) for line in since.lines],
        "flagged": [line.symptom.id for line in since.flagged],
        "rated": [line.symptom.id for line in since.rated],
    }


def said(glance: HomeGlance) -> dict[str, object]:
    nxt, last = glance.next_appointment, glance.last_appointment
    return {
        "next": None if nxt is None else nxt.id,
        "days": glance.days_away,
        "planned": [q.id for q in glance.planned],
        "must": glance.must_ask,
        "last": None if last is None else last.id,
        "start": glance.span_start,
        "lines": [(line.symptom.id, line.figures) for line in glance.lines],
        "flagged": [line.symptom.id for line in glance.flagged],
        "rated": [line.symptom.id for line in glance.rated],
    }


@pytest.mark.parametrize("seed", range(4))
def test_the_glance_says_what_the_services_say_at_every_moment(
    journal_path: Path, seed: int
) -> None:
    journal_path.parent.mkdir()
    store = open_journal(journal_path)
    try:
        fill(store, seed)
        rng = random.Random(seed)
        with closing(sqlite3.connect(journal_path)) as db:
            starts = [
                datetime.fromisoformat(row[0]).replace(tzinfo=UTC)
                for row in db.execute("SELECT starts_at FROM appointments")
            ]
        moments = [START + timedelta(days=rng.uniform(-5, 95)) for _ in range(25)]
        for starts_at in starts[:6]:  # at a visit's start and at the end of its window
            moments += [starts_at, starts_at + VISIT_WINDOW, starts_at + VISIT_WINDOW / 2]
        for now in moments:
            rows = quick(journal_path, now)
            assert rows is not None
            assert said(home_glance(rows)) == expected(store, now), now
    finally:
        store.close()


def test_an_empty_journal_has_no_appointment_and_nothing_rated(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    open_journal(journal_path).close()
    rows = quick(journal_path, START)
    assert rows is not None
    glance = home_glance(rows)
    assert glance.next_appointment is None
    assert glance.days_away is None
    assert glance.planned == ()
    assert glance.lines == ()
    assert glance.span_start == START - NO_APPOINTMENT_SPAN
    assert len(rows.symptoms) == 9  # the ESAS-r scales


def test_a_journal_at_another_schema_is_left_to_the_full_start_up(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    open_journal(journal_path).close()
    assert quick(journal_path, START, revisions=("0001",)) is None
    assert quick(journal_path, START, revisions=(SCHEMA_HEAD,)) is not None


def test_a_file_that_is_not_a_journal_or_not_there_gives_none(tmp_path: Path) -> None:
    garbage = tmp_path / "journal.sqlite"
    garbage.write_bytes(b"this is not a database" * 300)
    assert quick(garbage, START) is None
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    assert quick(other, START) is None
    assert quick(tmp_path / "missing" / "journal.sqlite", START) is None


def test_it_reads_on_the_callers_connection_and_changes_nothing(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    store = open_journal(journal_path)
    try:
        fill(store, 9)
    finally:
        store.close()
    before = journal_path.read_bytes()
    with closing(sqlite3.connect(journal_path)) as db:
        first = read_home(
            db,
            START + timedelta(days=40),
            revisions=(SCHEMA_HEAD,),
            visit_window=VISIT_WINDOW,
            no_appointment_span=NO_APPOINTMENT_SPAN,
        )
        assert first is not None
        assert not db.in_transaction  # its read transaction is closed again
        db.execute("BEGIN")  # inside the caller's own transaction, it reads there
        again = read_home(
            db,
            START + timedelta(days=40),
            revisions=(SCHEMA_HEAD,),
            visit_window=VISIT_WINDOW,
            no_appointment_span=NO_APPOINTMENT_SPAN,
        )
        assert db.in_transaction
        db.execute("ROLLBACK")
    assert again == first
    assert journal_path.read_bytes() == before


def test_a_naive_now_is_refused(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    open_journal(journal_path).close()
    with pytest.raises(ValueError, match="aware"):
        quick(journal_path, datetime(2026, 1, 5, 9, 0))
