"""What encryption at rest costs at start-up: opening the journal plain vs encrypted.

    .venv/bin/python benchmarks/encryption.py DATA_DIR [--runs 7]

DATA_DIR holds a plain ``journal.sqlite`` (e.g. one that ``run.py`` built). The script makes an
encrypted copy (through ``storage.encryption.turn_on``) and then, in a fresh process each time,
measures from before the first import of our storage to the first list of questions read:

- plain: open the journal (check, migrate check, engine) and list the questions;
- encrypted: the same, after turning the passphrase into the key (argon2id) and checking it.

It prints medians and spreads, the argon2id time alone, and "encrypted − plain − KDF": what
encryption costs beyond the deliberate stretching of the passphrase (SQLCipher's page
decryption, mostly). The issue's budget: at most the KDF time more than without.
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "benchmark passphrase, not a secret"

PROBE = r"""
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from mbc_desktop.storage import cipher, open_journal
from mbc_desktop.services import QuestionService
journal = Path(sys.argv[1])
kdf = 0.0
if sys.argv[2] == "encrypted":
    before = time.perf_counter()
    key = cipher.key_from_secret(journal, sys.argv[3])
    kdf = time.perf_counter() - before
    cipher.use_key(key)
store = open_journal(journal)
count = len(QuestionService(store).list())
done = time.perf_counter()
store.close()
print(json.dumps({"total_ms": (done - started) * 1000, "kdf_ms": kdf * 1000, "questions": count}))
"""


def measure(journal: Path, kind: str, runs: int) -> list[dict[str, float]]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(journal), kind, PASSPHRASE],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ms ({min(values):.0f}–{max(values):.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from mbc_desktop.storage import cipher
    from mbc_desktop.storage.encryption import turn_on

    with tempfile.TemporaryDirectory() as work:
        plain = Path(work) / "plain" / "journal.sqlite"
        encrypted = Path(work) / "encrypted" / "journal.sqlite"
        for target in (plain, encrypted):
            target.parent.mkdir()
            shutil.copyfile(args.data_dir / "journal.sqlite", target)
        key = cipher.Key.new()
        turn_on(encrypted, key, cipher.lock_with_passphrase(key, PASSPHRASE))
        cipher.forget_key()
        # Once each, unmeasured: the page cache and .pyc files warm for both.
        measure(plain, "plain", 1)
        measure(encrypted, "encrypted", 1)
        plain_runs = measure(plain, "plain", args.runs)
        encrypted_runs = measure(encrypted, "encrypted", args.runs)
        size = plain.stat().st_size
    plain_ms = [r["total_ms"] for r in plain_runs]
    encrypted_ms = [r["total_ms"] for r in encrypted_runs]
    kdf_ms = [r["kdf_ms"] for r in encrypted_runs]
    beyond = [e - k for e, k in zip(encrypted_ms, kdf_ms, strict=True)]
    extra = statistics.median(beyond) - statistics.median(plain_ms)
    questions = int(plain_runs[0]["questions"])
    print(f"Journal: {size / 1e6:.1f} MB, {questions:,} questions; {args.runs} runs each\n")
    print("| Open and list the questions | median (min–max) |")
    print("|---|---|")
    print(f"| plain | {spread(plain_ms)} |")
    print(f"| encrypted, passphrase included | {spread(encrypted_ms)} |")
    print(f"| of which argon2id (the KDF) | {spread(kdf_ms)} |")
    print(f"| encrypted − plain − KDF | {extra:+.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
