"""Started where there is no screen: a one-line message, not a Qt abort, and nothing created."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mbc_desktop import __version__

pytestmark = pytest.mark.skipif(
    os.name != "posix" or sys.platform == "darwin",
    reason="only X11 and Wayland desktops can be missing",
)

# Reports whether Qt was loaded, so the check is known to come before it.
PROBE = r"""
import sys
from mbc_desktop.__main__ import main
code = main(sys.argv[1:])
print("qt loaded" if "PySide6" in sys.modules else "qt not loaded")
sys.exit(code)
"""


def without_display(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_no_display_gets_one_line_and_creates_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = without_display("-c", PROBE, "--data-dir", str(data_dir))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        "mbc-desktop: no display found. Start it from a desktop session, "
        "or set QT_QPA_PLATFORM=offscreen to run without a screen."
    ]
    assert result.stdout.strip() == "qt not loaded"
    assert not data_dir.exists()


def test_version_and_help_work_without_a_display() -> None:
    version = without_display("-m", "mbc_desktop", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"MBC Desktop {__version__}"
    helped = without_display("-m", "mbc_desktop", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "--data-dir" in helped.stdout
