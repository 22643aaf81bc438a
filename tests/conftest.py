"""Settings for the whole suite: never a real display, never the user's real data folder."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: pytest-qt aborts without a platform, and tests must not pop
# windows up on a developer's screen. `QT_QPA_PLATFORM=xcb pytest` still shows them.
# Offscreen, a 1920×1080 screen (Qt's default is 800×600), so that windows open at the size a
# person's would and the layout tests see the real layout.
SCREEN = Path(__file__).with_name("fixtures") / "offscreen-1920x1080.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
# English unless a test asks for Spanish: the interface follows the system's locale.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
# Anything that forgets --data-dir lands in a throwaway folder, not in the user's journal.
os.environ["MBC_DESKTOP_DATA_DIR"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"mbc-desktop-tests-{os.getpid()}"
)


def current_umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    """The app sets umask 077 for its whole run (app.prepare_data_dir). A test that starts
    the app must not hand that on to the tests after it, or their results depend on order."""
    before = current_umask()
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def _forget_the_key() -> Iterator[None]:
    """An unlocked encrypted journal leaves its key known to the process (storage.cipher):
    the next test starts with none, as a fresh process does."""
    yield
    from mbc_desktop.storage import cipher

    cipher.forget_key()


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The common default umask, which would make new files readable by everyone."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
