"""About my cancer: what makes an answer valid, in plain words; every model kept as JSON and
read back unchanged; and an explanation for every choice."""

from datetime import date

import pytest
from pydantic import BaseModel, ValidationError

from mbc_desktop.domain import field_messages
from mbc_desktop.domain.cancer import (
    EXPLANATIONS,
    LINE_NUMBER_OUT_OF_RANGE,
    LOW_PERCENT_OUT_OF_RANGE,
    NOT_TESTED_WITH_DETAILS,
    PERCENT_ONLY_WHEN_POSITIVE,
    PERCENT_OUT_OF_RANGE,
    STILL_TAKING_BUT_STOPPED,
    STOPPED_BEFORE_STARTED,
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    HowItCameBack,
    LocalTreatment,
    LocalTreatmentKind,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TestSample,
    TreatmentLine,
    explanation_key,
)
from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.subtype import SubtypeName

POS, LOW, NEG, UNK = (
    HormoneReceptor.POSITIVE,
    HormoneReceptor.LOW,
    HormoneReceptor.NEGATIVE,
    HormoneReceptor.UNKNOWN,
)


def _messages(model: type[BaseModel], **values: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        model(**values)
    return field_messages(raised.value)


# --- every answer is optional ------------------------------------------------------------------


def test_nothing_needs_an_answer() -> None:
    profile = CancerProfile()

    assert profile.receptors is None
    assert (profile.biomarkers, profile.spread, profile.lines, profile.local) == ((), (), (), ())
    assert ReceptorTest().is_empty
    assert TreatmentLine().number is None
    assert LocalTreatment().kind is None


# --- receptor percentages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "percent"), [(POS, 1), (POS, 80), (POS, 100), (LOW, 1), (LOW, 10), (POS, None)]
)
@pytest.mark.parametrize("field", ["er", "pr"])
def test_a_percentage_goes_with_a_positive_or_low_result(
    field: str, result: HormoneReceptor, percent: int | None
) -> None:
    test = ReceptorTest.model_validate({field: result, f"{field}_percent": percent})

    assert getattr(test, f"{field}_percent") == percent


@pytest.mark.parametrize("field", ["er", "pr"])
@pytest.mark.parametrize("result", [NEG, UNK, None])
def test_no_percentage_without_a_positive_or_low_result(
    field: str, result: HormoneReceptor | None
) -> None:
    assert _messages(ReceptorTest, **{field: result, f"{field}_percent": 5}) == {
        f"{field}_percent": PERCENT_ONLY_WHEN_POSITIVE
    }
    assert PERCENT_ONLY_WHEN_POSITIVE == (
        "A percentage goes only with a positive or low result. Clear the percentage, or "
        "change the result."
    )


@pytest.mark.parametrize("percent", [0, -3, 101])
def test_a_percentage_is_from_1_to_100(percent: int) -> None:
    assert _messages(ReceptorTest, er=POS, er_percent=percent) == {
        "er_percent": "Type a percentage from 1 to 100."
    }
    assert PERCENT_OUT_OF_RANGE == "Type a percentage from 1 to 100."


@pytest.mark.parametrize("field", ["er", "pr"])
def test_low_means_1_to_10_percent(field: str) -> None:
    assert _messages(ReceptorTest, **{field: LOW, f"{field}_percent": 11}) == {
        f"{field}_percent": "Low means from 1 to 10 %. For a higher percentage, choose positive."
    }
    assert LOW_PERCENT_OUT_OF_RANGE.startswith("Low means")


def test_dates_are_in_range() -> None:
    assert _messages(ReceptorTest, tested_on=date(1899, 12, 31)) == {
        "tested_on": "Choose a date between the years 1900 and 2199."
    }


# --- biomarkers ---------------------------------------------------------------------------------


def test_a_biomarker_needs_its_name() -> None:
    assert set(_messages(BiomarkerTest)) == {"marker"}


@pytest.mark.parametrize(
    "details",
    [{"tested_on": date(2026, 2, 1)}, {"sample": TestSample.BLOOD}, {"value": "CPS 12"}],
)
def test_a_test_not_done_has_no_details(details: dict[str, object]) -> None:
    messages = _messages(
        BiomarkerTest, marker=Biomarker.PD_L1, result=BiomarkerResult.NOT_TESTED, **details
    )

    assert messages == {"": NOT_TESTED_WITH_DETAILS}
    assert NOT_TESTED_WITH_DETAILS == (
        "A test that was not done has no date, sample or value. Clear them, or change the result."
    )


def test_a_biomarker_value_is_short_and_cleaned() -> None:
    assert BiomarkerTest(marker=Biomarker.TMB_HIGH, value="  12\tmut/Mb ").value == "12 mut/Mb"
    assert _messages(BiomarkerTest, marker=Biomarker.TMB_HIGH, value="x" * 61) == {
        "value": "Keep the result value under 60 characters (now 61)."
    }


