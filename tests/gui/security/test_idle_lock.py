"""The lock after a time with no use: it fires after the interval; a key press, a click or the
wheel starts the wait again, a paint or the mouse passing over does not; once it has fired it
waits no more until the window is unlocked (resume); None never locks.

Input is sent as the desktop sends it: to the window, which hands it to the widget meant (the
lock watches the windows, not every widget).
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mbc_desktop.ui.security.idle import IdleLock

LONG_MS = 60_000


@pytest.fixture
def lock(app: QApplication) -> Iterator[IdleLock]:
    idle = IdleLock()
    yield idle
    idle.stop_watching()
    idle.deleteLater()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    line = QLineEdit()
    qtbot.addWidget(line)
    with qtbot.waitActive(line):
        line.show()
        line.activateWindow()
    return line


def type_into(field: QLineEdit, text: str) -> None:
    for char in text:
        QTest.keyClick(field.windowHandle(), char)


def elapsed_some(qtbot: QtBot, lock: IdleLock) -> int:
    """Let some of the wait go by; what is left of it."""
    qtbot.wait(60)
    left = lock._timer.remainingTime()
    assert 0 < left <= LONG_MS - 50
    return left


def test_it_locks_after_the_time_with_no_use(qtbot: QtBot, lock: IdleLock) -> None:
    with qtbot.waitSignal(lock.idle, timeout=5_000):
        lock.set_interval_ms(30)
    assert not lock.is_waiting()


def test_minutes_are_minutes_and_none_never_locks(lock: IdleLock) -> None:
    lock.set_minutes(15)
    assert lock.interval_ms == 15 * 60_000
    assert lock.is_waiting()
    lock.set_minutes(None)
    assert lock.interval_ms is None
    assert not lock.is_waiting()


def test_a_key_press_starts_the_wait_again(qtbot: QtBot, lock: IdleLock, field: QLineEdit) -> None:
    lock.set_interval_ms(LONG_MS)
    left = elapsed_some(qtbot, lock)
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)
    assert field.text() == "a"  # it reached the field
    assert lock._timer.remainingTime() > left


def test_a_click_and_the_wheel_start_it_again(
    qtbot: QtBot, lock: IdleLock, field: QLineEdit
) -> None:
    lock.set_interval_ms(LONG_MS)
    left = elapsed_some(qtbot, lock)
    QTest.mouseClick(field.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert lock._timer.remainingTime() > left
    left = elapsed_some(qtbot, lock)
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(field.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field.windowHandle(), wheel)
    assert lock._timer.remainingTime() > left


def test_paints_timers_and_the_mouse_passing_over_do_not(
    qtbot: QtBot, lock: IdleLock, field: QLineEdit
) -> None:
    lock.set_interval_ms(LONG_MS)
    left = elapsed_some(qtbot, lock)
    field.repaint()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(field.mapToGlobal(QPointF(5, 5))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(field, move)
    qtbot.wait(10)  # timers and whatever else the event loop has
    assert lock._timer.remainingTime() <= left


def test_once_it_fired_typing_does_not_start_it_until_resumed(
    qtbot: QtBot, lock: IdleLock, field: QLineEdit
) -> None:
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    with qtbot.waitSignal(lock.idle, timeout=5_000):
        lock.set_interval_ms(30)
    # Typing into the unlock page must not lock it again.
    type_into(field, "river")
    assert field.text() == "river"
    assert not lock.is_waiting()
    lock.resume()
    assert lock.is_waiting()
    lock.pause()
    type_into(field, "candle")
    assert not lock.is_waiting()
    assert fired == [True]


def test_a_window_open_before_the_lock_and_one_opened_after_are_both_watched(
    qtbot: QtBot, field: QLineEdit
) -> None:
    lock = IdleLock()  # ``field``'s window is open already
    try:
        lock.set_interval_ms(LONG_MS)
        left = elapsed_some(qtbot, lock)
        QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)
        assert lock._timer.remainingTime() > left
        later = QLineEdit()  # a dialog, say
        qtbot.addWidget(later)
        with qtbot.waitActive(later):
            later.show()
            later.activateWindow()
        left = elapsed_some(qtbot, lock)
        QTest.keyClick(later.windowHandle(), Qt.Key.Key_B)
        assert later.text() == "b"
        assert lock._timer.remainingTime() > left
    finally:
        lock.stop_watching()
        lock.deleteLater()


class CountingLock(IdleLock):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(watched)
        return super().eventFilter(watched, event)


def test_it_is_not_called_for_what_the_widgets_of_a_window_are_sent(qtbot: QtBot) -> None:
    """Paints, shows and layouts of the widgets in a window never reach the lock: a filter
    called in Python for every event of every widget slowed down every action."""
    lock = CountingLock()
    try:
        window = QWidget()
        qtbot.addWidget(window)
        column = QVBoxLayout(window)
        fields = [QLineEdit(window) for _ in range(20)]
        for line in fields:
            column.addWidget(line)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        lock.seen.clear()
        for line in fields:
            line.hide()
            line.show()
            line.repaint()
        qtbot.wait(20)
        assert not [watched for watched in lock.seen if isinstance(watched, QWidget)]
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_C)
        assert window.windowHandle() in lock.seen  # and yet the key press was seen
    finally:
        lock.stop_watching()
        lock.deleteLater()
