"""Encryption at rest: nothing readable without the key, the key never lost, switches whole."""

import contextlib
import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.domain.medications import NewMedication
from mbc_desktop.domain.symptoms import NewCheckIn
from mbc_desktop.services import MedicationService, QuestionService, SymptomService
from mbc_desktop.storage import DamagedJournalError, cipher, open_journal
from mbc_desktop.storage.backup import list_backups, make_backup, restore
from mbc_desktop.storage.encryption import OLD, SWITCH, finish_interrupted, turn_off, turn_on
from mbc_desktop.storage.health import side_file
from tests.unit.storage.journals import TABLES, digest, fill

QUESTION = "Zanubrutinib-QUESTION-7f3a: should we scan my liver again?"
NOTE = "Tingling-NOTE-91c2 in both feet after the walk"
MEDICINE = "Ribociclib-MED-44de"
PASSPHRASE = "plum river lantern seven"


def fill_distinctive(journal: Path) -> None:
    store = open_journal(journal)
    try:
        QuestionService(store).add(NewQuestion(text=QUESTION))
        SymptomService(store).add_check_in(
            NewCheckIn(taken_at=datetime(2026, 11, 2, 9, tzinfo=UTC), scores={1: 3}, note=NOTE)
        )
        MedicationService(store).add(
            NewMedication(name=MEDICINE, dose="600 mg", started_on=date(2026, 1, 5))
        )
        fill(store)
        make_backup(store.database, "manual")
    finally:
        store.close()


def counts(journal: Path) -> dict[str, int]:
    with contextlib.closing(cipher.connect(journal)) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in TABLES
        }


def encrypt(journal: Path) -> cipher.Key:
    key = cipher.Key.new()
    turn_on(journal, key, cipher.lock_with_passphrase(key, PASSPHRASE))
    return key


