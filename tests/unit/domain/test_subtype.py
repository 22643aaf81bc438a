"""The subtype worked out from ER, PR and HER2: every combination, checked against a table
written by hand; how it was worked out, in words; and when a new biopsy may change it."""

from datetime import date
from itertools import product

import pytest

from mbc_desktop.domain.cancer import (
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
    StopReason,
    TreatmentLine,
)
from mbc_desktop.domain.subtype import (
    REBIOPSY_REASON,
    Her2Group,
    HrStatus,
    SubtypeName,
    derive_subtype,
    may_need_rebiopsy,
    rebiopsy_reason,
)

POS, LOW, NEG, UNK = (
    HormoneReceptor.POSITIVE,
    HormoneReceptor.LOW,
    HormoneReceptor.NEGATIVE,
    HormoneReceptor.UNKNOWN,
)
RECEPTORS = {"pos": POS, "low": LOW, "neg": NEG, "unk": UNK, "—": None}
HER2 = {
    "0": Her2Status.ZERO,
    "ul": Her2Status.ULTRALOW,
    "1+": Her2Status.LOW_1_PLUS,
    "2+i-": Her2Status.LOW_2_PLUS_ISH_NEGATIVE,
    "2+?": Her2Status.EQUIVOCAL_2_PLUS_ISH_PENDING,
    "3+": Her2Status.POSITIVE_3_PLUS,
    "i+": Her2Status.POSITIVE_ISH_AMPLIFIED,
    "unk": Her2Status.UNKNOWN,
    "—": None,
}
NAMES = {
    "+-": SubtypeName.HR_POSITIVE_HER2_NEGATIVE,
    "++": SubtypeName.HR_POSITIVE_HER2_POSITIVE,
    "-+": SubtypeName.HR_NEGATIVE_HER2_POSITIVE,
    "TN": SubtypeName.TRIPLE_NEGATIVE,
    "??": SubtypeName.UNKNOWN,
}

# The subtype for every ER × PR (rows) and HER2 (columns). "—" is not answered.
# +- HR-positive/HER2-negative, ++ HR-positive/HER2-positive, -+ HR-negative/HER2-positive,
# TN triple negative, ?? not known.
TABLE = """
ER   PR   | 0   ul  1+  2+i- 2+? 3+  i+  unk —
pos  pos  | +-  +-  +-  +-   ??  ++  ++  ??  ??
pos  low  | +-  +-  +-  +-   ??  ++  ++  ??  ??
pos  neg  | +-  +-  +-  +-   ??  ++  ++  ??  ??
pos  unk  | +-  +-  +-  +-   ??  ++  ++  ??  ??
pos  —    | +-  +-  +-  +-   ??  ++  ++  ??  ??
low  pos  | +-  +-  +-  +-   ??  ++  ++  ??  ??
low  low  | +-  +-  +-  +-   ??  ++  ++  ??  ??
low  neg  | +-  +-  +-  +-   ??  ++  ++  ??  ??
low  unk  | +-  +-  +-  +-   ??  ++  ++  ??  ??
low  —    | +-  +-  +-  +-   ??  ++  ++  ??  ??
neg  pos  | +-  +-  +-  +-   ??  ++  ++  ??  ??
neg  low  | +-  +-  +-  +-   ??  ++  ++  ??  ??
neg  neg  | TN  TN  TN  TN   ??  -+  -+  ??  ??
neg  unk  | ??  ??  ??  ??   ??  ??  ??  ??  ??
neg  —    | ??  ??  ??  ??   ??  ??  ??  ??  ??
unk  pos  | +-  +-  +-  +-   ??  ++  ++  ??  ??
unk  low  | +-  +-  +-  +-   ??  ++  ++  ??  ??
unk  neg  | ??  ??  ??  ??   ??  ??  ??  ??  ??
unk  unk  | ??  ??  ??  ??   ??  ??  ??  ??  ??
unk  —    | ??  ??  ??  ??   ??  ??  ??  ??  ??
—    pos  | +-  +-  +-  +-   ??  ++  ++  ??  ??
—    low  | +-  +-  +-  +-   ??  ++  ++  ??  ??
—    neg  | ??  ??  ??  ??   ??  ??  ??  ??  ??
—    unk  | ??  ??  ??  ??   ??  ??  ??  ??  ??
—    —    | ??  ??  ??  ??   ??  ??  ??  ??  ??
"""

