"""`pip install` of the wheel into a fresh venv gives a working `mbc-desktop`: its launcher
prints the version, writes a summary without a display on a new data folder, installs the
menu entry, and the installed package holds its icon, its translations and the Learn pages.

The wheel goes in with --no-deps; its dependencies (Qt, SQLAlchemy…) come from the test
environment through a .pth file in the fresh venv, which Python reads after the venv's own
site-packages: offline, and seconds instead of minutes of downloads. The test environment's
editable install of the app is a .pth file of its own, which Python does not read from there,
so every module of the app comes from the wheel (checked).
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from mbc_desktop import __version__
from mbc_desktop.content import Library
from mbc_desktop.desktop_entry import APP_ID

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="the venv's bin/ layout and the menu entry"),
]

ROOT = Path(__file__).resolve().parents[2]

# Run with the fresh venv's Python: where everything was found.
PROBE = r"""
import json, sys
from importlib.resources import files
import mbc_desktop
from mbc_desktop import desktop_entry
from mbc_desktop.content import Library
from mbc_desktop.content.library import pages_folder
resources = files("mbc_desktop.resources")
shipped = desktop_entry.shipped()
print(json.dumps({
    "package": mbc_desktop.__file__,
    "icon": str(resources.joinpath("icons/mbc-desktop.svg")),
    "translations": sorted(str(p) for p in resources.joinpath("translations").iterdir()),
    "pages_folder": str(pages_folder()),
    "pages": [page.id for page in Library.load().pages],
    "desktop_files": [str(shipped.desktop_file), *map(str, shipped.icons.values())],
}))
"""

# Makes a journal with one question, through the installed package (the window is not needed).
MAKE_JOURNAL = r"""
import sys
from pathlib import Path
from mbc_desktop.app import open_journal
from mbc_desktop.domain import NewQuestion
from mbc_desktop.paths import DataPaths
journal = open_journal(DataPaths(Path(sys.argv[1])))
journal.questions.add(NewQuestion(text=sys.argv[2]))
journal.close()
"""


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with the wheel built from this checkout installed in it."""
    place = tmp_path_factory.mktemp("wheel")
    wheels = place / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("mbc_desktop-*.whl")
    fresh = place / "venv"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / "bin" / "python"
    install = ["install", "--no-deps", "-q", str(wheel)]
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), *install],
        check=True,
        capture_output=True,
        timeout=600,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "test-dependencies.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    return fresh


def run(command: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run from the fresh venv as a person would: no PYTHONPATH, offscreen, outside the
    checkout."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY", "MBC_DESKTOP_DATA_DIR")
    }
    environment.update({"QT_QPA_PLATFORM": "offscreen", **env})
    return subprocess.run(
        command, capture_output=True, text=True, timeout=180, env=environment, cwd=tmp_path
    )


def test_the_installed_launcher_prints_the_version(fresh_venv: Path, tmp_path: Path) -> None:
    result = run([str(fresh_venv / "bin" / "mbc-desktop"), "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MBC Desktop {__version__}"


def test_the_installed_launcher_writes_a_summary_without_a_display(
    fresh_venv: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    question = "Is the new spot on my liver the cancer growing?"
    made = run(
        [str(fresh_venv / "bin" / "python"), "-c", MAKE_JOURNAL, str(data_dir), question], tmp_path
    )
    assert made.returncode == 0, made.stderr
    launcher = str(fresh_venv / "bin" / "mbc-desktop")
    pdf = tmp_path / "visit.pdf"
    result = run([launcher, "--data-dir", str(data_dir), "summary", "--out", str(pdf)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = run([launcher, "--data-dir", str(data_dir), "summary", "--format", "text"], tmp_path)
    assert question in text.stdout
    spanish = [launcher, "--data-dir", str(data_dir), "summary", "--format", "text"]
    in_spanish = run([*spanish, "--language", "es"], tmp_path)
    assert "Resumen de la cita" in in_spanish.stdout  # the installed translations


def test_the_installed_package_holds_its_icon_translations_and_pages(
    fresh_venv: Path, tmp_path: Path
) -> None:
    result = run([str(fresh_venv / "bin" / "python"), "-c", PROBE], tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(fresh_venv)
    assert Path(found["icon"]).is_relative_to(fresh_venv)
    assert Path(found["icon"]).read_bytes().startswith(b"<svg")
    assert {Path(path).name for path in found["translations"]} >= {
        "mbc_desktop_en.qm",
        "mbc_desktop_es.qm",
    }
    assert all(Path(path).is_relative_to(fresh_venv) for path in found["translations"])
    assert Path(found["pages_folder"]).is_relative_to(fresh_venv)
    assert found["pages"] == [page.id for page in Library.load(ROOT / "content").pages]
    for path in found["desktop_files"]:
        assert Path(path).is_relative_to(fresh_venv), path
        assert Path(path).is_file(), path


def test_the_menu_entry_starts_the_installed_launcher(fresh_venv: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    result = run(
        [str(fresh_venv / "bin" / "mbc-desktop"), "--install-desktop-entry"],
        tmp_path,
        XDG_DATA_HOME=str(data_home),
    )
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    assert f"\nExec={fresh_venv / 'bin' / 'mbc-desktop'}\n" in entry.read_text()
    assert (data_home / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator is None and os.environ.get("CI") == "true":
        pytest.fail("desktop-file-validate is missing; .ci/run installs it")
    if validator is not None:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    removed = run(
        [str(fresh_venv / "bin" / "mbc-desktop"), "--uninstall-desktop-entry"],
        tmp_path,
        XDG_DATA_HOME=str(data_home),
    )
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
