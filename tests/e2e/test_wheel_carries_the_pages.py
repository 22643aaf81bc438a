"""The wheel carries the reference pages: built from this checkout, installed into a fresh
venv, and loaded from there (not from the checkout's content/ folder)."""

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from mbc_desktop.content import Library

ROOT = Path(__file__).resolve().parents[2]
PROBE = r"""
import json, sys
import mbc_desktop
from mbc_desktop.content import Library
from mbc_desktop.content.library import pages_folder
library = Library.load()
print(json.dumps({
    "package": mbc_desktop.__file__,
    "folder": str(pages_folder()),
    "pages": [page.id for page in library.pages],
    "terms": len(library.terms),
    "broken": library.broken_links(),
}))
"""


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_venv_loads_every_page(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("mbc_desktop-*.whl")
    fresh = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python = fresh / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    # The app's own dependencies (Pydantic…) come from the test environment's site-packages;
    # the app itself only from the fresh venv (an editable install is a .pth file, which a
    # PYTHONPATH entry does not read).
    env = {"PYTHONPATH": sysconfig.get_paths()["purelib"], "PATH": ""}
    result = subprocess.run(
        [str(python), "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(fresh)
    assert Path(found["folder"]).is_relative_to(fresh)
    checkout = Library.load(ROOT / "content")
    assert found["pages"] == [page.id for page in checkout.pages]
    assert found["terms"] == len(checkout.terms)
    assert found["broken"] == []
