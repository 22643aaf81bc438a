"""Built next to the app only for ``build_bundle.py --smoke`` (never shipped): it runs on the
app's own Python modules and libraries, and checks that what the app loads only by name, or
only for an encrypted journal, works inside the bundle: SQLCipher's compiled module with its
own OpenSSL, argon2id through cffi, SQLAlchemy's SQLite dialect, and Alembic's migrations.

Prints one JSON line; exits 0 when every check passed.
"""

import importlib
import json
import sys
import tempfile
from pathlib import Path

# Imported by name, so that PyInstaller finds them in the app's analysis or not at all.
MODULES = (
    "sqlcipher3.dbapi2",
    "argon2",
    "argon2.low_level",
    "_cffi_backend",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.op",
    "alembic.context",
    "mbc_desktop.storage.migrate",
)


def check_sqlcipher(folder: Path) -> str:
    dbapi2 = importlib.import_module("sqlcipher3.dbapi2")
    path = folder / "encrypted.sqlite"
    key = "x'" + "2b" * 32 + "'"
    with dbapi2.connect(str(path)) as db:
        db.execute(f'PRAGMA key = "{key}"')
        db.execute("CREATE TABLE t (x TEXT)")
        db.execute("INSERT INTO t VALUES ('kept')")
    if b"kept" in path.read_bytes() or path.read_bytes().startswith(b"SQLite format 3"):
        raise AssertionError("the SQLCipher file is not encrypted")
    db = dbapi2.connect(str(path))
    db.execute(f'PRAGMA key = "{key}"')
    (value,) = db.execute("SELECT x FROM t").fetchone()
    version = db.execute("PRAGMA cipher_version").fetchone()[0]
    db.close()
    if value != "kept":
        raise AssertionError("SQLCipher did not read back what it wrote")
    return str(version)


def check_argon2() -> str:
    low_level = importlib.import_module("argon2.low_level")
    raw = low_level.hash_secret_raw(
        b"passphrase", b"sixteen byte salt", 1, 8, 1, 32, low_level.Type.ID
    )
    if len(raw) != 32:
        raise AssertionError("argon2id gave a key of the wrong length")
    return "argon2id"


def main() -> int:
    found: dict[str, object] = {}
    problems = []
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as error:  # report every module that fails, not the first
            problems.append(f"{name}: {error!r}")
    with tempfile.TemporaryDirectory() as folder:
        for label, check in (
            ("sqlcipher", lambda: check_sqlcipher(Path(folder))),
            ("argon2", check_argon2),
        ):
            try:
                found[label] = check()
            except Exception as error:
                problems.append(f"{label}: {error!r}")
    migrate = sys.modules.get("mbc_desktop.storage.migrate")
    if migrate is not None:
        versions = Path(migrate.MIGRATIONS) / "versions"
        found["migrations"] = sorted(p.name for p in versions.glob("[0-9]*.py"))
        if not found["migrations"]:
            problems.append(f"no migration scripts in {versions}")
    print(json.dumps({"ok": not problems, "found": found, "problems": problems}))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
