"""Reading a page file: TOML front matter between ``+++`` lines, then Markdown.

Headings may end with attributes in braces, ``## Before menopause {#premenopausal
applies=premenopausal}``: ``#anchor`` names the section for links, ``applies=`` lists tag
expressions separated by commas. The attributes are taken off the heading before it is shown.

TOML, not YAML, because Python reads it without another dependency (``tomllib``).
"""

import re
import tomllib

from pydantic import ValidationError

from mbc_desktop.content.model import FrontMatter, Link, Page, Section

FENCE = "+++"
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ATTRIBUTES = re.compile(r"\s*\{([^{}]*)\}\s*$")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])\s+")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


class PageError(ValueError):
    """A page file that can't be read; the message names the file and what is wrong."""


def split_front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise PageError(f"{name}: the first line must be {FENCE}")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == FENCE)
    except StopIteration:
        raise PageError(f"{name}: the front matter has no closing {FENCE}") from None
    try:
        meta = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        raise PageError(f"{name}: the front matter is not TOML ({error})") from None
    return meta, "\n".join(lines[end + 1 :]).strip("\n") + "\n"


def _attributes(raw: str, name: str) -> tuple[str | None, tuple[str, ...]]:
    anchor: str | None = None
    applies: tuple[str, ...] = ()
    for item in raw.split():
        if item.startswith("#") and len(item) > 1:
            anchor = item[1:]
        elif item.startswith("applies="):
            applies = tuple(e for e in item.removeprefix("applies=").split(",") if e)
        else:
            raise PageError(f"{name}: “{item}” is not a heading attribute (#anchor or applies=…)")
    return anchor, applies


def parse_body(body: str, name: str) -> tuple[str, list[Section]]:
    """The body with heading attributes taken off, and its ``##``/``###`` sections."""
    shown: list[str] = []
    sections: list[dict[str, object]] = []
    lines: list[str] = []
    for line in body.splitlines():
        match = HEADING.match(line)
        if match is None:
            shown.append(line)
            lines.append(line)
            continue
        level, title = len(match.group(1)), match.group(2)
        anchor: str | None = None
        applies: tuple[str, ...] = ()
        attributes = ATTRIBUTES.search(title)
        if attributes is not None:
            anchor, applies = _attributes(attributes.group(1), name)
            title = title[: attributes.start()].rstrip()
        if level not in (2, 3, 4):
            raise PageError(f"{name}: “{title}” must be a ##, ### or #### heading")
        if sections:
            sections[-1]["body"] = "\n".join(lines).strip()
        lines = []
        sections.append({"title": title, "level": level, "anchor": anchor, "applies_to": applies})
        shown.append(f"{match.group(1)} {title}")
    if sections:
        sections[-1]["body"] = "\n".join(lines).strip()
    try:
        parsed = [Section.model_validate(section) for section in sections]
    except ValidationError as error:
        raise PageError(f"{name}: {error}") from None
    return "\n".join(shown).strip("\n") + "\n", parsed


def links_in(markdown: str) -> list[Link]:
    found = []
    for text, href in LINK.findall(markdown):
        kind, _, rest = href.partition(":")
        target, _, anchor = rest.partition("#")
        if kind not in ("page", "glossary"):
            kind, target = "external", href
        found.append(Link(text=text, kind=kind, target=target, anchor=anchor or None))
    return found


def parse_page(text: str, name: str) -> Page:
    raw, body = split_front_matter(text, name)
    try:
        meta = FrontMatter.model_validate(raw)
    except ValidationError as error:
        raise PageError(f"{name}: {error}") from None
    shown, sections = parse_body(body, name)
    return Page(meta=meta, body=shown, sections=tuple(sections), links=tuple(links_in(shown)))


def plain_text(markdown: str) -> str:
    """The words of a Markdown body as sentences: each heading, list item, table cell and
    paragraph ends with a full stop if it has none. Links keep their text. For reading-level
    measures and search snippets."""
    units: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            units.append(" ".join(paragraph))
            paragraph.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if TABLE_RULE.match(stripped):
            continue
        if not stripped:
            end_paragraph()
        elif stripped.startswith("#"):
            end_paragraph()
            units.append(ATTRIBUTES.sub("", stripped.lstrip("#").strip()))
        elif stripped.startswith("|"):
            end_paragraph()
            units.extend(cell.strip() for cell in stripped.strip("|").split("|") if cell.strip())
        elif LIST_ITEM.match(stripped):
            end_paragraph()
            units.append(LIST_ITEM.sub("", stripped))
        else:
            paragraph.append(stripped)
    end_paragraph()
    sentences = []
    for unit in units:
        words = LINK.sub(r"\1", unit).replace("**", "").replace("*", "").replace("`", "").strip()
        if words and words[-1] not in ".?!:":
            words += "."
        if words:
            sentences.append(words)
    return " ".join(sentences)
