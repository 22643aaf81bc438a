"""Offline, proved: a whole session under strace opens no network socket.

The real app runs under Xvfb (Qt's xcb platform, as on a Linux desktop) inside
``strace -f -e trace=network``: it starts, opens the journal, gets a year of entries of every
kind (through its own services, as its forms would) and a typed question, shows every area,
opens the summary dialog and searches Learn; meanwhile ``mbc-desktop summary --out x.pdf`` and,
once it exists, ``mbc-desktop backup`` run under strace too; then the app quits. The app has
a session bus of its own (dbus-run-session), as on a desktop. The trace may
hold local sockets only: AF_UNIX (the X server, D-Bus, the app's own stop-signal pipe) and
AF_NETLINK (the C library asking the kernel about interfaces). Any other socket(), and any
address of the internet families anywhere (connect, bind, sendto…), fails the test.

Linux only. Needs strace, Xvfb and dbus-run-session (.ci/run installs them): skipped without
them, except in CI (CI=true), where it fails instead.
"""

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace and Xvfb: Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
TYPED_QUESTION = "Can we talk about a break from treatment over the holidays?"

# The app as `python -m mbc_desktop --data-dir DIR` starts it, plus a timer that, once the
# journal is open, fills it (tests/sample_journal.py: questions, appointments, a year of
# check-ins, medicines, goals, the cancer's details), types a question into the editor as a
# person would, visits every area, opens and closes the summary dialog and searches Learn, then
# prints "READY <pid>". It quits through File › Quit once the file CONTROL/quit appears.
SESSION = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mbc_desktop.__main__ import main
from mbc_desktop.ui.application import make_application
from mbc_desktop.ui.main_window import MainWindow

data_dir, control, typed = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
make_application()
state = {"filled": False}

def the_window():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[0] if found else None

def fill(window):
    from tests import sample_journal as sample
    from mbc_desktop.domain import NewQuestion
    services = window._services
    if window.welcome_dialog is not None:
        window.welcome_dialog.reject()
    sample.fill_questions(services.questions)
    sample.fill_appointments(services.appointments)
    sample.fill_check_ins(services.symptoms)
    sample.fill_medications(services.medications)
    sample.fill_goals(services.goals)
    sample.fill_cancer(services.cancer)
    pane = window.questions_pane
    window.show_area(pane)
    pane.add_question(NewQuestion(text="Typed over"))
    pane.editor.text_edit.selectAll()
    QTest.keyClicks(pane.editor.text_edit, typed)
    window.save_typing()
    for row in range(window.sidebar.count()):
        window.go_to_area(row)
        QApplication.processEvents()
    dialog = window.prepare_summary()
    QApplication.processEvents()
    if dialog is not None:
        dialog.reject()
    learn = window.learn_pane
    if learn is not None:
        window.show_area(learn)
        QTest.keyClicks(learn.search, "bone")
        learn.show_mine()
    QApplication.processEvents()
    print("READY", os.getpid(), flush=True)

def step():
    window = the_window()
    if window is None or window.questions_pane is None:
        return
    if not state["filled"]:
        state["filled"] = True
        fill(window)
    elif (control / "quit").exists():
        timer.stop()
        window.quit_action.trigger()

timer = QTimer()
timer.timeout.connect(step)
timer.start(50)
sys.exit(main(["--data-dir", data_dir]))
"""


def tools_or_skip(*names: str) -> dict[str, str]:
    """The programs, found on PATH; skip (fail in CI) naming the missing ones."""
    found = {name: shutil.which(name) for name in names}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        reason = f"needs {', '.join(missing)} (apt: {' '.join(apt_name(m) for m in missing)})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; .ci/run installs them")
        pytest.skip(reason)
    return {name: path for name, path in found.items() if path is not None}


def apt_name(program: str) -> str:
    return {"Xvfb": "xvfb", "dbus-run-session": "dbus"}.get(program, program)


def stop_group(process: "subprocess.Popen[bytes] | subprocess.Popen[str]") -> None:
    """End a process started in its own session, and its group: gently first."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            pass


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """An X server of our own (Xvfb, no TCP); Xvfb picks a free display number."""
    xvfb = tools_or_skip("Xvfb")["Xvfb"]
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
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
    try:
        if not number.strip().isdigit():
            pytest.fail(f"Xvfb did not start (said {number!r})")
        yield f":{number.strip().decode()}"
    finally:
        stop_group(server)


