"""Drive MBC Desktop the way a screen reader does, through AT-SPI, and report in JSON.

Not a test module: tests/e2e/test_screen_reader.py runs it with the system python3 (pyatspi
comes from the distribution, python3-pyatspi; it needs gi, which the app's .venv does not
have), inside ``dbus-run-session`` and under Xvfb:

    dbus-run-session -- python3 atspi_probe.py BUS_LAUNCHER APP_LOG QUESTION ANSWER -- APP...

It starts the accessibility bus (``at-spi-bus-launcher --launch-immediately``) and then the app
(APP..., with Qt's AT-SPI bridge forced on), and, finding everything by role and accessible
name only, as Orca does:

1. dismisses the first-run welcome with its "Look around first" button;
2. puts QUESTION into the "New question" field and presses Enter;
3. opens the details' "Priority" choice (its Press action) and picks "If time" with the
   arrow keys and Enter;
4. writes ANSWER into the "Answer" field;
5. visits every area in the "Areas" sidebar with the Down key, and in each one lists every
   focusable, showing object that has no name a screen reader could speak;
6. quits with Ctrl+Q, which saves, and waits for the app to end.

Keys are sent through AT-SPI (the registry daemon types them into the X server). Xvfb has no
window manager, so one mouse click does what a window manager would: make the main window
active again after the welcome closes.

The last line on stdout is one JSON object: ``{"ok": bool, "error": str | null, ...}``.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pyatspi
from gi.repository import Atspi, Gio, GLib

APP_NAME = "MBC Desktop"
TARGET_PRIORITY = "If time"
DEADLINE_S = 60  # the whole probe; each wait below has its own, shorter limit
# X keysyms, and the Control bit of the X modifier mask.
RETURN, DOWN, UP, Q = 0xFF0D, 0xFF54, 0xFF52, 0x71
CONTROL_MASK = 1 << 2

result: dict[str, Any] = {"ok": False, "error": None, "steps": [], "areas": [], "unnamed": []}


class ProbeError(Exception):
    pass


def step(text: str) -> None:
    result["steps"].append(f"{time.monotonic() - STARTED:5.1f} s  {text}")


def report() -> None:
    print(json.dumps(result), flush=True)


def out_of_time(_signal: int, _frame: object) -> None:
    raise ProbeError(f"the probe took over {DEADLINE_S} s")


def wait_for(what: str, find: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Poll ``find`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    until = time.monotonic() + timeout
    while True:
        try:
            found = find()
        except Exception:  # objects vanish while the app rebuilds its tree: try again
            found = None
        if found:
            return found
        if time.monotonic() > until:
            raise ProbeError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


# --- reading the tree, as a screen reader does --------------------------------------------
def states(node: Any) -> Any:
    return node.getState()


def showing(node: Any) -> bool:
    return bool(states(node).contains(pyatspi.STATE_SHOWING))


def labels(node: Any) -> list[str]:
    """The names of the labels that say what ``node`` is (its LABELLED_BY relation)."""
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and target.name.strip():
                    names.append(target.name.strip())
    return names


def spoken_name(node: Any) -> str:
    """What a screen reader announces as the control's name.

    On Linux, Qt gives a closed choice box its current value as the name, and its label
    only through the LABELLED_BY relation; that label is the name for a choice box here (a
    choice without one is announced as just its value, which says nothing about what it is).
    """
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        return " ".join(labels(node))
    return (node.name or "").strip() or " ".join(labels(node))


def walk(node: Any, depth: int = 0) -> Any:
    """Every showing object under ``node``; hidden branches are skipped, as on screen."""
    for child in node:
        if child is None or not showing(child):
            continue
        yield child
        if depth < 40:
            yield from walk(child, depth + 1)


def find(root: Any, role: int, name: str, *, by_label: bool = False) -> Any:
    """The first showing object under ``root`` with this role and name (or label)."""
    for node in walk(root):
        if node.getRole() != role:
            continue
        if (name in labels(node)) if by_label else (node.name == name):
            return node
    return None


def describe(node: Any) -> str:
    """Where ``node`` is: its role and name, then each parent's, up to the window."""
    path = []
    parent = node
    while parent is not None and parent.getRole() != pyatspi.ROLE_APPLICATION:
        path.append(
            f"{parent.getRoleName()} {parent.name!r}" if parent.name else parent.getRoleName()
        )
        parent = parent.parent
    return " < ".join(path)


