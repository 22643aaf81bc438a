"""About my cancer saved as dated answers: one answer per changed part, earlier ones kept,
what changed since a visit, the subtype worked out from the current answers, and the
new-biopsy reason when a progression came after the last receptor test."""

from datetime import date, timedelta

import pytest

from mbc_desktop.domain.cancer import (
    Biomarker,
    BiomarkerResult,
    BiomarkerTest,
    CancerProfile,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
    SampleSite,
    SpreadSite,
    StopReason,
    TreatmentLine,
)
from mbc_desktop.domain.subtype import SubtypeName
from mbc_desktop.services import AnswerService, CancerProfileService
from mbc_desktop.storage import Store

from .conftest import START, Clock


@pytest.fixture
def cancer(store: Store, clock: Clock) -> CancerProfileService:
    return CancerProfileService(AnswerService(store, clock=clock))


RECEPTORS = ReceptorTest(
    er=HormoneReceptor.POSITIVE,
    er_percent=90,
    pr=HormoneReceptor.NEGATIVE,
    her2=Her2Status.LOW_1_PLUS,
    tested_on=date(2025, 6, 1),
    sample=SampleSite.METASTASIS,
)


def test_a_new_journal_has_a_blank_profile_and_an_unknown_subtype(
    cancer: CancerProfileService,
) -> None:
    assert cancer.current() == CancerProfile()
    assert cancer.subtype().name is SubtypeName.UNKNOWN
    assert cancer.rebiopsy_reason() is None
    assert cancer.save(CancerProfile()) == []  # blank stays blank: nothing recorded


def test_parts_read_back_and_only_changed_parts_are_recorded(
    cancer: CancerProfileService, clock: Clock
) -> None:
    first = CancerProfile(
        receptors=RECEPTORS,
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        spread=(SpreadSite.BONE, SpreadSite.LIVER),
    )
    recorded = cancer.save(first)
    assert sorted(a.key for a in recorded) == ["menopausal_status", "receptors", "spread"]
    assert cancer.current() == first
    assert cancer.subtype().name is SubtypeName.HR_POSITIVE_HER2_NEGATIVE
    assert "her2-low" in cancer.subtype().tags

    clock.advance(days=30)
    second = first.model_copy(
        update={
            "biomarkers": (BiomarkerTest(marker=Biomarker.ESR1, result=BiomarkerResult.POSITIVE),)
        }
    )
    assert [a.key for a in cancer.save(second)] == ["biomarkers"]
    assert cancer.current() == second
    assert cancer.as_of(START + timedelta(days=1)) == first  # the earlier answers are kept
    assert len(cancer.answers.history("cancer", "receptors")) == 1


def test_what_changed_since_a_visit(cancer: CancerProfileService, clock: Clock) -> None:
    cancer.save(CancerProfile(receptors=RECEPTORS))
    visit = clock.advance(days=10)
    clock.advance(days=5)
    changed = RECEPTORS.model_copy(update={"her2": Her2Status.POSITIVE_3_PLUS})
    cancer.save(CancerProfile(receptors=changed, spread=(SpreadSite.BRAIN,)))
    changes = cancer.changes_since(visit)
    assert [(c.key, c.before, c.after) for c in changes] == [
        ("receptors", RECEPTORS, changed),
        ("spread", None, (SpreadSite.BRAIN,)),
    ]
    assert all(c.changed_at == clock.now for c in changes)
    assert cancer.subtype().name is SubtypeName.HR_POSITIVE_HER2_POSITIVE
    # Clearing a part is a change too, and undo takes a save back.
    clock.advance(days=1)
    cleared = cancer.save(CancerProfile(receptors=changed))
    assert [a.key for a in cleared] == ["spread"]
    assert cancer.current().spread == ()
    cancer.answers.remove_many([a.id for a in cleared])
    assert cancer.current().spread == (SpreadSite.BRAIN,)


def test_a_progression_after_the_last_receptor_test_gives_the_new_biopsy_reason(
    cancer: CancerProfileService,
) -> None:
    line = TreatmentLine(
        number=1,
        drugs="letrozole and palbociclib",
        started_on=date(2025, 7, 1),
        stopped_on=date(2026, 2, 1),
        stop_reason=StopReason.PROGRESSION,
    )
    cancer.save(CancerProfile(receptors=RECEPTORS, lines=(line,)))
    reason = cancer.rebiopsy_reason()
    assert reason is not None
    assert "biopsy" in reason
    retested = RECEPTORS.model_copy(update={"tested_on": date(2026, 2, 20)})
    cancer.save(CancerProfile(receptors=retested, lines=(line,)))
    assert cancer.rebiopsy_reason() is None
