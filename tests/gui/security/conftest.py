"""The passphrase screens with fake actions that keep the Protocols of ui/security/actions.py
(the storage side is tested on its own): a journal with a passphrase and a recovery key that
records every call, and answers WrongSecret or EncryptionProblem as the real one would."""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.application import base_font, make_application
from mbc_desktop.ui.common.settings import UiSettings
from mbc_desktop.ui.security.actions import EncryptionProblem, PreparedEncryption, WrongSecret
from mbc_desktop.ui.security.dialog import EncryptionDialog
from mbc_desktop.ui.security.unlock_page import UnlockPage
from mbc_desktop.words.i18n import use_language

PASSPHRASE = "river candle orbit"
RECOVERY_KEY = "7KQW-M3XD-P9TA-V4NE-H2CR-Y8LB-F6UJ-S5GZ-Q1WK-T7DM-B3RX-N9PV-C4HA"
NEW_KEY = "2ZXC-V8BN-M4AS-D6FG-H1JK-L9QW-E3RT-Y5UI-O7PP-K2LM-N8BV-C6XZ-A4SD"
MADE = datetime(2026, 3, 2, 9, 30).astimezone()


@dataclass
class FakeJournal:
    """A journal for the screens: ``passphrase`` and ``recovery_key`` open it; ``problem``
    (a sentence) makes every call raise EncryptionProblem instead."""

    journal: Path
    encrypted: bool = False
    passphrase: str = PASSPHRASE
    recovery_key: str = RECOVERY_KEY
    problem: str | None = None
    calls: list[tuple[str, object]] = field(default_factory=list)
    prepared: list[PreparedEncryption] = field(default_factory=list)

    def _opens(self, secret: str) -> None:
        if self.problem is not None:
            raise EncryptionProblem(self.problem)
        if secret not in (self.passphrase, self.recovery_key):
            raise WrongSecret()

    # UnlockActions
    def unlock(self, secret: str) -> None:
        self.calls.append(("unlock", secret))
        self._opens(secret)

    # EncryptionActions
    def is_encrypted(self) -> bool:
        return self.encrypted

    def prepare(self, passphrase: str) -> PreparedEncryption:
        self.calls.append(("prepare", passphrase))
        if self.problem is not None:
            raise EncryptionProblem(self.problem)
        prepared = PreparedEncryption(NEW_KEY, token=object())
        self.prepared.append(prepared)
        return prepared

    def turn_on(self, prepared: PreparedEncryption) -> None:
        self.calls.append(("turn_on", prepared.token))
        if self.problem is not None:
            raise EncryptionProblem(self.problem)
        self.encrypted = True
        self.recovery_key = prepared.recovery_key

    def change_passphrase(self, current: str, new: str) -> None:
        self.calls.append(("change_passphrase", (current, new)))
        self._opens(current)
        self.passphrase = new

    def turn_off(self, current: str) -> None:
        self.calls.append(("turn_off", current))
        self._opens(current)
        self.encrypted = False

    def called(self, name: str) -> list[object]:
        return [args for called, args in self.calls if called == name]


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application in English, its font put back afterwards."""
    application = make_application()
    use_language("en")
    font = QFont(QApplication.font())
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    yield application
    monkeypatch.undo()
    time.tzset()
    QApplication.setFont(font)
    use_language("en")


@pytest.fixture
def journal(tmp_path: Path, app: QApplication) -> FakeJournal:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return FakeJournal(folder / "journal.sqlite")


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "settings.ini")


def show(qtbot: QtBot, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


@dataclass
class Unlocked:
    times: int = 0

    def __call__(self) -> None:
        self.times += 1


ShowUnlock = Callable[[], tuple[UnlockPage, Unlocked]]


@pytest.fixture
def unlock_page(qtbot: QtBot, journal: FakeJournal) -> ShowUnlock:
    """The unlock page at 1024×700, as the window shows it, on an encrypted journal."""
    journal.encrypted = True

    def make() -> tuple[UnlockPage, Unlocked]:
        unlocked = Unlocked()
        page = UnlockPage(journal, unlocked)
        show(qtbot, page, (1024, 700))
        return page, unlocked

    return make


@dataclass
class Locks:
    times: int = 0

    def __call__(self) -> None:
        self.times += 1


OpenDialog = Callable[[], tuple[EncryptionDialog, Locks]]


@pytest.fixture
def open_dialog(qtbot: QtBot, journal: FakeJournal, settings: UiSettings) -> OpenDialog:
    """File › Passphrase and lock… on ``journal`` (encrypted or not, as the test set it)."""

    def make() -> tuple[EncryptionDialog, Locks]:
        locks = Locks()
        dialog = EncryptionDialog(journal, settings, locks, now=lambda: MADE)
        show(qtbot, dialog)
        return dialog, locks

    return make


def scaled_text(scale: float) -> None:
    """View › Text size, without a main window: the application font times ``scale``."""
    font = QFont(base_font())
    font.setPointSizeF(base_font().pointSizeF() * scale)
    QApplication.setFont(font)
