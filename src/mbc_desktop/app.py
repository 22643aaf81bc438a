"""Composition root: decides the paths, opens the journal, builds the services and the window.

Start-up order matters for how fast the app feels: the window is created and painted first,
with only Qt loaded; SQLAlchemy, Alembic and Pydantic are imported right after the first paint.
"""

import gc
import linecache
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mbc_desktop import __version__
from mbc_desktop.paths import DataDirError, DataDirWarning, DataPaths, prepare_data_folder

if TYPE_CHECKING:
    from mbc_desktop.content import Library
    from mbc_desktop.services import (
        AnswerService,
        AppointmentService,
        CancerProfileService,
        ExchangeService,
        GoalsService,
        MedicationService,
        QuestionService,
        SummaryPreferences,
        SymptomReport,
        SymptomService,
    )
    from mbc_desktop.storage import Store
    from mbc_desktop.summary.builder import SummaryBuilder
    from mbc_desktop.ui.data import DataDialog
    from mbc_desktop.ui.home.glance import HomeGlancePane
    from mbc_desktop.ui.main_window import MainWindow
    from mbc_desktop.ui.security.dialog import EncryptionDialog
    from mbc_desktop.ui.single_instance import InstanceServer

log = logging.getLogger(__name__)

# How long a start waits for a data command (restore, import…) to let go of the folder.
DATA_COMMAND_WAIT_MS = 10_000
# Automatic backups while the app runs (when something changed), besides the one on exit.
BACKUP_EVERY_MS = 30 * 60 * 1000


@dataclass
class Journal:
    """An open journal and the services that work on it."""

    store: "Store"
    questions: "QuestionService"
    appointments: "AppointmentService"
    symptoms: "SymptomService"
    symptom_report: "SymptomReport"
    medications: "MedicationService"
    answers: "AnswerService"
    goals: "GoalsService"
    cancer: "CancerProfileService"
    summary_preferences: "SummaryPreferences"
    summary: "SummaryBuilder"
    exchange: "ExchangeService"
    _closed: bool = field(default=False, repr=False)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self.store.close()
            self._closed = True

    def back_up_if_changed(self, reason: str) -> None:
        """A checked backup (and the rotation) when something was written since the newest
        backup. Never raises: a backup that cannot be made is logged, and the journal itself
        is untouched (the next chance tries again)."""
        from mbc_desktop.storage import JournalError
        from mbc_desktop.storage.backup import back_up_if_changed

        if self._closed or self.store.damaged:
            return
        try:
            made = back_up_if_changed(self.store.database, self.store.path, reason)
        except (JournalError, OSError) as error:
            log.warning("No %s backup: %s", reason, error)
            return
        if made is not None:
            log.info("Backed up the journal (%s, %d bytes)", reason, made.size)


def prepare_data_dir(paths: DataPaths, hold_log: bool = False) -> list[DataDirWarning]:
    """Make the data folder ready and start logging into it; returns warnings to show.

    Raises DataDirError, which says in plain words why, if the folder cannot be used: show it
    and stop. A folder it creates is owner-only; an existing one is never changed, but one
    that other users can open comes back as a warning. With ``hold_log`` (the window's start)
    the log file is opened only by ``logging_setup.open_held_log``, with what was logged
    until then.
    """
    from mbc_desktop.logging_setup import configure_logging

    # For the rest of the run: every file the app or Qt makes (settings, lock, journal side
    # files) is then owner-only, even those we do not chmod ourselves.
    os.umask(0o077)
    warnings = prepare_data_folder(paths)
    try:
        configure_logging(paths.log_file, hold=hold_log)
    except OSError as error:
        raise DataDirError.from_os_error(paths.root, error, part="logs") from error
    python = ".".join(map(str, sys.version_info[:3]))  # platform.python_version(), ~2 ms less
    log.info("MBC Desktop %s starting (Python %s)", __version__, python)
    for warning in warnings:
        log.warning("Data folder: %s", warning.message)
    return warnings