def app_environment(display: str | None) -> dict[str, str]:
    """The environment the app runs in: a real X display (xcb), or offscreen without one."""
    env = {**os.environ}
    env.pop("MBC_DESKTOP_DATA_DIR", None)  # every run here names its --data-dir
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


@dataclass
class Session:
    """The app, started with SESSION, filled and ready; ``pid`` is the app's own process."""

    process: "subprocess.Popen[str]"
    pid: int
    data_dir: Path
    control: Path

    def quit(self, timeout: float = 30) -> tuple[int, str]:
        """File › Quit; returns the exit code (of strace, when traced: the app's) and stderr."""
        (self.control / "quit").touch()
        return self.wait(timeout)

    def terminate(self, timeout: float = 30) -> tuple[int, str]:
        os.kill(self.pid, signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float) -> tuple[int, str]:
        """Wait for the app to end, then for what it ran inside; its exit code, and stderr."""
        until = time.monotonic() + timeout
        while still_running(self.pid) and time.monotonic() < until:
            time.sleep(0.05)
        try:
            self.process.communicate(timeout=max(until - time.monotonic(), 10))
        except subprocess.TimeoutExpired:
            app_ended = not still_running(self.pid)
            stop_group(self.process)
            self.process.communicate()
            pytest.fail(
                "the app ended, but something it started kept running"
                if app_ended
                else f"the app did not quit within {timeout} s\n{self.stderr()}"
            )
        return self.process.returncode, self.stderr()

    def stderr(self) -> str:
        return (self.control / "stderr.txt").read_text(errors="replace")


