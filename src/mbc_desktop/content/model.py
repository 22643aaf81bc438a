"""What a reference page is: its front matter as Pydantic models, and its sections."""

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from mbc_desktop.domain.questions import QUESTION_MAX_CHARS, Topic
from mbc_desktop.domain.tags import ALL_TAGS, expression_tags

_FROZEN = ConfigDict(frozen=True, extra="forbid")
PAGE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TITLE_MAX_CHARS = 70
SUMMARY_MAX_CHARS = 160
# "2024", "2024-06" or "2024-06-15": as precise as the source says.
SOURCE_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# "November 2026": the month a fast-moving fact was last checked.
MONTH_YEAR = re.compile(
    r"^(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{4}$"
)


def _tag_expression(value: str) -> str:
    unknown = [tag for tag in expression_tags(value) if tag not in ALL_TAGS]
    if unknown:
        raise ValueError(f"“{value}” names tags About my cancer never gives: {', '.join(unknown)}")
    return value


TagExpression = Annotated[str, AfterValidator(_tag_expression)]


def _page_id(value: str) -> str:
    if not PAGE_ID.match(value):
        raise ValueError(f"“{value}” is not an id: use lowercase words joined by hyphens")
    return value


PageId = Annotated[str, AfterValidator(_page_id)]


class Source(BaseModel):
    """Where a page's facts come from. The link is shown as text; the app never opens it."""

    model_config = _FROZEN

    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    url: str = ""
    date: str

    @field_validator("date")
    @classmethod
    def _date(cls, value: str) -> str:
        if not SOURCE_DATE.match(value):
            raise ValueError(f"“{value}” is not a date like 2024, 2024-06 or 2024-06-15")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError(f"“{value}” is not an https link")
        return value


class FrontMatter(BaseModel):
    """The TOML between the two ``+++`` lines at the top of a page."""

    model_config = _FROZEN

    id: PageId
    title: str = Field(min_length=1, max_length=TITLE_MAX_CHARS)
    summary: str = Field(min_length=1, max_length=SUMMARY_MAX_CHARS)
    applies_to: tuple[TagExpression, ...] = ()
    as_of: str | None = None
    reviewed: date
    question_topic: Topic = Topic.OTHER
    questions: tuple[str, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)

    @field_validator("as_of")
    @classmethod
    def _as_of(cls, value: str | None) -> str | None:
        if value is not None and not MONTH_YEAR.match(value):
            raise ValueError(f"“{value}” is not a month and year like “November 2026”")
        return value

    @field_validator("questions")
    @classmethod
    def _questions(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for text in values:
            if not text.strip() or len(text) > QUESTION_MAX_CHARS or not text.endswith("?"):
                raise ValueError(f"“{text}” is not a question of under {QUESTION_MAX_CHARS} chars")
        if len({text.casefold() for text in values}) != len(values):
            raise ValueError("a suggested question is there twice")
        return values


class Section(BaseModel):
    """A ``##``, ``###`` or ``####`` heading of a page and what it applies to."""

    model_config = _FROZEN

    title: str
    level: int = Field(ge=2, le=4)
    anchor: str | None = None
    applies_to: tuple[TagExpression, ...] = ()
    body: str = ""  # the Markdown under the heading, up to the next heading


class Link(BaseModel):
    """A link in a page's body: ``page:ID``, ``page:ID#anchor`` or ``glossary:TERM``."""

    model_config = _FROZEN

    text: str
    kind: str  # "page" or "glossary"; anything else is an external link, never followed
    target: str
    anchor: str | None = None


class Page(BaseModel):
    """A reference page: front matter, its Markdown body (heading attributes removed), its
    sections and its links."""

    model_config = _FROZEN

    meta: FrontMatter
    body: str
    sections: tuple[Section, ...]
    links: tuple[Link, ...]

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title


class GlossaryTerm(BaseModel):
    """One term of the glossary page: its ``##`` heading and the definition under it."""

    model_config = _FROZEN

    id: str
    term: str
    definition: str