# Hormone-receptor status for each ER × PR, whatever HER2 is.
HR_TABLE = """
     pos  low  neg  unk  —
pos  +    +    +    +    +
low  +    +    +    +    +
neg  +    +    -    ?    ?
unk  +    +    ?    ?    ?
—    +    +    ?    ?    ?
"""

HER2_GROUPS = {
    "0": Her2Group.ZERO,
    "ul": Her2Group.ULTRALOW,
    "1+": Her2Group.LOW,
    "2+i-": Her2Group.LOW,
    "2+?": Her2Group.UNKNOWN,
    "3+": Her2Group.POSITIVE,
    "i+": Her2Group.POSITIVE,
    "unk": Her2Group.UNKNOWN,
    "—": Her2Group.UNKNOWN,
}
HER2_TAGS = {
    "0": {"her2-zero", "her2-negative"},
    "ul": {"her2-ultralow", "her2-negative"},
    "1+": {"her2-low", "her2-negative"},
    "2+i-": {"her2-low", "her2-negative"},
    "2+?": set(),
    "3+": {"her2-positive"},
    "i+": {"her2-positive"},
    "unk": set(),
    "—": set(),
}
ALL_HER2_TAGS = {"her2-zero", "her2-ultralow", "her2-low", "her2-positive", "her2-negative"}


def _table() -> dict[tuple[str, str, str], str]:
    lines = [line for line in TABLE.strip().splitlines()]
    columns = lines[0].split("|")[1].split()
    cells = {}
    for line in lines[1:]:
        left, right = line.split("|")
        er, pr = left.split()
        for her2, code in zip(columns, right.split(), strict=True):
            cells[er, pr, her2] = code
    return cells


def _hr_table() -> dict[tuple[str, str], str]:
    lines = HR_TABLE.strip("\n").splitlines()
    columns = lines[0].split()
    return {
        (row.split()[0], pr): sign
        for row in lines[1:]
        for pr, sign in zip(columns, row.split()[1:], strict=True)
    }


CELLS = _table()
HR_SIGNS = _hr_table()
HR_STATUS = {"+": HrStatus.POSITIVE, "-": HrStatus.NEGATIVE, "?": HrStatus.UNKNOWN}


def test_the_table_covers_every_combination() -> None:
    assert set(CELLS) == set(product(RECEPTORS, RECEPTORS, HER2))
    assert len(CELLS) == 5 * 5 * 9


@pytest.mark.parametrize("menopausal", [MenopausalStatus.POSTMENOPAUSAL, MenopausalStatus.MALE])
@pytest.mark.parametrize(("er", "pr", "her2"), sorted(CELLS))
def test_every_combination_gives_the_subtype_in_the_table(
    er: str, pr: str, her2: str, menopausal: MenopausalStatus
) -> None:
    receptors = ReceptorTest(er=RECEPTORS[er], pr=RECEPTORS[pr], her2=HER2[her2])

    subtype = derive_subtype(receptors, menopausal)

    code = CELLS[er, pr, her2]
    assert subtype.name is NAMES[code], f"ER {er}, PR {pr}, HER2 {her2}"
    assert subtype.her2_group is HER2_GROUPS[her2]
    assert subtype.hr_status is HR_STATUS[HR_SIGNS[er, pr]]
    assert subtype.tags & ALL_HER2_TAGS == HER2_TAGS[her2]
    assert ("hr-positive" in subtype.tags) == (HR_SIGNS[er, pr] == "+")
    assert ("hr-negative" in subtype.tags) == (HR_SIGNS[er, pr] == "-")
    assert ("er-low" in subtype.tags) == (er == "low")
    assert ("triple-negative" in subtype.tags) == (code == "TN")
    assert ("male" in subtype.tags) == (menopausal is MenopausalStatus.MALE)
    assert "postmenopausal" in subtype.tags or menopausal is MenopausalStatus.MALE
    assert subtype.reasons, "the subtype always says how it was worked out"
    if code == "??":
        missing = "The type can't be worked out until these results are known: "
        nothing = "No ER, PR or HER2 results are recorded yet, so the type is not known."
        assert any(reason.startswith(missing) for reason in subtype.reasons) or (
            subtype.reasons[0] == nothing and (er, pr, her2) == ("—", "—", "—")
        )


