"""UI actions on a journal, in-process in the real main window (run with QT_QPA_PLATFORM=offscreen).

    probe_ui_actions.py DATA_DIR REPS                   time every action REPS times
    probe_ui_actions.py DATA_DIR REPS --plans           also the SQL each area and action runs
    probe_ui_actions.py DATA_DIR REPS --profile ACTION  cProfile one more round of ACTION
    probe_ui_actions.py DATA_DIR REPS --actions save_check_in,switch_area   only these rounds

Works on a private copy of DATA_DIR, with the window the app makes (``make_window``) and the
journal attached as the app does it (``attach_journal``: every area built, Home shown), and
the idle lock watching for input as in the app.

Each sample is the action itself plus ``settle()``: Qt's event queue worked off until it is
idle, so the layout and the paint the action causes are counted (the view update). The actions,
as a person does them:

- *add a question*: words in the Questions area's "New question" box, then Enter
  (``add_from_field``); undone afterwards, not timed;
- *save a check-in*: Ctrl+Shift+K opens the form (not timed), a digit per scale typed (other
  digits each round, so each save shows figures not shown before), then Enter saves it;
  undone afterwards, not timed;
- *question search, per keystroke*: words typed into the Questions area's search box, one
  key at a time (each key a sample); cleared afterwards, not timed;
- *Learn search, per keystroke*: the same in Learn's search box;
- *switch area*: Ctrl+1 … Ctrl+9 in turn (``go_to_area``), each from the area before it;
- *open a trend chart*: in Symptoms, pick a symptom in the list (its figures, trend chart and
  entries since the last appointment are shown); *trend span → All*: the whole history.

Prints {"actions": {name: [seconds, ...]}, "areas": {title: [seconds, ...]}, "plans": [...]}
as its last line.
"""

import argparse
import cProfile
import gc
import json
import pstats
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _common import NoneRefs, finish, private_copy
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mbc_desktop.app import Journal, attach_journal, make_window
from mbc_desktop.domain.symptom_figures import TrendSpan
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.security.idle import IdleLock

QUIET_PASS_S = 0.0005
QUESTION_WORDS = ("pain", "scan", "letrozole")
LEARN_WORDS = ("bone pain", "cdk4/6", "her2-low", "second opinion")
SCORE_KEYS = "345232343"  # one digit per ESAS-r scale (no lone 1: it waits for a 0)
SCORE_DIGITS = "023456789"  # each round shifts every score along these, so that each save
# brings figures (and words) the area has not shown before, as a real day's check-in does

# The action rows, in the order the tables show them.
ADD_QUESTION = "add a question (Enter)"
SAVE_CHECK_IN = "save a check-in (Enter)"
QUESTION_SEARCH = "question search, per keystroke"
LEARN_SEARCH = "Learn search, per keystroke"
SWITCH_AREA = "switch area (Ctrl+1…9)"
OPEN_TREND = "open a trend chart (pick a symptom)"
TREND_ALL = "trend span → All"
ATTACH = "build every area, Home shown (attach)"
ACTIONS = (ADD_QUESTION, SAVE_CHECK_IN, QUESTION_SEARCH, LEARN_SEARCH, SWITCH_AREA, OPEN_TREND)
EXTRA_ACTIONS = (TREND_ALL,)
# Bench's rounds, in the order they run (--actions picks some; open_trend gives TREND_ALL too).
ROUNDS = (
    "add_question",
    "save_check_in",
    "question_search",
    "learn_search",
    "switch_area",
    "open_trend",
)


def scores_for(round_: int) -> str:
    """SCORE_KEYS, each digit moved ``round_`` places along SCORE_DIGITS."""
    return "".join(
        SCORE_DIGITS[(SCORE_DIGITS.index(key) + round_) % len(SCORE_DIGITS)] for key in SCORE_KEYS
    )


def settle(passes: int = 200) -> None:
    """Run the event loop until idle: two passes in a row that found nothing (< 0.5 ms) to do."""
    quiet = 0
    for _ in range(passes):
        started = time.perf_counter()
        QApplication.processEvents()
        quiet = quiet + 1 if time.perf_counter() - started < QUIET_PASS_S else 0
        if quiet == 2:
            return