def every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_nothing_readable_in_the_journal_its_wal_its_backups_or_the_key_file(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    encrypt(journal)
    # Written again while encrypted, and looked at while open: the -wal exists then.
    store = open_journal(journal)
    QuestionService(store).add(NewQuestion(text=QUESTION + " (again)"))
    make_backup(store.database, "automatic")
    wal = side_file(journal, "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0
    files_while_open = every_file(tmp_path)
    contents_while_open = {path.name: path.read_bytes() for path in files_while_open}
    store.close()
    contents = {path.name: path.read_bytes() for path in every_file(tmp_path)}
    contents.update({f"{name} (open)": data for name, data in contents_while_open.items()})

    assert "journal.key" in contents
    assert len(list_backups(journal)) == 2
    for name, data in contents.items():
        for secret in (QUESTION, NOTE, MEDICINE, "SQLite format 3"):
            assert secret.encode() not in data, f"{secret!r} readable in {name}"
            assert secret.encode("utf-16-le") not in data, f"{secret!r} readable in {name}"


def test_the_plain_journal_is_readable_before_so_the_search_above_can_find_things(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    data = journal.read_bytes() + b"".join(p.read_bytes() for p in every_file(tmp_path))
    assert QUESTION.encode() in data
    assert NOTE.encode() in data
    assert MEDICINE.encode() in data


def test_without_the_key_the_journal_does_not_open_and_is_not_called_damaged(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    encrypt(journal)
    cipher.forget_key()
    before = digest(journal)

    with pytest.raises(cipher.LockedError):
        open_journal(journal)
    with (
        contextlib.closing(sqlite3.connect(journal)) as plain,
        pytest.raises(sqlite3.DatabaseError),
    ):
        plain.execute("SELECT count(*) FROM questions")
    assert digest(journal) == before


def test_a_wrong_passphrase_fails_cleanly_and_changes_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    encrypt(journal)
    cipher.forget_key()
    before = {path: digest(path) for path in every_file(tmp_path)}

    for wrong in ("plum river lantern eight", "", PASSPHRASE.upper(), "A" * 52):
        with pytest.raises(cipher.WrongSecretError):
            cipher.key_from_secret(journal, wrong)

    assert {path: digest(path) for path in every_file(tmp_path)} == before
    assert cipher.current_key() is None


def test_the_passphrase_and_the_recovery_key_both_open_it(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = {table: n for table, n in counts(journal).items()}
    key = encrypt(journal)
    recovery = key.recovery_key()
    cipher.forget_key()

    cipher.use_key(cipher.key_from_secret(journal, PASSPHRASE))
    assert counts(journal) == expected
    cipher.forget_key()
    # Typed loosely: lower case, spaces instead of dashes.
    cipher.use_key(cipher.key_from_secret(journal, recovery.lower().replace("-", " ")))
    store = open_journal(journal)
    store.close()
    assert counts(journal) == expected


def test_the_recovery_key_opens_it_even_with_the_key_file_gone(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    recovery = encrypt(journal).recovery_key()
    cipher.forget_key()
    backup = list_backups(journal)[0].path
    cipher.key_file_path(journal).unlink()

    key = cipher.key_from_secret(journal, recovery)
    assert cipher.verify_key(journal, key)
    assert cipher.verify_key(backup, key)
    assert not cipher.verify_key(journal, cipher.Key.new())
    with pytest.raises(cipher.KeyFileError):
        cipher.key_from_secret(journal, PASSPHRASE)


def test_changing_the_passphrase_keeps_every_row_backups_and_the_recovery_key(
    tmp_path: Path,
) -> None:
    from mbc_desktop.storage.encryption import change_passphrase

    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    key = encrypt(journal)
    recovery = key.recovery_key()
    backups_before = {info.path: digest(info.path) for info in list_backups(journal)}

    change_passphrase(journal, key, "a brand new passphrase")
    cipher.forget_key()

    with pytest.raises(cipher.WrongSecretError):
        cipher.key_from_secret(journal, PASSPHRASE)
    cipher.use_key(cipher.key_from_secret(journal, "a brand new passphrase"))
    assert counts(journal) == expected
    assert {info.path: digest(info.path) for info in list_backups(journal)} == backups_before
    assert cipher.key_from_secret(journal, recovery) == cipher.current_key()


def test_turning_it_off_gives_back_a_plain_journal_with_every_row(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    key = encrypt(journal)

    result = turn_off(journal, key)

    assert result.backups_switched == 1
    assert not cipher.key_file_path(journal).exists()
    assert cipher.current_key() is None
    assert journal.read_bytes().startswith(b"SQLite format 3\x00")
    assert counts(journal) == expected
    for info in list_backups(journal):
        assert info.path.read_bytes().startswith(b"SQLite format 3\x00")
    store = open_journal(journal)
    assert QuestionService(store).get(1).text == QUESTION
    store.close()


def test_turning_it_on_replaces_the_plain_files_and_keeps_every_row(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    names_before = sorted(path.name for path in every_file(tmp_path))

    result = encrypt(journal)

    assert result is not None
    names_after = sorted(path.name for path in every_file(tmp_path))
    assert names_after == sorted([*names_before, "journal.key"])
    assert not side_file(journal, SWITCH).exists()
    assert not side_file(journal, OLD).exists()
    assert counts(journal) == expected
    assert oct(cipher.key_file_path(journal).stat().st_mode & 0o777) == oct(0o600)


def test_a_backup_of_an_encrypted_journal_restores_encrypted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    encrypt(journal)
    backup = list_backups(journal)[0].path

    restore(backup, journal)

    assert cipher.is_encrypted(journal)
    assert counts(journal) == expected


def test_a_plain_backup_restored_into_an_encrypted_journal_is_encrypted(tmp_path: Path) -> None:
    elsewhere = tmp_path / "old" / "journal.sqlite"
    elsewhere.parent.mkdir()
    fill_distinctive(elsewhere)
    plain_backup = list_backups(elsewhere)[0].path
    journal = tmp_path / "data" / "journal.sqlite"
    journal.parent.mkdir()
    fill_distinctive(journal)
    encrypt(journal)

    restore(plain_backup, journal)

    assert cipher.is_encrypted(journal)
    assert QUESTION.encode() not in journal.read_bytes()
    assert counts(journal) == counts(plain_backup)


def test_an_unfinished_switch_leaves_the_old_journal_and_is_tidied(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    # As if a crash came after the copy and the key file, before the rename.
    key = cipher.Key.new()
    cipher.export_copy(journal, side_file(journal, SWITCH), key, source_key=None)
    cipher.write_key_file(journal, cipher.lock_with_passphrase(key, PASSPHRASE))

    store = open_journal(journal)
    store.close()

    assert not side_file(journal, SWITCH).exists()
    assert not cipher.key_file_path(journal).exists()
    assert not cipher.is_encrypted(journal)
    assert counts(journal) == expected


def test_a_crash_between_the_second_name_and_the_rename_loses_nothing(tmp_path: Path) -> None:
    """Killed after the old journal got its second name (a hard link) and before the copy was
    renamed in: ``.old`` and the journal are one file. Tidying must not overwrite it with
    zeros (it did: the journal, or a backup, was gone)."""
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    backup = list_backups(journal)[0].path
    backup_rows = counts(backup)
    key = cipher.Key.new()
    cipher.write_key_file(journal, cipher.lock_with_passphrase(key, PASSPHRASE))
    for database in (journal, backup):
        cipher.export_copy(database, side_file(database, SWITCH), key, source_key=None)
        os.link(database, side_file(database, OLD))

    store = open_journal(journal)
    store.close()

    for database, rows in ((journal, expected), (backup, backup_rows)):
        assert not side_file(database, OLD).exists()
        assert not side_file(database, SWITCH).exists()
        assert not cipher.is_encrypted(database)  # the old journal, whole
        assert counts(database) == rows


def test_backups_left_plain_by_a_crash_are_encrypted_once_unlocked(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    key = encrypt(journal)
    # Put back a plain backup, as if the crash came before the backups were switched.
    other = tmp_path / "other" / "journal.sqlite"
    other.parent.mkdir()
    fill_distinctive(other)
    plain = list_backups(other)[0].path
    late = journal.parent / "backups" / "journal-manual-20260101-000000.sqlite"
    late.write_bytes(plain.read_bytes())

    finish_interrupted(journal, key)

    assert cipher.is_encrypted(late)
    assert QUESTION.encode() not in late.read_bytes()


def test_damage_in_an_encrypted_journal_is_damage(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    encrypt(journal)
    data = bytearray(journal.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle + 100 : middle + 200] = bytes(100)
    journal.write_bytes(bytes(data))

    with pytest.raises(DamagedJournalError) as raised:
        open_journal(journal)
    assert raised.value.good_backup is not None
    assert cipher.is_encrypted(raised.value.good_backup.path)


def test_recovery_keys_read_back_however_they_are_typed() -> None:
    key = cipher.Key.new()
    text = key.recovery_key()
    assert len(text.split("-")) == 13
    assert all(len(group) == 4 for group in text.split("-"))
    assert cipher.Key.from_recovery_key(text) == key
    assert cipher.Key.from_recovery_key(" " + text.lower().replace("-", "  ") + "\n") == key
    assert cipher.Key.from_recovery_key(text[:-1]) is None
    assert cipher.Key.from_recovery_key("correct horse battery staple") is None


def test_a_key_file_someone_changed_is_refused_not_trusted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    key = cipher.Key.new()
    cipher.write_key_file(journal, cipher.lock_with_passphrase(key, PASSPHRASE))
    text = cipher.key_file_path(journal).read_text()
    for broken in (
        "not json",
        text.replace('"argon2id"', '"md5"'),
        text.replace('"time_cost": 3', '"time_cost": 100000'),
    ):
        cipher.key_file_path(journal).write_text(broken)
        with pytest.raises(cipher.KeyFileError):
            cipher.key_from_secret(journal, PASSPHRASE)


def test_forgetting_the_key_overwrites_its_bytes() -> None:
    key = cipher.Key.new()
    cipher.use_key(key)
    cipher.forget_key()
    assert key.raw() == bytes(32)
    assert cipher.current_key() is None


def test_a_damaged_encrypted_journal_takes_its_passphrase_then_offers_a_backup(
    tmp_path: Path,
) -> None:
    from mbc_desktop.data_actions import JournalUnlock
    from mbc_desktop.paths import DataPaths

    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    encrypt(journal)
    cipher.forget_key()
    data = bytearray(journal.read_bytes())
    data[1000:1010] = bytes(10)  # page 1, where SQLCipher checks the key
    journal.write_bytes(bytes(data))

    JournalUnlock(DataPaths(tmp_path)).unlock(PASSPHRASE)

    assert cipher.current_key() is not None
    with pytest.raises(DamagedJournalError) as raised:
        open_journal(journal)
    assert raised.value.good_backup is not None


def test_a_rescue_of_an_encrypted_journal_keeps_every_row(tmp_path: Path) -> None:
    from mbc_desktop.storage.salvage import salvage

    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    expected = counts(journal)
    encrypt(journal)

    rescued = salvage(journal, tmp_path / "rescued.sqlite")

    assert {table: rescued[table] for table in TABLES} == expected
    assert cipher.is_encrypted(tmp_path / "rescued.sqlite")
    assert counts(tmp_path / "rescued.sqlite") == expected


def test_without_its_key_file_only_the_recovery_key_opens_it(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    recovery = encrypt(journal).recovery_key()
    cipher.forget_key()
    cipher.key_file_path(journal).unlink()

    assert cipher.looks_encrypted(journal)
    with pytest.raises(cipher.KeyFileError):
        cipher.unlock(journal, PASSPHRASE)
    with pytest.raises(cipher.WrongSecretError):
        cipher.unlock(journal, cipher.Key.new().recovery_key())
    cipher.use_key(cipher.unlock(journal, recovery))
    store = open_journal(journal)
    assert QuestionService(store).get(1).text == QUESTION
    store.close()


def test_a_plain_journal_with_a_damaged_header_does_not_look_encrypted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    fill_distinctive(journal)
    data = bytearray(journal.read_bytes())
    data[0:16] = bytes(16)
    journal.write_bytes(bytes(data))

    assert cipher.is_encrypted(journal)  # not plain SQLite's first bytes…
    assert not cipher.looks_encrypted(journal)  # …but its schema text shows
