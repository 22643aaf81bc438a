"""Start-up before any window: the data folder, the umask and the log file."""

import logging
import os
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from mbc_desktop.app import prepare_data_dir
from mbc_desktop.logging_setup import configure_logging, open_held_log
from mbc_desktop.paths import DataDirError, DataPaths

posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _no_log_file_left_behind() -> Iterator[None]:
    """These tests set up the app's log file; take it away again for the tests after them."""
    yield
    root = logging.getLogger()
    open_held_log()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_the_app_keeps_umask_077_so_every_file_it_makes_is_private(tmp_path: Path) -> None:
    prepare_data_dir(DataPaths(tmp_path / "data"))

    # A file made the ordinary way, as Qt makes settings.ini and the lock file.
    made_later = tmp_path / "data" / "settings.ini"
    made_later.write_text("[window]\n")
    assert mode_of(made_later) == 0o600


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_a_new_data_folder_its_logs_and_the_log_file_are_owner_only(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")

    warnings = prepare_data_dir(paths)
    logging.getLogger("mbc_desktop.test").info("hello")
    flush_logs()

    assert warnings == []
    assert mode_of(paths.root) == 0o700
    assert mode_of(paths.logs) == 0o700
    assert mode_of(paths.log_file) == 0o600
    assert "starting" in paths.log_file.read_text()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_log_files_stay_owner_only_after_rotation(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "mbc-desktop.log"
    configure_logging(log_file)
    logging.getLogger("mbc_desktop.test").info("before the rotation")
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler))

    handler.doRollover()
    logging.getLogger("mbc_desktop.test").info("after the rotation")
    flush_logs()

    rotated = log_file.with_name(log_file.name + ".1")
    assert "before the rotation" in rotated.read_text()
    assert "after the rotation" in log_file.read_text()
    assert (mode_of(log_file), mode_of(rotated)) == (0o600, 0o600)


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_an_existing_log_file_others_can_read_is_made_private(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "mbc-desktop.log"
    log_file.parent.mkdir()
    log_file.write_text("an older run\n")
    log_file.chmod(0o644)

    configure_logging(log_file)

    assert mode_of(log_file) == 0o600


@posix_only
def test_a_shared_folder_is_not_changed_and_the_warning_is_logged(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "shared")
    paths.root.mkdir()
    (paths.root / "notes.txt").write_text("someone else's")
    paths.root.chmod(0o755)

    warnings = prepare_data_dir(paths)
    flush_logs()

    assert mode_of(paths.root) == 0o755
    assert len(warnings) == 1
    assert "can be opened by other users" in warnings[0].message
    assert "WARNING" in paths.log_file.read_text()


def test_a_logs_folder_that_cannot_be_made_is_a_data_folder_error(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.logs.write_text("a file where the logs folder should be")

    with pytest.raises(DataDirError) as error:
        prepare_data_dir(paths)

    assert error.value.folder == paths.root
    assert "logs folder" in error.value.reason


def test_the_journal_builds_appointments_on_the_same_question_service(tmp_path: Path) -> None:
    """Questions that a visit carries on, or that a deleted appointment lets go, are heard by
    whoever listens to the journal's question service (the Questions area)."""
    from datetime import UTC, datetime

    from mbc_desktop.app import open_journal
    from mbc_desktop.domain import NewAppointment, NewQuestion
    from mbc_desktop.services import QuestionChanged, QuestionEvent

    journal = open_journal(DataPaths(tmp_path / "data"))
    try:
        assert journal.appointments.questions is journal.questions
        heard: list[QuestionEvent] = []
        journal.questions.changes.subscribe(heard.append)
        visit = journal.appointments.add(
            NewAppointment(starts_at=datetime(2026, 5, 4, 9, tzinfo=UTC))
        )
        question = journal.questions.add(NewQuestion(text="Q", appointment_id=visit.id))

        journal.appointments.delete(visit.id)

        assert heard[-1] == QuestionChanged(question.model_copy(update={"appointment_id": None}))
    finally:
        journal.close()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_the_windows_start_holds_the_log_until_the_file_is_opened(tmp_path: Path) -> None:
    # Its handler (logging.handlers: pickle, queue, socket) waits until the first paint.
    paths = DataPaths(tmp_path / "data")

    prepare_data_dir(paths, hold_log=True)
    logging.getLogger("mbc_desktop.test").info("before the file")
    assert mode_of(paths.logs) == 0o700
    assert paths.log_file.read_text() == ""  # opened once: it can be written (else: no window)

    open_held_log()
    logging.getLogger("mbc_desktop.test").info("after the file")
    flush_logs()
    text = paths.log_file.read_text()
    assert text.index("starting") < text.index("before the file") < text.index("after the file")
    assert mode_of(paths.log_file) == 0o600
    open_held_log()  # nothing held any more: nothing written twice
    flush_logs()
    assert paths.log_file.read_text().count("before the file") == 1
