"""The catalogue of common MBC drugs: every name the fact sheet gives, found however it is
typed, and the symptoms their side effects suggest tracking."""

import pytest

from mbc_desktop.domain.drug_catalogue import (
    COMMON_SUGGESTIONS,
    DRUGS,
    Drug,
    DrugClass,
    SideEffect,
    completions,
    find_drug,
    suggestions_for,
)
from mbc_desktop.domain.medications import Route
from mbc_desktop.domain.symptoms import ESAS_R, SYMPTOM_NAME_MAX_CHARS, EsasItem
from mbc_desktop.words.i18n import CHOICE_LABELS

# Copied by hand from the fact sheet (reference/medical-facts.md), §2 "Systemic drug classes",
# every generic in the table, and the November 2026 updates; with the route the table gives.
FACT_SHEET_GENERICS = {
    "tamoxifen": Route.BY_MOUTH,
    "letrozole": Route.BY_MOUTH,
    "anastrozole": Route.BY_MOUTH,
    "exemestane": Route.BY_MOUTH,
    "fulvestrant": Route.INJECTION,  # IM
    "elacestrant": Route.BY_MOUTH,
    "imlunestrant": Route.BY_MOUTH,
    "vepdegestrant": Route.BY_MOUTH,
    "goserelin": Route.INJECTION,  # SC implant
    "leuprolide": Route.INJECTION,
    "triptorelin": Route.INJECTION,
    "palbociclib": Route.BY_MOUTH,
    "ribociclib": Route.BY_MOUTH,
    "abemaciclib": Route.BY_MOUTH,
    "alpelisib": Route.BY_MOUTH,
    "inavolisib": Route.BY_MOUTH,
    "capivasertib": Route.BY_MOUTH,
    "everolimus": Route.BY_MOUTH,
    "trastuzumab": Route.INFUSION,
    "pertuzumab": Route.INFUSION,
    "margetuximab": Route.INFUSION,
    "ado-trastuzumab emtansine": Route.INFUSION,
    "fam-trastuzumab deruxtecan": Route.INFUSION,
    "tucatinib": Route.BY_MOUTH,
    "lapatinib": Route.BY_MOUTH,
    "neratinib": Route.BY_MOUTH,
    "sacituzumab govitecan": Route.INFUSION,
    "datopotamab deruxtecan": Route.INFUSION,
    "pembrolizumab": Route.INFUSION,
    "olaparib": Route.BY_MOUTH,
    "talazoparib": Route.BY_MOUTH,
    "paclitaxel": Route.INFUSION,
    "nab-paclitaxel": Route.INFUSION,
    "docetaxel": Route.INFUSION,
    "doxorubicin": Route.INFUSION,
    "liposomal doxorubicin": Route.INFUSION,
    "epirubicin": Route.INFUSION,
    "capecitabine": Route.BY_MOUTH,
    "gemcitabine": Route.INFUSION,
    "eribulin": Route.INFUSION,
    "vinorelbine": Route.INFUSION,
    "carboplatin": Route.INFUSION,
    "cisplatin": Route.INFUSION,
    "zoledronic acid": Route.INFUSION,
    "denosumab": Route.INJECTION,  # SC
    # Updates, November 2026
    "gedatolisib": Route.INFUSION,
    "camizestrant": Route.BY_MOUTH,
}
# The brands the sheet gives, and the drug (generic) each is; and its abbreviations.
FACT_SHEET_BRANDS = {
    "Orserdu": "elacestrant",
    "Inluriyo": "imlunestrant",
    "Veppanu": "vepdegestrant",
    "Itovebi": "inavolisib",
    "Truqap": "capivasertib",
    "Phesgo": "pertuzumab and trastuzumab",
    "Enhertu": "fam-trastuzumab deruxtecan",
    "Trodelvy": "sacituzumab govitecan",
    "Datroway": "datopotamab deruxtecan",
    "Keytruda Qlex": "pembrolizumab",
    "Kisqali": "ribociclib",
    "Revtorpyk": "gedatolisib",
    "Etcamah": "camizestrant",
}
FACT_SHEET_ABBREVIATIONS = {
    "T-DM1": "ado-trastuzumab emtansine",
    "T-DXd": "fam-trastuzumab deruxtecan",
    "Dato-DXd": "datopotamab deruxtecan",
}


