"""SIGKILL during a switch of encryption leaves the old journal or the new one, whole.

A child process (encryption_switcher.py) turns encryption on (or off) for a journal with
rows in every table and a few backups, and is killed with SIGKILL at a random moment of the
switch. Then the journal must open — plain, or with the passphrase — with every row, and the
next open tidies what the switch left.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mbc_desktop.storage import cipher, open_journal
from mbc_desktop.storage.backup import list_backups, make_backup
from tests.unit.storage.journals import fill
from tests.unit.storage.test_encryption import PASSPHRASE, counts, encrypt

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

SWITCHER = Path(__file__).with_name("encryption_switcher.py")
TRIALS = 16


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    journal = folder / "journal.sqlite"
    store = open_journal(journal)
    fill(store)
    for reason in ("manual", "automatic", "on-exit"):
        make_backup(store.database, reason, now=None)
        time.sleep(1.01)  # backups are named to the second
    store.close()
    return journal


def run_switch(direction: str, journal: Path, delay: float) -> tuple[str, str]:
    """Start the switch, kill it ``delay`` s after it is ready (unless it finished first)."""
    child = subprocess.Popen(
        [sys.executable, str(SWITCHER), direction, str(journal), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    return out, err


def time_of_a_switch(direction: str, journal: Path) -> float:
    """Seconds from "ready" to "done": the switch itself."""
    with subprocess.Popen(
        [sys.executable, str(SWITCHER), direction, str(journal), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        started = time.perf_counter()
        assert child.stdout.readline().strip() == "done"
        took = time.perf_counter() - started
        child.wait(timeout=60)
    return took


@pytest.mark.parametrize("direction", ["on", "off"])
def test_a_killed_switch_leaves_a_whole_journal(
    template: Path, tmp_path: Path, direction: str
) -> None:
    expected = counts(template)
    rng = random.Random(2026)
    # How long a whole switch takes here (start-up of the child included: an upper bound).
    probe = tmp_path / "probe" / "journal.sqlite"
    shutil.copytree(template.parent, probe.parent)
    if direction == "off":
        encrypt(probe)
        cipher.forget_key()
    longest = time_of_a_switch(direction, probe)
    outcomes = {"old": 0, "new": 0}
    for trial in range(TRIALS):
        journal = tmp_path / f"trial-{trial}" / "journal.sqlite"
        shutil.copytree(template.parent, journal.parent)
        if direction == "off":
            encrypt(journal)
            cipher.forget_key()
        # Spread from the very start of the switch to past its end, jittered.
        delay = longest * 1.3 * trial / (TRIALS - 1) * rng.uniform(0.9, 1.0)
        run_switch(direction, journal, delay)

        if cipher.is_encrypted(journal):
            cipher.use_key(cipher.key_from_secret(journal, PASSPHRASE))
        assert counts(journal) == expected, f"trial {trial}"
        encrypted = cipher.is_encrypted(journal)
        outcomes["new" if encrypted == (direction == "on") else "old"] += 1
        store = open_journal(journal)  # tidies what the switch left
        store.close()
        assert counts(journal) == expected
        leftovers = [p.name for p in journal.parent.rglob("*") if p.suffix in (".switch", ".old")]
        assert leftovers == []
        # Every backup opens too: plain, or (a turn-off cut short leaves some encrypted, and
        # the key file with them) with the passphrase.
        for info in list_backups(journal):
            if cipher.is_encrypted(info.path) and cipher.current_key() is None:
                cipher.use_key(cipher.key_from_secret(journal, PASSPHRASE))
            assert counts(info.path)["questions"] > 0
        cipher.forget_key()
    # Both outcomes happened: the kills landed on both sides of the switch.
    assert outcomes["old"] > 0, outcomes
    assert outcomes["new"] > 0, outcomes
