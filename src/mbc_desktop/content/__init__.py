"""The reference library ("Learn"): Markdown pages with TOML front matter, read into Pydantic
models, searched, and matched to "About my cancer" by tags. No Qt and no SQL here."""

from mbc_desktop.content.library import GLOSSARY_ID, Library, applies, for_others, marked_body
from mbc_desktop.content.model import GlossaryTerm, Page, Section, Source
from mbc_desktop.content.parse import PageError, plain_text
from mbc_desktop.content.search import Hit

__all__ = [
    "GLOSSARY_ID",
    "GlossaryTerm",
    "Hit",
    "Library",
    "Page",
    "PageError",
    "Section",
    "Source",
    "applies",
    "for_others",
    "marked_body",
    "plain_text",
]