def found(text: str) -> Drug:
    drug = find_drug(text)
    assert drug is not None, text
    return drug


def effects(names: list[str]) -> list[SideEffect]:
    return [effect for effect, _ in suggestions_for(names)]


def reasons(names: list[str]) -> dict[SideEffect, tuple[str, ...]]:
    return dict(suggestions_for(names))


# --- the catalogue -----------------------------------------------------------------------------


def test_every_generic_in_the_fact_sheet_is_in_the_catalogue_with_its_route() -> None:
    # The plain generic names the first entry (pembrolizumab into a vein, not Keytruda Qlex).
    routes = {generic: found(generic).route for generic in FACT_SHEET_GENERICS}

    assert routes == FACT_SHEET_GENERICS
    assert all(found(generic).generic == generic for generic in FACT_SHEET_GENERICS)


def test_only_the_fact_sheets_names_are_in_the_catalogue() -> None:
    generics = {drug.generic for drug in DRUGS}
    brands = {brand: drug.generic for drug in DRUGS for brand in drug.brands}
    abbreviations = {short: drug.generic for drug in DRUGS for short in drug.abbreviations}

    # Phesgo's "generic" is the sheet's "SC combination" of the two antibodies.
    assert generics == FACT_SHEET_GENERICS.keys() | {"pertuzumab and trastuzumab"}
    assert brands == FACT_SHEET_BRANDS
    assert abbreviations == FACT_SHEET_ABBREVIATIONS


def test_a_brand_given_another_way_keeps_its_own_route() -> None:
    assert found("Keytruda Qlex").route is Route.INJECTION
    assert found("pembrolizumab").route is Route.INFUSION
    assert found("Phesgo").route is Route.INJECTION
    assert found("trastuzumab").route is Route.INFUSION


def test_classes_are_those_of_the_fact_sheet() -> None:
    assert found("letrozole").drug_class is DrugClass.AROMATASE_INHIBITOR
    assert found("tamoxifen").drug_class is DrugClass.SERM
    assert found("fulvestrant").drug_class is DrugClass.ER_DEGRADER
    assert found("Etcamah").drug_class is DrugClass.ER_DEGRADER
    assert found("Kisqali").drug_class is DrugClass.CDK46_INHIBITOR
    assert found("Revtorpyk").drug_class is DrugClass.PI3K_AKT_INHIBITOR
    assert found("T-DM1").drug_class is DrugClass.HER2_ADC
    assert found("Datroway").drug_class is DrugClass.TROP2_ADC
    assert found("nab-paclitaxel").drug_class is DrugClass.TAXANE
    assert found("denosumab").drug_class is DrugClass.BONE_AGENT
    assert {drug.drug_class for drug in DRUGS} == set(DrugClass)


# --- completions -------------------------------------------------------------------------------


def test_completions_offer_generics_and_brands_with_their_generic() -> None:
    offered = completions()

    assert "palbociclib" in offered
    assert "Enhertu (fam-trastuzumab deruxtecan)" in offered
    assert "T-DXd (fam-trastuzumab deruxtecan)" in offered
    assert "Keytruda Qlex (pembrolizumab)" in offered
    assert "Kisqali (ribociclib)" in offered


def test_completions_are_sorted_without_regard_to_case_and_each_given_once() -> None:
    offered = completions()

    assert offered == sorted(offered, key=str.casefold)
    assert len(offered) == len(set(offered))
    assert offered.count("pembrolizumab") == 1
    # "Dato-DXd…", "datopotamab…", "Datroway…": capitals do not send brands to the top.
    assert offered.index("Dato-DXd (datopotamab deruxtecan)") < offered.index("docetaxel")
    assert offered.index("abemaciclib") < offered.index("Enhertu (fam-trastuzumab deruxtecan)")


def test_every_completion_finds_its_drug() -> None:
    for text in completions():
        drug = found(text)
        assert drug.generic in text


