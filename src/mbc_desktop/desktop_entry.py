"""``mbc-desktop --install-desktop-entry``: MBC Desktop in the desktop's menu, with its icon,
for an install that has no package manager to do it (pip, pipx, the unpacked bundle).

It copies the menu entry (``org.mbcdesktop.MBCDesktop.desktop``, its ``Exec`` pointing at this
install's own launcher) and the icons into the person's own data folder, ``$XDG_DATA_HOME``
(``~/.local/share``): ``applications/`` and ``icons/hicolor/``. Nothing system-wide, no root.
``--uninstall-desktop-entry`` removes those files again, and only those.

Standard library only: it runs before (and without) Qt. The files come from the package
(``mbc_desktop/resources/desktop/``, copied there when the wheel or the bundle is built, see
setup.py), or in a source checkout from ``packaging/linux/`` and ``resources/icons/``.
"""

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# The application id: the desktop file's name, the icon's name, the AppStream id, the Flatpak
# id, and what Qt is told (QGuiApplication.setDesktopFileName). tests/unit/test_packaging.py
# checks that every one of those places says the same.
APP_ID = "org.mbcdesktop.MBCDesktop"
LAUNCHER = "mbc-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

PACKAGED = Path(__file__).resolve().parent / "resources" / "desktop"
CHECKOUT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Shipped:
    """The menu entry and the icons this install carries: each icon's source file, by its place
    inside an icon theme (``48x48/apps/org.mbcdesktop.MBCDesktop.png``)."""

    desktop_file: Path
    icons: dict[str, Path]


def shipped() -> Shipped:
    """What to install: from the package, or else from the source checkout."""
    if (PACKAGED / f"{APP_ID}.desktop").is_file():
        desktop_file = PACKAGED / f"{APP_ID}.desktop"
        hicolor = PACKAGED / "icons" / "hicolor"
        svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    else:
        desktop_file = CHECKOUT / "packaging" / "linux" / f"{APP_ID}.desktop"
        hicolor = CHECKOUT / "resources" / "icons" / "hicolor"
        svg = CHECKOUT / "resources" / "icons" / f"{APP_ID}.svg"
    icons = {f"scalable/apps/{APP_ID}.svg": svg}
    for size in PNG_SIZES:
        place = f"{size}x{size}/apps/{APP_ID}.png"
        icons[place] = hicolor / place
    return Shipped(desktop_file, icons)


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (as the
    XDG Base Directory specification says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this very install, with absolute paths (a menu has no PATH
    of ours): the bundle's executable, the launcher pip wrote beside this Python (a venv's or
    pipx's bin/), or this Python with ``-m mbc_desktop``."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    beside = Path(os.path.abspath(sys.executable)).parent / LAUNCHER
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    started_as = Path(os.path.abspath(sys.argv[0])) if sys.argv and sys.argv[0] else None
    if started_as is not None and started_as.name == LAUNCHER and started_as.is_file():
        return [str(started_as)]
    return [os.path.abspath(sys.executable), "-m", "mbc_desktop"]


# Characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(command: list[str]) -> str:
    """``command`` as the value of an Exec key: quoted where needed, with ``%`` doubled and
    backslashes escaped once for the quoting and once for the file's string type."""

    def quoted(argument: str) -> str:
        argument = argument.replace("%", "%%")
        if argument and not _RESERVED.intersection(argument):
            return argument
        return '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'

    return string_value(" ".join(quoted(argument) for argument in command))


def string_value(text: str) -> str:
    """``text`` as a desktop file's string value (backslash, newline, tab escaped)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def entry_for(template: str, command: list[str]) -> str:
    """The shipped entry with Exec set to ``command`` and TryExec to its program, so that the
    menu hides the entry if that install is removed without uninstalling the entry first."""
    lines = []
    for line in template.splitlines():
        if line.startswith(("TryExec=", "Exec=")):
            if line.startswith("Exec="):
                lines.append(f"TryExec={string_value(command[0])}")
                lines.append(f"Exec={exec_value(command)}")
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_paths(home: Path) -> list[Path]:
    """Every file that installing puts in ``home`` (an XDG data folder)."""
    hicolor = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        *(hicolor / place for place in shipped().icons),
    ]


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` whole: beside it first, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Install the menu entry and the icons into ``home`` (default: ``data_home()``); returns
    the files written. Raises OSError if a file cannot be read or written."""
    home = data_home() if home is None else home
    command = launcher_command() if command is None else command
    files = shipped()
    template = files.desktop_file.read_text(encoding="utf-8")
    desktop_path, *icon_paths = installed_paths(home)
    sources = list(files.icons.values())
    # Read everything first, so that a missing icon leaves nothing half installed.
    icon_data = [source.read_bytes() for source in sources]
    for path, data in zip(icon_paths, icon_data, strict=True):
        _write(path, data)
    _write(desktop_path, entry_for(template, command).encode("utf-8"))
    # Icon caches (GTK's among them) look again when the theme folder's time changes.
    os.utime(home / "icons" / "hicolor")
    return [desktop_path, *icon_paths]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the files ``install`` writes from ``home``; returns those that were there."""
    home = data_home() if home is None else home
    removed = []
    for path in installed_paths(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


def run(install_it: bool) -> int:
    """``--install-desktop-entry`` (``install_it``) or ``--uninstall-desktop-entry``: do it and
    say in one line what was done, or what is wrong; returns the exit code."""
    if os.name != "posix" or sys.platform == "darwin":
        print(
            "mbc-desktop: menu entries are for Linux desktops; the Windows and macOS "
            "installers make their own.",
            file=sys.stderr,
        )
        return 2
    try:
        if install_it:
            written = install()
            print(
                f"mbc-desktop: added MBC Desktop to the menu ({written[0]}, starting "
                f"{exec_value(launcher_command())}) with its icons in "
                f"{data_home() / 'icons' / 'hicolor'}."
            )
        else:
            removed = uninstall()
            if removed:
                print(
                    f"mbc-desktop: removed MBC Desktop's menu entry and icons "
                    f"({len(removed)} files) from {data_home()}."
                )
            else:
                print(f"mbc-desktop: there was no MBC Desktop menu entry in {data_home()}.")
    except OSError as error:
        reason = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        print(f"mbc-desktop: could not change the menu entry: {reason}{where}.", file=sys.stderr)
        return 1
    return 0
