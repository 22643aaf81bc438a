"""A screen reader can use the real app: found, typed into, chosen from and saved, via AT-SPI.

AT-SPI is what Orca reads on Linux. The real app runs under Xvfb, with Qt's AT-SPI bridge on,
inside its own D-Bus session; atspi_probe.py, in the system python3 (pyatspi comes from the
distribution), finds every control by role and name as Orca does, adds a question, sets its
priority and answer, visits every area and fails on anything focusable without a name, and
quits with Ctrl+Q. Here we then read the journal to see that all of it was saved.

Needs Xvfb, dbus-run-session, at-spi-bus-launcher and python3-pyatspi; .ci/run installs them.
Without them it is skipped, except in CI (CI=true), where it fails instead.
"""

import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's"),
]

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # where the distribution's python3-pyatspi is
BUS_LAUNCHERS = [  # Debian and Ubuntu, Fedora, Arch, older Ubuntu
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    "/usr/lib/at-spi-bus-launcher",
]
QUESTION = "Will the new scan show whether the treatment is working?"
ANSWER = "Yes: compare it with the March scan. Next one in three months."


def find_tools() -> tuple[dict[str, str], list[str]]:
    """The programs the test runs, and what is missing (in words apt understands)."""
    tools: dict[str, str] = {}
    missing: list[str] = []
    for name, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus")):
        found = shutil.which(name)
        if found:
            tools[name] = found
        else:
            missing.append(f"{name} (apt: {package})")
    launcher = next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)
    launcher = launcher or shutil.which("at-spi-bus-launcher")
    if launcher:
        tools["at-spi-bus-launcher"] = launcher
    else:
        missing.append("at-spi-bus-launcher (apt: at-spi2-core)")
    has_pyatspi = os.access(SYSTEM_PYTHON, os.X_OK) and (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append(f"pyatspi for {SYSTEM_PYTHON} (apt: python3-pyatspi)")
    return tools, missing


def stop_group(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    """End a process started in its own session, and everything it started (its group)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):  # gently first: launchers stop their buses
        with suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        else:
            time.sleep(0.1)  # then the stragglers: the buses and the app, if still there


def start_xvfb(xvfb_path: str) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display nobody uses (it picks the number and tells us), no TCP."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            xvfb_path,
            "-displayfd",
            str(write_end),
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "1280x1024x24",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    number = b""
    try:
        until = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < until:
            ready, _, _ = select.select([read_end], [], [], until - time.monotonic())
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                break
            number += chunk
    finally:
        os.close(read_end)
    if not number.strip().isdigit():
        stop_group(xvfb)
        pytest.fail(f"Xvfb did not start (said {number!r})")
    return xvfb, f":{number.strip().decode()}"


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A folder with a short path: the buses' sockets go in it, and a socket path must fit
    in 108 bytes (pytest's tmp_path can be longer)."""
    folder = Path(tempfile.mkdtemp(prefix="mbc-a11y-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_screen_reader_can_add_a_question_and_every_control_has_a_name(
    short_tmp: Path,
) -> None:
    tools, missing = find_tools()
    if missing:
        reason = "needs " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; .ci/run installs them")
        pytest.skip(reason)

    data_dir = short_tmp / "data"
    runtime_dir = short_tmp / "run"  # the accessibility bus's socket, away from ~/.cache
    runtime_dir.mkdir(mode=0o700)
    app_log = short_tmp / "app-output.txt"
    xvfb, display = start_xvfb(tools["Xvfb"])
    probe = None
    try:
        env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime_dir)}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        probe = subprocess.Popen(
            [
                tools["dbus-run-session"],
                "--",
                SYSTEM_PYTHON,
                str(PROBE),
                tools["at-spi-bus-launcher"],
                str(app_log),
                QUESTION,
                ANSWER,
                "--",
                sys.executable,
                "-m",
                "mbc_desktop",
                "--data-dir",
                str(data_dir),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # so that the buses and the app all end with it
        )
        try:
            out, err = probe.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            stop_group(probe)
            out, err = probe.communicate()
            pytest.fail(f"the probe took over 90 s\n{out}\n{err}")
    finally:
        if probe is not None:
            stop_group(probe)
        stop_group(xvfb)

    lines = out.strip().splitlines()
    try:
        report = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        pytest.fail(f"the probe gave no report\nstdout: {out}\nstderr: {err}")
    app_output = app_log.read_text(errors="replace") if app_log.exists() else ""
    details = (
        "\n".join(report["steps"])
        + "\n\nFocusable objects seen:\n"
        + "\n".join(f"  {a['area']}: {', '.join(a['controls'])}" for a in report["areas"])
        + f"\n\nApp output:\n{app_output}"
    )
    assert report["unnamed"] == [], (
        "A screen reader finds these without a name:\n  "
        + "\n  ".join(report["unnamed"])
        + "\n\n"
        + details
    )
    assert report["ok"], f"{report['error']}\n\n{details}"
    assert report["app_exit_code"] == 0, details
    # It did look at the areas: the sidebar, and the controls a question is written with.
    seen = {control for area in report["areas"] for control in area["controls"]}
    for control in ("list 'Areas'", "text 'New question'", "combo box 'Priority'", "text 'Answer'"):
        assert control in seen, details

    journal = data_dir / "journal.sqlite"
    with closing(sqlite3.connect(f"file:{journal}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT text, priority, answer FROM questions").fetchall()
    assert rows == [(QUESTION, "if_time", ANSWER)], details