# --- how it was worked out, in words ----------------------------------------------------------


def test_hr_positive_her2_low_says_why() -> None:
    subtype = derive_subtype(
        ReceptorTest(er=POS, er_percent=80, pr=NEG, her2=Her2Status.LOW_1_PLUS),
        MenopausalStatus.POSTMENOPAUSAL,
    )

    assert subtype.reasons == (
        "ER is positive (80 %), so the cancer is hormone-receptor positive.",
        "HER2 is IHC 1+, which counts as HER2-low: not HER2-positive.",
        "HER2-low is a group used when choosing some treatments; it is not a formal type of "
        "breast cancer.",
        "Together: HR-positive, HER2-negative.",
    )


def test_er_low_counts_as_positive_but_says_it_often_behaves_like_negative() -> None:
    subtype = derive_subtype(ReceptorTest(er=LOW, er_percent=5, pr=NEG, her2=Her2Status.ZERO))

    assert subtype.name is SubtypeName.HR_POSITIVE_HER2_NEGATIVE
    assert subtype.reasons == (
        "ER is low (5 %), so the cancer is hormone-receptor positive.",
        "ER-low still counts as hormone-receptor positive, but ER-low cancers often behave "
        "like ER-negative ones.",
        "HER2 is IHC 0, so the cancer is HER2-negative.",
        "Together: HR-positive, HER2-negative.",
    )


@pytest.mark.parametrize(("percent", "er_low"), [(1, True), (10, True), (11, False), (None, False)])
def test_er_positive_from_1_to_10_percent_is_er_low(percent: int | None, er_low: bool) -> None:
    subtype = derive_subtype(ReceptorTest(er=POS, er_percent=percent, pr=NEG, her2=None))

    assert ("er-low" in subtype.tags) is er_low
    assert (
        f"ER at {percent} % is in the range from 1 to 10 %, called ER-low." in subtype.reasons
    ) is er_low


def test_triple_negative_keeps_its_her2_low_tag() -> None:
    subtype = derive_subtype(ReceptorTest(er=NEG, pr=NEG, her2=Her2Status.LOW_2_PLUS_ISH_NEGATIVE))

    assert subtype.name is SubtypeName.TRIPLE_NEGATIVE
    assert {"triple-negative", "her2-low", "her2-negative", "hr-negative"} <= subtype.tags
    assert subtype.reasons[0] == (
        "ER and PR are both negative, so the cancer is hormone-receptor negative."
    )
    assert subtype.reasons[-1] == (
        "ER, PR and HER2 are all negative, so the cancer is called triple negative."
    )


def test_a_missing_result_is_named() -> None:
    subtype = derive_subtype(ReceptorTest(er=NEG, pr=None, her2=Her2Status.POSITIVE_3_PLUS))

    assert subtype.name is SubtypeName.UNKNOWN
    assert "her2-positive" in subtype.tags  # what is known still shows
    assert subtype.reasons == (
        "ER is negative, but the PR result is not known.",
        "HER2 is IHC 3+, so the cancer is HER2-positive.",
        "The type can't be worked out until these results are known: PR.",
    )


def test_an_equivocal_her2_asks_for_the_ish_result() -> None:
    subtype = derive_subtype(
        ReceptorTest(er=UNK, pr=None, her2=Her2Status.EQUIVOCAL_2_PLUS_ISH_PENDING)
    )

    assert subtype.reasons[-1] == (
        "The type can't be worked out until these results are known: ER, PR, HER2 ISH."
    )


@pytest.mark.parametrize(
    "receptors", [None, ReceptorTest(), ReceptorTest(tested_on=date(2026, 1, 5))]
)
def test_no_results_give_an_unknown_type(receptors: ReceptorTest | None) -> None:
    subtype = derive_subtype(receptors, MenopausalStatus.MALE)

    assert subtype.name is SubtypeName.UNKNOWN
    assert subtype.tags == frozenset({"male"})
    assert subtype.reasons == (
        "No ER, PR or HER2 results are recorded yet, so the type is not known.",
        "Breast cancer in men is sorted into types by the same rules.",
    )