def open_journal(paths: DataPaths) -> Journal:
    """Open (creating or migrating as needed) the journal and build the services on it."""
    from mbc_desktop.services import (
        AnswerService,
        AppointmentService,
        CancerProfileService,
        ExchangeService,
        GoalsService,
        MedicationService,
        QuestionService,
        SummaryPreferences,
        SymptomReport,
        SymptomService,
    )
    from mbc_desktop.storage import exchange_repository
    from mbc_desktop.storage import open_journal as open_store
    from mbc_desktop.summary.builder import SummaryBuilder

    store = open_store(paths.journal)
    questions = QuestionService(store)
    # The same QuestionService: the Questions area hears about questions a visit carries on.
    appointments = AppointmentService(store, questions=questions)
    symptoms = SymptomService(store)
    answers = AnswerService(store)
    medications = MedicationService(store)
    goals = GoalsService(answers)
    cancer = CancerProfileService(answers)
    preferences = SummaryPreferences(answers)
    return Journal(
        store=store,
        questions=questions,
        appointments=appointments,
        symptoms=symptoms,
        symptom_report=SymptomReport(symptoms, appointments),
        medications=medications,
        answers=answers,
        goals=goals,
        cancer=cancer,
        summary_preferences=preferences,
        summary=SummaryBuilder(
            appointments, questions, symptoms, medications, goals, cancer, preferences
        ),
        exchange=ExchangeService(store, bulk=exchange_repository, app_version=__version__),
    )


def make_window(paths: DataPaths) -> "MainWindow":
    """The main window, without the journal yet (it shows "Opening your journal…")."""
    from mbc_desktop.ui.application import base_font
    from mbc_desktop.ui.common.settings import UiSettings
    from mbc_desktop.ui.main_window import MainWindow
    from mbc_desktop.words.i18n import resolve, use_language

    settings = UiSettings(paths.settings)
    # Before any widget is made: texts are translated as they are created.
    use_language(resolve(settings.language))
    return MainWindow(settings, paths.root, base_font())


def load_library() -> "Library":
    """The reference pages; none (and a line in the log) if they can't be read, so that a
    broken installation still opens the journal. Learn then says what is wrong."""
    from mbc_desktop.content import Library, PageError

    try:
        return Library.load()
    except (PageError, OSError) as error:
        log.error("Reference pages not loaded: %s", error)
        return Library([])


def attach_journal(
    window: "MainWindow", paths: DataPaths, reopen: Callable[[], None] | None = None
) -> Journal | None:
    """Open the journal and give the window its areas; on failure, say why in the window. A
    damaged journal gets the page that offers its newest good backup and a rescue; once one
    is in place, ``reopen`` (by default: this again) opens it."""
    from mbc_desktop.storage import DamagedJournalError, JournalError
    from mbc_desktop.ui.main_window import UiServices

    try:
        journal = open_journal(paths)
    except DamagedJournalError as error:
        log.error("Journal damaged: %s", "; ".join(error.health.problems) or "unreadable")
        show_damaged(window, paths, error.good_backup, reopen or (lambda: None))
        return None
    except JournalError as error:
        log.error("Journal not opened: %s", type(error).__name__)
        window.show_journal_problem(str(error), paths.journal, paths.log_file)
        return None
    except Exception:
        log.exception("Unexpected error while opening the journal")
        window.show_journal_problem(None, paths.journal, paths.log_file)
        return None
    window.attach(
        UiServices(
            library=load_library(),
            questions=journal.questions,
            appointments=journal.appointments,
            symptoms=journal.symptoms,
            symptom_report=journal.symptom_report,
            medications=journal.medications,
            goals=journal.goals,
            cancer=journal.cancer,
            summary=journal.summary,
            summary_preferences=journal.summary_preferences,
        )
    )
    window.destroyed.connect(journal.close)
    window.make_data_dialog = lambda parent: data_dialog(window, paths, journal, parent)
    from mbc_desktop.ui import application

    def on_damage(error: BaseException) -> bool:
        return damaged_while_running(window, paths, journal, error)

    application.special_errors.append(on_damage)
    window.destroyed.connect(lambda _object=None: application.special_errors.remove(on_damage))
    assert window.questions_pane is not None
    log.info("Journal open (schema ready, %d questions)", window.questions_pane.model.total())
    return journal


