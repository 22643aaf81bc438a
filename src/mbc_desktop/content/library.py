"""The reference library: every page in ``content/``, the glossary, and what applies to whom.

In a wheel or a bundle the pages sit in the package (``mbc_desktop/content/pages/``, copied
there when the wheel is built: see setup.py); in a source checkout they are read from the
top-level ``content/`` folder, where they are written.
"""

import tomllib
from collections.abc import Iterable
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from mbc_desktop.content.model import GlossaryTerm, Link, Page
from mbc_desktop.content.parse import HEADING, PageError, parse_page
from mbc_desktop.content.search import Hit, SearchIndex
from mbc_desktop.domain.tags import matches

GLOSSARY_ID = "glossary"
INDEX_FILE = "index.toml"  # the reading order: order = ["goals-of-treatment", …]
NOT_PAGES = frozenset({"README.md"})  # how the pages are kept, for the people who write them
SOURCE_CHECKOUT_PAGES = Path(__file__).resolve().parents[3] / "content"


def pages_folder() -> Traversable:
    """Where the pages are: inside the installed package, or the checkout's content/."""
    packaged = files("mbc_desktop.content").joinpath("pages")
    if packaged.is_dir():
        return packaged
    return SOURCE_CHECKOUT_PAGES


class Library:
    """The pages in reading order, with the glossary's terms and a search index."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self._by_id = {page.id: page for page in pages}
        if len(self._by_id) != len(pages):
            raise PageError("two pages have the same id")
        glossary = self._by_id.get(GLOSSARY_ID)
        self.terms = glossary_terms(glossary) if glossary is not None else []
        self._terms = {term.id: term for term in self.terms}
        self._index: SearchIndex | None = None

    @classmethod
    def load(cls, folder: Traversable | Path | None = None) -> "Library":
        """Read and validate every ``*.md`` page in ``folder`` (default: ``pages_folder()``).
        Raises PageError naming the first file that is wrong."""
        folder = pages_folder() if folder is None else folder
        found: dict[str, Page] = {}
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".md") and entry.name not in NOT_PAGES and entry.is_file():
                page = parse_page(entry.read_text(encoding="utf-8"), entry.name)
                if page.id != entry.name.removesuffix(".md"):
                    raise PageError(f"{entry.name}: its id is “{page.id}”, not the file's name")
                found[page.id] = page
        return cls(_in_order(found, folder))

    def page(self, page_id: str) -> Page | None:
        return self._by_id.get(page_id)

    @property
    def glossary(self) -> Page | None:
        return self._by_id.get(GLOSSARY_ID)

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self._terms.get(term_id)

    def search(self, query: str) -> list[Hit]:
        if self._index is None:
            self._index = SearchIndex(self.pages, self.terms, GLOSSARY_ID)
        return self._index.search(query)

    def broken_links(self) -> list[str]:
        """Every internal link that leads nowhere, as "page: [text](target)"."""
        broken = []
        for page in self.pages:
            for link in page.links:
                if not self.resolves(link):
                    broken.append(f"{page.id}: [{link.text}]({link.kind}:{link.target})")
        return broken

    def resolves(self, link: Link) -> bool:
        if link.kind == "glossary":
            return link.target in self._terms
        if link.kind == "page":
            target = self._by_id.get(link.target)
            if target is None:
                return False
            return link.anchor is None or any(s.anchor == link.anchor for s in target.sections)
        return False


def _in_order(found: dict[str, Page], folder: Traversable | Path) -> list[Page]:
    index = folder.joinpath(INDEX_FILE)
    order: list[str] = []
    if index.is_file():
        listed = tomllib.loads(index.read_text(encoding="utf-8")).get("order", [])
        unknown = [page_id for page_id in listed if page_id not in found]
        if unknown:
            raise PageError(f"{INDEX_FILE} lists pages that do not exist: {', '.join(unknown)}")
        order = list(listed)
    rest = sorted(page_id for page_id in found if page_id not in order)
    return [found[page_id] for page_id in (*order, *rest)]


def glossary_terms(glossary: Page) -> list[GlossaryTerm]:
    """The glossary's ``##`` sections as terms (each needs an ``{#id}``)."""
    terms = []
    for section in glossary.sections:
        if section.level != 2:
            continue
        if section.anchor is None:
            raise PageError(f"{GLOSSARY_ID}.md: the term “{section.title}” has no {{#id}}")
        terms.append(GlossaryTerm(id=section.anchor, term=section.title, definition=section.body))
    return terms


def applies(expressions: Iterable[str], tags: frozenset[str]) -> bool:
    """A page or section written for these tags (an empty list is for everyone, not a match)."""
    return matches(expressions, tags)


def for_others(page: Page, tags: frozenset[str]) -> bool:
    """A page written only for other kinds of cancer than the one these tags describe."""
    return bool(page.meta.applies_to) and not matches(page.meta.applies_to, tags)


def marked_body(page: Page, tags: frozenset[str], marker: str) -> str:
    """The page's Markdown with ``marker`` (e.g. "✓ Matches About my cancer") as an italic
    line under each heading whose section applies to these tags."""
    headings = iter(page.sections)
    lines = []
    for line in page.body.splitlines():
        lines.append(line)
        if HEADING.match(line):
            section = next(headings)
            if matches(section.applies_to, tags):
                lines.extend(["", f"*{marker}*"])
    return "\n".join(lines) + "\n"
