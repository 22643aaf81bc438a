"""Settings for the whole suite: never a real display, never the user's real data folder."""

import os

# Before any QApplication exists: pytest-qt aborts without a platform, and tests must not pop
# windows up on a developer's screen. `QT_QPA_PLATFORM=xcb pytest` still shows them.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Anything that forgets --data-dir lands in a throwaway folder, not in the user's journal.
os.environ["MBC_DESKTOP_DATA_DIR"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"mbc-desktop-tests-{os.getpid()}"
)
