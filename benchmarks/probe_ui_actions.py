"""UI actions on a journal, in-process on the real main window (run with QT_QPA_PLATFORM=offscreen).

    probe_ui_actions.py DATA_DIR REPS                   time every action REPS times
    probe_ui_actions.py DATA_DIR REPS --profile ACTION  also cProfile one more ACTION, to stderr

Works on a private copy of DATA_DIR. Each sample is the action itself plus ``settle()``: Qt's
event queue worked off until it is idle, so the layout and paint the action causes are counted.
Prints {"actions": {name: [seconds, ...]}, "none_refs_lost": {name: [n, ...]}, "shown": {...}}.
"""

import argparse
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import NoneRefs, finish, private_copy
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mbc_desktop.app import make_window, open_journal
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow, UiServices
from mbc_desktop.ui.questions.pane import QuestionsPane

QUIET_PASS_S = 0.0005


def settle() -> None:
    """Run the event loop until idle: two passes in a row that found nothing (< 0.5 ms) to do."""
    quiet = 0
    for _ in range(100):
        started = time.perf_counter()
        QApplication.processEvents()
        quiet = quiet + 1 if time.perf_counter() - started < QUIET_PASS_S else 0
        if quiet == 2:
            return


class Bench:
    def __init__(self, window: MainWindow, services: UiServices, reps: int) -> None:
        self.window = window
        self.services = services
        self.reps = reps
        self.rng = random.Random(7)
        self.none = NoneRefs()
        self.times: dict[str, list[float]] = {}
        self.lost: dict[str, list[int]] = {}
        self.shown: dict[str, int] = {}

    @property
    def pane(self) -> QuestionsPane:
        assert self.window.questions_pane is not None
        return self.window.questions_pane

    def sample(self, name: str, action: Callable[..., object], *args: object) -> None:
        """Time ``action(*args)`` plus the event processing it causes."""
        self.none.top_up()
        before = self.none.count()
        started = time.perf_counter()
        action(*args)
        settle()
        elapsed = time.perf_counter() - started
        self.times.setdefault(name, []).append(elapsed)
        self.lost.setdefault(name, []).append(before - self.none.count())

    # --- the actions, each as a user would do it ----------------------------------------------
    def type_in_search(self) -> None:
        search = self.pane.search
        search.setFocus()
        for _ in range(self.reps):
            search.clear()
            settle()
            self.sample("type 1 character in Search", lambda: QTest.keyClick(search, "s"))
            self.shown["type 1 character in Search"] = self.pane.model.rowCount()
            self.sample("clear Search (all shown again)", search.clear)

    def change_status_filter(self) -> None:
        combo = self.pane.status_filter
        for _ in range(self.reps):
            self.sample("status filter → Open or asked", lambda: combo.setCurrentIndex(1))
            self.shown["status filter → Open or asked"] = self.pane.model.rowCount()
            self.sample("status filter → All statuses", lambda: combo.setCurrentIndex(0))

    def select_question(self) -> None:
        questions = self.pane.model.questions()
        for _ in range(self.reps):
            question = self.rng.choice(questions)
            self.sample("select a question (editor loads)", self.pane.select_question, question.id)

    def add_question(self) -> None:
        for rep in range(self.reps):
            self.pane.new_question.setText(f"Is the new scan date {rep} fixed yet?")
            self.sample("add a question (Enter in New question)", self.pane.add_from_field)
            self.window.undo_stack.undo()  # keep the list at its size; not timed
            settle()

    def move_up(self) -> None:
        middle = self.pane.model.question_at(self.pane.model.rowCount() // 2)
        self.pane.select_question(middle.id)
        settle()
        for _ in range(self.reps):
            self.sample("move selected up (Alt+Up)", lambda: self.pane.move_selected(-1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("reps", type=int)
    parser.add_argument("--profile", metavar="ACTION", help="e.g. type_in_search, open_pane")
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory()
    paths = DataPaths(private_copy(args.data_dir, Path(scratch.name)))
    _app = make_application()  # keep a reference for as long as the window lives
    window = make_window(paths)
    window.show()
    settle()
    journal = open_journal(paths)
    bench = Bench(
        window,
        UiServices(
            questions=journal.questions,
            appointments=journal.appointments,
            symptoms=journal.symptoms,
            symptom_report=journal.symptom_report,
            medications=journal.medications,
            goals=journal.goals,
            cancer=journal.cancer,
        ),
        args.reps,
    )
    bench.sample("open all areas (build + model load)", lambda: window.attach(bench.services))
    bench.shown["open all areas (build + model load)"] = bench.pane.model.total()
    window.show_area(bench.pane)  # the actions below are the Questions area's
    settle()
    bench.pane.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
    actions = ("type_in_search", "change_status_filter", "select_question", "add_question")
    for name in (*actions, "move_up"):
        getattr(bench, name)()
    results = {"actions": bench.times, "none_refs_lost": bench.lost, "shown": bench.shown}
    results = json.loads(json.dumps(results))  # a snapshot: profiling adds samples
    if args.profile:
        profile(bench, args.profile, Path(scratch.name) / "second")
    scratch.cleanup()
    finish(results)  # no teardown: closing the app is not measured


def profile(bench: Bench, action: str, spare_dir: Path) -> None:
    """cProfile one more round of ``action`` (REPS samples) and print where the time goes."""
    bench.none.top_up()
    profiler = cProfile.Profile()
    if action == "open_pane":  # a second window on the same journal
        spare_dir.mkdir()
        window = make_window(DataPaths(spare_dir))
        window.show()
        settle()
        profiler.runcall(lambda: (window.attach(bench.services), settle()))
    else:
        profiler.runcall(getattr(bench, action))
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
