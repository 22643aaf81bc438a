"""The packaging files agree with the app they describe and with each other: one application id,
one version, the icons the desktops need, a metainfo and a menu entry that validate, and a
Flatpak that may not reach the network."""

import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mbc_desktop import APP_NAME, __version__, desktop_entry
from mbc_desktop.desktop_entry import APP_ID
from mbc_desktop.ui.application import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.json"
ICONS = ROOT / "resources" / "icons"
CI = os.environ.get("CI") == "true"


def read_desktop_file(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def changelog_versions() -> list[tuple[str, str]]:
    """(version, date) of each released entry in CHANGELOG.md, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)


def tool(name: str) -> str:
    """The validator's path; under CI=true a missing one fails the test instead of skipping."""
    found = shutil.which(name)
    if found is None:
        if CI:
            pytest.fail(f"{name} is missing; .ci/run installs it")
        pytest.skip(f"{name} is not installed")
    return found


# --- one application id -----------------------------------------------------------------------


def test_every_place_uses_the_one_application_id() -> None:
    assert DESKTOP_ID == APP_ID  # what Qt is told: QGuiApplication.setDesktopFileName
    assert DESKTOP_FILE.is_file()
    assert read_desktop_file()["Icon"] == APP_ID
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert json.loads(FLATPAK.read_text())["app-id"] == APP_ID
    assert (ICONS / f"{APP_ID}.svg").is_file()
    assert f"AppId={APP_ID}" in (ROOT / "packaging" / "windows" / "mbc-desktop.iss").read_text()
    for builder in (
        "packaging/pyinstaller/mbc-desktop.spec",
        "setup.py",
        "resources/make_icons.py",
    ):
        assert f'APP_ID = "{APP_ID}"' in (ROOT / builder).read_text(), builder


def test_desktop_entry_starts_the_installed_command() -> None:
    section = read_desktop_file()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert section["Exec"].split()[0] in scripts
    assert section["Name"] == APP_NAME
    assert section["Categories"].split(";")[0] == "Office"


# --- one version --------------------------------------------------------------------------------


# Where the version number may be written: the one place, and the release notes that name it.
VERSION_MAY_BE_IN = {
    "src/mbc_desktop/__init__.py",
    "CHANGELOG.md",
    "packaging/linux/org.mbcdesktop.MBCDesktop.metainfo.xml",
}


def test_the_version_is_written_only_in_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project
    assert "version" in project["dynamic"]
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    written = re.compile(rf"(?<![\w.]){re.escape(__version__)}(?![\w.])")
    repeated = []
    for name in listed.split("\0"):
        path = ROOT / name
        # Tests may hold files an older or newer app wrote; docs show screenshots.
        if not name or name.startswith(("tests/", "docs/")) or not path.is_file():
            continue
        if name not in VERSION_MAY_BE_IN and written.search(
            path.read_bytes().decode(errors="ignore")
        ):
            repeated.append(name)
    assert repeated == []


def test_metainfo_and_changelog_name_the_current_version_newest() -> None:
    releases = metainfo().findall("releases/release")
    assert releases[0].get("version") == __version__
    newest_version, newest_date = changelog_versions()[0]
    assert newest_version == __version__
    assert releases[0].get("date") == newest_date


def test_metainfo_has_every_release_the_changelog_has() -> None:
    in_metainfo = [
        (r.get("version"), r.get("date")) for r in metainfo().findall("releases/release")
    ]
    assert in_metainfo == changelog_versions()


def test_installed_version_is_the_one_in_the_source() -> None:
    from importlib.metadata import version

    assert version("mbc-desktop") == __version__


# --- what software centres show -----------------------------------------------------------------


def test_metainfo_says_plainly_that_the_app_uses_no_network() -> None:
    root = metainfo()
    assert root.findtext("supports/internet") == "offline-only"
    description = " ".join("".join(p.itertext()) for p in root.findall("description/p"))
    assert "uses no network" in " ".join(description.split())


def test_metainfo_screenshots_are_the_ones_in_docs() -> None:
    images = [image.text or "" for image in metainfo().findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_metainfo_has_a_content_rating_and_summary() -> None:
    root = metainfo()
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert root.findtext("summary")


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the pedantic note on the capitals in the id (reverse-DNS ids keep their case).
    notes = [line for line in result.stdout.splitlines() if re.match(r"^[EWIP]: ", line)]
    assert [note.split()[2] for note in notes] in ([], ["cid-contains-uppercase-letter"]), notes


def test_validators_catch_a_broken_file(tmp_path: Path) -> None:
    """The two validator tests above can fail: a file missing what is required is refused."""
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(DESKTOP_FILE.read_text().replace("Name=MBC Desktop\n", ""))
    assert subprocess.run([tool("desktop-file-validate"), str(broken)]).returncode != 0
    bad_metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    bad_metainfo.write_text(
        METAINFO.read_text().replace("https://mbcdesktop.org/screenshots/", "screenshots/")
    )
    check = [tool("appstreamcli"), "validate", "--no-net", str(bad_metainfo)]
    assert subprocess.run(check, capture_output=True).returncode != 0


# --- icons ------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_icon_size_desktops_use_is_there_and_that_size() -> None:
    for size in desktop_entry.PNG_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path.read_bytes()) == (size, size), path


def test_windows_icon_holds_the_sizes_windows_shows() -> None:
    data = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert png_size(data[offset : offset + length]) == (side or 256, side or 256)
        sizes.append(side or 256)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icon_holds_retina_sizes() -> None:
    data = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4].decode(), struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert found["ic10"] == 1024
    assert found["ic07"] == 128


