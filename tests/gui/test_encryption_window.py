"""Encryption in the real window: the passphrase at start, the lock (Ctrl+L and idle) that
leaves no journal text in any view, unlocking back to the same area, and turning encryption
on and off under the open areas."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_desktop.app import Session, start_gui
from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import cipher, open_journal
from mbc_desktop.storage.encryption import turn_on
from mbc_desktop.ui.main_window import MainWindow
from mbc_desktop.ui.security.dialog import EncryptionDialog
from mbc_desktop.ui.security.unlock_page import UnlockPage

SECRET = "Qwertz-private-question about the liver scan"
PASSPHRASE = "juniper harbour quietly 42"

pytestmark = pytest.mark.usefixtures("app_logging")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with an encrypted journal holding SECRET; the key forgotten."""
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    (paths.root / "settings.ini").write_text("[welcome]\ndone=true\n")
    store = open_journal(paths.journal)
    QuestionService(store).add(NewQuestion(text=SECRET))
    store.close()
    key = cipher.Key.new()
    turn_on(paths.journal, key, cipher.lock_with_passphrase(key, PASSPHRASE))
    cipher.forget_key()
    return paths.root


@pytest.fixture
def session(qtbot: QtBot, data_dir: Path) -> Iterator[Session]:
    window, _opened = start_gui(data_dir)
    session: Session = window.session  # type: ignore[attr-defined]
    yield session
    session.window.close_now()
    session.window.deleteLater()
    flush_deletions()
    gc.unfreeze()  # the app freezes what start-up made; not for the next tests


def unlock_page(window: MainWindow) -> UnlockPage | None:
    page = window.pages.currentWidget()
    return page if isinstance(page, UnlockPage) else None


def wait_for_unlock_page(qtbot: QtBot, session: Session) -> UnlockPage:
    qtbot.waitUntil(lambda: unlock_page(session.window) is not None, timeout=10_000)
    page = unlock_page(session.window)
    assert page is not None
    return page


def type_passphrase(qtbot: QtBot, page: UnlockPage, text: str) -> None:
    page.field.clear()
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def texts_shown(widgets: list[QWidget]) -> list[str]:
    """Every text the widgets show: labels, buttons, boxes, and the rows of lists and tables."""
    found = []
    for widget in widgets:
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    found.append(str(model.data(model.index(row, column))))
    return found


@pytest.fixture
def earlier() -> set[int]:
    """The widgets other tests left (closed windows not yet deleted): not this test's."""
    return {address(widget) for widget in QApplication.allWidgets()}


def widgets_since(earlier: set[int]) -> list[QWidget]:
    return [
        widget
        for widget in QApplication.allWidgets()
        if shiboken6.isValid(widget) and address(widget) not in earlier
    ]


def address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_an_encrypted_journal_asks_for_the_passphrase_first(qtbot: QtBot, session: Session) -> None:
    page = wait_for_unlock_page(qtbot, session)
    window = session.window
    assert window.questions_pane is None
    assert session.opened == []
    assert QApplication.focusWidget() is page.field

    type_passphrase(qtbot, page, "juniper harbour loudly 42")
    assert window.questions_pane is None
    assert page.message.isVisible()
    assert QApplication.focusWidget() is page.field

    type_passphrase(qtbot, page, PASSPHRASE)
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    assert window.questions_pane is not None
    assert any(SECRET in text for text in texts_shown(window.findChildren(QWidget)))
    assert window.lock_action.isEnabled()


def test_home_first_screen_is_read_once_the_passphrase_is_known(
    qtbot: QtBot, session: Session
) -> None:
    page = wait_for_unlock_page(qtbot, session)
    window = session.window
    ready: list[str] = []
    window.data_ready.connect(
        lambda: ready.append(type(window.findChild(QWidget, "homePane")).__name__)
    )
    assert window.findChild(QWidget, "homePane") is None  # nothing read before the key

    type_passphrase(qtbot, page, PASSPHRASE)
    # At once, from the encrypted journal (through SQLCipher with the key), before the areas.
    assert ready == ["HomeGlancePane"]
    assert window.questions_pane is None
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    assert ready == ["HomeGlancePane"]  # once per window
    assert type(window.findChild(QWidget, "homePane")).__name__ == "HomePane"
    assert gc.get_freeze_count() > 0


