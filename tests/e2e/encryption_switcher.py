"""Child process for test_encryption_crash.py: switch a journal's encryption, to be killed.

    python encryption_switcher.py on|off JOURNAL PASSPHRASE

Everything slow that comes before the switch (argon2id) is done first; then it prints
"ready" and switches. The parent kills it with SIGKILL at a random moment after "ready".
"""

import sys
from pathlib import Path

from mbc_desktop.storage import cipher
from mbc_desktop.storage.encryption import turn_off, turn_on


def main(direction: str, journal: Path, passphrase: str) -> None:
    if direction == "on":
        key = cipher.Key.new()
        key_file = cipher.lock_with_passphrase(key, passphrase)
        print("ready", flush=True)
        turn_on(journal, key, key_file)
    else:
        key = cipher.key_from_secret(journal, passphrase)
        cipher.use_key(key)
        print("ready", flush=True)
        turn_off(journal, key)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
