"""What the summary remembers (name, parts, paper, notes per appointment), kept as dated
answers of the topic "summary", on a real journal with a fixed clock."""

import pytest

from mbc_desktop.domain.summary import (
    ALL_SECTIONS,
    DOCTOR_NOTES_MAX_CHARS,
    NO_SECTIONS,
    SUMMARY_NAME_MAX_CHARS,
    Paper,
    Section,
    default_paper,
    territory_of,
)
from mbc_desktop.services import AnswerService, SummaryPreferences
from mbc_desktop.services.answers import AnswersChanged
from mbc_desktop.services.summary_preferences import SummaryChoices
from mbc_desktop.storage import Store
from mbc_desktop.summary import model

from .conftest import START, Clock


@pytest.fixture
def answers(store: Store, clock: Clock) -> AnswerService:
    return AnswerService(store, clock=clock)


@pytest.fixture
def preferences(answers: AnswerService) -> SummaryPreferences:
    return SummaryPreferences(answers, locale_name=lambda: "en_GB")


# --- what one summary reads -------------------------------------------------------------------


def test_one_read_gives_the_name_the_parts_and_the_notes_of_a_summary(
    preferences: SummaryPreferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferences.set_name("Maria López")
    preferences.set_sections([Section.HEADER, Section.QUESTIONS])
    preferences.set_notes(7, "Ask about the scan.")
    preferences.set_notes(None, "For whenever.")
    reads: list[str] = []
    current = preferences.answers.current

    def counted(topic: str) -> dict[str, object]:
        reads.append(topic)
        return current(topic)

    monkeypatch.setattr(preferences.answers, "current", counted)
    for appointment_id in (7, None, 8):
        reads.clear()
        choices = preferences.choices(appointment_id)
        assert reads == ["summary"]
        assert choices == SummaryChoices(
            name=preferences.name(),
            sections=preferences.sections(),
            notes=preferences.notes_for(appointment_id),
        )
    assert preferences.choices(7) == SummaryChoices(
        "Maria López", frozenset({Section.HEADER, Section.QUESTIONS}), "Ask about the scan."
    )
    assert preferences.choices(8).notes == ""


# --- defaults -------------------------------------------------------------------------------


def test_a_new_journal_has_the_defaults(preferences: SummaryPreferences) -> None:
    assert preferences.name() == ""
    assert preferences.sections() == ALL_SECTIONS
    assert preferences.paper() is Paper.A4  # en_GB
    assert preferences.notes_for(None) == ""
    assert preferences.notes_for(7) == ""
    assert preferences.answers.current("summary") == {}


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [
        ("en_US", Paper.LETTER),
        ("en_US.UTF-8", Paper.LETTER),
        ("fr_CA", Paper.LETTER),
        ("es_MX.utf8", Paper.LETTER),
        ("English_United States", Paper.LETTER),  # Windows
        ("English_United Kingdom", Paper.A4),
        ("es_ES", Paper.A4),
        ("de_DE@euro", Paper.A4),
        ("en_GB", Paper.A4),
        ("C", Paper.A4),
        ("C.UTF-8", Paper.A4),
        ("POSIX", Paper.A4),
        ("", Paper.A4),
        (None, Paper.A4),
    ],
)
def test_the_paper_follows_the_locales_country_until_one_is_chosen(
    answers: AnswerService, locale_name: str | None, paper: Paper
) -> None:
    preferences = SummaryPreferences(answers, locale_name=lambda: locale_name)

    assert preferences.paper() is paper
    assert default_paper(locale_name) is paper


def test_territories_read_from_locale_names() -> None:
    assert territory_of("en_US.UTF-8") == "US"
    assert territory_of("es_mx") == "MX"
    assert territory_of("English_United States.1252") == "US"
    assert territory_of("sr_RS@latin") == "RS"
    assert territory_of("en") == ""
    assert territory_of(None) == ""


# --- the name -------------------------------------------------------------------------------