def test_locking_leaves_no_journal_text_in_any_view_and_unlocking_goes_back(
    qtbot: QtBot, earlier: set[int], session: Session
) -> None:
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    first = session.window
    qtbot.waitUntil(lambda: first.questions_pane is not None, timeout=10_000)
    first.go_to_area(1)  # Questions
    first.activateWindow()
    # Activation is a queued window-system event (offscreen too): Ctrl+L needs it done.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=5_000)
    assert any(SECRET in text for text in texts_shown(QApplication.allWidgets()))

    qtbot.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    page = wait_for_unlock_page(qtbot, session)
    assert session.window is not first
    assert cipher.current_key() is None
    assert session.opened == []
    assert gc.get_freeze_count() == 0  # the old window's objects can be collected
    flush_deletions()
    assert not shiboken6.isValid(first)
    holders = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in widgets_since(earlier)
        if any("Qwertz" in text for text in texts_shown([widget]))
    ]
    assert holders == []

    type_passphrase(qtbot, page, PASSPHRASE)
    window = session.window
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    assert window.sidebar.currentRow() == 1
    assert any(SECRET in text for text in texts_shown(window.findChildren(QWidget)))


def test_the_idle_lock_locks_after_the_time_without_use(
    qtbot: QtBot, earlier: set[int], session: Session
) -> None:
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    first = session.window
    qtbot.waitUntil(lambda: first.questions_pane is not None, timeout=10_000)
    idle = first.idle_lock  # type: ignore[attr-defined]
    assert idle.interval_ms is not None or first.settings.lock_after_minutes is None

    idle.set_interval_ms(300)

    qtbot.waitUntil(lambda: session.window is not first, timeout=5_000)
    wait_for_unlock_page(qtbot, session)
    flush_deletions()
    assert not [text for text in texts_shown(widgets_since(earlier)) if "Qwertz" in text]


def test_a_plain_journal_cannot_be_locked(qtbot: QtBot, tmp_path: Path) -> None:
    window, _opened = start_gui(tmp_path / "plain")
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    assert not window.lock_action.isEnabled()
    window.lock_now()
    assert window.session.window is window  # type: ignore[attr-defined]
    window.close_now()
    window.deleteLater()
    flush_deletions()