def still_running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet waited for, does not)."""
    try:
        with open(f"/proc/{pid}/stat") as file:
            return file.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def start_session(
    data_dir: Path, control: Path, env: dict[str, str], wrapper: list[str] | None = None
) -> Session:
    """Start the app (inside ``wrapper``, e.g. strace) and wait until it is filled. Its
    stderr goes to a file, CONTROL/stderr.txt, so that a talkative Qt never fills a pipe."""
    control.mkdir(parents=True, exist_ok=True)
    command = [*(wrapper or []), sys.executable, "-c", SESSION, str(data_dir), str(control)]
    with (control / "stderr.txt").open("w") as stderr:
        process = subprocess.Popen(
            [*command, TYPED_QUESTION],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its own group, to stop it and its helpers together
        )
    session = Session(process, 0, data_dir, control)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 120)
    line = process.stdout.readline() if ready else ""
    if not line.startswith("READY "):
        stop_group(process)
        process.communicate()
        pytest.fail(f"the app did not get as far as being filled: {line!r}\n{session.stderr()}")
    session.pid = int(line.split()[1])
    return session


def cli(*args: str, env: dict[str, str], wrapper: list[str] | None = None) -> str:
    """Run `python -m mbc_desktop ARGS` (inside ``wrapper``); its output, or the test fails."""
    result = subprocess.run(
        [*(wrapper or []), sys.executable, "-m", "mbc_desktop", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"mbc-desktop {' '.join(args)}: {result.stderr}"
    return result.stdout + result.stderr


def has_command(name: str, env: dict[str, str]) -> bool:
    """Whether this version of mbc-desktop has the command ``name`` (backup came later):
    ``mbc-desktop NAME --help`` succeeds only for a command it knows."""
    result = subprocess.run(
        [sys.executable, "-m", "mbc_desktop", name, "--help"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode == 0


# --- reading strace's output -----------------------------------------------------------------

LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
SOCKET_CALL = re.compile(r"\bsocket\((\w+)")
SOCKETPAIR_CALL = re.compile(r"\bsocketpair\((\w+)")
INTERNET = re.compile(r"\bAF_INET6?\b|\bsin6?_(?:addr|port)\b|inet_(?:addr|pton)\(")


def network_problems(trace: str) -> list[str]:
    """The lines of an ``strace -e trace=network`` log that reach beyond this computer: a
    socket of any family but AF_UNIX and AF_NETLINK, or an internet address anywhere."""
    problems = []
    for line in trace.splitlines():
        for call in (SOCKET_CALL, SOCKETPAIR_CALL):
            found = call.search(line)
            if found and found.group(1) not in LOCAL_FAMILIES:
                problems.append(line)
                break
        else:
            if INTERNET.search(line):
                problems.append(line)
    return problems


def sockets_seen(trace: str) -> list[str]:
    return [line for line in trace.splitlines() if SOCKET_CALL.search(line)]


def test_network_problems_finds_internet_sockets_and_addresses() -> None:
    trace = "\n".join(
        [
            "101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3",
            '101 connect(3, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X9"}, 20) = 0',
            "102 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 4",
            "103 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 5",
            "103 socket(AF_PACKET, SOCK_RAW, 768) = 6",
            '103 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}'
            ", 16) = -1 ENETUNREACH",
            "104 socketpair(AF_UNIX, SOCK_STREAM, 0, [8, 9]) = 0",
            '104 sendto(10, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(53)}, 28) = 1',
        ]
    )
    assert network_problems(trace) == [trace.splitlines()[i] for i in (3, 4, 5, 7)]


def test_strace_sees_a_program_that_goes_online(tmp_path: Path) -> None:
    """The test's own instrument, on a program that does what the app must not."""
    strace = tools_or_skip("strace")["strace"]
    log = tmp_path / "trace.txt"
    online = (
        "import socket\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "s.settimeout(0.5)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
    )
    subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=network", "-o", str(log), sys.executable, "-c", online],
        check=True,
        timeout=60,
    )
    problems = network_problems(log.read_text())
    assert any("socket(AF_INET" in line for line in problems), log.read_text()
    assert any("connect(" in line and "127.0.0.1" in line for line in problems), log.read_text()


def test_a_whole_session_opens_no_network_socket(tmp_path: Path, xvfb_display: str) -> None:
    tools = tools_or_skip("strace", "dbus-run-session")
    strace = tools["strace"]
    env = app_environment(xvfb_display)
    data_dir, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    traces: dict[str, Path] = {}

    def traced(name: str) -> list[str]:
        traces[name] = tmp_path / f"strace-{name}.txt"
        return [strace, "-f", "-qq", "-e", "trace=network", "-o", str(traces[name])]

    # On a session bus of its own, as on a desktop (test_no_child_left.py runs it without).
    on_a_bus = [tools["dbus-run-session"], "--", *traced("app")]
    session = start_session(data_dir, tmp_path / "control", env, on_a_bus)
    try:
        pdf = out / "summary.pdf"
        cli(
            "--data-dir",
            str(data_dir),
            "summary",
            "--out",
            str(pdf),
            env=env,
            wrapper=traced("summary"),
        )
        assert pdf.read_bytes().startswith(b"%PDF")
        if has_command("backup", env):
            cli("--data-dir", str(data_dir), "backup", env=env, wrapper=traced("backup"))
            to = ["backup", "--to", str(out)]
            cli("--data-dir", str(data_dir), *to, env=env, wrapper=traced("backup-to"))
    finally:
        code, err = session.quit()
    assert code == 0, err

    for name, path in traces.items():
        trace = path.read_text(errors="replace")
        problems = network_problems(trace)
        assert not problems, f"{name} went beyond this computer:\n" + "\n".join(problems)
    # The trace did follow the app: it saw the app's connection to the X server.
    app_trace = traces["app"].read_text(errors="replace")
    assert any("AF_UNIX" in line for line in sockets_seen(app_trace)), app_trace[-3000:]
    assert "X11-unix" in app_trace, app_trace[-3000:]
