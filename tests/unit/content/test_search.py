"""Search as you type: every word must be found (as a word's start), case and accents are
ignored, titles rank above bodies, and glossary terms are found too."""

from mbc_desktop.content import Library
from mbc_desktop.content.parse import parse_page

FRONT = '+++\nid = "{id}"\ntitle = "{title}"\nsummary = "{summary}"\nreviewed = 2026-11-01\n'
FRONT += '[[sources]]\ntitle = "S"\npublisher = "P"\ndate = "2026"\n+++\n'


def page(page_id: str, title: str, body: str, summary: str = "A page."):  # type: ignore[no-untyped-def]
    text = FRONT.format(id=page_id, title=title, summary=summary) + body
    return parse_page(text, f"{page_id}.md")


def library() -> Library:
    return Library(
        [
            page("bones", "Bone care", "## Drugs\n\nDenosumab protects the bones.\n"),
            page(
                "pills",
                "Hormone pills",
                "## Side effects\n\nSome people feel bone pain or joint pain on letrozole.\n",
            ),
            page(
                "glossary",
                "Glossary",
                "## Aromatase inhibitor {#aromatase-inhibitor}\n\nA pill that lowers estrogen.\n\n"
                "## Análisis {#analysis}\n\nA test of a sample.\n",
            ),
        ]
    )


def test_a_word_in_the_body_finds_the_page() -> None:
    hits = library().search("letrozole")
    assert [hit.page_id for hit in hits] == ["pills"]
    assert "letrozole" in hits[0].snippet


def test_the_start_of_a_word_is_enough_as_you_type() -> None:
    assert [hit.page_id for hit in library().search("deno")] == ["bones"]


def test_every_word_must_be_found() -> None:
    assert [hit.page_id for hit in library().search("bone letrozole")] == ["pills"]
    assert library().search("bone chemotherapy") == []


def test_a_title_ranks_above_a_mention_in_the_body() -> None:
    assert [hit.page_id for hit in library().search("bone")] == ["bones", "pills"]


def test_glossary_terms_are_found_as_terms_with_case_and_accents_ignored() -> None:
    hits = library().search("ANALISIS")
    assert [(hit.page_id, hit.term_id) for hit in hits] == [("glossary", "analysis")]
    hits = library().search("aromatase")
    assert hits[0].term_id == "aromatase-inhibitor"


def test_nothing_typed_finds_nothing() -> None:
    assert library().search("  ") == []


def test_the_real_library_finds_a_page_by_a_word_only_in_its_body() -> None:
    real = Library.load()
    hits = real.search("DICOM")
    assert "second-opinions" in [hit.page_id for hit in hits]


def test_words_joined_by_hyphens_slashes_or_plus_are_found_both_ways() -> None:
    real = Library.load()
    for query in ("CDK4/6", "CDK 4/6", "cdk46", "HER2-low", "her2low", "HR+/HER2-"):
        assert real.search(query), query
    assert "men" in [hit.page_id for hit in real.search("male")]
    assert "prognosis" in [hit.page_id for hit in real.search("life expectancy")]
