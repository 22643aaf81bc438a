"""The lock after a time with no use: it fires after the interval; a key press, a click or the
wheel starts the wait again, a paint or the mouse passing over does not; once it has fired it
waits no more until the window is unlocked (resume); None never locks."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
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
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert lock._timer.remainingTime() > left


def test_a_click_and_the_wheel_start_it_again(
    qtbot: QtBot, lock: IdleLock, field: QLineEdit
) -> None:
    lock.set_interval_ms(LONG_MS)
    left = elapsed_some(qtbot, lock)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert lock._timer.remainingTime() > left
    left = elapsed_some(qtbot, lock)
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

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
    QApplication.sendEvent(field, wheel)
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
    qtbot.keyClicks(field, "river")
    assert not lock.is_waiting()
    lock.resume()
    assert lock.is_waiting()
    lock.pause()
    qtbot.keyClicks(field, "candle")
    assert not lock.is_waiting()
    assert fired == [True]