@pytest.mark.parametrize(
    ("menopausal", "tags"),
    [
        (None, set()),
        (MenopausalStatus.PREMENOPAUSAL, {"premenopausal"}),
        (MenopausalStatus.PERIMENOPAUSAL, {"premenopausal", "perimenopausal"}),
        (MenopausalStatus.POSTMENOPAUSAL, {"postmenopausal"}),
        (MenopausalStatus.MALE, {"male"}),
        (MenopausalStatus.NOT_SURE, set()),
    ],
)
def test_menopausal_status_tags(menopausal: MenopausalStatus | None, tags: set[str]) -> None:
    subtype = derive_subtype(ReceptorTest(er=POS, pr=POS, her2=Her2Status.ZERO), menopausal)

    assert subtype.tags == {"hr-positive", "her2-zero", "her2-negative", *tags}


DRUG_WORDS = ("trastuzumab", "letrozole", "olaparib", "deruxtecan", "tamoxifen", "inhibitor")


@pytest.mark.parametrize(("er", "pr", "her2"), sorted(CELLS))
def test_no_reason_names_a_drug_or_advises(er: str, pr: str, her2: str) -> None:
    reasons = derive_subtype(
        ReceptorTest(er=RECEPTORS[er], pr=RECEPTORS[pr], her2=HER2[her2])
    ).reasons
    text = " ".join(reasons).casefold()
    assert not any(word in text for word in (*DRUG_WORDS, "should", "recommend"))


# --- when a new biopsy may change it ----------------------------------------------------------

TESTED = date(2025, 3, 10)


def _profile(tested_on: date | None, *lines: TreatmentLine) -> CancerProfile:
    return CancerProfile(
        receptors=ReceptorTest(er=POS, pr=POS, her2=Her2Status.ZERO, tested_on=tested_on),
        lines=lines,
    )


def _line(stopped_on: date | None, reason: StopReason | None) -> TreatmentLine:
    return TreatmentLine(
        number=1, started_on=date(2024, 1, 1), stopped_on=stopped_on, stop_reason=reason
    )


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        pytest.param(CancerProfile(), False, id="nothing recorded"),
        pytest.param(
            CancerProfile(lines=(_line(date(2026, 1, 1), StopReason.PROGRESSION),)),
            False,
            id="no receptor test",
        ),
        pytest.param(
            _profile(None, _line(date(2026, 1, 1), StopReason.PROGRESSION)),
            False,
            id="no test date",
        ),
        pytest.param(_profile(TESTED), False, id="no lines"),
        pytest.param(
            _profile(TESTED, _line(date(2026, 1, 1), StopReason.SIDE_EFFECTS)),
            False,
            id="stopped later, not for progression",
        ),
        pytest.param(
            _profile(TESTED, _line(None, StopReason.PROGRESSION)),
            False,
            id="progression with no date",
        ),
        pytest.param(
            _profile(TESTED, _line(date(2025, 3, 9), StopReason.PROGRESSION)),
            False,
            id="progression before the test",
        ),
        pytest.param(
            _profile(TESTED, _line(TESTED, StopReason.PROGRESSION)),
            False,
            id="progression the same day",
        ),
        pytest.param(
            _profile(TESTED, _line(date(2025, 3, 11), StopReason.PROGRESSION)),
            True,
            id="progression the day after",
        ),
        pytest.param(
            _profile(
                TESTED,
                _line(date(2025, 1, 1), StopReason.PROGRESSION),
                _line(date(2026, 6, 1), StopReason.PROGRESSION),
                _line(date(2026, 9, 1), StopReason.FINISHED_AS_PLANNED),
            ),
            True,
            id="the latest of several progressions is after",
        ),
    ],
)
def test_a_new_biopsy_may_change_the_type(profile: CancerProfile, expected: bool) -> None:
    assert may_need_rebiopsy(profile) is expected
    assert rebiopsy_reason(profile) == (REBIOPSY_REASON if expected else None)


def test_the_rebiopsy_reason_gives_the_figures_and_no_advice() -> None:
    assert "about 19 in 100" in REBIOPSY_REASON
    assert "about 31 in 100" in REBIOPSY_REASON
    assert "about 10 in 100" in REBIOPSY_REASON
    assert "may change the type" in REBIOPSY_REASON
    assert "should" not in REBIOPSY_REASON.casefold()
