"""Symptoms and medications on a 10-year journal: the figures and trends, against raw SQLite.

    .venv/bin/python benchmarks/symptoms.py [--years 10] [--reps 20] [--no-ui]

Builds (through the app's services) a journal with a check-in most days for ten years (about
3,000 check-ins, nine to eleven scores each), 500 appointments and a few medicines, then times
what the Symptoms area, Home and the summary ask for, and the same reads done with raw sqlite3
(one SQL query, rows into tuples) as the floor. Then, in the real window (offscreen), the
Symptoms and Medications areas' actions as a person does them, each with the event processing
it causes. Prints tables; nothing is asserted.
"""

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mbc_desktop.domain import NewAppointment
from mbc_desktop.domain.symptom_figures import TrendSpan, compare, span_start
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.services import (
    AppointmentService,
    MedicationService,
    SymptomReport,
    SymptomService,
)
from mbc_desktop.storage import open_journal

FRAME_MS = 16.0


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def build(path: Path, years: int, seed: int = 2026) -> tuple[Clock, float]:
    rng = random.Random(seed)
    end = datetime(2026, 11, 27, 12, tzinfo=UTC)
    start = end - timedelta(days=365 * years)
    clock = Clock(start)
    store = open_journal(path)
    symptoms = SymptomService(store, clock)
    appointments = AppointmentService(store, clock)
    began = time.perf_counter()
    day = start
    while day < end:
        clock.now = day
        if day.weekday() == 1:  # a visit every Tuesday
            appointments.add(NewAppointment(starts_at=day + timedelta(hours=1)))
        if rng.random() < 0.85:
            scores = {i: rng.randint(0, 7) for i in range(1, 10) if rng.random() < 0.95}
            symptoms.add_check_in(NewCheckIn(taken_at=day, scores=scores or {1: 3}))
        day += timedelta(days=1)
    store.close()
    return clock, time.perf_counter() - began


