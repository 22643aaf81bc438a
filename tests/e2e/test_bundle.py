"""The standalone Linux bundle builds, and runs where it was unpacked: `packaging/build_bundle.py
--smoke` (what `python3 dev.py bundle --smoke` runs) in a temporary folder. About a minute.

Under CI=true a missing PyInstaller fails the test (CI installs the dev tools); elsewhere it is
skipped.
"""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PyInstaller is missing: the dev tools (pyproject's dev extra) carry it")
        pytest.skip("PyInstaller is not installed")
    env = {key: value for key, value in os.environ.items() if key != "MBC_DESKTOP_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--smoke", "--out", tmp_path],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert re.search(r"^Bundle size: \d+\.\d MB in \d+ files$", result.stdout, re.MULTILINE), report
    assert re.search(r"^Archive size: \d+\.\d MB: ", result.stdout, re.MULTILINE), report
    assert "Smoke test passed." in result.stdout.splitlines(), report
    checks = ("SQLCipher, argon2id", "--version", "the window started", "summary:", "data folder")
    for check in checks:
        assert f"  ok  {check}" in result.stdout, check
    (archive,) = tmp_path.glob("mbc-desktop-*-linux-*.tar.gz")
    # The check program is for the smoke test only.
    assert not (tmp_path / "dist" / "mbc-desktop" / "selfcheck").exists()
    listing = subprocess.run(
        ["tar", "-tzf", str(archive)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "mbc-desktop/mbc-desktop" in listing
    assert not any(name.endswith("/selfcheck") for name in listing)