# --- finding a drug from what was typed -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "generic"),
    [
        ("ENHERTU", "fam-trastuzumab deruxtecan"),
        ("Enhertu (fam-trastuzumab deruxtecan)", "fam-trastuzumab deruxtecan"),
        ("t-dxd", "fam-trastuzumab deruxtecan"),
        ("trastuzumab deruxtecan", "fam-trastuzumab deruxtecan"),
        ("Kisqali", "ribociclib"),
        ("  kisqali  ", "ribociclib"),
        ("letrozole 2.5 mg daily", "letrozole"),
        ("Letrozole, 2.5mg", "letrozole"),
        ("letrozole2.5mg", "letrozole"),
        ("Kisqali 600 mg", "ribociclib"),
        ("Enhertu (fam-trastuzumab deruxtecan) 5.4 mg/kg", "fam-trastuzumab deruxtecan"),
        ("Enhertu (fam-tras", "fam-trastuzumab deruxtecan"),
        ("liposomal doxorubicin 40 mg/m2", "liposomal doxorubicin"),
        ("doxorubicin 60 mg/m2", "doxorubicin"),
        ("nab paclitaxel", "nab-paclitaxel"),
        ("T\u2011DM1", "ado-trastuzumab emtansine"),  # a pasted non-breaking hyphen
        ("Zoledronic  Acid 4 mg", "zoledronic acid"),
        ("Dato-DXd", "datopotamab deruxtecan"),
    ],
)
def test_a_name_is_found_however_it_is_typed(typed: str, generic: str) -> None:
    assert found(typed).generic == generic


@pytest.mark.parametrize(
    "typed",
    [
        "aspirin",
        "",
        "   ",
        "letrozol",  # misspelt: no guessing
        "letrozole tablets",  # not a dose after the name
        "trastuzumab emtansine deruxtecan",
        "trastuzumab and something",  # a longer name is not the shorter one
        "Femara",  # a brand the fact sheet does not give
        "(letrozole)",  # only the bracketed part
    ],
)
def test_anything_else_finds_nothing(typed: str) -> None:
    assert find_drug(typed) is None


def test_a_longer_name_is_not_read_as_a_shorter_one() -> None:
    assert found("pertuzumab and trastuzumab").brands == ("Phesgo",)
    assert found("trastuzumab emtansine").generic == "ado-trastuzumab emtansine"
    assert found("trastuzumab 6 mg/kg").generic == "trastuzumab"


# --- suggestions -------------------------------------------------------------------------------


def test_an_aromatase_inhibitor_suggests_joint_pain_and_hot_flashes_first() -> None:
    found_effects = effects(["letrozole"])

    assert set(found_effects[:2]) == {SideEffect.JOINT_PAIN, SideEffect.HOT_FLASHES}
    assert reasons(["letrozole"])[SideEffect.JOINT_PAIN] == ("letrozole",)


def test_capecitabine_suggests_hand_foot_and_diarrhea() -> None:
    assert set(effects(["capecitabine"])[:2]) == {SideEffect.HAND_FOOT, SideEffect.DIARRHEA}


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("abemaciclib", SideEffect.DIARRHEA),
        ("paclitaxel", SideEffect.NUMB_TINGLING),
        ("eribulin", SideEffect.NUMB_TINGLING),
        ("T-DXd", SideEffect.COUGH),
        ("fulvestrant", SideEffect.INJECTION_SITE_PAIN),
        ("tamoxifen", SideEffect.VAGINAL_BLEEDING),
        ("Trodelvy", SideEffect.DIARRHEA),
        ("Revtorpyk", SideEffect.MOUTH_SORES),
        ("denosumab", SideEffect.JAW_PAIN),
    ],
)
def test_a_drug_suggests_its_side_effect_first_with_its_name_as_the_reason(
    typed: str, first: SideEffect
) -> None:
    effect, why = suggestions_for([typed])[0]

    assert (effect, why) == (first, (typed,))


def test_datopotamab_suggests_mouth_sores_dry_eyes_and_cough() -> None:
    given = {effect for effect, why in suggestions_for(["Datroway"]) if why}

    assert given == {SideEffect.MOUTH_SORES, SideEffect.DRY_EYES, SideEffect.COUGH}


def test_palbociclib_suggests_nothing_of_its_own() -> None:
    # Neutropenia is a blood count, not something a person rates.
    assert suggestions_for(["palbociclib"]) == [(effect, ()) for effect in COMMON_SUGGESTIONS]