def show_damaged(
    window: "MainWindow",
    paths: DataPaths,
    good_backup: object,
    reopen: Callable[[], None],
    *,
    while_running: bool = False,
) -> None:
    """The damaged-journal page in the window: restore the newest good backup, choose another,
    or rescue what can be read; then ``reopen``."""
    from mbc_desktop.data_actions import JournalFileActions
    from mbc_desktop.ui.data import DamagedJournalPage

    page = DamagedJournalPage(
        JournalFileActions(paths),
        good_backup,  # type: ignore[arg-type]
        reopen,
        while_running=while_running,
    )
    window.show_damaged(page)


def damaged_while_running(
    window: "MainWindow", paths: DataPaths, journal: Journal, error: BaseException
) -> bool:
    """Damage found while the app runs: the store already refuses every write; close the
    journal and show the same page as at start-up. Once a backup or the rescued journal is
    in place, MBC Desktop starts again on it. False for any other error."""
    from mbc_desktop.storage import DamagedJournalError

    if not isinstance(error, DamagedJournalError):
        return False
    log.error("Journal damaged while open: %s", "; ".join(error.health.problems))
    journal.close()
    show_damaged(
        window, paths, error.good_backup, lambda: restart(window, paths), while_running=True
    )
    return True


def data_dialog(
    window: "MainWindow", paths: DataPaths, journal: Journal, parent: "MainWindow"
) -> "DataDialog":
    """File › Your data: backups, restore, export and import on the open journal. A restore
    or an import changes everything the areas show: MBC Desktop then starts again on it."""
    from mbc_desktop.data_actions import OpenJournalActions
    from mbc_desktop.ui.data import DataDialog

    imported: list[object] = []
    stop_listening = journal.exchange.changes.subscribe(imported.append)
    actions = OpenJournalActions(paths, journal, before_close=window.save_typing)
    # A restore closes the journal (then MBC Desktop starts again on the restored one); a
    # backup refused before that leaves it open, and the dialog says why.
    dialog = DataDialog(
        actions,
        lambda: restart(window, paths) if journal.closed else None,
        parent,
        encrypted=window.is_encrypted,
    )

    def closed(_result: int) -> None:
        stop_listening()
        if imported:
            restart(window, paths)

    dialog.finished.connect(closed)
    return dialog


def restart(window: "MainWindow", paths: DataPaths) -> None:
    """Start MBC Desktop again on the same data folder, then close this window: after a
    restore or an import every area must read the journal afresh. The new start waits for
    this one to let go of the folder."""
    import subprocess
    import sys

    log.info("Starting again to open the journal afresh")
    arguments = [*sys.argv[1:]]
    if "--data-dir" not in arguments:
        arguments = ["--data-dir", str(paths.root), *arguments]
    command = (
        [sys.executable, *arguments]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "mbc_desktop", *arguments]
    )
    subprocess.Popen(command, start_new_session=True)
    window.close_now()


def show_glance(window: "MainWindow", paths: DataPaths) -> "HomeGlancePane | None":
    """Home's first screen in ``window`` from a light read of the journal (standard library
    DB-API: ``storage.quick_read``, through ``cipher.connect``, which uses the key of an
    unlocked encrypted journal and never imports SQLCipher for a plain one). None, and
    nothing shown, when there is no journal yet or it cannot be read that way (another
    schema, damage, a lock): the full open then decides, as without this."""
    from datetime import UTC, datetime

    from mbc_desktop.services.home_glance import NO_APPOINTMENT_SPAN, VISIT_WINDOW, home_glance
    from mbc_desktop.storage import cipher
    from mbc_desktop.storage.quick_read import read_home_from
    from mbc_desktop.storage.schema_head import SCHEMA_HEAD
    from mbc_desktop.ui.home.glance import HomeGlancePane

    journal = paths.journal
    if not journal.is_file():
        return None
    try:
        # Read-only: nothing is written before the full open has checked the file.
        uri = journal.resolve().as_uri() + "?mode=ro"
        rows = read_home_from(
            lambda: cipher.connect(journal, uri=uri),
            datetime.now(UTC),
            revisions=(SCHEMA_HEAD,),
            visit_window=VISIT_WINDOW,
            no_appointment_span=NO_APPOINTMENT_SPAN,
        )
        if rows is None:
            log.info("No first screen from the light read: the full open decides")
            return None
        glance = HomeGlancePane(home_glance(rows))
        window.show_glance(glance)
    except Exception:  # never in the way of opening the journal
        log.exception("Home's first screen could not be shown")
        return None
    return glance


