#!/usr/bin/env python3
"""Set-up and everyday commands for MBC Desktop. Needs only Python 3.11 or newer.

    python3 dev.py run [app options]   set up .venv if needed, then start the app
    python3 dev.py test                set up .venv with the test tools, then run every check
    python3 dev.py lint                ruff and mypy only
    python3 dev.py translations        refresh resources/translations/*.ts from the code
                                       (lupdate) and compile them into the package (lrelease)
    python3 dev.py soak [N] [--seed S] kill a process writing to a journal N times (default
                                       1,000) and check that nothing it saved was lost
                                       (tests/e2e/crash_writer.py; see docs/reliability.md)
    python3 dev.py bench [options]     build synthetic 1-, 5-, 10- and 20-year journals and print
                                       the speed and memory table (benchmarks/; see
                                       docs/performance.md)
    python3 dev.py bundle [options]    build the standalone app with PyInstaller, pack it and
                                       smoke-run it (packaging/; see packaging/README.md)

The virtual environment is made once in .venv and refreshed whenever pyproject.toml changes.
"""

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".mbc-desktop-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment(with_dev_tools: bool) -> Path:
    """Create .venv and install the app (and the test tools) unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older Python
        sys.exit("MBC Desktop needs Python 3.11 or newer; this is " + sys.version.split()[0])
    python = venv_python()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    have = STAMP.read_text().split() if STAMP.exists() and python.exists() else []
    # A stamp with the dev tools also serves plain runs.
    if have[:1] == [wanted] and (not with_dev_tools or "dev" in have):
        return python
    started = time.monotonic()
    what = "MBC Desktop and its test tools" if with_dev_tools else "MBC Desktop"
    print(f"Setting up {what} in .venv (first run, or pyproject.toml changed).", flush=True)
    fresh = not python.exists()
    if fresh:
        print("Step 1 of 2: creating the virtual environment in .venv …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as error:
            sys.exit(
                f"Could not create .venv ({error}). On Debian or Ubuntu, install the venv "
                "module first: sudo apt install python3-venv"
            )
    print(
        f"{'Step 2 of 2: installing' if fresh else 'Installing'} what it needs (Qt, SQLAlchemy, "
        f"Alembic, Pydantic{', pytest, ruff, mypy' if with_dev_tools else ''}). The first "
        "time, this downloads about 120 MB and takes a minute or two; pip shows its progress "
        "below.",
        flush=True,
    )
    target = ".[dev]" if with_dev_tools else "."
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    if subprocess.run([*command, "--editable", target], cwd=ROOT).returncode != 0:
        sys.exit(
            "Installing failed; pip says why above. Check the internet connection and run the "
            "same command again: it starts over where it needs to."
        )
    STAMP.write_text(f"{wanted} {'dev' if with_dev_tools else ''}\n")
    print(f"Set-up finished in {time.monotonic() - started:.0f} s.\n", flush=True)
    return python


def run_checks(python: Path, commands: list[list[str]]) -> int:
    """Run every check, even after one fails, and report them all at the end."""
    failed = []
    for command in commands:
        print(f"\n=== {' '.join(command)}", flush=True)
        if subprocess.run([str(python), "-m", *command], cwd=ROOT).returncode != 0:
            failed.append(" ".join(command))
    if failed:
        print("\nFailed: " + "; ".join(failed))
        return 1
    print("\nAll checks passed.")
    return 0


LINT = [
    ["ruff", "check", "."],
    ["ruff", "format", "--check", "."],
    ["mypy"],
]


TRANSLATIONS = ROOT / "resources" / "translations"
COMPILED = ROOT / "src" / "mbc_desktop" / "resources" / "translations"
LANGUAGES = ("es",)


def qt_tool(python: Path, name: str) -> str:
    """A PySide6 tool (pyside6-lupdate…) from the virtual environment."""
    return str(python.parent / (f"pyside6-{name}.exe" if os.name == "nt" else f"pyside6-{name}"))


def fill_english_plurals(ts: Path) -> None:
    """English plural forms follow from the source: "%n question(s)" → "%n question" and
    "%n questions". Only forms still empty are filled, so a hand-made form is kept."""
    import re

    text = ts.read_text("utf-8")
    pattern = re.compile(
        r"<source>([^<]*)</source>(\s*)<translation type=\"unfinished\">\s*"
        r"<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>"
    )

    def forms(match: "re.Match[str]") -> str:
        source, space = match.group(1), match.group(2)
        one = source.replace("(s)", "")
        # "entry(s)" → "entries", "day(s)" → "days"
        many = re.sub(r"(?<=[^aeiou])y\(s\)", "ies", source).replace("(s)", "s")
        return (
            f"<source>{source}</source>{space}<translation>{space}    <numerusform>{one}"
            f"</numerusform>{space}    <numerusform>{many}</numerusform>{space}</translation>"
        )

    ts.write_text(pattern.sub(forms, text), "utf-8")


# Where the translated strings are: the widgets, and the charts (drawn on screen and in print).
TRANSLATED_FOLDERS = (
    "src/mbc_desktop/ui",
    "src/mbc_desktop/charts",
    "src/mbc_desktop/words",
    "src/mbc_desktop/summary",
)


def update_translations(python: Path) -> int:
    """Collect every tr() string from ui/ and charts/ into the .ts files (keeping translations,
    dropping strings no longer used), then compile them to .qm files inside the package.

    English gets a file of plural forms only ("1 question", "2 questions").
    """
    sources = ["-extensions", "py", "-locations", "none", "-no-obsolete", *TRANSLATED_FOLDERS]
    COMPILED.mkdir(parents=True, exist_ok=True)
    jobs = [
        (
            ["-source-language", "en", "-target-language", "en", "-pluralonly"],
            TRANSLATIONS / "mbc_desktop_en.ts",
        ),
        *[
            (
                ["-source-language", "en", "-target-language", code],
                TRANSLATIONS / f"mbc_desktop_{code}.ts",
            )
            for code in LANGUAGES
        ],
    ]
    for options, ts in jobs:
        update = [qt_tool(python, "lupdate"), *sources, *options, "-ts", str(ts)]
        if subprocess.run(update, cwd=ROOT).returncode != 0:
            return 1
        if ts.name.endswith("_en.ts"):
            fill_english_plurals(ts)
        qm = COMPILED / ts.with_suffix(".qm").name
        release = [qt_tool(python, "lrelease"), "-silent", str(ts), "-qm", str(qm)]
        if subprocess.run(release, cwd=ROOT).returncode != 0:
            return 1
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        python = ensure_environment(with_dev_tools=False)
        return subprocess.run([str(python), "-m", "mbc_desktop", *rest], cwd=ROOT).returncode
    if command == "test":
        python = ensure_environment(with_dev_tools=True)
        # Tests never need a display; pytest-qt aborts without a platform.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return run_checks(python, [*LINT, ["pytest", *rest]])
    if command == "lint":
        return run_checks(ensure_environment(with_dev_tools=True), LINT)
    if command == "translations":
        return update_translations(ensure_environment(with_dev_tools=False))
    if command == "soak":
        python = ensure_environment(with_dev_tools=False)
        writer = ROOT / "tests" / "e2e" / "crash_writer.py"
        return subprocess.run([str(python), str(writer), "soak", *rest], cwd=ROOT).returncode
    if command == "bench":
        python = ensure_environment(with_dev_tools=False)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        bench = ROOT / "benchmarks" / "run.py"
        return subprocess.run([str(python), str(bench), *rest], cwd=ROOT).returncode
    if command == "bundle":
        python = ensure_environment(with_dev_tools=True)
        build = ROOT / "packaging" / "build_bundle.py"
        return subprocess.run([str(python), str(build), *rest], cwd=ROOT).returncode
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
