"""Build the standalone app with PyInstaller, pack it, and with --smoke try it out.

    python3 dev.py bundle [--out DIR] [--smoke]
    .venv/bin/python packaging/build_bundle.py [--out DIR] [--smoke]

Builds packaging/pyinstaller/mbc-desktop.spec (one folder, windowed) into DIR/dist/mbc-desktop
(DIR is build/bundle by default), packs it as DIR/mbc-desktop-VERSION-linux-ARCH.tar.gz, and
prints the sizes, the biggest parts and the build time.

--smoke also unpacks the archive into a temporary folder and runs it there, as a person who
downloaded it would, on a temporary data folder with Qt's offscreen platform: --version; the
window starts, creates its journal and stops on SIGTERM with exit status 0; `summary` writes a
PDF, and a Spanish text summary (the translations are inside); --install-desktop-entry into a
temporary XDG_DATA_HOME. Before packing, a check program built on the app's own modules and
libraries (packaging/pyinstaller/selfcheck.py; never shipped) opens an encrypted SQLCipher
database, derives an argon2id key and finds the migrations. The last line says whether every
check passed; the exit status is 0 only then.

No AppImage: appimagetool is a download, which this project's machines cannot make.
"""

import argparse
import ast
import os
import platform
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "mbc-desktop.spec"
NAME = "mbc-desktop"
SELFCHECK = "selfcheck"
APP_ID = "org.mbcdesktop.MBCDesktop"
MB = 1024 * 1024
# How long the window may take to open its journal on a busy 2-core machine.
START_TIMEOUT_S = 120


class SmokeError(Exception):
    """One check of the smoke test failed; the message says which and what was seen."""


def version() -> str:
    source = (ROOT / "src" / "mbc_desktop" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return str(node.value.value)
    raise SystemExit("no __version__ in src/mbc_desktop/__init__.py")


def say(line: str) -> None:
    print(line, flush=True)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (symbolic links counted as links, not twice)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def biggest_parts(folder: Path, count: int = 12) -> list[tuple[int, str]]:
    """The largest files and Python packages in the bundle's _internal folder."""
    internal = folder / "_internal"
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(internal)
        # Qt's libraries one by one (they are most of it); other packages as a whole.
        if relative.parts[:3] == ("PySide6", "Qt", "lib") or len(relative.parts) == 1:
            key = relative.as_posix()
        elif relative.parts[:3] == ("PySide6", "Qt", "plugins"):
            key = "PySide6/Qt/plugins/"
        else:
            key = relative.parts[0] + "/"
        sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, key) for key, size in sizes.items()), reverse=True)[:count]


def build(out: Path, with_selfcheck: bool) -> Path:
    """Run PyInstaller; returns the bundle's folder."""
    env = {**os.environ, "MBC_BUNDLE_SELFCHECK": "1" if with_selfcheck else "0"}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(out / "work"),
        "--distpath",
        str(out / "dist"),
        str(SPEC),
    ]
    log = out / "pyinstaller.log"
    with log.open("w") as output:
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=output, stderr=output)
    if result.returncode != 0:
        sys.stdout.write(log.read_text()[-4000:])
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}); its log: {log}")
    return out / "dist" / NAME


def run_selfcheck(bundle: Path) -> None:
    program = bundle / SELFCHECK
    result = subprocess.run([str(program)], capture_output=True, text=True, timeout=120)
    program.unlink()  # never shipped
    if result.returncode != 0:
        raise SmokeError(f"selfcheck failed: {result.stdout.strip()} {result.stderr.strip()}")
    say(f"  ok  SQLCipher, argon2id and the migrations work in the bundle: {result.stdout.strip()}")


def pack(bundle: Path, archive: Path) -> None:
    """A .tar.gz holding the folder mbc-desktop/ (symbolic links kept as links)."""
    archive.unlink(missing_ok=True)
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=NAME)


def smoke_env(data_home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "MBC_DESKTOP_DATA_DIR", "XDG_DATA_HOME")
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(data_home)
    return env