class AlreadyOpenError(Exception):
    """Another MBC Desktop has this data folder open (it holds the folder's lock)."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"MBC Desktop is already open on {data_dir}")
        self.data_dir = data_dir


_collect_after_paint = False  # start_gui turned the garbage collector off until then


def start_gui(data_dir: Path) -> tuple["MainWindow", list[Journal]]:
    """Show the window now; open the journal right after its first paint (after the
    passphrase, for an encrypted journal).

    Raises, before any window is made, DataDirError if the data folder cannot be used and
    AlreadyOpenError if another MBC Desktop has it open. The window is the first one: a lock
    (Ctrl+L, or the idle time) replaces it with a new one (``Session.window``).
    """
    global _collect_after_paint
    # Until the window has been painted: start-up makes thousands of objects (Qt's enums, the
    # modules, the window) and throws hardly any away, so the garbage collector waits (~9 ms);
    # the log file's handler waits too (~5 ms of imports), what is logged meanwhile held in
    # memory. Both resume first thing after the first paint (``resume_after_first_paint``).
    _collect_after_paint = _collect_after_paint or gc.isenabled()
    gc.disable()
    try:
        session = _start_session(data_dir)
    except BaseException:
        resume_after_first_paint()
        raise
    # In case it is never painted (the journal then waits too): after AFTER_PAINT_AT_MOST_MS.
    session.window.after_painted(session.window.status_page, resume_after_first_paint)
    session.window.show()
    return session.window, session.opened


def resume_after_first_paint() -> None:
    """What start_gui held back until the first paint: the garbage collector and the log file
    (with what was logged until then). Once; later calls do nothing."""
    from mbc_desktop.logging_setup import open_held_log

    global _collect_after_paint
    if _collect_after_paint:
        _collect_after_paint = False
        gc.enable()
    open_held_log()


def _start_session(data_dir: Path) -> "Session":
    from mbc_desktop.ui.application import lock_data_dir, make_application

    paths = DataPaths(data_dir)
    warnings = prepare_data_dir(paths, hold_log=True)
    app = make_application()
    lock = lock_data_dir(paths.root)
    if lock is None and not asked_to_come_forward(paths.root):
        # No window answers: a data command (backup, restore, import) may hold the folder
        # for a moment. Wait for it rather than call the app stuck.
        lock = lock_data_dir(paths.root, wait_ms=DATA_COMMAND_WAIT_MS)
    if lock is None:
        log.info("Another MBC Desktop has this data folder open")
        raise AlreadyOpenError(paths.root)
    app.aboutToQuit.connect(lock.unlock)
    return Session(paths, warnings, lock)


def asked_to_come_forward(data_dir: Path) -> bool:
    """Whether the MBC Desktop holding ``data_dir`` answered a request to come forward."""
    from mbc_desktop.ui.single_instance import ask_to_come_forward

    return ask_to_come_forward(data_dir)


class Session:
    """One run of the app on one data folder: the folder's lock, the window (a new one after
    each lock of an encrypted journal: nothing of the journal outlives a lock), and the
    journals opened in it."""

    def __init__(self, paths: DataPaths, warnings: list[DataDirWarning], lock: object) -> None:
        self.paths = paths
        self.warnings = warnings
        self.folder_lock = lock
        self.opened: list[Journal] = []
        self.return_to_area: int | None = None
        self.server: InstanceServer | None = None
        self.window = self._new_window()

    def _new_window(self) -> "MainWindow":
        window = make_window(self.paths)
        window.lock = self.folder_lock  # lives as long as the window
        window.session = self  # type: ignore[attr-defined]
        window.after_first_paint(self._first_painted)
        return window

    def _first_painted(self) -> None:
        resume_after_first_paint()
        if self.server is None:
            self._listen()
        self.load()

    def _listen(self) -> None:
        """A second start on this folder asks, through the server, for the window to come
        forward. Started after the first paint (QtNetwork is not needed to paint); until then
        a second start waits for the folder's lock, then asks again."""
        from mbc_desktop.ui.single_instance import InstanceServer, bring_forward

        self.server = InstanceServer(self.paths.root, self.window)
        self.server.come_forward.connect(lambda: bring_forward(self.window))
        self.server.listen()

    def load(self) -> None:
        """After the first paint: the unlock page for an encrypted journal whose key is not
        known, else the journal."""
        from mbc_desktop.storage import cipher

        window = self.window
        if not window.isVisible():  # closed (or told to stop) before it got this far
            log.info("Window closed before the journal was opened")
            return
        journal = self.paths.journal
        key_file_lost = not cipher.key_file_path(journal).exists() and cipher.looks_encrypted(
            journal
        )
        if cipher.current_key() is None and (cipher.journal_is_encrypted(journal) or key_file_lost):
            from mbc_desktop.data_actions import JournalUnlock
            from mbc_desktop.ui.security.unlock_page import UnlockPage

            log.info("Journal is encrypted: asking for the passphrase")
            page = UnlockPage(JournalUnlock(self.paths), self.open)
            if key_file_lost:
                log.warning("Journal looks encrypted, and its key file is not there")
                page.explain_key_file_lost()
            window.show_locked(page)
            return
        self.open()

    def open(self) -> None:
        """Open the journal in the window, with its backups, encryption and idle lock.

        On the first open, Home's first screen comes first, from a light read (no SQLAlchemy,
        Alembic or Pydantic: ``show_glance``); the rest (those imports, the journal's checks,
        the areas) once that screen has been painted."""
        window = self.window
        glance = None
        if self.return_to_area is None and not self.opened:
            glance = show_glance(window, self.paths)
        if glance is not None:
            # The rest once that screen is on the glass (or after a moment, if not painted).
            window.after_painted(glance, self._open_now)
            return
        self._open_now()

    def _open_now(self) -> None:
        from mbc_desktop.storage.backup import REASON_AUTOMATIC, REASON_ON_EXIT
        from mbc_desktop.ui.application import make_application, repeat_every

        window = self.window
        if not window.isVisible():  # closed while its first screen was shown
            log.info("Window closed before the journal was opened")
            return
        journal = attach_journal(window, self.paths, reopen=self.load)
        if journal is not None:
            # What start-up made (the areas, the modules, ~1 million objects on a long journal)
            # lives as long as the window: out of the garbage collector's way, a full
            # collection takes under 16 ms instead of ~80 (docs/performance.md). A lock
            # unfreezes them, so that nothing of the journal outlives it.
            gc.freeze()
            app = make_application()
            self.opened.append(journal)
            # On exit, and every 30 minutes while something changed: a checked backup.
            app.aboutToQuit.connect(lambda: journal.back_up_if_changed(REASON_ON_EXIT))
            app.aboutToQuit.connect(journal.close)
            repeat_every(
                window, BACKUP_EVERY_MS, lambda: journal.back_up_if_changed(REASON_AUTOMATIC)
            )
            self._wire_encryption(journal)
            # The sources PySide6's import hook put in linecache since the areas were built
            # go too (see MainWindow.attach).
            linecache.clearcache()
        if self.return_to_area is not None:  # unlocked: back where the person was
            if journal is not None:
                window.go_to_area(self.return_to_area)
            self.return_to_area = None
            return
        welcome = window.offer_welcome if journal is not None else lambda: None
        if self.warnings:  # e.g. other people can open the folder; the welcome waits
            from mbc_desktop.ui.startup_messages import warn_about_data_dir

            message = "\n\n".join(warning.message for warning in self.warnings)
            warn_about_data_dir(window, self.paths.root, message, then=welcome)
            self.warnings = []
        else:
            welcome()

    def _wire_encryption(self, journal: Journal) -> None:
        """File › Passphrase and lock, Ctrl+L and the idle lock, for ``journal``."""
        from mbc_desktop.data_actions import JournalEncryption
        from mbc_desktop.storage import cipher
        from mbc_desktop.ui.security.idle import IdleLock

        window = self.window
        actions = JournalEncryption(self.paths, journal, before_switch=window.save_typing)
        idle = IdleLock(window)
        window.idle_lock = idle  # type: ignore[attr-defined]

        def encrypted() -> bool:
            return not journal.closed and cipher.is_encrypted(self.paths.journal)

        def lock_after() -> int | None:
            return window.settings.lock_after_minutes if encrypted() else None

        def changed(_encrypted: bool = False) -> None:
            idle.set_minutes(lock_after())
            window.update_lock_action()

        window.is_encrypted = encrypted
        if window.appointments_pane is not None:
            window.appointments_pane.encrypted = encrypted
        window.lock_journal = self.lock
        idle.idle.connect(self.lock)
        idle.set_minutes(lock_after())
        window.update_lock_action()

        def dialog(parent: "MainWindow") -> "EncryptionDialog":
            from mbc_desktop.ui.security.dialog import EncryptionDialog

            made = EncryptionDialog(actions, window.settings, self.lock, parent)
            made.encryption_changed.connect(changed)
            made.lock_after_changed.connect(idle.set_minutes)
            return made

        window.make_encryption_dialog = dialog

    def lock(self) -> None:
        """Lock an encrypted journal: what is typed is saved, a backup is made if something
        changed, the journal is closed, its key wiped, and this window (with every view of the
        journal in it) is replaced by a new one asking for the passphrase. Unlocking opens the
        area the person was in."""
        from mbc_desktop.storage import cipher
        from mbc_desktop.storage.backup import REASON_AUTOMATIC

        old = self.window
        journal = self.opened[-1] if self.opened else None
        if journal is None or journal.closed or not cipher.is_encrypted(self.paths.journal):
            return
        log.info("Locking the journal")
        idle = getattr(old, "idle_lock", None)
        if idle is not None:
            idle.stop_watching()
        old.save_typing()
        journal.back_up_if_changed(REASON_AUTOMATIC)
        self.return_to_area = max(0, old.sidebar.currentRow())
        old.settings.window_geometry = old.saveGeometry()
        maximized = old.isMaximized()
        # The new window first (so that closing the old one does not end the app), then the
        # old one closes (its areas save as they close), then the journal and its key go.
        self.window = self._new_window()
        if self.server is not None:
            self.server.setParent(self.window)
        if maximized:
            self.window.showMaximized()
        else:
            self.window.show()
        old.close_now()
        journal.close()
        self.opened.remove(journal)
        cipher.forget_key()
        old.deleteLater()
        gc.unfreeze()  # the old window's objects may be collected again