# --- treatment lines and local treatments ------------------------------------------------------


def test_a_line_stops_after_it_starts() -> None:
    assert _messages(TreatmentLine, started_on=date(2026, 3, 2), stopped_on=date(2026, 3, 1)) == {
        "": STOPPED_BEFORE_STARTED
    }
    assert STOPPED_BEFORE_STARTED == "The day it stopped can't be before the day it started."
    same_day = TreatmentLine(started_on=date(2026, 3, 2), stopped_on=date(2026, 3, 2))
    assert same_day.stopped_on == date(2026, 3, 2)


def test_a_line_still_being_taken_has_no_stop_day() -> None:
    assert _messages(
        TreatmentLine, stopped_on=date(2026, 3, 1), stop_reason=StopReason.STILL_TAKING
    ) == {"": STILL_TAKING_BUT_STOPPED}
    assert STILL_TAKING_BUT_STOPPED == (
        "A treatment still being taken has no day it stopped. Clear that day, or choose why "
        "it stopped."
    )


@pytest.mark.parametrize("number", [0, -1, 51])
def test_line_numbers_are_from_1_to_50(number: int) -> None:
    assert _messages(TreatmentLine, number=number) == {"number": LINE_NUMBER_OUT_OF_RANGE}
    assert LINE_NUMBER_OUT_OF_RANGE == "Choose a line number from 1 to 50."
    assert TreatmentLine(number=1).number == 1
    assert TreatmentLine(number=50).number == 50


@pytest.mark.parametrize(
    ("model", "field", "limit", "message"),
    [
        (TreatmentLine, "drugs", 300, "Keep the drug names under 300 characters (now 301)."),
        (LocalTreatment, "where", 300, "Keep the place under 300 characters (now 301)."),
        (
            CancerProfile,
            "spread_other",
            200,
            "Keep the other places under 200 characters (now 201).",
        ),
    ],
)
def test_text_limits(model: type[BaseModel], field: str, limit: int, message: str) -> None:
    assert getattr(model.model_validate({field: "a" * limit}), field) == "a" * limit
    assert _messages(model, **{field: "a" * (limit + 1)}) == {field: message}


def test_text_is_cleaned() -> None:
    line = TreatmentLine(drugs=" letrozole +\n palbociclib\u200b ")

    assert line.drugs == "letrozole + palbociclib"


def test_a_nested_error_is_shown_on_its_part() -> None:
    messages = _messages(
        CancerProfile,
        lines=[{"started_on": "2026-03-02", "stopped_on": "2026-03-01"}],
    )
    assert messages == {"lines": STOPPED_BEFORE_STARTED}


# --- where it has spread -----------------------------------------------------------------------


def test_each_place_is_kept_once_in_order() -> None:
    profile = CancerProfile(spread=(SpreadSite.LIVER, SpreadSite.BONE, SpreadSite.LIVER))

    assert profile.spread == (SpreadSite.LIVER, SpreadSite.BONE)


def test_another_place_typed_adds_other() -> None:
    profile = CancerProfile(spread=(SpreadSite.BONE,), spread_other="Ovary")

    assert profile.spread == (SpreadSite.BONE, SpreadSite.OTHER)
    assert CancerProfile(spread_other=" ").spread == ()


# --- kept as JSON and read back unchanged -------------------------------------------------------

FULL = CancerProfile(
    receptors=ReceptorTest(
        er=POS,
        er_percent=90,
        pr=LOW,
        pr_percent=5,
        her2=Her2Status.LOW_2_PLUS_ISH_NEGATIVE,
        tested_on=date(2024, 5, 6),
        sample=SampleSite.METASTASIS,
    ),
    menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
    biomarkers=(
        BiomarkerTest(
            marker=Biomarker.ESR1,
            result=BiomarkerResult.POSITIVE,
            tested_on=date(2025, 9, 1),
            sample=TestSample.BLOOD,
            value="D538G",
        ),
        BiomarkerTest(marker=Biomarker.GERMLINE_BRCA2, result=BiomarkerResult.NOT_TESTED),
        BiomarkerTest(marker=Biomarker.PD_L1),
    ),
    spread=(SpreadSite.BONE, SpreadSite.LIVER, SpreadSite.OTHER),
    spread_other="Pleura — the lining of the lung",
    how_it_came_back=HowItCameBack.RECURRENCE,
    lines=(
        TreatmentLine(
            number=1,
            drugs="Letrozole + ribociclib",
            started_on=date(2024, 6, 1),
            stopped_on=date(2025, 8, 20),
            stop_reason=StopReason.PROGRESSION,
        ),
        TreatmentLine(number=2, drugs="Fulvestrant", stop_reason=StopReason.STILL_TAKING),
    ),
    local=(
        LocalTreatment(kind=LocalTreatmentKind.RADIATION, where="Spine (T8)", on=date(2024, 7, 1)),
        LocalTreatment(kind=LocalTreatmentKind.SURGERY),
    ),
)


