"""The words of About my cancer: every explanation marked for translation exactly as the domain
has it, and every sentence the subtype can give has a template to translate it."""

import ast
import itertools
from pathlib import Path

from mbc_desktop.domain.cancer import (
    EXPLANATIONS,
    Her2Status,
    HormoneReceptor,
    MenopausalStatus,
    ReceptorTest,
)
from mbc_desktop.domain.subtype import REBIOPSY_REASON, derive_subtype
from mbc_desktop.ui.cancer import explanations
from mbc_desktop.ui.cancer.explanations import TRANSLATABLE
from mbc_desktop.words import subtype as subtype_words

SOURCE = Path(explanations.__file__)


def test_every_explanation_is_marked_for_translation_exactly_as_the_domain_has_it() -> None:
    assert TRANSLATABLE == EXPLANATIONS
    assert list(TRANSLATABLE) == list(EXPLANATIONS)


def test_lupdate_can_read_every_explanation_from_the_source() -> None:
    """Each entry is a literal QT_TRANSLATE_NOOP("CancerExplanations", "…") call, which is
    what lupdate reads (a value built at run time would be missed)."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    marked = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            context, text = node.args
            assert isinstance(context, ast.Constant)
            assert context.value == "CancerExplanations"
            assert isinstance(text, ast.Constant)
            marked.append(text.value)
    assert sorted(marked) == sorted(EXPLANATIONS.values())


_RECEPTOR = (None, *HormoneReceptor)
_HER2 = (None, *Her2Status)
_PERCENT = (None, 5, 80)


def test_every_reason_the_subtype_can_give_has_a_template() -> None:
    seen = set()
    for er, pr, her2, er_percent, pr_percent, status in itertools.product(
        _RECEPTOR, _RECEPTOR, _HER2, _PERCENT, _PERCENT, (None, MenopausalStatus.MALE)
    ):
        low = (HormoneReceptor.POSITIVE, HormoneReceptor.LOW)
        if er_percent is not None and (
            er not in low or (er is HormoneReceptor.LOW and er_percent > 10)
        ):
            continue
        if pr_percent is not None and (
            pr not in low or (pr is HormoneReceptor.LOW and pr_percent > 10)
        ):
            continue
        test = ReceptorTest(er=er, er_percent=er_percent, pr=pr, pr_percent=pr_percent, her2=her2)
        for reason in derive_subtype(test, status).reasons:
            seen.add(reason)
            assert subtype_words.has_words(reason), reason
    assert subtype_words.has_words(REBIOPSY_REASON)
    assert len(seen) > 20


def test_a_reason_with_numbers_is_written_with_them_in_place() -> None:
    assert (
        subtype_words.reason_text(
            "ER is positive (80 %), so the cancer is hormone-receptor positive."
        )
        == "ER is positive (80 %), so the cancer is hormone-receptor positive."
    )
    assert (
        subtype_words.reason_text(
            "The type can't be worked out until these results are known: PR, HER2."
        )
        == "The type can't be worked out until these results are known: PR, HER2."
    )
    assert subtype_words.reason_text("Something new.") == "Something new."
