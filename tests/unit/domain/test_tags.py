"""The tags "About my cancer" gives the reference library: every tag can be given, and each
comes from the answer it names."""

from datetime import date
from itertools import product

import pytest

from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    HowItCameBack,
    MenopausalStatus,
    ReceptorTest,
    SpreadSite,
    StopReason,
    TreatmentLine,
)
from mbc_desktop.domain.tags import ALL_TAGS, matches, profile_tags


def _every_kind_of_profile() -> list[CancerProfile]:
    """Every receptor combination with every menopausal status, and every biomarker, spread
    site, way it came back and stop reason one at a time."""
    receptors = [None, *HormoneReceptor]
    profiles = [
        CancerProfile(
            receptors=ReceptorTest(er=er, pr=pr, her2=her2),
            menopausal_status=menopausal,
        )
        for er, pr, her2, menopausal in product(
            receptors, receptors, [None, *Her2Status], [None, *MenopausalStatus]
        )
    ]
    profiles += [
        CancerProfile(biomarkers=(BiomarkerTest(marker=marker, result=result),))
        for marker, result in product(Biomarker, BiomarkerResult)
    ]
    profiles += [CancerProfile(spread=(site,)) for site in SpreadSite]
    profiles += [CancerProfile(how_it_came_back=how) for how in HowItCameBack]
    profiles += [
        CancerProfile(lines=(TreatmentLine(stopped_on=date(2026, 1, 5), stop_reason=reason),))
        for reason in StopReason
        if reason is not StopReason.STILL_TAKING
    ]
    return profiles


def test_every_tag_can_be_given_and_no_other() -> None:
    given = set().union(*(profile_tags(profile) for profile in _every_kind_of_profile()))
    assert given == ALL_TAGS


def test_an_empty_profile_gives_no_tags() -> None:
    assert profile_tags(CancerProfile()) == frozenset()


@pytest.mark.parametrize(
    ("result", "tagged"),
    [
        (BiomarkerResult.POSITIVE, True),
        (BiomarkerResult.NEGATIVE, False),
        (BiomarkerResult.NOT_TESTED, False),
        (BiomarkerResult.NOT_SURE, False),
        (None, False),
    ],
)
def test_a_biomarker_is_a_tag_only_when_it_was_found(
    result: BiomarkerResult | None, tagged: bool
) -> None:
    profile = CancerProfile(biomarkers=(BiomarkerTest(marker=Biomarker.PIK3CA, result=result),))
    assert ("pik3ca" in profile_tags(profile)) is tagged


def test_brca1_and_brca2_share_one_tag() -> None:
    for marker in (Biomarker.GERMLINE_BRCA1, Biomarker.GERMLINE_BRCA2):
        test = BiomarkerTest(marker=marker, result=BiomarkerResult.POSITIVE)
        assert "germline-brca" in profile_tags(CancerProfile(biomarkers=(test,)))


def test_only_growth_gives_had_progression() -> None:
    stopped = date(2026, 1, 5)
    grew = TreatmentLine(stopped_on=stopped, stop_reason=StopReason.PROGRESSION)
    side_effects = TreatmentLine(stopped_on=stopped, stop_reason=StopReason.SIDE_EFFECTS)
    assert "had-progression" in profile_tags(CancerProfile(lines=(grew,)))
    assert "had-progression" not in profile_tags(CancerProfile(lines=(side_effects,)))


def test_a_typical_profile_gives_its_subtype_biomarkers_and_sites() -> None:
    profile = CancerProfile(
        receptors=ReceptorTest(
            er=HormoneReceptor.POSITIVE, pr=HormoneReceptor.NEGATIVE, her2=Her2Status.LOW_1_PLUS
        ),
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        biomarkers=(BiomarkerTest(marker=Biomarker.ESR1, result=BiomarkerResult.POSITIVE),),
        spread=(SpreadSite.BONE, SpreadSite.LYMPH_NODES),
        how_it_came_back=HowItCameBack.RECURRENCE,
    )
    assert profile_tags(profile) == {
        "hr-positive",
        "her2-low",
        "her2-negative",
        "postmenopausal",
        "esr1",
        "bone-metastases",
        "recurrence",
    }


@pytest.mark.parametrize(
    ("expressions", "tags", "expected"),
    [
        (["hr-positive+her2-negative"], {"hr-positive", "her2-negative"}, True),
        (["hr-positive+her2-negative"], {"hr-positive", "her2-positive"}, False),
        (["her2-low", "her2-ultralow"], {"her2-ultralow"}, True),
        (["male"], set(), False),
        ([], {"hr-positive"}, False),  # for everyone is not a match
    ],
)
def test_expressions_need_every_tag_of_one_of_them(
    expressions: list[str], tags: set[str], expected: bool
) -> None:
    assert matches(expressions, frozenset(tags)) is expected
