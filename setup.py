"""Build hook: the wheel carries the reference pages and the desktop integration files.

The pages are written in the top-level ``content/`` folder (see content/README.md); a wheel
(and so every install and bundle made from it) gets a copy in ``mbc_desktop/content/pages/``,
where ``mbc_desktop.content.pages_folder()`` finds them.

The menu entry and AppStream metadata are kept in ``packaging/linux/`` and the icons in
``resources/icons/`` (made by resources/make_icons.py); a wheel gets a copy of them in
``mbc_desktop/resources/desktop/``, where ``mbc-desktop --install-desktop-entry`` finds them
(``mbc_desktop.desktop_entry``). A source checkout reads all of them where they are written.
Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PAGES = ROOT / "content"
NOT_PAGES = {"README.md"}
APP_ID = "org.mbcdesktop.MBCDesktop"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"


def desktop_files() -> dict[str, Path]:
    """Each file of ``mbc_desktop/resources/desktop/`` (by its place there) and its source."""
    wanted = {
        f"{APP_ID}.desktop": LINUX / f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml": LINUX / f"{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg": ICONS / f"{APP_ID}.svg",
    }
    for png in sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        wanted[f"icons/{png.relative_to(ICONS).as_posix()}"] = png
    return wanted


class BuildWithPages(build_py):
    def run(self) -> None:
        super().run()
        package = Path(self.build_lib) / "mbc_desktop"
        target = package / "content" / "pages"
        shutil.rmtree(target, ignore_errors=True)  # a page deleted since the last build goes
        target.mkdir(parents=True)
        for path in sorted(PAGES.iterdir()):
            if path.suffix in (".md", ".toml") and path.name not in NOT_PAGES:
                shutil.copy2(path, target / path.name)
        desktop = package / "resources" / "desktop"
        shutil.rmtree(desktop, ignore_errors=True)
        for place, source in desktop_files().items():
            (desktop / place).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, desktop / place)


setup(cmdclass={"build_py": BuildWithPages})