@pytest.mark.parametrize(
    "model",
    [
        FULL,
        CancerProfile(),
        CancerProfile(receptors=ReceptorTest()),
        *FULL.biomarkers,
        *FULL.lines,
        *FULL.local,
        FULL.receptors,
    ],
)
def test_every_model_reads_back_from_json_unchanged(model: BaseModel) -> None:
    stored = model.model_dump(mode="json")

    assert type(model).model_validate(stored) == model
    assert type(model).model_validate_json(model.model_dump_json()) == model


def test_the_json_holds_the_stable_values() -> None:
    stored = FULL.model_dump(mode="json")

    assert stored["receptors"]["er"] == "positive"
    assert stored["receptors"]["her2"] == "her2_low_2_plus_ish_negative"
    assert stored["receptors"]["tested_on"] == "2024-05-06"
    assert stored["biomarkers"][0]["marker"] == "esr1"
    assert stored["spread"] == ["bone", "liver", "other"]
    assert stored["lines"][0]["stop_reason"] == "progression"


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError):
        CancerProfile.model_validate({"receptors": {"er": "positive", "ki67": 20}})


def test_models_are_frozen() -> None:
    with pytest.raises(ValidationError):
        FULL.spread_other = "x"  # type: ignore[misc]


# --- stored values never change -----------------------------------------------------------------

STORED_VALUES = {
    HormoneReceptor: ["positive", "low", "negative", "unknown"],
    Her2Status: [
        "her2_zero",
        "her2_ultralow",
        "her2_low_1_plus",
        "her2_low_2_plus_ish_negative",
        "her2_2_plus_ish_pending",
        "her2_positive_3_plus",
        "her2_positive_ish_amplified",
        "her2_unknown",
    ],
    SampleSite: ["original_tumour", "metastasis", "not_sure"],
    MenopausalStatus: ["premenopausal", "perimenopausal", "postmenopausal", "male", "not_sure"],
    Biomarker: [
        "pik3ca",
        "akt1",
        "pten",
        "esr1",
        "germline_brca1",
        "germline_brca2",
        "germline_palb2",
        "pd_l1",
        "msi_h_dmmr",
        "tmb_high",
        "ntrk",
    ],
    BiomarkerResult: ["positive", "negative", "not_tested", "not_sure"],
    TestSample: ["tissue", "blood", "saliva", "not_sure"],
    SpreadSite: [
        "bone",
        "liver",
        "lung",
        "brain",
        "lymph_nodes",
        "skin_or_chest_wall",
        "other",
    ],
    HowItCameBack: ["metastatic_at_diagnosis", "recurrence", "not_sure"],
    StopReason: ["progression", "side_effects", "finished_as_planned", "other", "still_taking"],
    LocalTreatmentKind: ["surgery", "radiation", "other"],
}


@pytest.mark.parametrize("choice", list(STORED_VALUES), ids=lambda kind: kind.__name__)
def test_stored_values_are_stable(choice: type[Choice]) -> None:
    assert [member.value for member in choice] == STORED_VALUES[choice]


# --- explanations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice",
    [member for kind in STORED_VALUES for member in kind],
    ids=lambda member: f"{type(member).__name__}.{member.name}",
)
def test_every_choice_is_explained(choice: Choice) -> None:
    assert EXPLANATIONS.get(explanation_key(choice))


def test_every_subtype_is_explained() -> None:
    for name in SubtypeName:
        key = "subtype.unknown" if name is SubtypeName.UNKNOWN else f"subtype.{name.value}"
        assert EXPLANATIONS.get(key), key


def test_explanation_keys() -> None:
    assert explanation_key(Her2Status.LOW_1_PLUS) == "her2.her2_low_1_plus"
    assert explanation_key(Biomarker.ESR1) == "biomarker.esr1"
    assert explanation_key(HormoneReceptor.LOW) == "receptor.low"
    for field in ("er", "pr", "her2", "sample", "menopausal_status", "biomarkers", "spread"):
        assert EXPLANATIONS[field]
    for field in ("how_it_came_back", "lines", "local", "subtype", "er_low", "her2_low"):
        assert EXPLANATIONS[field]


@pytest.mark.parametrize("key", sorted(EXPLANATIONS))
def test_explanations_are_one_short_plain_line_without_advice(key: str) -> None:
    text = EXPLANATIONS[key]
    assert "\n" not in text
    assert text.endswith(".")
    assert len(text) <= 100, f"{key}: {len(text)} characters"
    words = text.split()
    assert sum(len(word) for word in words) / len(words) < 6.5, key
    assert not any(word in text.casefold() for word in ("should", "recommend", "you must"))