def check_names(root: Any, area: str) -> None:
    """Note every focusable, showing object under ``root``, and those with no name."""
    controls, missing = [], []
    for node in walk(root):
        if not states(node).contains(pyatspi.STATE_FOCUSABLE):
            continue
        name = spoken_name(node)
        controls.append(f"{node.getRoleName()} {name!r}")
        if not name:
            hint = f" (its description: {node.description!r})" if node.description else ""
            missing.append(describe(node) + hint)
    result["areas"].append({"area": area, "controls": controls, "unnamed": missing})
    result["unnamed"] += [m for m in missing if m not in result["unnamed"]]


# --- acting -------------------------------------------------------------------------------
def press(node: Any) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("Press", "press", "click", "ShowMenu"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    raise ProbeError(f"{describe(node)} has no press action (it has {names})")


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.05)


def ctrl_key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_LOCKMODIFIERS)
    try:
        key(keysym)
    finally:
        pyatspi.Registry.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_UNLOCKMODIFIERS)


def focus(node: Any) -> None:
    node.queryComponent().grabFocus()
    wait_for(
        f"the keyboard focus on {describe(node)}",
        lambda: states(node).contains(pyatspi.STATE_FOCUSED),
        5,
    )


def activate(window: Any) -> None:
    """Make ``window`` the active one, as a window manager does when a dialog closes.

    Xvfb has no window manager, so nothing hands the keyboard back to the main window after
    the welcome closes; one click on its menu bar's empty end does (Qt activates a window
    that is clicked when no window manager does it).
    """
    if states(window).contains(pyatspi.STATE_ACTIVE):
        return
    bar = next(c for c in window if c is not None and c.getRole() == pyatspi.ROLE_MENU_BAR)
    box = bar.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width - 3, box.y + box.height // 2, "b1c")
    wait_for(
        "the main window to become active", lambda: states(window).contains(pyatspi.STATE_ACTIVE), 5
    )


def text_of(node: Any) -> str:
    text = node.queryText()
    return str(text.getText(0, text.characterCount))


def bus_is_up() -> bool:
    """Whether the accessibility bus's launcher has taken its name on the session bus."""
    reply = Gio.bus_get_sync(Gio.BusType.SESSION, None).call_sync(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameHasOwner",
        GLib.Variant("(s)", ("org.a11y.Bus",)),
        GLib.VariantType("(b)"),
        Gio.DBusCallFlags.NONE,
        2000,
        None,
    )
    return bool(reply.unpack()[0])


# --- the run ------------------------------------------------------------------------------
def find_app(desktop: Any, pid: int) -> Any:
    for app in desktop:
        if app is not None and app.name == APP_NAME and app.get_process_id() == pid:
            return app
    return None


def frame_of(app: Any) -> Any:
    for child in app:
        if child is not None and child.getRole() == pyatspi.ROLE_FRAME and showing(child):
            return child
    return None


