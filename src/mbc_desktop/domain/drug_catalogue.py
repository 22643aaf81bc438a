"""Common drugs for metastatic breast cancer, offered as the person types a medicine's name, and
the symptoms worth tracking that their side effects suggest.

**For suggestions only, never advice.** Nothing here says what anyone should take, how much, or
what a symptom means. The catalogue offers names to save typing (any other name can always be
typed), and the suggestions offer symptoms a person may want to rate on the same 0 to 10 scale;
whether to track one is theirs to choose.

Where each fact comes from: the project's fact sheet, ``reference/medical-facts.md`` in the
shared design documents ("Compiled: from public sources. The newest items found date from early
July 2026."), read with its "Updates, November 2026", which override it:

- The drugs, their classes and routes: §2 "Systemic drug classes" (the table; PO is by mouth, IV
  into a vein, SC and IM an injection). Brand names only where the sheet gives them (§2, §7 for
  Kisqali); the abbreviations T-DM1, T-DXd and Dato-DXd are the sheet's own (§2, §7).
- Gedatolisib (REVTORPYK, into a vein) and camizestrant (ETCAMAH, by mouth, an oral SERD used
  after an *ESR1* mutation is found): the November 2026 updates. Gedatolisib is put with the
  PI3K/AKT pathway drugs (it acts on that pathway); its side effects are the update's own.
  Giredestrant is left out: the sheet says it is still pending, not approved.
- The side effects: §6 "Side effects worth tracking, by class" (FDA labels), and the update for
  gedatolisib. Only what a person can feel and rate is kept, in our own plain words. Lab values,
  blood counts, heart scans, ECG findings and bone loss are not symptoms a person rates, so they
  are left out; so are blood clots (a sign to report at once, not a thing to rate). Nausea,
  tiredness (fatigue) and shortness of breath are ESAS-r items already, so they are never
  suggested twice.
- How a named condition becomes a symptom: "ILD" and "pneumonitis" become a cough, as §6 says
  to report a cough with T-DXd's ILD/pneumonitis; "colitis" (pembrolizumab) becomes diarrhea;
  "skin" effects (pembrolizumab) a rash; "stomatitis" mouth sores; "dry eye or keratitis" dry,
  sore or blurry eyes; "neuropathy" numb or tingling fingers or toes; "hand-foot syndrome" sore,
  red or peeling hands or feet; "osteonecrosis of the jaw" pain in the jaw or teeth.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mbc_desktop.domain.choice import Choice
from mbc_desktop.domain.medications import Route


class DrugClass(Choice):
    """A family of drugs, as the fact sheet groups them (§2); its label is shown to people."""

    SERM = "serm"
    AROMATASE_INHIBITOR = "aromatase_inhibitor"
    ER_DEGRADER = "er_degrader"
    OVARIAN_SUPPRESSION = "ovarian_suppression"
    CDK46_INHIBITOR = "cdk46_inhibitor"
    PI3K_AKT_INHIBITOR = "pi3k_akt_inhibitor"
    MTOR_INHIBITOR = "mtor_inhibitor"
    HER2_ANTIBODY = "her2_antibody"
    HER2_ADC = "her2_adc"
    HER2_TKI = "her2_tki"
    TROP2_ADC = "trop2_adc"
    IMMUNOTHERAPY = "immunotherapy"
    PARP_INHIBITOR = "parp_inhibitor"
    TAXANE = "taxane"
    ANTHRACYCLINE = "anthracycline"
    PLATINUM = "platinum"
    CHEMOTHERAPY = "chemotherapy"
    BONE_AGENT = "bone_agent"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS: dict[DrugClass, str] = {
    DrugClass.SERM: "Estrogen receptor blocker (SERM)",
    DrugClass.AROMATASE_INHIBITOR: "Aromatase inhibitor",
    DrugClass.ER_DEGRADER: "Estrogen receptor degrader",
    DrugClass.OVARIAN_SUPPRESSION: "Ovarian suppression",
    DrugClass.CDK46_INHIBITOR: "CDK4/6 inhibitor",
    DrugClass.PI3K_AKT_INHIBITOR: "PI3K/AKT pathway inhibitor",
    DrugClass.MTOR_INHIBITOR: "mTOR inhibitor",
    DrugClass.HER2_ANTIBODY: "HER2 antibody",
    DrugClass.HER2_ADC: "HER2 antibody-drug conjugate (ADC)",
    DrugClass.HER2_TKI: "HER2 tyrosine kinase inhibitor",
    DrugClass.TROP2_ADC: "TROP2 antibody-drug conjugate (ADC)",
    DrugClass.IMMUNOTHERAPY: "Immunotherapy",
    DrugClass.PARP_INHIBITOR: "PARP inhibitor",
    DrugClass.TAXANE: "Chemotherapy (taxane)",
    DrugClass.ANTHRACYCLINE: "Chemotherapy (anthracycline)",
    DrugClass.PLATINUM: "Chemotherapy (platinum)",
    DrugClass.CHEMOTHERAPY: "Chemotherapy",
    DrugClass.BONE_AGENT: "Bone-modifying medicine",
}


class SideEffect(Choice):
    """A symptom a person can rate from 0 to 10 that a drug's side effects give a reason to
    track. The first six are the issue's examples, in its order; the order breaks ties between
    suggestions."""

    NUMB_TINGLING = "numb_tingling"
    DIARRHEA = "diarrhea"
    HOT_FLASHES = "hot_flashes"
    MOUTH_SORES = "mouth_sores"
    JOINT_PAIN = "joint_pain"
    COUGH = "cough"
    HAND_FOOT = "hand_foot"
    RASH = "rash"
    DRY_EYES = "dry_eyes"
    HAIR_LOSS = "hair_loss"
    INJECTION_SITE_PAIN = "injection_site_pain"
    JAW_PAIN = "jaw_pain"
    VAGINAL_BLEEDING = "vaginal_bleeding"

    @property
    def label(self) -> str:
        """The symptom in plain words (English; the UI translates it)."""
        return _SIDE_EFFECT_LABELS[self]


_SIDE_EFFECT_LABELS: dict[SideEffect, str] = {
    SideEffect.NUMB_TINGLING: "Numb or tingling fingers or toes",
    SideEffect.DIARRHEA: "Diarrhea",
    SideEffect.HOT_FLASHES: "Hot flashes",
    SideEffect.MOUTH_SORES: "Mouth sores",
    SideEffect.JOINT_PAIN: "Joint pain or stiffness",
    SideEffect.COUGH: "Cough",
    SideEffect.HAND_FOOT: "Sore, red or peeling hands or feet",
    SideEffect.RASH: "Rash",
    SideEffect.DRY_EYES: "Dry, sore or blurry eyes",
    SideEffect.HAIR_LOSS: "Hair loss",
    SideEffect.INJECTION_SITE_PAIN: "Pain where the shot was given",
    SideEffect.JAW_PAIN: "Pain in the jaw or teeth",
    SideEffect.VAGINAL_BLEEDING: "Vaginal bleeding or spotting",
}

# Offered when no medication gives a reason (the examples).
COMMON_SUGGESTIONS: tuple[SideEffect, ...] = (
    SideEffect.NUMB_TINGLING,
    SideEffect.DIARRHEA,
    SideEffect.HOT_FLASHES,
    SideEffect.MOUTH_SORES,
    SideEffect.JOINT_PAIN,
    SideEffect.COUGH,
)


@dataclass(frozen=True)
class Drug:
    """A drug as the fact sheet names it: its generic name, the brand names and abbreviations
    the sheet gives (nothing added from elsewhere), its class, how it is given, and the
    symptoms its side effects give a reason to track (§6).

    A generic may appear twice when a brand is another form of it given another way
    (pembrolizumab into a vein; Keytruda Qlex, an injection); the plain generic finds the first.
    """

    generic: str
    brands: tuple[str, ...]
    drug_class: DrugClass
    route: Route
    abbreviations: tuple[str, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it goes by: the generic first, then brands, then abbreviations."""
        return (self.generic, *self.brands, *self.abbreviations)


