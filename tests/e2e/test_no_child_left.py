"""Once the app has quit, nothing it started is still running.

The app runs under a small reaper process that makes itself the "child subreaper"
(prctl(PR_SET_CHILD_SUBREAPER)): any process the app starts, even one that detaches itself
(forks twice, calls setsid, as a D-Bus daemon does), stays in the reaper's family instead of
being handed to init. When the app has exited, the reaper waits up to a few seconds for its
family to end, then reports who is still there (and only then stops them, so that the test
leaves nothing behind either).

The app runs as in test_offline.py: under Xvfb, filled, every area visited, then File › Quit
or SIGTERM. There is no session bus in its environment, as on a desktop started without one:
Qt's D-Bus library then autolaunches one (``dbus-launch --autolaunch``, from the dbus-x11
package) that would live until the X server ends unless the app takes care of it. Without
dbus-launch nothing is autolaunched and the test proves less; .ci/run installs dbus-x11.

Linux only (/proc, prctl). Needs Xvfb; skipped without it, except in CI (CI=true).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_offline import (
    app_environment,
    start_session,
    xvfb_display,  # noqa: F401 - a fixture
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl: Linux"),
]

# The reaper: python REAPER REPORT -- COMMAND…; exits with COMMAND's exit code.
REAPER = r"""
import ctypes, json, os, signal, subprocess, sys, time

PR_SET_CHILD_SUBREAPER = 36
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    sys.exit(f"prctl(PR_SET_CHILD_SUBREAPER) failed: errno {ctypes.get_errno()}")
report, command = sys.argv[1], sys.argv[3:]
me = os.getpid()

def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return

def stat(pid):
    with open(f"/proc/{pid}/stat") as file:
        rest = file.read().rsplit(")", 1)[1].split()
    return rest[0], int(rest[1])  # state, parent

def family():
    # Every process whose chain of parents leads to this one (zombies left out: they ended).
    found, parents = [], {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                parents[int(name)] = stat(int(name))
            except (OSError, IndexError, ValueError):
                pass
    for pid, (state, parent) in parents.items():
        chain, seen = parent, set()
        while chain not in (0, 1, me) and chain in parents and chain not in seen:
            seen.add(chain)
            chain = parents[chain][1]
        if chain == me and pid != me and state != "Z":
            found.append(pid)
    return found

def describe(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            words = file.read().split(b"\0")
        command_line = " ".join(w.decode(errors="replace") for w in words if w)
        with open(f"/proc/{pid}/comm") as file:
            name = file.read().strip()
    except OSError:
        return None
    return {"pid": pid, "name": name, "command": command_line[:300]}

child = subprocess.Popen(command)
code = child.wait()
left = []
deadline = time.monotonic() + float(os.environ.get("REAPER_GRACE", "3"))
while True:
    reap()
    left = [d for d in map(describe, family()) if d is not None]
    if not left or time.monotonic() > deadline:
        break
    time.sleep(0.1)
with open(report, "w") as file:
    json.dump({"exit_code": code, "left": left}, file)
for sig in (signal.SIGTERM, signal.SIGKILL):
    for entry in left:
        try:
            os.kill(entry["pid"], sig)
        except ProcessLookupError:
            pass
    time.sleep(0.2)
    reap()
sys.exit(code if code >= 0 else 128 - code)  # killed by a signal: 128 + its number
"""


# Found by this test (issue 12): with no session bus, Qt's D-Bus library ran
# `dbus-launch --autolaunch`, whose dbus-launch and dbus-daemon stayed after the app quit.
# __main__.keep_dbus_from_starting_a_bus now sets DBUS_SESSION_BUS_ADDRESS to "disabled:" then.


def reaper(report: Path) -> list[str]:
    return [sys.executable, "-c", REAPER, str(report), "--"]


def left_behind(report: Path) -> tuple[int, list[dict[str, object]]]:
    found = json.loads(report.read_text())
    return found["exit_code"], found["left"]


def test_the_reaper_sees_a_process_that_detaches_itself(tmp_path: Path) -> None:
    """The test's own instrument: a program that leaves a detached daemon behind."""
    report = tmp_path / "report.json"
    leaves_a_daemon = "import subprocess; subprocess.Popen(['sleep', '60'], start_new_session=True)"
    subprocess.run(
        [*reaper(report), sys.executable, "-c", leaves_a_daemon],
        env={**os.environ, "REAPER_GRACE": "0.5"},
        check=True,
        timeout=30,
    )
    code, left = left_behind(report)
    assert code == 0
    assert [entry["name"] for entry in left] == ["sleep"], left


@pytest.mark.parametrize("how", ["file-quit", "sigterm"])
def test_nothing_the_app_started_is_running_after_it_quits(
    tmp_path: Path,
    xvfb_display: str,  # noqa: F811 - the fixture
    how: str,
) -> None:
    env = app_environment(xvfb_display)
    # No session bus, as on a desktop without one: D-Bus may start one for the app.
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    runtime = tmp_path / "run"  # empty: no $XDG_RUNTIME_DIR/bus to find either
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    report = tmp_path / "report.json"
    session = start_session(tmp_path / "data", tmp_path / "control", env, reaper(report))
    code, err = session.quit() if how == "file-quit" else session.terminate()
    assert code == 0, err
    app_code, left = left_behind(report)
    assert app_code == 0
    assert left == [], (
        "Still running after the app quit (the test stopped them since):\n"
        + "\n".join(f"  {entry['pid']} {entry['name']}: {entry['command']}" for entry in left)
    )
