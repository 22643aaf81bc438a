"""Killed at any moment (SIGKILL: no clean-up, no handler), the app loses no saved write.

A writer process (crash_writer.py) writes questions, check-ins and appointments through the
real services and reports each one once it is saved; it is killed at a random moment, 50
times, and after each kill the journal, opened again through the services, must hold every
reported write exactly, nothing half-written, and pass integrity_check. ``python3 dev.py soak``
runs 1,000 trials (docs/reliability.md has the result).

The seed is printed on failure; ``MBC_CRASH_SEED=N`` runs the same writes and delays again.
"""

import os
import random
import signal
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.crash_writer import Batch, Tally, Trial, run_trials

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's"),
]

TRIALS = 50


def test_a_killed_writer_loses_no_write_it_reported(tmp_path: Path) -> None:
    seed = int(os.environ.get("MBC_CRASH_SEED") or random.SystemRandom().getrandbits(32))
    tally = run_trials(TRIALS, seed, tmp_path, python=sys.executable)
    summary = f"seed {seed} (MBC_CRASH_SEED={seed} runs it again)\n{tally.report()}"
    assert tally.ok, summary + "\n\n" + "\n".join(tally.problems[:20])
    assert tally.trials == TRIALS, summary
    # It did write, every kind, and was mostly killed while writing, not while opening.
    assert tally.acknowledged >= 10 * TRIALS, summary
    assert all(count > 0 for count in tally.kinds.values()), summary
    assert tally.killed_while_opening < TRIALS // 2, summary


# --- the checker itself: it must see what it is there to see ---------------------------------


def killed_writer(batch: Batch, seed: int) -> Trial:
    """A writer killed 0.2 s after it opened the journal: a few hundred reported writes."""
    trial = batch.run_writer(seed, 0.2, after="READY")
    assert trial.returncode == -signal.SIGKILL, trial.stderr
    assert len(trial.lines) > 20, trial.stderr
    return trial


def no_writer(batch: Batch, seed: int) -> Trial:
    """A trial whose writer reported nothing: checking it checks the earlier writes only."""
    batch.trials += 1
    return Trial(batch.trials, seed, 0.0, [], True, -signal.SIGKILL, "")


def first_id(trial: Trial, kind: str) -> int:
    return next(int(line.split()[1]) for line in trial.lines if line.startswith(kind + " "))


def test_the_check_sees_a_lost_a_changed_and_a_half_write(tmp_path: Path) -> None:
    batch = Batch(tmp_path / "data")
    trial = killed_writer(batch, 1)
    tally = Tally()
    batch.check(trial, tally)
    assert tally.ok, tally.problems
    assert tally.acknowledged == len(trial.lines)

    question, check_in = first_id(trial, "Q"), first_id(trial, "C")
    with closing(sqlite3.connect(batch.journal_file)) as db, db:
        db.execute("DELETE FROM questions WHERE id = ?", (question,))
        db.execute("UPDATE scores SET score = (score + 1) % 11 WHERE check_in_id = ?", (check_in,))
        # A symptom named on a check-in, without the check-in: half of one write.
        db.execute(
            "INSERT INTO symptoms (kind, name, position, created_at) "
            "SELECT 'other', 'Left behind', 0, created_at FROM symptoms LIMIT 1"
        )
    tally = Tally()
    batch.check(no_writer(batch, 2), tally)
    assert tally.lost == 2, tally.problems
    assert tally.partial == 1, tally.problems
    assert any(
        f"('Q', {question}) " in problem and "missing" in problem for problem in tally.problems
    )
    assert any(
        f"('C', {check_in}) " in problem and "not as" in problem for problem in tally.problems
    )


def test_the_check_sees_a_write_nobody_reported(tmp_path: Path) -> None:
    batch = Batch(tmp_path / "data")
    trial = killed_writer(batch, 3)
    # Two lines fewer than the writer printed: its last two writes look unreported, and only
    # one write can be under way at a kill.
    trial.lines = trial.lines[:-2]
    tally = Tally()
    batch.check(trial, tally)
    assert tally.lost == 0
    assert tally.partial >= 1, tally.problems
    assert "only one can be under way" in "\n".join(tally.problems)


def test_the_check_sees_a_damaged_file(tmp_path: Path) -> None:
    batch = Batch(tmp_path / "data")
    batch.check(killed_writer(batch, 4), Tally())
    size = batch.journal_file.stat().st_size
    with batch.journal_file.open("r+b") as journal:
        journal.seek(size // 2 // 4096 * 4096)  # a page in the middle
        journal.write(b"\xff" * 4096)
    tally = Tally()
    batch.check(no_writer(batch, 5), tally)
    assert tally.integrity_failures == 1, tally.problems
    assert not tally.ok
