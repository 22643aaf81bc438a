"""Learn: loading the pages, searching as you type, and the area's actions in the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/learn.py [--reps 20] [--questions 2000]

First the content package alone (no Qt): reading and validating every page, building the
search index, and one search per keystroke of a few typed queries. Then the real window
(offscreen) on a journal with ``--questions`` questions: each keystroke typed in the search
box (the list rebuilt, events processed), opening a page (Markdown rendered), the "only what
applies to me" filter, and adding a page's questions with its undo. Medians and 95th
percentiles against the 16 ms frame. Prints a table; nothing is asserted.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FRAME_MS = 16.0
QUERIES = ("bone pain", "cdk4/6", "her2-low", "trastuzumab deruxtecan", "second opinion")


def timings(action: Callable[[], object], reps: int) -> list[float]:
    found = []
    for _ in range(reps):
        began = time.perf_counter()
        action()
        found.append(1000 * (time.perf_counter() - began))
    return found


def row(name: str, samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return (
        f"| {name} | {statistics.median(samples):.2f} | {p95:.2f} | "
        f"{p95 / FRAME_MS:.2f}× | {len(samples)} |"
    )


def content_rows(reps: int) -> list[str]:
    from mbc_desktop.content import Library

    rows = [row("read and validate every page", timings(Library.load, reps))]
    library = Library.load()
    rows.append(
        row(
            "build the search index (first search)",
            timings(lambda: Library(library.pages).search("bone"), reps),
        )
    )
    keystrokes = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            keystrokes += timings(lambda q=query[:end]: library.search(q), max(1, reps // 4))
    rows.append(row("search, per keystroke (library only)", keystrokes))
    return rows


def window_rows(reps: int, questions: int) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from mbc_desktop.app import attach_journal, make_window
    from mbc_desktop.domain import NewQuestion
    from mbc_desktop.paths import DataPaths
    from mbc_desktop.ui.application import make_application

    app = make_application()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    folder = Path(tempfile.mkdtemp(prefix="mbc-bench-learn-"))
    paths = DataPaths(folder)
    paths.root.mkdir(parents=True, exist_ok=True)
    window = make_window(paths)
    journal = attach_journal(window, paths)
    assert journal is not None
    for n in range(questions):
        journal.questions.add(NewQuestion(text=f"Question number {n} about my treatment?"))
    window.resize(1280, 800)
    window.show()
    settle()
    pane = window.learn_pane
    assert pane is not None

    def switch() -> None:
        window.go_to_area(0)
        settle()
        window.go_to_area(window.sidebar.count() - 1)
        settle()

    rows = [row("switch to Learn (and back)", timings(switch, reps))]
    keystrokes = []
    for query in QUERIES:
        pane.search.clear()
        settle()
        for end in range(1, len(query) + 1):

            def type_one(text: str = query[:end]) -> None:
                pane.search.setText(text)
                settle()

            keystrokes += timings(type_one, 1)
    pane.search.clear()
    settle()
    rows.append(row("search box, per keystroke (list rebuilt)", keystrokes))
    ids = [page.id for page in pane.library.pages]

    def open_pages() -> None:
        for page_id in ids:
            pane.open_page(page_id, remember=False)
            settle()

    opened = []
    for _ in range(max(1, reps // 5)):
        for page_id in ids:
            opened += timings(lambda p=page_id: (pane.open_page(p, remember=False), settle()), 1)
    rows.append(row("open a page (Markdown rendered)", opened))

    def toggle() -> None:
        pane.mine.toggle()
        settle()

    rows.append(row("only what applies to me, on or off", timings(toggle, reps)))
    pane.open_page("rebiopsy", remember=False)
    added, undone = [], []
    for _ in range(max(1, reps // 4)):
        added += timings(lambda: (pane.add_questions(), settle()), 1)
        undone += timings(lambda: (window.undo_stack.undo(), settle()), 1)
    rows.append(row(f"add a page's questions ({questions:,} in the list)", added))
    rows.append(row("undo that", undone))
    window.close_now()
    journal.close()
    QApplication.processEvents()
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--no-ui", action="store_true")
    args = parser.parse_args(argv)
    print("| Learn | median ms | p95 ms | p95 / 16 ms frame | samples |")
    print("|---|---:|---:|---:|---:|")
    for line in content_rows(args.reps):
        print(line)
    if not args.no_ui:
        for line in window_rows(args.reps, args.questions):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
