"""Save screenshots of every area and dialog, to look at after every UI change.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--only NAME]

Every area in the sidebar (found by walking it, so new areas are included without editing
this file) is captured at 100 % and 200 % text, in a 1024×700 window and maximised on a
1920×1080 screen; then the first start (empty journal and welcome), and every Help dialog.
That is done in English and Spanish, in the light, dark and high-contrast themes (maximised in
English and light only). Files are named AREA-STATE-SIZE-TEXT[-LANGUAGE][-THEME].png, e.g.
questions-list-1024x700-200.png or questions-list-1024x700-200-es-dark.png.
Uses a throwaway journal in a temporary folder, never the real one, and runs offscreen.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1920, 1080)
LANGUAGES = ("en", "es")
THEMES = ("light", "dark", "high-contrast")
SMALL = (1024, 700)


def _offscreen_screen(folder: Path) -> None:
    """A 1920×1080 offscreen screen (the default is 800×600, too small to maximise on)."""
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "screenshots",
                        "x": 0,
                        "y": 0,
                        "width": SCREEN[0],
                        "height": SCREEN[1],
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(out: Path, only: str | None) -> None:
    scratch_dir = tempfile.TemporaryDirectory()
    scratch = Path(scratch_dir.name)
    _offscreen_screen(scratch)

    from PySide6.QtWidgets import QWidget
    from tests.sample_journal import (
        fill_appointments,
        fill_cancer,
        fill_check_ins,
        fill_goals,
        fill_medications,
        fill_questions,
    )

    from mbc_desktop.app import Journal, attach_journal, make_window
    from mbc_desktop.paths import DataPaths
    from mbc_desktop.ui.application import make_application
    from mbc_desktop.ui.common.settings import UiSettings
    from mbc_desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        if only and only not in name:
            return
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"saved {path} ({widget.width()}×{widget.height()})")

    journals: dict[int, Journal] = {}

    def window_on(
        folder: Path, scale: float, size: tuple[int, int] | None, language: str, theme: str
    ) -> MainWindow:
        paths = DataPaths(folder)
        paths.root.mkdir(parents=True, exist_ok=True)
        settings = UiSettings(paths.settings)
        settings.language = language
        settings.theme = theme
        window = make_window(paths)
        window.apply_text_scale(scale)
        journal = attach_journal(window, paths)
        assert journal is not None
        journals[id(window)] = journal
        if size is None:
            window.showMaximized()
        else:
            window.resize(*size)
            window.show()
        settle()
        return window

    sizes: list[tuple[str, tuple[int, int] | None]] = [
        (f"{SMALL[0]}x{SMALL[1]}", SMALL),
        ("maximised", None),
    ]
    looks = [(language, theme) for language in LANGUAGES for theme in THEMES]
    for language, theme in looks:
        suffix = "".join(
            f"-{part}" for part, default in ((language, "en"), (theme, "light")) if part != default
        )
        for scale in (1.0, 2.0):
            text = f"{round(scale * 100)}"
            for size_name, size in sizes:
                if size is None and suffix:
                    continue  # maximised: English and light only
                folder = scratch / f"filled-{text}-{size_name}{suffix}"
                window = window_on(folder, scale, size, language, theme)
                pane = window.questions_pane
                assert pane is not None
                assert window.appointments_pane is not None
                assert window.visit_pane is not None
                fill_appointments(window.appointments_pane._service)
                journal = journals[id(window)]
                fill_check_ins(journal.symptoms)
                fill_medications(journal.medications)
                fill_goals(journal.goals)
                fill_cancer(journal.cancer)
                picked = fill_questions(pane._service)
                pane.select_question(picked)
                settle()
                for row in range(window.sidebar.count()):
                    window.go_to_area(row)
                    settle()
                    page = window.area(row)
                    area = page.objectName().removesuffix("Pane") if page else f"area{row}"
                    save(window, f"{area}-{size_name}-{text}{suffix}")
                # The visit: during it, and the guided step after it.
                upcoming = window.appointments_pane._service.next_appointment()
                if upcoming is not None:
                    window.start_visit(upcoming.id)
                    settle()
                    save(window, f"visit-during-{size_name}-{text}{suffix}")
                    window.visit_pane.show_after_visit(upcoming.id)
                    settle()
                    save(window, f"visit-after-{size_name}-{text}{suffix}")
                window.show_area(pane)
                if pane.is_narrow:
                    pane.select_question(picked)
                    pane.open_details()
                    settle()
                    save(window, f"questions-details-{size_name}-{text}{suffix}")
                window.show_area(window.appointments_pane)
                window.appointments_pane.focus_start()
                settle()
                save(window, f"appointment-editor-{size_name}-{text}{suffix}")
                # Symptoms: the check-in, and a trend (a page of its own when narrow).
                symptoms = window.symptoms_pane
                assert symptoms is not None
                window.check_in()
                settle()
                save(window, f"symptoms-check-in-{size_name}-{text}{suffix}")
                symptoms.cancel_check_in()
                window.show_area(symptoms)
                symptoms.focus_start()
                settle()
                if symptoms.overview.is_narrow:
                    symptoms.open_details()
                    settle()
                    save(window, f"symptoms-trend-{size_name}-{text}{suffix}")
                medications = window.medications_pane
                assert medications is not None
                window.show_area(medications)
                medications.focus_start()
                if medications.is_narrow:
                    medications.open_details()
                    settle()
                    save(window, f"medications-details-{size_name}-{text}{suffix}")
                # Learn: a long page, search results, and "show only what applies to me".
                learn = window.learn_pane
                assert learn is not None
                window.show_area(learn)
                learn.open_page("first-line-hr-positive")
                learn.pages.setFocus()
                settle()
                save(window, f"learn-long-page-{size_name}-{text}{suffix}")
                learn.search.setText("bone pain")
                learn.pages.setCurrentRow(0)
                settle()
                save(window, f"learn-search-{size_name}-{text}{suffix}")
                learn.search.clear()
                learn.mine.setChecked(True)
                settle()
                save(window, f"learn-applies-to-me-{size_name}-{text}{suffix}")
                # The summary for the doctor: the dialog (the pages: scripts/summary_pages.py).
                summary = window.prepare_summary()
                assert summary is not None
                settle()
                save(summary, f"summary-dialog-{size_name}-{text}{suffix}")
                summary.close()
                settle()
                # Your data: backups, restore, export and import.
                data = window.open_data()
                assert data is not None
                settle()
                save(data, f"data-dialog-{size_name}-{text}{suffix}")
                data.close()
                settle()
                window.close()

            folder = scratch / f"empty-{text}{suffix}"
            window = window_on(folder, scale, SMALL, language, theme)
            save(window, f"home-empty-{SMALL[0]}x{SMALL[1]}-{text}{suffix}")
            assert window.questions_pane is not None
            window.show_area(window.questions_pane)
            settle()
            save(window, f"questions-empty-{SMALL[0]}x{SMALL[1]}-{text}{suffix}")
            for empty in (window.symptoms_pane, window.medications_pane):
                assert empty is not None
                window.show_area(empty)
                settle()
                area = empty.objectName().removesuffix("Pane")
                save(window, f"{area}-empty-{SMALL[0]}x{SMALL[1]}-{text}{suffix}")
            window.offer_welcome()
            settle()
            assert window.welcome_dialog is not None
            save(window.welcome_dialog, f"welcome-{text}{suffix}")
            window.welcome_dialog.reject()
            for name, show in (
                ("about", window.show_about),
                ("guide", window.show_guide),
                ("shortcuts", window.show_shortcuts),
            ):
                dialog = show()
                settle()
                save(dialog, f"{name}-{text}{suffix}")
                dialog.reject()
            window.close()
    scratch_dir.cleanup()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        at = args.index("--only")
        only = args[at + 1]
        del args[at : at + 2]
    main(Path(args[0] if args else "screenshots-tmp"), only)
