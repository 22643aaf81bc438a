"""Settings for the whole suite: never a real display, never the user's real data folder."""

import os
from pathlib import Path

# Before any QApplication exists: pytest-qt aborts without a platform, and tests must not pop
# windows up on a developer's screen. `QT_QPA_PLATFORM=xcb pytest` still shows them.
# Offscreen, a 1920×1080 screen (Qt's default is 800×600), so that windows open at the size a
# person's would and the layout tests see the real layout.
SCREEN = Path(__file__).with_name("fixtures") / "offscreen-1920x1080.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
# Anything that forgets --data-dir lands in a throwaway folder, not in the user's journal.
os.environ["MBC_DESKTOP_DATA_DIR"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"mbc-desktop-tests-{os.getpid()}"
)