class Statements:
    """Every SQL statement the journal's connection runs, with the phase it ran in."""

    def __init__(self) -> None:
        self.phase = "start"
        self.seen: dict[tuple[str, str], Any] = {}

    def listen(self, database: Any) -> None:
        """Catch what the journal's ``Database`` (storage/database.py) runs, from now on."""
        database.connection = _Listened(database.connection(), self._executed).__call__

    def _executed(self, statement: str, parameters: Any) -> None:
        key = (self.phase, " ".join(statement.split()))
        if key not in self.seen:
            self.seen[key] = parameters

    def plans(self, journal: Path) -> list[dict[str, Any]]:
        """EXPLAIN QUERY PLAN of every distinct read, update and delete, per phase."""
        raw = sqlite3.connect(journal)
        found = []
        for (phase, statement), parameters in self.seen.items():
            if not re.match(r"(SELECT|UPDATE|DELETE|WITH)\b", statement, re.IGNORECASE):
                continue
            params = parameters
            if isinstance(params, list):  # executemany: the first row's
                params = params[0] if params else ()
            try:
                rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", params or ()).fetchall()
            except sqlite3.Error as error:
                rows = [(0, 0, 0, f"(not explained: {error})")]
            found.append({"phase": phase, "sql": statement, "plan": [row[3] for row in rows]})
        raw.close()
        return found


class _Listened:
    """A DB-API connection that tells ``seen`` every statement before running it."""

    def __init__(self, connection: Any, seen: Any) -> None:
        self._connection = connection
        self._seen = seen

    def __call__(self) -> "_Listened":
        return self

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        self._seen(sql, tuple(parameters))  # a list is executemany's to ``plans``
        return self._connection.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any) -> Any:
        rows = list(parameters)
        self._seen(sql, rows)
        return self._connection.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