def test_the_name_round_trips_on_one_line_and_blank_forgets_it(
    preferences: SummaryPreferences,
) -> None:
    recorded = preferences.set_name("  Ana María\n  O'Neil <b>&amp;</b>  ")

    assert preferences.name() == "Ana María O'Neil <b>&amp;</b>"
    assert [(a.topic, a.key, a.value, a.recorded_at) for a in recorded] == [
        ("summary", "name", "Ana María O'Neil <b>&amp;</b>", START)
    ]
    assert preferences.set_name("Ana María O'Neil <b>&amp;</b>") == []  # no change
    forgotten = preferences.set_name("   ")
    assert preferences.name() == ""
    assert [a.value for a in forgotten] == [None]
    assert [a.value for a in preferences.answers.history("summary", "name")] == [
        "Ana María O'Neil <b>&amp;</b>",
        None,
    ]


def test_a_name_of_120_characters_is_kept_and_121_refused(
    preferences: SummaryPreferences,
) -> None:
    preferences.set_name("x" * SUMMARY_NAME_MAX_CHARS)
    assert preferences.name() == "x" * 120

    with pytest.raises(ValueError, match="your name") as refused:
        preferences.set_name("y" * 121)

    assert str(refused.value) == "Keep your name under 120 characters (now 121)."
    assert preferences.name() == "x" * 120


# --- the parts shown ------------------------------------------------------------------------


def test_the_parts_chosen_are_remembered_as_those_left_out(
    preferences: SummaryPreferences,
) -> None:
    recorded = preferences.set_sections({Section.HEADER, Section.QUESTIONS, Section.SYMPTOMS})

    assert preferences.sections() == {Section.HEADER, Section.QUESTIONS, Section.SYMPTOMS}
    assert [a.value for a in recorded] == [
        ["what_matters", "medications", "cancer", "notes"]  # in page order
    ]
    assert [a.key for a in recorded] == ["hidden_sections"]

    preferences.set_sections(ALL_SECTIONS)
    assert preferences.sections() == ALL_SECTIONS
    assert preferences.answers.current("summary") == {}  # nothing left out: cleared


def test_the_summary_models_sections_and_values_are_taken_too(
    preferences: SummaryPreferences,
) -> None:
    preferences.set_sections([model.Section.NOTES, "header"])

    assert preferences.sections() == {Section.NOTES, Section.HEADER}
    assert model.Section.NOTES in preferences.sections()
    assert model.Section.CANCER not in preferences.sections()


def test_no_part_at_all_is_refused_and_nothing_is_recorded(
    preferences: SummaryPreferences,
) -> None:
    preferences.set_sections({Section.QUESTIONS})

    with pytest.raises(ValueError, match="at least one part") as refused:
        preferences.set_sections(set())
    with pytest.raises(ValueError, match="appendix"):
        preferences.set_sections({"appendix"})

    assert str(refused.value) == NO_SECTIONS
    assert preferences.sections() == {Section.QUESTIONS}


def test_parts_a_newer_version_left_out_are_ignored_and_new_parts_show(
    preferences: SummaryPreferences,
) -> None:
    preferences.answers.record("summary", "hidden_sections", ["cancer", "an_appendix"])
    assert preferences.sections() == ALL_SECTIONS - {Section.CANCER}

    # Only a hand-edited journal hides everything: the whole page rather than a blank one.
    preferences.answers.record("summary", "hidden_sections", [s.value for s in Section])
    assert preferences.sections() == ALL_SECTIONS
    preferences.answers.record("summary", "hidden_sections", "cancer")  # not a list
    assert preferences.sections() == ALL_SECTIONS


# --- the paper ------------------------------------------------------------------------------


def test_the_paper_chosen_is_remembered_over_the_locale(answers: AnswerService) -> None:
    in_us = SummaryPreferences(answers, locale_name=lambda: "en_US")
    assert in_us.paper() is Paper.LETTER

    recorded = in_us.set_paper(Paper.A4)

    assert in_us.paper() is Paper.A4
    assert [(a.key, a.value) for a in recorded] == [("paper", "a4")]
    assert in_us.set_paper("a4") == []
    in_us.set_paper(model.Paper.LETTER)
    assert in_us.paper() is Paper.LETTER
    with pytest.raises(ValueError, match="a5"):
        in_us.set_paper("a5")
    assert in_us.paper() is Paper.LETTER


