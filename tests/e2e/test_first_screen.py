"""Start-up on an existing journal, in a process of its own as a user starts it: Home's first
screen (the next appointment, its questions, the flagged symptoms) is shown right after the
window's first paint, from the light read, before SQLAlchemy, Alembic or Pydantic are
imported and without SQLCipher for a plain journal; then the areas are built, Home itself
takes its place saying the same, and the garbage collector leaves start-up's objects be."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mbc_desktop.app import open_journal
from mbc_desktop.domain import NewAppointment, NewQuestion, Priority
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.paths import DataPaths

PROBE = r"""
import gc, json, linecache, sys
from pathlib import Path
from PySide6 import QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from mbc_desktop.app import start_gui
from mbc_desktop.ui.application import make_application

heavy = ("sqlalchemy", "alembic", "pydantic", "sqlcipher3")
seen = {}
window, opened = start_gui(Path(sys.argv[1]))
app = make_application()

def texts():
    found = {}
    for name in ("nextWhen", "plannedCounts", "homeFlaggedSymptoms"):
        label = window.findChild(QLabel, name)
        found[name] = label.text() if label is not None and label.isVisible() else None
    return found

def data_ready():
    seen["at_data_ready"] = [m for m in heavy if m in sys.modules]
    home = window.findChild(QWidget, "homePane")
    seen["first_screen"] = type(home).__name__
    seen["first_texts"] = texts()
    seen["areas_then"] = window.questions_pane is not None

window.data_ready.connect(data_ready)
later = (
    "PySide6.QtNetwork",
    "mbc_desktop.ui.dialogs",
    "mbc_desktop.ui.shortcuts_dialog",
    "mbc_desktop.ui.common.focus",
    "mbc_desktop.ui.common.widgets",
    "logging.handlers",  # the log file's handler (what is logged until then is held)
    "socket",
    "platformdirs",
    "fractions",
)
# PySide6 makes a class, and every enum in it, when it is first used (then it is in vars()).
later_classes = ("QMessageBox", "QProxyStyle", "QStyle")

def first_paint():
    seen.setdefault("at_first_paint", [m for m in later if m in sys.modules])
    seen.setdefault("classes_at_first_paint", [c for c in later_classes if c in vars(QtWidgets)])
    # Qt's namespace, with its ~94 enums, made on first use (checked before the style is).
    seen.setdefault("qt_namespace_at_first_paint", "Qt" in vars(sys.modules["PySide6.QtCore"]))
    seen.setdefault("collecting_at_first_paint", gc.isenabled())
    seen.setdefault("style_at_first_paint", app.style().name())  # (now QStyle is made)

window.first_painted.connect(first_paint)

def check():
    if window.questions_pane is not None:
        seen["home"] = type(window.findChild(QWidget, "homePane")).__name__
        seen["texts"] = texts()
        seen["after_open"] = [m for m in heavy if m in sys.modules]
        seen["frozen"] = gc.get_freeze_count()
        seen["collecting"] = gc.isenabled()
        seen["style"] = type(app.style()).__name__
        log = Path(sys.argv[1]) / "logs" / "mbc-desktop.log"
        seen["logged"] = log.read_text() if log.exists() else ""
        seen["sources_kept"] = sorted(
            name.split("mbc_desktop")[-1] for name in linecache.cache if "mbc_desktop" in name
        )
        hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        seen["reads_plainly"] = getattr(hook, "reads_plainly", False)
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(10)
QTimer.singleShot(30000, app.quit)
app.exec()
print(json.dumps(seen))
"""


def run_probe(data_dir: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.slow
def test_home_first_screen_comes_before_the_database_layer(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    (paths.root / "settings.ini").write_text("[welcome]\ndone=true\n")
    journal = open_journal(paths)
    now = datetime.now(UTC)
    try:
        last = journal.appointments.add(NewAppointment(starts_at=now - timedelta(days=10)))
        journal.appointments.finish_visit(last.id)
        journal.appointments.add(NewAppointment(starts_at=now + timedelta(days=3)))
        journal.questions.add(NewQuestion(text="Is the scan due?", priority=Priority.MUST_ASK))
        journal.questions.add(NewQuestion(text="Can I travel?"))
        for days_ago, pain in ((15, 1), (12, 2), (5, 6), (2, 7)):
            journal.symptoms.add_check_in(
                NewCheckIn(taken_at=now - timedelta(days=days_ago), scores={1: pain})
            )
    finally:
        journal.close()

    seen = run_probe(paths.root)

    # The single-instance server (QtNetwork), the dialogs, the focus ring's style (and with
    # it QStyle's enums) and the message boxes' enums come after the first paint; so does
    # the garbage collector (start-up's objects are hardly ever garbage).
    assert seen["at_first_paint"] == []
    assert seen["classes_at_first_paint"] == []
    assert seen["qt_namespace_at_first_paint"] is False
    assert seen["style_at_first_paint"] == "fusion"
    assert seen["collecting_at_first_paint"] is False
    assert seen["collecting"] is True
    assert seen["style"] == "FocusRingStyle"
    logged = str(seen["logged"])  # what was held until the first paint is written, in order
    assert 0 <= logged.index("starting") < logged.index("Journal open")
    assert seen["at_data_ready"] == [], "heavy imports came before Home's first screen"
    assert seen["first_screen"] == "HomeGlancePane"
    assert seen["areas_then"] is False
    first = seen["first_texts"]
    assert isinstance(first, dict)
    assert first["plannedCounts"] == "2 questions planned · 1 must-ask"
    assert str(first["nextWhen"]).endswith("in 3 days")
    assert str(first["homeFlaggedSymptoms"]).startswith("⚑ Pain: worse by")
    # Then Home itself, saying the same; SQLCipher never loaded for a plain journal, and
    # SQLAlchemy and Alembic not for a journal at the current schema (the areas are built).
    assert seen["home"] == "HomePane"
    assert seen["texts"] == first
    assert seen["after_open"] == ["pydantic"]
    assert isinstance(seen["frozen"], int)
    assert seen["frozen"] > 0, "start-up's objects are left in the collector's way"
    # PySide6's import hook read every module's source into linecache; it was let go (only
    # what the welcome imports after start-up may be there).
    assert set(seen["sources_kept"]) <= {"/ui/dialogs.py"}  # type: ignore[arg-type]
    # ...and reads the modules imported after it without keeping them (ui/pyside_hook.py).
    assert seen["reads_plainly"] is True


@pytest.mark.slow
def test_a_new_data_folder_starts_without_a_first_screen(tmp_path: Path) -> None:
    # No journal yet: nothing to read lightly; Home comes with the areas, as before.
    seen = run_probe(tmp_path / "data")
    assert seen["first_screen"] == "HomePane"
    assert seen["areas_then"] is True
    assert seen["home"] == "HomePane"
