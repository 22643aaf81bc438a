"""Build hook: the wheel carries the reference pages.

The pages are written in the top-level ``content/`` folder (see content/README.md); a wheel
(and so every install and bundle made from it) gets a copy in ``mbc_desktop/content/pages/``,
where ``mbc_desktop.content.pages_folder()`` finds them. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PAGES = Path(__file__).resolve().parent / "content"
NOT_PAGES = {"README.md"}


class BuildWithPages(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "mbc_desktop" / "content" / "pages"
        shutil.rmtree(target, ignore_errors=True)  # a page deleted since the last build goes
        target.mkdir(parents=True)
        for path in sorted(PAGES.iterdir()):
            if path.suffix in (".md", ".toml") and path.name not in NOT_PAGES:
                shutil.copy2(path, target / path.name)


setup(cmdclass={"build_py": BuildWithPages})
