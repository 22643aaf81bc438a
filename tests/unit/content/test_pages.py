"""Every reference page in content/: valid, sourced, recently reviewed, tagged with tags the
profile can give, linked only inside the app, at grade 8 or below, and covering the topics the
library must cover."""

import re
from datetime import date, timedelta

import pytest

from mbc_desktop.content import GLOSSARY_ID, Library, Page, plain_text
from mbc_desktop.domain import NewQuestion
from mbc_desktop.domain.tags import ALL_TAGS, expression_tags

from .readability import GRADE_LIMIT, grade, words

LIBRARY = Library.load()
PAGES = LIBRARY.pages
IDS = [page.id for page in PAGES]
REVIEW_WITHIN = timedelta(days=365)

# Every topic of ../shared/reference/source-outline.md, and the ones the issue adds, with the
# page that covers it.
TOPICS = {
    "goals of treatment": "goals-of-treatment",
    "types of treatment (local and systemic)": "treatment-types",
    "lines of treatment": "lines-of-treatment",
    "re-biopsy": "rebiopsy",
    "first-line options by receptor status": "first-line-hr-positive",
    "choosing the best treatment for you": "choosing-treatment",
    "factors that influence the choice": "choosing-treatment",
    "second opinions": "second-opinions",
    "questions to ask yourself": "questions-to-ask-yourself",
    "prognosis": "prognosis",
    "advocating for yourself": "advocating-for-yourself",
    "biomarker tests and what each result means": "biomarker-tests",
    "side effects by drug class (pills)": "side-effects-hormone-targeted",
    "side effects by drug class (infusions)": "side-effects-chemo-antibodies",
    "clinical trials": "clinical-trials",
    "bone metastases": "bone-metastases",
    "glossary": GLOSSARY_ID,
}
# First-line options by subtype: the page, and tags it (or one of its sections) is for.
SUBTYPES = {
    "first-line-hr-positive": {"hr-positive+her2-negative", "premenopausal", "postmenopausal"},
    "first-line-her2-positive": {"her2-positive", "hr-positive+her2-positive"},
    "her2-low-and-ultralow": {"her2-low", "her2-ultralow"},
    "first-line-triple-negative": {"triple-negative", "pd-l1-positive", "germline-brca"},
    "men": {"male"},
}
# Awaiting an FDA decision (fact sheet, November 2026): never to be called approved.
PENDING = ("giredestrant",)


def all_expressions(page: Page) -> set[str]:
    found = set(page.meta.applies_to)
    for section in page.sections:
        found.update(section.applies_to)
    return found


def sentences(page: Page) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", plain_text(page.body))


def test_every_page_in_the_folder_is_read_and_listed_in_the_reading_order() -> None:
    from mbc_desktop.content.library import pages_folder

    files = sorted(
        entry.name.removesuffix(".md")
        for entry in pages_folder().iterdir()
        if entry.name.endswith(".md") and entry.name != "README.md"
    )
    assert sorted(IDS) == files
    assert IDS[-1] == GLOSSARY_ID  # read last; every other page is in index.toml's order


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_page_has_sources_and_was_reviewed_within_a_year(page: Page) -> None:
    assert page.meta.sources
    assert all(source.title and source.publisher and source.date for source in page.meta.sources)
    assert date.today() - page.meta.reviewed <= REVIEW_WITHIN, "review it again"
    assert page.meta.reviewed <= date.today()


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_every_tag_is_one_about_my_cancer_can_give(page: Page) -> None:
    used = {tag for expression in all_expressions(page) for tag in expression_tags(expression)}
    assert used <= ALL_TAGS


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_every_link_stays_in_the_app_and_leads_somewhere(page: Page) -> None:
    assert [link.text for link in page.links if link.kind == "external"] == []
    assert [f"{link.kind}:{link.target}" for link in page.links if not LIBRARY.resolves(link)] == []


def test_no_link_anywhere_is_broken() -> None:
    assert LIBRARY.broken_links() == []


def test_the_glossary_has_at_least_40_terms_and_pages_link_to_them() -> None:
    assert len(LIBRARY.terms) >= 40
    assert len({term.id for term in LIBRARY.terms}) == len(LIBRARY.terms)
    for page in PAGES:
        if page.id != GLOSSARY_ID:
            assert any(link.kind == "glossary" for link in page.links), page.id
    linked = {link.target for page in PAGES for link in page.links if link.kind == "glossary"}
    assert len(linked) >= 40


def test_every_page_reads_at_grade_8_or_below(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [(page.id, grade(page), words(page)) for page in PAGES]
    with capsys.disabled():
        print("\n\nReading level (Flesch-Kincaid grade, textstat 0.7.3)")
        print(f"{'page':34} {'grade':>5} {'words':>6}")
        for page_id, level, count in rows:
            print(f"{page_id:34} {level:5.1f} {count:6d}")
    assert [page_id for page_id, level, _ in rows if level > GRADE_LIMIT] == []


def test_the_grade_measure_tells_hard_text_from_plain_text() -> None:
    # The measure itself must be able to fail: a dense sentence scores far above the limit.
    from mbc_desktop.content.parse import parse_page

    dense = (
        "Pharmacological intervention utilizing cyclin-dependent kinase inhibition demonstrated "
        "statistically significant prolongation of progression-free survival in "
        "postmenopausal participants with hormone-receptor-positive metastatic disease."
    )
    front = '+++\nid = "x"\ntitle = "X"\nsummary = "X."\nreviewed = 2026-01-01\n'
    front += '[[sources]]\ntitle = "S"\npublisher = "P"\ndate = "2026"\n+++\n'
    assert grade(parse_page(front + dense + "\n", "x.md")) > 12
    assert grade(parse_page(front + "The cat sat. It was warm.\n", "x.md")) < 4


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_fast_moving_facts_say_as_of_when(page: Page) -> None:
    body = plain_text(page.body)
    if re.search(r"\bapprov", body, re.IGNORECASE):
        assert page.meta.as_of is not None, "a page that speaks of approvals needs as_of"
    if page.meta.as_of is not None:
        assert f"as of {page.meta.as_of}" in body.replace("As of", "as of")


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_nothing_awaiting_approval_is_called_approved(page: Page) -> None:
    for sentence in sentences(page):
        lowered = sentence.casefold()
        if any(drug in lowered for drug in PENDING) and "approv" in lowered:
            assert "not approved" in lowered or "waiting" in lowered, sentence


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_suggested_questions_are_questions_the_list_takes(page: Page) -> None:
    for text in page.meta.questions:
        assert NewQuestion(text=text, topic=page.meta.question_topic, source=page.id).text == text


@pytest.mark.parametrize(("topic", "page_id"), TOPICS.items())
def test_the_library_covers_every_topic(topic: str, page_id: str) -> None:
    page = LIBRARY.page(page_id)
    assert page is not None, topic
    assert len(plain_text(page.body).split()) > 300, f"{topic}: too short to cover it"


@pytest.mark.parametrize(("page_id", "expressions"), SUBTYPES.items())
def test_first_line_options_are_there_for_each_subtype(page_id: str, expressions: set[str]) -> None:
    page = LIBRARY.page(page_id)
    assert page is not None
    assert expressions <= all_expressions(page)
    assert page.meta.as_of is not None or page_id == "men"


def test_survival_figures_keep_their_caveats() -> None:
    page = LIBRARY.page("prognosis")
    assert page is not None
    text = plain_text(page.body).casefold()
    for caveat in ("median", "group", "past", "newer"):
        assert caveat in text, caveat