def check(command: list[str], env: dict[str, str], what: str) -> str:
    """Run a short command; its stdout, or SmokeError naming ``what``."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    if result.returncode != 0:
        raise SmokeError(
            f"{what}: exit {result.returncode}: {result.stderr.strip() or result.stdout.strip()}"
        )
    return result.stdout


def start_and_stop_window(program: Path, data_dir: Path, env: dict[str, str]) -> None:
    """Start the window, wait until its journal is open, stop it with SIGTERM: exit 0."""
    log = data_dir / "logs" / "mbc-desktop.log"
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [str(program), "--data-dir", str(data_dir)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while "Journal open" not in (log.read_text() if log.exists() else ""):
                if process.poll() is not None:
                    errors.seek(0)
                    raise SmokeError(
                        f"the window stopped by itself (exit {process.returncode}): "
                        f"{errors.read().decode(errors='replace').strip()}"
                    )
                if time.monotonic() > deadline:
                    raise SmokeError(f"the journal was not open after {START_TIMEOUT_S} s")
                time.sleep(0.2)
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    if code != 0:
        raise SmokeError(f"the window exited with {code} on SIGTERM (0 expected)")
    if not (data_dir / "journal.sqlite").is_file():
        raise SmokeError("no journal.sqlite in the data folder")
    if "Backed up the journal" not in log.read_text():
        raise SmokeError("the window did not back the journal up on the way out")


def smoke(archive: Path, expected_version: str) -> None:
    """Unpack the archive somewhere new and run it as a person would."""
    with tempfile.TemporaryDirectory(prefix="mbc-bundle-smoke-") as temporary:
        place = Path(temporary)
        with tarfile.open(archive) as tar:
            if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
                tar.extractall(place, filter="tar")
            else:
                tar.extractall(place)  # our own archive, just written
        program = place / NAME / NAME
        data_dir = place / "data"
        env = smoke_env(place / "xdg-data")

        # Where a journal is looked for without --data-dir: the per-user data folder, outside
        # the bundle, so a newer bundle unpacked elsewhere finds the same journal.
        result = subprocess.run(
            [str(program), "summary", "--format", "text"], capture_output=True, text=True, env=env
        )
        expected = place / "xdg-data" / "MBC Desktop"
        if result.returncode == 0 or str(expected) not in result.stderr:
            raise SmokeError(f"the data folder is not {expected}: {result.stderr.strip()}")
        say(f"  ok  data folder outside the bundle: {expected}")

        shown = check([str(program), "--version"], env, "--version").strip()
        if shown != f"MBC Desktop {expected_version}":
            raise SmokeError(f"--version printed {shown!r}")
        say(f"  ok  --version: {shown}")

        started = time.monotonic()
        start_and_stop_window(program, data_dir, env)
        say(
            f"  ok  the window started, made its journal and stopped on SIGTERM with exit 0 "
            f"({time.monotonic() - started:.1f} s)"
        )

        pdf = place / "summary.pdf"
        check(
            [str(program), "--data-dir", str(data_dir), "summary", "--out", str(pdf)],
            env,
            "summary --out summary.pdf",
        )
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise SmokeError("summary --out did not write a PDF")
        say(f"  ok  summary: a PDF of {pdf.stat().st_size:,} bytes")

        in_spanish = ["summary", "--format", "text", "--language", "es"]
        text = check(
            [str(program), "--data-dir", str(data_dir), *in_spanish], env, "summary in Spanish"
        )
        if "Resumen de la cita" not in text:
            raise SmokeError(f"the Spanish summary is not in Spanish: {text[:200]!r}")
        say("  ok  summary --language es: in Spanish (the translations are inside)")

        check([str(program), "--install-desktop-entry"], env, "--install-desktop-entry")
        entry = place / "xdg-data" / "applications" / f"{APP_ID}.desktop"
        icon = place / "xdg-data" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
        if f"Exec={program}" not in entry.read_text() or not icon.is_file():
            raise SmokeError("--install-desktop-entry did not install the entry and icons")
        say("  ok  --install-desktop-entry: the menu entry starts this bundle, icons installed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "build" / "bundle",
        help="folder for the build, the bundle and the archive (default: build/bundle)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check the bundle's libraries, then unpack the archive and run it offscreen",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("build_bundle.py builds the Linux bundle; see packaging/README.md for the others.")
        return 2
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    the_version = version()
    say(f"Building MBC Desktop {the_version} with PyInstaller in {out} …")
    started = time.monotonic()
    bundle = build(out, with_selfcheck=args.smoke)
    built_in = time.monotonic() - started
    try:
        if args.smoke:
            say("Checking inside the bundle:")
            run_selfcheck(bundle)
        archive = out / f"{NAME}-{the_version}-linux-{platform.machine()}.tar.gz"
        pack(bundle, archive)
        size, files = folder_size(bundle)
        say(f"Built in {built_in:.0f} s: {bundle}")
        say(f"Bundle size: {size / MB:.1f} MB in {files} files")
        say(f"Archive size: {archive.stat().st_size / MB:.1f} MB: {archive}")
        say("Biggest parts:")
        for part_size, part in biggest_parts(bundle):
            say(f"  {part_size / MB:6.1f} MB  {part}")
        if args.smoke:
            say("Smoke test (unpacked in a temporary folder, offscreen, temporary data folder):")
            smoke(archive, the_version)
            say("Smoke test passed.")
    except SmokeError as failure:
        say(f"Smoke test FAILED: {failure}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