class Bench:
    def __init__(self, window: MainWindow, journal: Journal, reps: int, log: Statements) -> None:
        self.window = window
        self.journal = journal
        self.reps = reps
        self.log = log
        self.rng = random.Random(7)
        self.none = NoneRefs()
        self.times: dict[str, list[float]] = {}
        self.areas: dict[str, list[float]] = {}

    def sample(self, name: str, action: Callable[[], object], into: str | None = None) -> None:
        """Time ``action()`` plus the event processing it causes."""
        self.none.top_up()
        self.log.phase = name
        started = time.perf_counter()
        action()
        settle()
        elapsed = time.perf_counter() - started
        self.times.setdefault(name, []).append(elapsed)
        if into is not None:
            self.areas.setdefault(into, []).append(elapsed)
        self.log.phase = "between"

    def focused(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def show(self, pane: QWidget | None) -> None:
        assert pane is not None
        self.window.show_area(pane)
        settle()

    # --- the actions, each as a person does it ------------------------------------------------
    def add_question(self) -> None:
        pane = self.window.questions_pane
        assert pane is not None
        self.show(pane)
        for rep in range(self.reps):
            pane.new_question.setText(f"Is the new scan date {rep} fixed yet?")
            settle()
            self.sample(ADD_QUESTION, pane.add_from_field)
            self.undo()  # keep the list at its size

    def save_check_in(self) -> None:
        symptoms = self.window.symptoms_pane
        assert symptoms is not None
        since = datetime.now(UTC) - timedelta(days=2)
        before = len(self.journal.symptoms.check_ins(since))
        for round_ in range(self.reps):
            self.window.activateWindow()
            QTest.qWaitForWindowActive(self.window)
            self.window.check_in()
            settle()
            for digit in scores_for(round_):
                QTest.keyClick(self.focused(), digit)
                settle()
            focus = self.focused()
            self.sample(SAVE_CHECK_IN, lambda w=focus: QTest.keyClick(w, Qt.Key.Key_Return))
            self.log.phase = "probe"
            if len(self.journal.symptoms.check_ins(since)) != before + 1:
                raise RuntimeError(f"the check-in was not saved (focus: {type(focus).__name__})")
            self.undo()

    def undo(self) -> None:
        self.log.phase = "undo (not timed)"
        self.window.undo_stack.undo()
        settle()
        self.log.phase = "between"

    def type_words(self, box: QWidget, words: tuple[str, ...], name: str) -> None:
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        for _ in range(max(1, self.reps // len(words))):
            for word in words:
                for char in word:
                    self.sample(name, lambda c=char: QTest.keyClick(box, c))
                box.clear()  # type: ignore[attr-defined]
                settle()

    def question_search(self) -> None:
        pane = self.window.questions_pane
        assert pane is not None
        self.show(pane)
        self.type_words(pane.search, QUESTION_WORDS, QUESTION_SEARCH)

    def learn_search(self) -> None:
        pane = self.window.learn_pane
        assert pane is not None
        self.show(pane)
        self.type_words(pane.search, LEARN_WORDS, LEARN_SEARCH)

    def switch_area(self) -> None:
        count = self.window.sidebar.count()
        self.window.go_to_area(count - 1)
        settle()
        for _ in range(self.reps):
            for row in range(count):
                title = self.window.sidebar.item(row).text()
                self.sample(SWITCH_AREA, lambda r=row: self.window.go_to_area(r), into=title)

    def open_trend(self) -> None:
        pane = self.window.symptoms_pane
        assert pane is not None
        self.show(pane)
        overview = pane.overview
        ids = [s.id for s in self.journal.symptoms.symptoms()]
        for rep in range(self.reps):
            symptom = ids[rep % len(ids)]
            if overview.selected() is not None and overview.selected().id == symptom:
                symptom = ids[(rep + 1) % len(ids)]
            self.sample(OPEN_TREND, lambda s=symptom: overview.select(s))
        for _ in range(max(1, self.reps // 2)):
            self.sample(TREND_ALL, lambda: overview.trend.set_span(TrendSpan.ALL))
            overview.trend.set_span(TrendSpan.SINCE_LAST_APPOINTMENT)
            settle()


def _gc_timer(pauses: list[float]) -> Callable[[str, dict[str, int]], None]:
    """A gc callback that notes how long each full (generation 2) collection took."""
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - started[0])

    return callback


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("reps", type=int)
    parser.add_argument("--plans", action="store_true", help="EXPLAIN the SQL of every phase")
    parser.add_argument("--profile", metavar="ACTION", help="add_question, save_check_in, …")
    parser.add_argument(
        "--actions", default=",".join(ROUNDS), help=f"only some rounds, of {', '.join(ROUNDS)}"
    )
    parser.add_argument(
        "--no-gc-freeze",
        action="store_true",
        help="leave out the gc.freeze() the app makes once the areas are built (an experiment)",
    )
    args = parser.parse_args()
    rounds = [name for name in ROUNDS if name in args.actions.split(",")]
    if unknown := set(args.actions.split(",")) - set(ROUNDS):
        parser.error(f"unknown actions: {', '.join(sorted(unknown))}")
    scratch = tempfile.TemporaryDirectory()
    paths = DataPaths(private_copy(args.data_dir, Path(scratch.name)))
    _app = make_application()  # keep a reference for as long as the window lives
    window = make_window(paths)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    settle()
    log = Statements()
    # The journal is opened as the app does; the statements are caught from the first read.
    import mbc_desktop.app as app_module

    opened: list[Journal] = []
    real_open = app_module.open_journal

    def open_and_listen(paths: DataPaths) -> Journal:
        journal = real_open(paths)
        log.listen(journal.store.database)
        log.phase = ATTACH
        opened.append(journal)
        return journal

    app_module.open_journal = open_and_listen
    started = time.perf_counter()
    attached = attach_journal(window, paths)
    # The app watches for input from here on (app.py, Session._wire_encryption), on every
    # journal, encrypted or not: what the watch costs is part of each action.
    window.idle_lock = IdleLock(window)  # type: ignore[attr-defined]
    if not args.no_gc_freeze:
        # As the app does right after attaching (app.py, Session): what start-up made lives as
        # long as the window, out of the collector's way.
        gc.freeze()
    settle()
    attach_seconds = time.perf_counter() - started
    app_module.open_journal = real_open
    if attached is None:
        raise RuntimeError(f"the journal was not opened: {window.status_text.text()}")
    settle(5000)  # Learn renders its pages ahead while idle: let it finish first
    pauses: list[float] = []
    gc.callbacks.append(_gc_timer(pauses))
    bench = Bench(window, attached, args.reps, log)
    bench.times[ATTACH] = [attach_seconds]
    for name in rounds:
        getattr(bench, name)()
    results: dict[str, Any] = {"actions": bench.times, "areas": bench.areas, "gc": pauses}
    results = json.loads(json.dumps(results))  # a snapshot: profiling adds samples
    if args.plans:
        results["plans"] = log.plans(paths.journal)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(getattr(bench, args.profile))
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(35)
        stats.sort_stats("tottime").print_stats(20)
    scratch.cleanup()
    finish(results)  # no teardown: closing the app is not measured


if __name__ == "__main__":
    main()