_S = SideEffect
_PO = Route.BY_MOUTH
_IV = Route.INFUSION
_SHOT = Route.INJECTION  # SC or IM

# §6, row by row; the rows for a single drug are given with the drug below.
_AROMATASE_INHIBITORS = (_S.JOINT_PAIN, _S.HOT_FLASHES)  # "Joint pain or stiffness; … hot flashes"
_PI3K_AKT = (_S.RASH, _S.DIARRHEA, _S.MOUTH_SORES)  # "Also rash, diarrhoea, mouth sores"
_HER2_TKI = (_S.DIARRHEA,)  # "Diarrhoea (neratinib needs preventive medicine)"
_TAXANES_ERIBULIN = (_S.NUMB_TINGLING, _S.HAIR_LOSS)  # "Neuropathy, …, hair loss"
_BONE_AGENTS = (_S.JAW_PAIN,)  # "Osteonecrosis of the jaw"
# Immune-related: colitis → diarrhea, pneumonitis → cough, skin → rash.
_PEMBROLIZUMAB = (_S.DIARRHEA, _S.COUGH, _S.RASH)

DRUGS: tuple[Drug, ...] = (
    # Hormone (endocrine) therapy
    Drug("tamoxifen", (), DrugClass.SERM, _PO, side_effects=(_S.VAGINAL_BLEEDING,)),
    Drug("letrozole", (), DrugClass.AROMATASE_INHIBITOR, _PO, side_effects=_AROMATASE_INHIBITORS),
    Drug("anastrozole", (), DrugClass.AROMATASE_INHIBITOR, _PO, side_effects=_AROMATASE_INHIBITORS),
    Drug("exemestane", (), DrugClass.AROMATASE_INHIBITOR, _PO, side_effects=_AROMATASE_INHIBITORS),
    Drug("fulvestrant", (), DrugClass.ER_DEGRADER, _SHOT, side_effects=(_S.INJECTION_SITE_PAIN,)),
    # Oral SERDs and degraders: nausea and fatigue (ESAS-r items), lab values: nothing to add.
    Drug("elacestrant", ("Orserdu",), DrugClass.ER_DEGRADER, _PO),
    Drug("imlunestrant", ("Inluriyo",), DrugClass.ER_DEGRADER, _PO),
    Drug("vepdegestrant", ("Veppanu",), DrugClass.ER_DEGRADER, _PO),
    Drug("camizestrant", ("Etcamah",), DrugClass.ER_DEGRADER, _PO),
    # Ovarian function suppression: goserelin is an implant under the skin.
    Drug("goserelin", (), DrugClass.OVARIAN_SUPPRESSION, _SHOT),
    Drug("leuprolide", (), DrugClass.OVARIAN_SUPPRESSION, _SHOT),
    Drug("triptorelin", (), DrugClass.OVARIAN_SUPPRESSION, _SHOT),
    # Targeted drugs. CDK4/6: neutropenia (all three) is a blood count; ribociclib's ILD → cough.
    Drug("palbociclib", (), DrugClass.CDK46_INHIBITOR, _PO),
    Drug("ribociclib", ("Kisqali",), DrugClass.CDK46_INHIBITOR, _PO, side_effects=(_S.COUGH,)),
    Drug("abemaciclib", (), DrugClass.CDK46_INHIBITOR, _PO, side_effects=(_S.DIARRHEA,)),
    Drug("alpelisib", (), DrugClass.PI3K_AKT_INHIBITOR, _PO, side_effects=_PI3K_AKT),
    Drug("inavolisib", ("Itovebi",), DrugClass.PI3K_AKT_INHIBITOR, _PO, side_effects=_PI3K_AKT),
    Drug("capivasertib", ("Truqap",), DrugClass.PI3K_AKT_INHIBITOR, _PO, side_effects=_PI3K_AKT),
    # November 2026 update: "mouth sores (58–72%), high blood sugar (46–57%), rash".
    Drug(
        "gedatolisib",
        ("Revtorpyk",),
        DrugClass.PI3K_AKT_INHIBITOR,
        _IV,
        side_effects=(_S.MOUTH_SORES, _S.RASH),
    ),
    # "Mouth sores, pneumonitis, high blood sugar"
    Drug("everolimus", (), DrugClass.MTOR_INHIBITOR, _PO, side_effects=(_S.MOUTH_SORES, _S.COUGH)),
    # HER2 antibodies: heart (LVEF) decline and infusion reactions are nothing to rate.
    Drug("trastuzumab", (), DrugClass.HER2_ANTIBODY, _IV),
    Drug("pertuzumab", (), DrugClass.HER2_ANTIBODY, _IV),
    Drug("pertuzumab and trastuzumab", ("Phesgo",), DrugClass.HER2_ANTIBODY, _SHOT),
    Drug("margetuximab", (), DrugClass.HER2_ANTIBODY, _IV),
    # T-DM1: liver toxicity and low platelets are lab values.
    Drug("ado-trastuzumab emtansine", (), DrugClass.HER2_ADC, _IV, abbreviations=("T-DM1",)),
    # T-DXd: ILD/pneumonitis ("report cough…"); nausea is an ESAS-r item.
    Drug(
        "fam-trastuzumab deruxtecan",
        ("Enhertu",),
        DrugClass.HER2_ADC,
        _IV,
        abbreviations=("T-DXd",),
        side_effects=(_S.COUGH,),
    ),
    Drug("tucatinib", (), DrugClass.HER2_TKI, _PO, side_effects=_HER2_TKI),
    Drug("lapatinib", (), DrugClass.HER2_TKI, _PO, side_effects=_HER2_TKI),
    Drug("neratinib", (), DrugClass.HER2_TKI, _PO, side_effects=_HER2_TKI),
    # "Boxed warning for neutropenia and diarrhoea"
    Drug(
        "sacituzumab govitecan",
        ("Trodelvy",),
        DrugClass.TROP2_ADC,
        _IV,
        side_effects=(_S.DIARRHEA,),
    ),
    # "Stomatitis (59%), dry eye or keratitis (24%), ILD"
    Drug(
        "datopotamab deruxtecan",
        ("Datroway",),
        DrugClass.TROP2_ADC,
        _IV,
        abbreviations=("Dato-DXd",),
        side_effects=(_S.MOUTH_SORES, _S.DRY_EYES, _S.COUGH),
    ),
    Drug("pembrolizumab", (), DrugClass.IMMUNOTHERAPY, _IV, side_effects=_PEMBROLIZUMAB),
    Drug(
        "pembrolizumab",
        ("Keytruda Qlex",),
        DrugClass.IMMUNOTHERAPY,
        _SHOT,
        side_effects=_PEMBROLIZUMAB,
    ),
    # PARP inhibitors: anaemia, fatigue, nausea; nothing beyond the ESAS-r items to rate.
    Drug("olaparib", (), DrugClass.PARP_INHIBITOR, _PO),
    Drug("talazoparib", (), DrugClass.PARP_INHIBITOR, _PO),
    # Chemotherapy
    Drug("paclitaxel", (), DrugClass.TAXANE, _IV, side_effects=_TAXANES_ERIBULIN),
    Drug("nab-paclitaxel", (), DrugClass.TAXANE, _IV, side_effects=_TAXANES_ERIBULIN),
    Drug("docetaxel", (), DrugClass.TAXANE, _IV, side_effects=_TAXANES_ERIBULIN),
    # Anthracyclines: cumulative heart toxicity is measured, not felt.
    Drug("doxorubicin", (), DrugClass.ANTHRACYCLINE, _IV),
    Drug("liposomal doxorubicin", (), DrugClass.ANTHRACYCLINE, _IV),
    Drug("epirubicin", (), DrugClass.ANTHRACYCLINE, _IV),
    # "Hand-foot syndrome, diarrhoea"
    Drug(
        "capecitabine",
        (),
        DrugClass.CHEMOTHERAPY,
        _PO,
        side_effects=(_S.HAND_FOOT, _S.DIARRHEA),
    ),
    Drug("gemcitabine", (), DrugClass.CHEMOTHERAPY, _IV),
    Drug("eribulin", (), DrugClass.CHEMOTHERAPY, _IV, side_effects=_TAXANES_ERIBULIN),
    Drug("vinorelbine", (), DrugClass.CHEMOTHERAPY, _IV),
    Drug("carboplatin", (), DrugClass.PLATINUM, _IV),
    Drug("cisplatin", (), DrugClass.PLATINUM, _IV),
    # Bone-modifying agents
    Drug("zoledronic acid", (), DrugClass.BONE_AGENT, _IV, side_effects=_BONE_AGENTS),
    Drug("denosumab", (), DrugClass.BONE_AGENT, _SHOT, side_effects=_BONE_AGENTS),
)