def test_a_paper_this_version_does_not_know_falls_back_to_the_default(
    answers: AnswerService,
) -> None:
    answers.record("summary", "paper", "tabloid")

    assert SummaryPreferences(answers, locale_name=lambda: "fr_FR").paper() is Paper.A4
    assert SummaryPreferences(answers, locale_name=lambda: "en_CA").paper() is Paper.LETTER


# --- notes for the doctor -------------------------------------------------------------------


def test_notes_are_kept_per_appointment(preferences: SummaryPreferences) -> None:
    first = preferences.set_notes(3, "Pain wakes me at night.\r\n\r\nAsk about the scan.  ")
    preferences.set_notes(4, "Bring the pill box.")
    preferences.set_notes(None, "Nothing planned yet.")

    assert preferences.notes_for(3) == "Pain wakes me at night.\n\nAsk about the scan."
    assert preferences.notes_for(4) == "Bring the pill box."
    assert preferences.notes_for(None) == "Nothing planned yet."
    assert preferences.notes_for(5) == ""
    assert [a.key for a in first] == ["notes_3"]
    assert set(preferences.answers.current("summary")) == {"notes_3", "notes_4", "notes_next"}

    preferences.set_notes(3, " \n ")
    assert preferences.notes_for(3) == ""
    assert preferences.notes_for(4) == "Bring the pill box."


def test_notes_of_1000_characters_are_kept_and_1001_refused(
    preferences: SummaryPreferences,
) -> None:
    preferences.set_notes(1, "a\n" * 499 + "bb")  # 998 + 2
    assert len(preferences.notes_for(1)) == DOCTOR_NOTES_MAX_CHARS

    with pytest.raises(ValueError, match="notes for the doctor") as refused:
        preferences.set_notes(1, "c" * 1001)

    assert str(refused.value) == (
        "Keep the notes for the doctor under 1000 characters (now 1001): keep the main points."
    )
    assert preferences.notes_for(1) == "a\n" * 499 + "bb"


# --- one transaction each, undone through the answers -----------------------------------------


def test_each_change_is_announced_once_and_undone_by_removing_what_it_recorded(
    preferences: SummaryPreferences, clock: Clock
) -> None:
    heard: list[AnswersChanged] = []
    preferences.answers.changes.subscribe(heard.append)
    preferences.set_name("Ana")
    clock.advance(minutes=1)

    recorded = preferences.set_name("Ana Ruiz")
    preferences.answers.remove_many(a.id for a in recorded)

    assert preferences.name() == "Ana"
    assert [(e.topic, len(e.recorded), len(e.removed)) for e in heard] == [
        ("summary", 1, 0),
        ("summary", 1, 0),
        ("summary", 0, 1),
    ]


def test_the_summarys_answers_are_kept_apart_from_the_other_forms(
    preferences: SummaryPreferences,
) -> None:
    preferences.set_name("Ana")
    preferences.answers.record("goals", "name", "not mine")

    assert preferences.name() == "Ana"
    assert preferences.answers.current("goals") == {"name": "not mine"}


@pytest.mark.parametrize(
    ("environment", "territory"),
    [
        ({"LC_ALL": "C.UTF-8"}, ""),
        ({"LANG": "en_US.UTF-8"}, "US"),
        ({"LC_PAPER": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "DE"),
        ({"LC_ALL": "es_MX.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "MX"),
    ],
)
def test_the_paper_follows_the_environment_and_c_is_no_country(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], territory: str
) -> None:
    import os

    from mbc_desktop.domain.summary import territory_of
    from mbc_desktop.services.summary_preferences import system_locale_name

    if os.name != "posix":
        pytest.skip("the environment decides only on Linux and macOS")
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert territory_of(system_locale_name()) == territory
