"""The data commands and the summary on an encrypted journal: the passphrase (or recovery key)
comes from MBC_DESKTOP_PASSPHRASE or the terminal, never from an argument; a wrong one, or none
with no terminal to ask, is said in one line and changes nothing; plain exports say they are not
encrypted; backups made and restored stay encrypted."""

from pathlib import Path

import pytest

from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
from mbc_desktop.services import QuestionService
from mbc_desktop.storage import cipher, open_journal
from mbc_desktop.storage.backup import list_backups
from mbc_desktop.storage.encryption import turn_on
from tests.e2e.test_data_cli import mbc, said
from tests.unit.storage.journals import digest

pytestmark = pytest.mark.slow

SECRET = "Xylophone-secret question about the bone scan"
PASSPHRASE = "meadow copper violin nine"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    store = open_journal(paths.journal)
    QuestionService(store).add(NewQuestion(text=SECRET))
    store.close()
    key = cipher.Key.new()
    turn_on(paths.journal, key, cipher.lock_with_passphrase(key, PASSPHRASE))
    (paths.root / "recovery.txt").write_text(key.recovery_key())
    cipher.forget_key()
    return paths.root


def test_with_the_passphrase_in_the_environment_the_commands_work(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"

    exported = mbc(data_dir, "export", "--out", str(out), MBC_DESKTOP_PASSPHRASE=PASSPHRASE)
    backed_up = mbc(data_dir, "backup", MBC_DESKTOP_PASSPHRASE=PASSPHRASE)
    checked = mbc(data_dir, "check", MBC_DESKTOP_PASSPHRASE=PASSPHRASE)

    assert exported.returncode == 0, exported.stderr
    assert SECRET in out.read_text()
    assert any("is not encrypted" in line for line in said(exported))
    assert backed_up.returncode == 0, backed_up.stderr
    assert checked.returncode == 0, checked.stderr
    for info in list_backups(DataPaths(data_dir).journal):
        assert cipher.is_encrypted(info.path)
        assert SECRET.encode() not in info.path.read_bytes()


def test_the_recovery_key_works_where_the_passphrase_does(data_dir: Path, tmp_path: Path) -> None:
    recovery = (data_dir / "recovery.txt").read_text()
    out = tmp_path / "summary.txt"

    result = mbc(
        data_dir, "summary", "--format", "text", "--out", str(out), MBC_DESKTOP_PASSPHRASE=recovery
    )

    assert result.returncode == 0, result.stderr
    assert SECRET in out.read_text()
    assert any("is not encrypted" in line for line in said(result))


def test_a_wrong_passphrase_or_none_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    journal = DataPaths(data_dir).journal
    before = digest(journal)
    out = tmp_path / "export.json"

    wrong = mbc(data_dir, "export", "--out", str(out), MBC_DESKTOP_PASSPHRASE="meadow copper")
    # No variable and no terminal (the tests' stdin is not one): it says how to give it.
    none = mbc(data_dir, "backup")

    assert wrong.returncode == 1
    assert said(wrong) == [
        f"mbc-desktop: that passphrase or recovery key does not open the journal in {data_dir}."
    ]
    assert none.returncode == 2
    assert "MBC_DESKTOP_PASSPHRASE" in said(none)[0]
    assert "terminal" in said(none)[0]
    assert not out.exists()
    assert digest(journal) == before
    assert list_backups(journal) == []


def test_there_is_no_argument_for_the_passphrase(data_dir: Path) -> None:
    result = mbc(data_dir, "backup", "--passphrase", PASSPHRASE)

    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_a_backup_on_a_stick_restores_into_a_new_folder_with_the_recovery_key(
    data_dir: Path, tmp_path: Path
) -> None:
    recovery = (data_dir / "recovery.txt").read_text()
    stick = tmp_path / "stick"
    stick.mkdir()
    made = mbc(data_dir, "backup", "--to", str(stick), MBC_DESKTOP_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    (copy,) = stick.iterdir()
    assert cipher.is_encrypted(copy)
    new_folder = tmp_path / "new-computer"

    without = mbc(new_folder, "restore", str(copy))
    restored = mbc(new_folder, "restore", str(copy), MBC_DESKTOP_PASSPHRASE=recovery)

    assert without.returncode == 2
    assert "MBC_DESKTOP_PASSPHRASE" in said(without)[0]
    assert restored.returncode == 0, restored.stderr
    assert any("restored as a plain file" in line for line in said(restored))
    exported = mbc(new_folder, "export", "--out", str(tmp_path / "all.json"))
    assert exported.returncode == 0, exported.stderr
    assert SECRET in (tmp_path / "all.json").read_text()