def test_the_package_carries_the_same_drawing_as_resources() -> None:
    packaged = ROOT / "src" / "mbc_desktop" / "resources" / "icons" / "mbc-desktop.svg"
    assert packaged.read_bytes() == (ICONS / f"{APP_ID}.svg").read_bytes()


# --- Flatpak ----------------------------------------------------------------------------------

# What the sandbox may have: the display (Wayland, or X11 where there is no Wayland, with the
# shared memory X11 needs) and printing. No network, no files beyond the portal's dialogs, no
# session or system bus beyond the portals every app gets.
ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--socket=cups"}


def granted(manifest: dict[str, object]) -> list[str]:
    finish = manifest.get("finish-args", [])
    assert isinstance(finish, list)
    return [str(arg) for arg in finish]


def test_flatpak_grants_no_network_and_nothing_it_does_not_need() -> None:
    manifest = json.loads(FLATPAK.read_text())
    args = granted(manifest)
    assert "--share=network" not in args
    assert set(args) <= ALLOWED_FINISH_ARGS, set(args) - ALLOWED_FINISH_ARGS
    # Nor at build time: the modules bring their sources with checksums.
    assert "network" not in json.dumps(manifest.get("build-options", {}))


@pytest.mark.parametrize(
    "extra", ["--share=network", "--filesystem=home", "--socket=session-bus", "--device=all"]
)
def test_flatpak_check_refuses_a_manifest_that_asks_for_more(extra: str) -> None:
    manifest = json.loads(FLATPAK.read_text())
    manifest["finish-args"] = [*granted(manifest), extra]
    assert not set(granted(manifest)) <= ALLOWED_FINISH_ARGS


def test_flatpak_builds_on_the_kde_runtime_with_the_pyside_baseapp() -> None:
    manifest = json.loads(FLATPAK.read_text())
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert (
        manifest["command"]
        in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    )
    commands = " ".join(manifest["modules"][-1]["build-commands"])
    for path in re.findall(r"(?:packaging|resources)/[\w./-]+", commands.replace("${size}", "48")):
        assert (ROOT / path).exists(), path


def test_flatpak_python_requirements_are_the_apps_less_pyside() -> None:
    wanted = [
        dependency.replace(" ", "")
        for dependency in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
            "dependencies"
        ]
        if not dependency.startswith("PySide6")
    ]
    lines = (ROOT / "packaging" / "flatpak" / "requirements.txt").read_text().splitlines()
    assert [line for line in lines if line and not line.startswith("#")] == wanted


# --- the menu entry that --install-desktop-entry writes -----------------------------------------


def test_installed_entry_starts_this_install_and_validates(tmp_path: Path) -> None:
    launcher = tmp_path / "my programs" / "bin" / "mbc-desktop"
    written = desktop_entry.install(tmp_path / "share", [str(launcher)])
    entry = read_desktop_file(written[0])
    assert entry["Exec"] == f'"{launcher}"'
    assert entry["TryExec"] == str(launcher)
    assert entry["Icon"] == APP_ID
    for size in desktop_entry.PNG_SIZES:
        assert (tmp_path / "share/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (tmp_path / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate") or CI:
        result = subprocess.run(
            [tool("desktop-file-validate"), str(written[0])], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("command", "value"),
    [
        (["/opt/mbc/mbc-desktop"], "/opt/mbc/mbc-desktop"),
        (["/home/ana/My Apps/mbc-desktop"], '"/home/ana/My Apps/mbc-desktop"'),
        (["/usr/bin/python3", "-m", "mbc_desktop"], "/usr/bin/python3 -m mbc_desktop"),
        # A quote, a dollar and a backslash are escaped for the quoting, and the backslash once
        # more for the file; a percent sign is doubled (it starts a field code).
        (['/x/a"b$c\\d%e/mbc-desktop'], '"/x/a\\\\"b\\\\$c\\\\\\\\d%%e/mbc-desktop"'),
    ],
)
def test_exec_is_quoted_as_the_desktop_entry_spec_says(command: list[str], value: str) -> None:
    assert desktop_entry.exec_value(command) == value


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    home = tmp_path / "share"
    others = home / "applications" / "someone-else.desktop"
    others.parent.mkdir(parents=True)
    others.write_text("[Desktop Entry]\n")
    written = desktop_entry.install(home, ["/opt/mbc/mbc-desktop"])
    removed = desktop_entry.uninstall(home)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert others.read_text() == "[Desktop Entry]\n"
    assert desktop_entry.uninstall(home) == []


def test_data_home_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


def test_launcher_is_the_one_beside_this_python_or_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bin_folder = tmp_path / "venv" / "bin"
    bin_folder.mkdir(parents=True)
    (bin_folder / "python").touch()
    monkeypatch.setattr(sys, "executable", str(bin_folder / "python"))
    monkeypatch.setattr(sys, "argv", ["-c"])
    assert desktop_entry.launcher_command() == [str(bin_folder / "python"), "-m", "mbc_desktop"]
    launcher = bin_folder / "mbc-desktop"
    launcher.touch(mode=0o755)
    assert desktop_entry.launcher_command() == [str(launcher)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_entry.launcher_command() == [str(bin_folder / "python")]