# --- names -------------------------------------------------------------------------------------

# Hyphens, dashes and spaces are the same thing in a name ("nab paclitaxel", "T‑DXd" pasted with a
# non-breaking hyphen).
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_IN_BRACKETS = re.compile(r"\([^)]*\)?")  # an unclosed "(" too: a completion half typed over
# What may follow a name before a dose: spaces, a comma, a colon…, then a digit.
_DOSE_AFTER = re.compile(r"[\s,:;/]*\d")
# The FDA's prefixes, which people often leave out ("trastuzumab deruxtecan").
_US_PREFIXES = ("fam ", "ado ")


def _key(text: str) -> str:
    return _SEPARATORS.sub(" ", text).strip().casefold()


def _names_to_drugs() -> dict[str, Drug]:
    found: dict[str, Drug] = {}
    for drug in DRUGS:
        for name in drug.names:
            key = _key(name)
            found.setdefault(key, drug)
            for prefix in _US_PREFIXES:
                if key.startswith(prefix):
                    found.setdefault(key.removeprefix(prefix), drug)
    return found


_BY_NAME = _names_to_drugs()
# Longest first, so "liposomal doxorubicin 40 mg" is not read as doxorubicin.
_LONGEST_FIRST = sorted(_BY_NAME, key=len, reverse=True)