def run(question: str, answer: str, app_process: "subprocess.Popen[bytes]") -> None:
    desktop = pyatspi.Registry.getDesktop(0)
    app = wait_for(
        "the app in the accessibility tree", lambda: find_app(desktop, app_process.pid), 20
    )
    step("app found in the desktop's accessibility tree")
    window = wait_for("the main window", lambda: frame_of(app))

    # 1. The first-run welcome, dismissed with its button, as a screen-reader user would.
    dialog = wait_for(
        "the welcome dialog",
        lambda: next(
            (c for c in app if c is not None and c.getRole() == pyatspi.ROLE_DIALOG and showing(c)),
            None,
        ),
        20,
    )
    check_names(dialog, f"dialog {dialog.name!r}")
    dialog_name = dialog.name
    later = wait_for(
        "the 'Look around first' button",
        lambda: find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Look around first"),
    )
    press(later)
    wait_for(
        "the welcome dialog to close",
        lambda: (
            not any(
                c is not None and c.getRole() == pyatspi.ROLE_DIALOG and showing(c) for c in app
            )
        ),
    )
    step(f"welcome dialog {dialog_name!r} dismissed with 'Look around first'")
    activate(window)

    # 2. Home comes first: its "Add a question" button leads to the "New question" field.
    add = wait_for(
        "Home's 'Add a question' button",
        lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, "Add a question"),
    )
    press(add)
    step("Home's 'Add a question' pressed")
    # A question, typed into "New question" and added with Enter.
    field = wait_for(
        "the 'New question' field", lambda: find(window, pyatspi.ROLE_TEXT, "New question")
    )
    field.queryEditableText().setTextContents(question)
    wait_for("the question in the field", lambda: text_of(field) == question, 5)
    focus(field)
    key(RETURN)
    wait_for("the field to empty after Enter", lambda: text_of(field) == "", 5)
    step("question typed into 'New question' and added with Enter")

    # 3. Its priority, chosen in the details' "Priority" with the keyboard.
    details = wait_for(
        "the 'Question details'",
        lambda: next(
            (
                n
                for n in walk(window)
                if n.name == "Question details" and n.getRole() != pyatspi.ROLE_LABEL
            ),
            None,
        ),
    )
    text_box = wait_for(
        "the 'Question text' field", lambda: find(details, pyatspi.ROLE_TEXT, "Question text")
    )
    if text_of(text_box) != question:
        raise ProbeError(f"the details show {text_of(text_box)!r}, not the question just added")
    priority = wait_for(
        "the 'Priority' choice",
        lambda: find(details, pyatspi.ROLE_COMBO_BOX, "Priority", by_label=True),
    )
    # Qt offers no "grab focus" on a choice box through AT-SPI, only "Press", which opens it
    # as Alt+Down or Space would; the keyboard then moves in its list.
    press(priority)
    choices = wait_for(
        "the open 'Priority' list",
        lambda: next(
            (
                c
                for c in priority
                if c is not None and c.getRole() == pyatspi.ROLE_LIST and showing(c)
            ),
            None,
        ),
        5,
    )
    items = [c.name for c in choices]
    if TARGET_PRIORITY not in items or priority.name not in items:
        raise ProbeError(f"the 'Priority' list offers {items}")
    moves = items.index(TARGET_PRIORITY) - items.index(priority.name)
    for _ in range(abs(moves)):
        key(DOWN if moves > 0 else UP)
    key(RETURN)
    wait_for(f"'Priority' to read {TARGET_PRIORITY!r}", lambda: priority.name == TARGET_PRIORITY, 5)
    step(f"'Priority' set to {TARGET_PRIORITY!r} from its list, by keyboard")

    # 4. An answer, written into "Answer".
    answer_box = wait_for("the 'Answer' field", lambda: find(details, pyatspi.ROLE_TEXT, "Answer"))
    answer_box.queryEditableText().setTextContents(answer)
    wait_for("the answer in the field", lambda: text_of(answer_box) == answer, 5)
    step("answer written into 'Answer'")

    # 5. Every area, from the sidebar with the keyboard; nothing focusable without a name.
    sidebar = wait_for("the 'Areas' list", lambda: find(window, pyatspi.ROLE_LIST, "Areas"))
    names = [c.name for c in sidebar if c is not None]
    if not names:
        raise ProbeError("the 'Areas' list is empty")
    focus(sidebar)
    key(0xFF50)  # Home: the first area
    for row, area in enumerate(names):
        if row:
            key(DOWN)
        wait_for(
            f"the area {area!r} to be picked",
            lambda row=row: (
                sidebar.getChildAtIndex(row).getState().contains(pyatspi.STATE_SELECTED)
            ),
            5,
        )
        wait_for(
            f"the area {area!r} to show",
            lambda area=area: any(
                n.name == area and n.getRole() != pyatspi.ROLE_LIST_ITEM for n in walk(window)
            ),
            5,
        )
        check_names(window, area)
    step(f"visited {len(names)} area(s) from the sidebar: {names}")

    # 6. Quit as a person does; closing saves.
    ctrl_key(Q)
    try:
        code = app_process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        raise ProbeError("the app did not end within 15 s of Ctrl+Q") from None
    result["app_exit_code"] = code
    step(f"Ctrl+Q: the app ended with code {code}")


def main() -> None:
    bus_launcher, app_log, question, answer = sys.argv[1:5]
    app_command = sys.argv[sys.argv.index("--") + 1 :]
    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(DEADLINE_S)
    Atspi.set_timeout(5000, 20000)  # no single D-Bus call may hang the probe
    children: list[subprocess.Popen[bytes]] = []
    try:
        children.append(
            subprocess.Popen([bus_launcher, "--launch-immediately"], stdout=subprocess.DEVNULL)
        )
        wait_for("the accessibility bus", bus_is_up, 10)
        step("accessibility bus launched")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            # The English names below; the app follows the system language.
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "LANGUAGE": "",
        }
        with open(app_log, "wb") as log:
            app_process = subprocess.Popen(
                app_command, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        children.append(app_process)
        run(question, answer, app_process)
        result["ok"] = not result["unnamed"]
        if result["unnamed"]:
            result["error"] = "focusable objects without a name: " + "; ".join(result["unnamed"])
    except Exception as error:
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        signal.alarm(0)
        for child in reversed(children):  # gently: the bus launcher then stops its bus
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
    report()


STARTED = time.monotonic()

if __name__ == "__main__":
    main()
