"""The desktop entry and AppStream metadata agree with the app they describe."""

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from mbc_desktop import APP_NAME, __version__
from mbc_desktop.ui.application import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry_starts_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert section["Exec"].split()[0] in scripts
    assert section["Name"] == APP_NAME
    assert section["Icon"] == DESKTOP_ID
    assert section["Categories"].split(";")[0] == "Office"


def test_metainfo_names_the_desktop_entry_and_current_version() -> None:
    tree = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml")
    root = tree.getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_installed_version_is_the_one_in_the_source() -> None:
    from importlib.metadata import version

    assert version("mbc-desktop") == __version__