def completions() -> list[str]:
    """What the name box offers as you type: every generic name, and each brand or
    abbreviation followed by its generic in brackets ("Enhertu (fam-trastuzumab deruxtecan)"),
    sorted without regard to case, each once."""
    offered: set[str] = set()
    for drug in DRUGS:
        offered.add(drug.generic)
        offered.update(f"{name} ({drug.generic})" for name in (*drug.brands, *drug.abbreviations))
    return sorted(offered, key=lambda text: (text.casefold(), text))


def find_drug(text: str) -> Drug | None:
    """The drug a typed or completed name stands for, or None.

    Matches the generic name, a brand or an abbreviation, whatever the case, the spaces around
    it or a hyphen written as a space; the part in brackets (a completion's generic) is ignored,
    and so is a dose typed after the name ("letrozole 2.5 mg daily"). Nothing is guessed beyond
    that: a misspelt name finds nothing.
    """
    key = _key(_IN_BRACKETS.sub(" ", text))
    if not key:
        return None
    exact = _BY_NAME.get(key)
    if exact is not None:
        return exact
    for name in _LONGEST_FIRST:
        if key.startswith(name) and _DOSE_AFTER.match(key, len(name)):
            return _BY_NAME[name]
    return None


# --- suggestions -------------------------------------------------------------------------------


def suggestions_for(names: Iterable[str]) -> list[tuple[SideEffect, tuple[str, ...]]]:
    """Symptoms to offer for tracking, given the names of the medicines taken now.

    Each symptom comes with the names (as typed, without the spaces around them) of the drugs
    whose side effects give a reason for it; the symptoms more drugs give a reason for come
    first, then in ``SideEffect`` order. A drug named twice counts once. After them come the
    ``COMMON_SUGGESTIONS`` not already listed, with no reason.
    """
    reasons: dict[SideEffect, list[str]] = {}
    seen: set[str] = set()
    for name in names:
        drug = find_drug(name)
        if drug is None or drug.generic in seen:
            continue
        seen.add(drug.generic)
        for effect in drug.side_effects:
            reasons.setdefault(effect, []).append(name.strip())
    order = {effect: place for place, effect in enumerate(SideEffect)}
    ranked = sorted(reasons, key=lambda effect: (-len(reasons[effect]), order[effect]))
    found = [(effect, tuple(reasons[effect])) for effect in ranked]
    found.extend((effect, ()) for effect in COMMON_SUGGESTIONS if effect not in reasons)
    return found
