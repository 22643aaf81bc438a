"""Search as you type over the pages and the glossary, ranked.

Every word of the query must be found (as the start of a word, so "horm" finds "hormone");
accents and case are ignored ("quimio" finds "Quimio"). A word found in a title counts most,
then a glossary term, a summary, a heading, and last the body, where more mentions count a
little more. Pages and glossary terms are ranked together.
"""

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from enum import IntEnum

from mbc_desktop.content.model import GlossaryTerm, Page
from mbc_desktop.content.parse import plain_text

WORD = re.compile(r"\w+")
# Words joined by "-", "/" or "+" ("Ki-67", "CDK4/6", "HER2-low") are also found written as one
# ("ki67", "cdk46", "her2low"), as reports and people write them both ways.
COMPOUND = re.compile(r"\w+(?:[-/+]\w+)+")
SNIPPET_CHARS = 100


class Field(IntEnum):
    """Where a word was found, worth this much."""

    BODY = 1
    HEADING = 4
    SUMMARY = 5
    TERM = 8
    TITLE = 10


def fold(text: str) -> str:
    """Lower case without accents: "Análisis" → "analisis"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of a query: "CDK 4/6" → cdk, 4, 6."""
    return WORD.findall(fold(text))


def indexed_words(text: str) -> list[str]:
    """The words of a page, with joined compounds too: "Ki-67" → ki, 67, ki67."""
    folded = fold(text)
    found = WORD.findall(folded)
    found += [re.sub(r"[-/+]", "", compound) for compound in COMPOUND.findall(folded)]
    return found


@dataclass(frozen=True)
class Hit:
    """A search result: a page (``term_id`` None) or a glossary term on the glossary page."""

    page_id: str
    title: str
    snippet: str
    score: float
    term_id: str | None = None


@dataclass
class _Entry:
    page_id: str
    title: str
    term_id: str | None
    fields: list[tuple[Field, list[str]]]  # sorted word lists per field
    counts: dict[str, int]  # body word → mentions
    text: str  # plain body text, for snippets

    def best(self, token: str) -> float:
        """The most a query word is worth here (0: not found), a little more for a whole word."""
        best = 0.0
        for field, sorted_words in self.fields:
            i = bisect_left(sorted_words, token)
            if i < len(sorted_words) and sorted_words[i].startswith(token):
                exact = sorted_words[i] == token
                worth = field.value * (1.0 if exact else 0.8)
                if field is Field.BODY:
                    worth += min(self._mentions(token), 10) * 0.1
                best = max(best, worth)
        return best

    def _mentions(self, token: str) -> int:
        return sum(n for word, n in self.counts.items() if word.startswith(token))


def _entry(
    page_id: str, title: str, term_id: str | None, parts: dict[Field, str], body: str
) -> _Entry:
    fields = [(field, sorted(set(indexed_words(text)))) for field, text in parts.items() if text]
    text = plain_text(body)
    counts: dict[str, int] = {}
    for word in indexed_words(text):
        counts[word] = counts.get(word, 0) + 1
    fields.append((Field.BODY, sorted(counts)))
    return _Entry(page_id, title, term_id, fields, counts, text)


def _snippet(text: str, tokens: list[str]) -> str:
    """The sentence where the first query word first appears, shortened."""
    folded = fold(text)
    starts = [m.start() for t in tokens if (m := re.search(rf"\b{re.escape(t)}", folded))]
    if not starts:
        return text[:SNIPPET_CHARS].rstrip() + ("…" if len(text) > SNIPPET_CHARS else "")
    at = min(starts)
    begin = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    if at - begin > SNIPPET_CHARS // 2:
        begin = text.rfind(" ", 0, at - SNIPPET_CHARS // 3) + 1
    snippet = text[begin : begin + SNIPPET_CHARS].strip()
    prefix = "…" if begin > 0 and text[begin - 2 : begin] != ". " else ""
    suffix = "…" if begin + SNIPPET_CHARS < len(text) else ""
    return prefix + snippet + suffix


class SearchIndex:
    """Built once from the pages and the glossary; ``search`` answers within a frame."""

    def __init__(self, pages: list[Page], terms: list[GlossaryTerm], glossary_id: str) -> None:
        self._entries: list[_Entry] = []
        for page in pages:
            if page.id == glossary_id:
                continue
            headings = " ".join(section.title for section in page.sections)
            parts = {Field.TITLE: page.title, Field.SUMMARY: page.meta.summary}
            parts[Field.HEADING] = headings
            self._entries.append(_entry(page.id, page.title, None, parts, page.body))
        for term in terms:
            parts = {Field.TERM: term.term}
            self._entries.append(_entry(glossary_id, term.term, term.id, parts, term.definition))

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        tokens = list(dict.fromkeys(words(query)))
        if not tokens:
            return []
        hits = []
        for entry in self._entries:
            scores = [entry.best(token) for token in tokens]
            if all(scores):
                hits.append(
                    Hit(
                        entry.page_id,
                        entry.title,
                        _snippet(entry.text, tokens),
                        sum(scores),
                        entry.term_id,
                    )
                )
        hits.sort(key=lambda hit: (-hit.score, fold(hit.title)))
        return hits[:limit]
