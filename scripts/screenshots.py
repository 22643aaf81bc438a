"""Save screenshots of the Questions pane, to look at after a UI change.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR

Writes questions-100.png and questions-200.png (ten realistic questions, one picked, at normal
and at 200 % text size), empty-100.png (first start) and welcome-100.png. Uses a throwaway
journal in a temporary folder; never the real one.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mbc_desktop.app import attach_journal, make_window
from mbc_desktop.domain import NewQuestion, Priority, QuestionChanges, Status, Topic
from mbc_desktop.paths import DataPaths
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow

QUESTIONS = [
    (
        "What is the goal of my treatment right now: to control the cancer, or to ease symptoms?",
        Topic.TREATMENT_OPTIONS,
        Priority.MUST_ASK,
    ),
    (
        "My hands and feet have been numb since the last cycle. Should we lower the dose?",
        Topic.SIDE_EFFECTS,
        Priority.MUST_ASK,
    ),
    (
        "When is my next scan, and what will it tell us?",
        Topic.TESTS_AND_SCANS,
        Priority.WANT_TO_ASK,
    ),
    (
        "Is a new biopsy worth doing to re-check ER, PR and HER2?",
        Topic.TESTS_AND_SCANS,
        Priority.WANT_TO_ASK,
    ),
    (
        "Am I a candidate for any clinical trials nearby?",
        Topic.CLINICAL_TRIALS,
        Priority.WANT_TO_ASK,
    ),
    (
        "The pain in my lower back wakes me at night. What can I take for it?",
        Topic.SYMPTOMS,
        Priority.MUST_ASK,
    ),
    (
        "How much will the new pills cost with my insurance?",
        Topic.PRACTICAL_AND_COST,
        Priority.IF_TIME,
    ),
    ("Would you support me getting a second opinion?", Topic.SECOND_OPINION, Priority.IF_TIME),
    ("Can I travel to my daughter's wedding in June?", Topic.PRACTICAL_AND_COST, Priority.IF_TIME),
    ("What does the rise in my tumour markers mean?", Topic.PROGNOSIS, Priority.WANT_TO_ASK),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def window_on(folder: Path, scale: float) -> MainWindow:
    paths = DataPaths(folder)
    paths.root.mkdir(parents=True, exist_ok=True)
    window = make_window(paths)
    window.apply_text_scale(scale)
    assert attach_journal(window, paths) is not None
    window.resize(1200, 800)
    window.show()
    return window


def fill(window: MainWindow) -> None:
    pane = window.questions_pane
    assert pane is not None
    service = pane._service
    ids = [service.add(NewQuestion(text=t, topic=tp, priority=p)).id for t, tp, p in QUESTIONS]
    service.update(
        ids[2],
        QuestionChanges(
            answer="CT scan on 12 December. It shows whether the liver spots have shrunk.",
            answered_by="Dr. Ortiz",
        ),
    )
    service.update(ids[4], QuestionChanges(status=Status.ASKED))
    service.update(ids[7], QuestionChanges(status=Status.DROPPED))
    pane.select_question(ids[1])


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"saved {path} ({widget.width()}×{widget.height()})")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory() as scratch:
        for scale in (1.0, 2.0):
            window = window_on(Path(scratch) / f"filled-{scale}", scale)
            fill(window)
            settle(app)
            save(window, out / f"questions-{round(scale * 100)}.png")
            window.close()
        window = window_on(Path(scratch) / "empty", 1.0)
        settle(app)
        save(window, out / "empty-100.png")
        window.offer_welcome()
        settle(app)
        assert window.welcome_dialog is not None
        save(window.welcome_dialog, out / "welcome-100.png")
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots-tmp"))