def test_turning_encryption_on_and_off_under_the_open_areas(qtbot: QtBot, tmp_path: Path) -> None:
    window, opened = start_gui(tmp_path / "data")
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    journal_file = DataPaths(tmp_path / "data").journal
    opened[0].questions.add(NewQuestion(text=SECRET))

    dialog = window.open_encryption()
    assert isinstance(dialog, EncryptionDialog)
    dialog.start_turn_on()
    qtbot.keyClicks(dialog.turn_on_form.new, PASSPHRASE)
    qtbot.keyClicks(dialog.turn_on_form.repeat, PASSPHRASE)
    qtbot.keyClick(dialog.turn_on_form.repeat, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == EncryptionDialog.RECOVERY_PAGE
    recovery = dialog.recovery.key_label.text()
    dialog.recovery.kept_check.setChecked(True)
    dialog.recovery.encrypt_button.click()

    assert cipher.is_encrypted(journal_file)
    assert SECRET.encode() not in journal_file.read_bytes()
    assert window.lock_action.isEnabled()
    # The areas go on writing, now into the encrypted file.
    opened[0].questions.add(NewQuestion(text="Written after encrypting"))
    assert [q.text for q in opened[0].questions.list()][-1] == "Written after encrypting"
    assert cipher.Key.from_recovery_key(recovery) == cipher.current_key()

    dialog.start_turn_off()
    qtbot.keyClicks(dialog.off_form.current, PASSPHRASE)
    qtbot.keyClick(dialog.off_form.current, Qt.Key.Key_Return)

    assert not cipher.is_encrypted(journal_file)
    assert cipher.current_key() is None
    assert not window.lock_action.isEnabled()
    opened[0].questions.add(NewQuestion(text="Written after decrypting"))
    texts = [q.text for q in opened[0].questions.list()]
    assert {SECRET, "Written after encrypting", "Written after decrypting"} <= set(texts)
    dialog.close()
    window.close_now()
    window.deleteLater()
    flush_deletions()


def test_a_stop_request_after_a_lock_closes_the_window_in_use(
    qtbot: QtBot, session: Session
) -> None:
    from mbc_desktop.app import stop_handlers

    first = session.window
    stop, save = stop_handlers(first)
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    qtbot.waitUntil(lambda: first.questions_pane is not None, timeout=10_000)
    session.lock()
    flush_deletions()
    assert not shiboken6.isValid(first)
    wait_for_unlock_page(qtbot, session)

    save()  # the first window is gone: this must not touch it
    stop()

    assert not session.window.isVisible()


def test_with_its_key_file_lost_the_recovery_key_still_opens_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    paths = DataPaths(data_dir)
    key_file = cipher.key_file_path(paths.journal)
    # The recovery key is the data key: read it through the passphrase before the file goes.
    recovery = cipher.unlock(paths.journal, PASSPHRASE).recovery_key()
    cipher.forget_key()
    key_file.unlink()
    window, _opened = start_gui(data_dir)
    session: Session = window.session  # type: ignore[attr-defined]
    try:
        page = wait_for_unlock_page(qtbot, session)
        assert "journal.key" in page.explanation.text()

        type_passphrase(qtbot, page, PASSPHRASE)
        assert window.questions_pane is None
        type_passphrase(qtbot, page, recovery.lower())

        qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
        assert any(SECRET in text for text in texts_shown(window.findChildren(QWidget)))
    finally:
        session.window.close_now()
        session.window.deleteLater()
        flush_deletions()


def test_backups_left_plain_are_named_and_the_copied_key_leaves_the_clipboard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, opened = start_gui(tmp_path / "data")
    qtbot.waitUntil(lambda: window.questions_pane is not None, timeout=10_000)
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    opened[0].questions.add(NewQuestion(text=SECRET))
    backups = tmp_path / "data" / "backups"
    backups.mkdir(exist_ok=True)
    broken = backups / "journal-manual-20260101-000000.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # a damaged backup
    try:
        dialog = window.open_encryption()
        assert isinstance(dialog, EncryptionDialog)
        dialog.start_turn_on()
        qtbot.keyClicks(dialog.turn_on_form.new, PASSPHRASE)
        qtbot.keyClicks(dialog.turn_on_form.repeat, PASSPHRASE)
        qtbot.keyClick(dialog.turn_on_form.repeat, Qt.Key.Key_Return)
        dialog.recovery.copy_button.click()
        assert QApplication.clipboard().text() == dialog.recovery.key_label.text()
        dialog.recovery.kept_check.setChecked(True)
        dialog.recovery.encrypt_button.click()

        assert cipher.is_encrypted(DataPaths(tmp_path / "data").journal)
        assert broken.name in dialog.message_label.text()
        assert "could not be encrypted" in dialog.message_label.text()
        assert QApplication.clipboard().text() == ""
        dialog.close()
    finally:
        window.close_now()
        window.deleteLater()
        flush_deletions()


def test_a_calendar_file_from_an_encrypted_journal_says_it_is_not_encrypted(
    qtbot: QtBot, tmp_path: Path, session: Session
) -> None:
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    window = session.window
    qtbot.waitUntil(lambda: window.appointments_pane is not None, timeout=10_000)
    pane = window.appointments_pane
    assert pane is not None

    pane.export_to(tmp_path / "visits.ics")

    assert "not encrypted" in pane.export_message.text()


def test_ctrl_l_locks_from_the_summary_and_your_data_dialogs_too(
    qtbot: QtBot, session: Session
) -> None:
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    first = session.window
    qtbot.waitUntil(lambda: first.questions_pane is not None, timeout=10_000)
    dialog = first.prepare_summary()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert session.window is not first
    second = session.window
    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    qtbot.waitUntil(lambda: second.questions_pane is not None, timeout=10_000)
    data = second.open_data()
    assert data is not None
    qtbot.waitExposed(data)
    data.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is data)

    qtbot.keyClick(data, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert session.window is not second


def test_ctrl_l_with_typing_that_cannot_be_saved_asks_first(qtbot: QtBot, session: Session) -> None:
    from mbc_desktop.domain import QUESTION_MAX_CHARS

    type_passphrase(qtbot, wait_for_unlock_page(qtbot, session), PASSPHRASE)
    first = session.window
    qtbot.waitUntil(lambda: first.questions_pane is not None, timeout=10_000)
    pane = first.questions_pane
    assert pane is not None
    pane.select_question(1)
    pane.editor.text_edit.setPlainText("z" * (QUESTION_MAX_CHARS + 1))

    first.lock_now()

    box = first.unsaved_box
    assert box is not None
    assert box.isVisible()
    assert session.window is first  # not locked yet
    box.defaultButton().click()  # "Go back to it"
    assert session.window is first
    assert len(pane.editor.text_edit.toPlainText()) == QUESTION_MAX_CHARS + 1
    first.lock_now()
    box = first.unsaved_box
    assert box is not None
    next(b for b in box.buttons() if b is not box.defaultButton()).click()  # lock without it
    assert session.window is not first
