"""Save screenshots of the passphrase screens, to look at after changing them.

    .venv/bin/python scripts/security_screens.py [OUT_DIR] [--only NAME]

The unlock page (as first shown, after a wrong try with Caps Lock on, and while it waits)
in a 1024×700 window, and every step of File › Passphrase and lock… (encryption off, the
turn-on step with its messages, the recovery key, encryption on, change, turn off), at 100 %
and 200 % text, in the light, dark and high-contrast themes. Files are named
NAME-TEXT[-THEME].png, e.g. unlock-wrong-200-dark.png. Uses stand-in actions (nothing is
encrypted) and runs offscreen; scripts/screenshots.py covers the rest of the app.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1920, 1080)
SMALL = (1024, 700)
THEMES = ("light", "dark", "high-contrast")
KEY = "7KQW-M3XD-P9TA-V4NE-H2CR-Y8LB-F6UJ-S5GZ-Q1WK-T7DM-B3RX-N9PV-C4HA"


def _offscreen_screen(folder: Path) -> None:
    """A 1920×1080 offscreen screen (the default is 800×600)."""
    config = folder / "screen.json"
    screen = {
        "name": "screenshots",
        "x": 0,
        "y": 0,
        "width": SCREEN[0],
        "height": SCREEN[1],
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(out: Path, only: str | None) -> None:
    scratch_dir = tempfile.TemporaryDirectory()
    scratch = Path(scratch_dir.name)
    _offscreen_screen(scratch)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from mbc_desktop.ui.application import base_font, make_application
    from mbc_desktop.ui.common.settings import UiSettings
    from mbc_desktop.ui.common.theme import apply_theme, theme_named
    from mbc_desktop.ui.security.actions import PreparedEncryption, WrongSecret
    from mbc_desktop.ui.security.dialog import EncryptionDialog
    from mbc_desktop.ui.security.unlock_page import UnlockPage

    class StandIn:
        """Stand-in actions: "river candle orbit" opens it; nothing is encrypted."""

        def __init__(self, encrypted: bool) -> None:
            self.encrypted = encrypted
            self.journal = Path.home() / ".local/share/MBC Desktop/journal.sqlite"

        def unlock(self, secret: str) -> None:
            if secret != "river candle orbit":
                raise WrongSecret()

        def is_encrypted(self) -> bool:
            return self.encrypted

        def prepare(self, passphrase: str) -> PreparedEncryption:
            return PreparedEncryption(KEY, token=object())

        def turn_on(self, prepared: PreparedEncryption) -> None:
            self.encrypted = True

        def change_passphrase(self, current: str, new: str) -> None:
            raise WrongSecret()

        def turn_off(self, current: str) -> None:
            raise WrongSecret()

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        if only and only not in name:
            return
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"saved {path} ({widget.width()}×{widget.height()})")

    for theme in THEMES:
        apply_theme(app, theme_named(theme))
        suffix = "" if theme == "light" else f"-{theme}"
        for scale in (1.0, 2.0):
            text = f"{round(scale * 100)}{suffix}"
            font = QFont(base_font())
            font.setPointSizeF(base_font().pointSizeF() * scale)
            QApplication.setFont(font)

            page = UnlockPage(StandIn(True), lambda: None)
            page.resize(*SMALL)
            page.show()
            settle()
            save(page, f"unlock-page-{text}")
            QTest.keyClicks(page.field, "RIVER CANDLE")  # as with Caps Lock on
            QTest.keyClick(page.field, Qt.Key.Key_Return)
            save(page, f"unlock-wrong-{text}")
            for _ in range(2):
                QTest.keyClick(page.field, Qt.Key.Key_Return)
            save(page, f"unlock-waiting-{text}")
            page.close()
            page.deleteLater()

            settings = UiSettings(scratch / f"settings-{text}.ini")
            dialog = EncryptionDialog(StandIn(False), settings, lambda: None)
            dialog.show()
            save(dialog, f"encryption-off-{text}")
            dialog.start_turn_on()
            form = dialog.turn_on_form
            assert form.new is not None
            assert form.repeat is not None
            QTest.keyClicks(form.new, "river")
            QTest.keyClicks(form.repeat, "rivers")
            dialog.continue_turn_on()
            save(dialog, f"encryption-turn-on-{text}")
            form.new.setText("river candle orbit")
            form.repeat.setText("river candle orbit")
            dialog.continue_turn_on()
            save(dialog, f"encryption-recovery-key-{text}")
            dialog.recovery.kept_check.setChecked(True)
            dialog.encrypt()
            save(dialog, f"encryption-on-{text}")
            dialog.start_change()
            change = dialog.change_form
            assert change.current is not None
            QTest.keyClicks(change.current, "not it")
            assert change.new is not None
            assert change.repeat is not None
            change.new.setText("velvet harbor tulip")
            change.repeat.setText("velvet harbor tulip")
            dialog.change()
            save(dialog, f"encryption-change-{text}")
            dialog.back_to_status()
            dialog.start_turn_off()
            save(dialog, f"encryption-turn-off-{text}")
            dialog.done(0)
            dialog.deleteLater()
            if scale == 2.0 and theme == "light":
                # The same at 1024×700 worth of room, the smallest window the app supports.
                dialog = EncryptionDialog(StandIn(False), settings, lambda: None)
                dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1]))
                dialog.show()
                dialog.start_turn_on()
                assert dialog.turn_on_form.new is not None
                dialog.turn_on_form.new.setText("river candle orbit")
                assert dialog.turn_on_form.repeat is not None
                dialog.turn_on_form.repeat.setText("river candle orbit")
                dialog.continue_turn_on()
                save(dialog, f"encryption-recovery-key-{SMALL[0]}x{SMALL[1]}-{text}")
                dialog.done(0)
                dialog.deleteLater()
            settle()
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