def test_two_drugs_that_suggest_diarrhea_rank_it_first_with_both_names_as_reasons() -> None:
    # Numb or tingling fingers comes before diarrhea in SideEffect order, but only one drug
    # gives a reason for it.
    suggested = suggestions_for(["paclitaxel", " capecitabine 1000 mg ", "abemaciclib"])

    assert suggested[0] == (SideEffect.DIARRHEA, ("capecitabine 1000 mg", "abemaciclib"))
    assert suggested[1] == (SideEffect.NUMB_TINGLING, ("paclitaxel",))


def test_the_more_drugs_give_a_reason_the_higher_a_symptom_ranks() -> None:
    suggested = suggestions_for(["capecitabine", "Datroway", "Kisqali", "T-DXd"])

    assert suggested[:3] == [
        (SideEffect.COUGH, ("Datroway", "Kisqali", "T-DXd")),
        (SideEffect.DIARRHEA, ("capecitabine",)),
        (SideEffect.MOUTH_SORES, ("Datroway",)),
    ]


def test_ties_follow_the_side_effect_order() -> None:
    # paclitaxel: numb/tingling and hair loss; letrozole: hot flashes and joint pain.
    assert effects(["paclitaxel", "letrozole"])[:4] == [
        SideEffect.NUMB_TINGLING,
        SideEffect.HOT_FLASHES,
        SideEffect.JOINT_PAIN,
        SideEffect.HAIR_LOSS,
    ]


def test_a_drug_named_twice_counts_once_under_the_first_name() -> None:
    suggested = reasons(["pembrolizumab", "Keytruda Qlex", "Letrozole", "letrozole 2.5 mg"])

    assert suggested[SideEffect.DIARRHEA] == ("pembrolizumab",)
    assert suggested[SideEffect.JOINT_PAIN] == ("Letrozole",)


def test_the_common_suggestions_follow_with_no_reason_and_are_not_listed_twice() -> None:
    suggested = suggestions_for(["letrozole", "aspirin", ""])

    listed = [effect for effect, _ in suggested]
    assert len(listed) == len(set(listed))
    assert suggested[2:] == [
        (SideEffect.NUMB_TINGLING, ()),
        (SideEffect.DIARRHEA, ()),
        (SideEffect.MOUTH_SORES, ()),
        (SideEffect.COUGH, ()),
    ]


def test_no_medicines_give_the_issues_examples() -> None:
    assert suggestions_for([]) == [(effect, ()) for effect in COMMON_SUGGESTIONS]
    assert [effect.label for effect in COMMON_SUGGESTIONS] == [
        "Numb or tingling fingers or toes",
        "Diarrhea",
        "Hot flashes",
        "Mouth sores",
        "Joint pain or stiffness",
        "Cough",
    ]


def test_suggestions_take_any_iterable_once() -> None:
    assert effects(iter(["capecitabine"]))[:2] == [SideEffect.DIARRHEA, SideEffect.HAND_FOOT]


# --- what a suggestion may be, and its words ----------------------------------------------------


def test_no_suggestion_repeats_an_esas_r_item() -> None:
    esas_words = {scale.name.casefold() for scale in ESAS_R} | {"fatigue", "breathlessness"}
    esas_values = {item.value for item in EsasItem}

    for effect in SideEffect:
        assert effect.value not in esas_values
        assert effect.label.casefold() not in esas_words
        for word in ("nausea", "tired", "fatigue", "breath"):
            assert word not in effect.label.casefold()


def test_every_drug_class_and_side_effect_has_its_label_for_translation() -> None:
    for choice in (*DrugClass, *SideEffect):
        assert CHOICE_LABELS.get(choice.value) == choice.label


def test_a_side_effects_label_fits_as_a_symptoms_name() -> None:
    for effect in SideEffect:
        assert 0 < len(effect.label) <= SYMPTOM_NAME_MAX_CHARS
        assert effect.label[0].isupper()


def test_every_side_effect_is_suggested_by_some_drug() -> None:
    assert {effect for drug in DRUGS for effect in drug.side_effects} == set(SideEffect)
