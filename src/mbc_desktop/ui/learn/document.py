"""A reference page as a QTextDocument: Qt's own Markdown, with the app's own lines around it.

Around the page's body go: the education line (on every page), whether the page matches
"About my cancer", a mark under each matching section, the suggested questions, the sources
(links shown as text, never as links) and the review date. After Qt has read the Markdown,
the headings get their anchors (for ``page:id#anchor`` and glossary links) and every link that
is not ``page:`` or ``glossary:`` is turned back into plain text: the app opens nothing outside.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from mbc_desktop.content import Page, marked_body
from mbc_desktop.words.texts import fill

INTERNAL = ("page:", "glossary:")


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _escaped(text: str) -> str:
    """Text from the front matter, safe inside Markdown (no emphasis or links by accident)."""
    for mark in ("\\", "*", "_", "[", "]", "<", ">", "`", "#"):
        text = text.replace(mark, "\\" + mark)
    return text


def match_line(page: Page, tags: frozenset[str], for_you: bool) -> str:
    """What the page has to do with "About my cancer", or "" when nothing is entered yet."""
    if not tags:
        return ""
    if for_you:
        return QCoreApplication.translate(
            "LearnPage", "✓ This page is about a kind of cancer that matches About my cancer."
        )
    if page.meta.applies_to:
        return QCoreApplication.translate(
            "LearnPage",
            "This page is about other kinds of cancer than the one in About my cancer. "
            "It may still help you understand your options.",
        )
    return ""


def page_markdown(
    page: Page,
    tags: frozenset[str],
    for_you: bool,
    listed: set[str],
) -> str:
    """The whole page as Markdown, ready for ``QTextDocument.setMarkdown``."""
    parts = [
        "*"
        + QCoreApplication.translate(
            "LearnPage",
            "ℹ This page is education to discuss with your care team. It is not advice about "
            "your own treatment.",
        )
        + "*"
    ]
    matched = match_line(page, tags, for_you)
    if matched:
        parts.append(f"**{matched}**")
    parts.append(
        marked_body(
            page, tags, QCoreApplication.translate("LearnPage", "✓ Matches About my cancer")
        )
    )
    if page.meta.questions:
        parts.append("## " + QCoreApplication.translate("LearnPage", "Questions you could ask"))
        items = []
        for question in page.meta.questions:
            done = (
                " " + QCoreApplication.translate("LearnPage", "(already in your list)")
                if question in listed
                else ""
            )
            items.append(f"- {_escaped(question)}{done}")
        parts.append("\n".join(items))
    parts.append("## " + QCoreApplication.translate("LearnPage", "Sources"))
    sources = []
    for source in page.meta.sources:
        line = fill(
            QCoreApplication.translate("LearnPage", "%1. %2, %3."),
            _escaped(source.title),
            _escaped(source.publisher),
            source.date,
        )
        if source.url:
            line += " " + source.url
        sources.append(f"- {line}")
    parts.append("\n".join(sources))
    reviewed = fill(
        QCoreApplication.translate("LearnPage", "Last reviewed %1."), long_day(page.meta.reviewed)
    )
    if page.meta.as_of:
        as_of = QDate.fromString(page.meta.as_of, "MMMM yyyy")
        when = QLocale().toString(as_of, "MMMM yyyy") if as_of.isValid() else page.meta.as_of
        reviewed += " " + fill(
            QCoreApplication.translate("LearnPage", "Facts that change often are as of %1."),
            when,
        )
    parts.append(reviewed)
    return "\n\n".join(parts) + "\n"


def finish(document: QTextDocument, page: Page) -> None:
    """After ``setMarkdown``: name the headings' anchors, and make every outside link text."""
    anchors = iter(page.sections)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            section = next(anchors, None)
            if section is not None and section.anchor is not None:
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                named = QTextCharFormat()
                named.setAnchor(True)
                named.setAnchorNames([section.anchor])
                cursor.mergeCharFormat(named)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char_format = fragment.charFormat()
            href = char_format.anchorHref()
            if href.startswith(INTERNAL) and not char_format.fontUnderline():
                # A link is underlined: its colour alone must not be what says it is one.
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                underlined = QTextCharFormat()
                underlined.setFontUnderline(True)
                cursor.mergeCharFormat(underlined)
            elif href and not href.startswith(INTERNAL):
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                plain = QTextCharFormat(char_format)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setFontUnderline(False)
                plain.clearForeground()
                cursor.setCharFormat(plain)
            it += 1
        block = block.next()


def anchor_position(document: QTextDocument, name: str) -> int | None:
    """Where the heading named ``name`` starts, or None."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if name in it.fragment().charFormat().anchorNames():
                return block.position()
            it += 1
        block = block.next()
    return None


def outside_links(document: QTextDocument) -> list[str]:
    """Every link in the document that leads outside the app (there should be none)."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href and not href.startswith(INTERNAL):
                found.append(href)
            it += 1
        block = block.next()
    return found