def median_ms(action: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return 1000 * statistics.median(times)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def ui_rows(folder: Path, reps: int) -> list[tuple[str, float]]:
    """Median ms of the Symptoms and Medications areas' actions on the journal in ``folder``."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from mbc_desktop.app import attach_journal, make_window
    from mbc_desktop.paths import DataPaths
    from mbc_desktop.ui.application import make_application

    _app = make_application()
    paths = DataPaths(folder)
    window = make_window(paths)
    window.resize(1100, 760)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    journal = attach_journal(window, paths)
    assert journal is not None
    settle()
    symptoms, medications = window.symptoms_pane, window.medications_pane
    assert symptoms is not None
    assert medications is not None
    rows: list[tuple[str, float]] = []

    def focused() -> QWidget:
        return QApplication.focusWidget() or window

    def timed(name: str, action: Callable[[], object], undo: Callable[[], object] = settle) -> None:
        def once() -> None:
            action()
            settle()

        samples = []
        for _ in range(reps):
            began = time.perf_counter()
            once()
            samples.append(time.perf_counter() - began)
            undo()
            settle()
        rows.append((name, 1000 * statistics.median(samples)))

    home = window.home_pane
    assert home is not None

    def away() -> None:
        window.show_area(home)

    timed("open Symptoms (overview read)", lambda: window.go_to_area(4), away)
    window.go_to_area(4)
    settle()
    overview = symptoms.overview
    trend = overview.trend
    ids = [s.id for s in journal.symptoms.symptoms()]
    picks = iter(ids * reps * 2)
    timed("pick a symptom (trend since last visit)", lambda: overview.select(next(picks)))
    from mbc_desktop.domain.symptom_figures import TrendSpan

    def back_to_since() -> None:
        trend.set_span(TrendSpan.SINCE_LAST_APPOINTMENT)

    timed("trend span → A year", lambda: trend.set_span(TrendSpan.YEAR), back_to_since)
    timed("trend span → All (10 years)", lambda: trend.set_span(TrendSpan.ALL), back_to_since)
    timed("open a check-in (Ctrl+Shift+K)", window.check_in, symptoms.cancel_check_in)

    def check_in() -> None:
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.check_in()
        settle()
        for digit in "345232343":  # no lone 1: it waits a moment for a 0
            QTest.keyClick(focused(), digit)
            settle()
        before = len(journal.symptoms.check_ins(clock_start))
        began = time.perf_counter()
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        settle()
        saves.append(time.perf_counter() - began)
        assert len(journal.symptoms.check_ins(clock_start)) == before + 1, type(focused())
        window.undo_stack.undo()
        settle()

    saves: list[float] = []
    clock_start = datetime.now(UTC) - timedelta(days=2)
    for _ in range(reps):
        check_in()
    rows.append(("save a check-in (Enter)", 1000 * statistics.median(saves)))
    timed("open Medications", lambda: window.go_to_area(5), away)
    window.close_now()
    journal.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--no-ui", action="store_true", help="leave out the window's actions")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite"  # DataPaths(folder).journal
        clock, seconds = build(path, args.years)
        clock.now = datetime(2026, 11, 27, 12, tzinfo=UTC)
        store = open_journal(path)
        symptoms = SymptomService(store, clock)
        appointments = AppointmentService(store, clock)
        report = SymptomReport(symptoms, appointments, clock)
        medications = MedicationService(store, clock)
        raw = sqlite3.connect(path)
        count = raw.execute("SELECT count(*) FROM check_ins").fetchone()[0]
        scores = raw.execute("SELECT count(*) FROM scores").fetchone()[0]
        year = span_start(TrendSpan.YEAR, clock.now, UTC)
        assert year is not None
        year_naive = year.replace(tzinfo=None).isoformat(" ")

        def raw_year() -> list[tuple[object, ...]]:
            return raw.execute(
                "SELECT c.taken_at, s.score FROM scores s JOIN check_ins c ON c.id = s.check_in_id"
                " WHERE s.symptom_id = 1 AND c.taken_at >= ? ORDER BY c.taken_at",
                (year_naive,),
            ).fetchall()

        def raw_all_two_spans() -> list[tuple[object, ...]]:
            return raw.execute(
                "SELECT s.symptom_id, c.taken_at, s.score FROM scores s JOIN check_ins c"
                " ON c.id = s.check_in_id WHERE c.taken_at >= ? ORDER BY c.taken_at",
                ((clock.now - timedelta(days=14)).replace(tzinfo=None).isoformat(" "),),
            ).fetchall()

        def figures_of_a_year() -> object:
            readings = symptoms.readings(1, year)
            return compare(readings, year, clock.now)

        rows = [
            (
                "since last visit (Home, summary)",
                lambda: report.since_last_visit(),
                raw_all_two_spans,
            ),
            ("one symptom, a year of readings", lambda: symptoms.readings(1, year), raw_year),
            ("figures over a year", figures_of_a_year, raw_year),
            ("trend over all 10 years, one symptom", lambda: symptoms.readings(1), None),
            (
                "check-ins of 3 months (table)",
                lambda: symptoms.check_ins(clock.now - timedelta(days=91)),
                None,
            ),
            ("symptom list", lambda: symptoms.symptoms(), None),
            ("medication list", lambda: medications.list(), None),
        ]
        print(f"# Symptoms on a {args.years}-year journal")
        print()
        print(
            f"{count:,} check-ins, {scores:,} scores; built in {seconds:.0f} s "
            "through the services."
        )
        print(f"Medians of {args.reps} runs; a frame is {FRAME_MS:.0f} ms.")
        print()
        print("| Operation | service ms | raw sqlite3 ms | × raw | ≤ 1 frame? |")
        print("|---|---:|---:|---:|---|")
        for name, action, floor in rows:
            ms = median_ms(action, args.reps)
            base = median_ms(floor, args.reps) if floor is not None else None
            ratio = f"{ms / base:.1f}" if base else ""
            print(
                f"| {name} | {ms:.2f} | {'' if base is None else f'{base:.2f}'} | {ratio} "
                f"| {'yes' if ms <= FRAME_MS else '**no**'} |"
            )
        new = NewCheckIn(taken_at=clock.now, scores={i: 3 for i in range(1, 10)})

        def add_and_delete() -> None:
            symptoms.delete_check_in(symptoms.add_check_in(new).id)

        ms = median_ms(add_and_delete, args.reps)
        within = "yes" if ms <= FRAME_MS else "**no**"
        print(f"| save a check-in + delete it (2 transactions) | {ms:.2f} | | | {within} |")
        raw.close()
        store.close()
        if not args.no_ui:
            print()
            print("| Action in the window (10-year journal) | median ms | ≤ 1 frame? |")
            print("|---|---:|---|")
            for name, ms in ui_rows(Path(folder), max(3, args.reps // 4)):
                print(f"| {name} | {ms:.1f} | {'yes' if ms <= FRAME_MS else '**no**'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