def run_gui(data_dir: Path) -> int:
    """Start the app and run it until it quits; returns the process's exit code.

    Told to stop from outside (SIGTERM at log-out or shutdown, Ctrl+C), it closes the window
    first, which saves what is typed, instead of losing the last half-second of typing.
    Started a second time on the same data folder, it brings the first window forward and
    ends without a window of its own. A data folder it cannot use is shown in a dialog (the
    person may have no terminal) and raised again for the entry point to report.
    """
    from mbc_desktop.ui.application import StopRequests, make_application, run
    from mbc_desktop.ui.single_instance import hand_over_to_running
    from mbc_desktop.ui.startup_messages import tell_data_dir_unusable

    try:
        window, _opened = start_gui(data_dir)
    except AlreadyOpenError as already:
        return hand_over_to_running(already.data_dir)
    except DataDirError as error:
        make_application()
        tell_data_dir_unusable(str(error))
        raise
    app = make_application()
    stop, save = stop_handlers(window)
    stop_requests = StopRequests(app, stop=stop, save=save)
    try:
        return run(app)
    finally:
        stop_requests.remove()


def stop_handlers(window: "MainWindow") -> tuple[Callable[[], None], Callable[[], None]]:
    """What a stop request (SIGTERM, log-out) does: close, or save what is typed in, the
    window in use at the time (a lock replaces the first one)."""
    session: Session = window.session  # type: ignore[attr-defined]
    return (lambda: session.window.close_now()), (lambda: save_typing(session.window))


def save_typing(window: "MainWindow") -> None:
    """Save what is being typed now, without waiting for the pause after typing."""
    window.save_typing()
