"""One active moiety, one row: a drug's salt or hydrate joins the row of the drug itself.

The chemical vocabularies file a pharmaceutical salt as a record of its own: ChEBI's "tamoxifen
citrate" (CHEBI:9397) beside MeSH's Tamoxifen, MeSH's "Raloxifene Hydrochloride" (D020849) beside
the herb tables' raloxifene (CPD:raloxifene). A paper names the salt once ("women received
raloxifene hydrochloride 60 mg daily") and the drug elsewhere; the matcher linked the salt to the
salt's row and the document-level rule of :mod:`pipeline.nlp.compound_names` then gave every bare
"raloxifene" the salt's id, so the findings went to a row curators do not cite (PMID16167916).
For a curator asking what acts on which gene, a salt, hydrate or solvate is the same active moiety
(USP Salt Nomenclature Policy: the salt's name is the active moiety's name plus the counter-ion;
GUIDELINES 5.3: the compound's own ``CPD:`` row when its name is in the dictionary).

A row is a salt form of another when its preferred name is that row's name followed by the names of
pharmaceutical counter-ions or of water of crystallisation ("Raloxifene Hydrochloride", "tamoxifen
citrate", "diclofenac sodium", "doxapram hydrochloride monohydrate"); see :func:`salt_base`. The salt
row joins the parent row: the parent keeps its id and name and gains the salt's names (synonyms, so a
"raloxifene hydrochloride" mention reads CPD:raloxifene) and the salt's id as a cross-reference in its
note. Not folded:

* an inorganic salt (an element, metal or ammonium ion in the base, or an inorganic anion:
  "lithium chloride", "potassium chloride", "zinc sulfate", "cobalt chloride", "sodium selenite"):
  the metal or the anion is the active part, and the salt is what curators cite (gold:
  CPD:potassium-chloride, MESH:C018021 cobaltous chloride);
* a counter-ion written first ("sodium butyrate", "sodium valproate"): the gold cites the reagent
  so named (validation_zh ChinaXiv-201712.00990V1: 丁酸钠 CHEBI:64103), and an organic base used as
  a counter-ion ("arginine butyrate", "triethanolamine stearate": the acid is the drug);
* an acid that forms esters as readily as salts (:data:`ESTER_ACIDS`: "medroxyprogesterone acetate",
  "dehydroepiandrosterone sulfate", "tocopherol succinate", "guaiacol salicylate") unless the parent is
  named like a base (an amine, alkaloid or aminoglycoside: "morphine sulfate", "gentamicin sulfate");
  phosphates never (nucleotides, sugar phosphates, "creatine phosphate", "pyridoxal phosphate" are
  esters of their own); an -yl/-oyl group or a hydrocarbon before the anion ("ethyl nitrate",
  "stearoyl chloride", "ethane methanesulfonate": esters and acyl halides);
* a salt whose id ranks above its parent's in the guideline's order (GUIDELINES 5.3: ``CPD:``, MeSH
  descriptor, supplementary record, ChEBI, DrugBank, LINCS): MeSH files some drugs under the salt
  (its Imatinib Mesylate descriptor D000068877, Pyridostigmine Bromide, Dizocilpine Maleate) and the
  gold cites that descriptor for the salt's name (new_papers_en PMID17049513) and the ChEBI parent
  for the bare name (validation_en PMID16434489 imatinib CHEBI:45783); one of the two would be
  rewritten, so both rows stay as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats, add_note
from pipeline.dictionaries.compound_duplicates import join
from pipeline.dictionaries.schema import Entity
from pipeline.dictionaries.ids import compound_id

# counter-ions of pharmaceutical salts (USP/INN salt names) that form no ester with a drug
SALT_IONS = frozenset("""hydrochloride dihydrochloride trihydrochloride hcl hydrobromide dihydrobromide hbr hydroiodide
    mesylate mesilate dimesylate methanesulfonate besylate besilate tosylate tosilate esylate edisylate
    napsylate isethionate maleate dimaleate hydrogen fumarate hemifumarate tartrate bitartrate hemitartrate citrate
    dihydrogen lactate malate oxalate hyclate pamoate embonate camsylate mandelate orotate hippurate
    sodium disodium trisodium monosodium potassium dipotassium calcium magnesium meglumine tromethamine
    bromide chloride iodide nitrate salt""".split())
# water or solvent of crystallisation
HYDRATES = frozenset("""hydrate monohydrate dihydrate trihydrate tetrahydrate pentahydrate hexahydrate heptahydrate
    hemihydrate sesquihydrate solvate""".split())
# acids that name an ester as readily as a salt ("cyproterone acetate", "estrone sulfate")
ESTER_ACIDS = frozenset("""acetate sulfate sulphate bisulfate hemisulfate succinate hemisuccinate propionate
    dipropionate valerate benzoate palmitate stearate butyrate salicylate""".split())
# a parent named like a base (amine, alkaloid, aminoglycoside, antiviral/kinase-inhibitor stems):
# its "X sulfate/phosphate/acetate" is a salt ("morphine sulfate", "oseltamivir phosphate")
_BASE_NAME = lazy_re.compile(r"(?:ine|amine|idine|azine|azole|mycin|micin|vir|tinib|profen|ium)$", re.IGNORECASE)
# organic bases used as counter-ions of acidic drugs ("arginine butyrate", "triethanolamine stearate"):
# the acid is the active part there
COUNTER_BASES = frozenset("""arginine lysine ethanolamine diethanolamine triethanolamine meglumine tromethamine
    benzathine diolamine olamine""".split())
# an -yl/-oyl group name before an anion is an ester or acyl halide ("ethyl nitrate", "stearoyl chloride")
# and a hydrocarbon forms no salt ("ethane methanesulfonate" is an alkylating ester)
_RADICAL = lazy_re.compile(r"(?:yl|oyl|ane)$", re.IGNORECASE)
# a class named in the plural is no active moiety of a salt ("Amides", "Thioglycolates")
_PLURAL_CLASS = lazy_re.compile(r"^[A-Za-z][a-z]{3,}(?<![suio])s$")
# the elements (IUPAC names, and the spellings and classical cation names papers use): a salt of one
# names the metal or element as its active part ("lithium chloride", "cobaltous chloride")
ELEMENTS = frozenset("""hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium
    aluminum aluminium silicon phosphorus phosphorous sulfur sulphur chlorine argon potassium calcium scandium
    titanium vanadium chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic selenium bromine
    krypton rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium rhodium palladium silver
    cadmium indium tin antimony tellurium iodine xenon cesium caesium barium lanthanum cerium praseodymium neodymium
    promethium samarium europium gadolinium terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium
    tantalum tungsten rhenium osmium iridium platinum gold mercury thallium lead bismuth polonium astatine radon
    francium radium actinium thorium protactinium uranium neptunium plutonium americium curium
    ammonium hydronium uranyl vanadyl thallous thallic ferrous ferric cuprous cupric cobaltous cobaltic manganous
    mercuric mercurous stannous stannic chromic plumbous plumbic""".split())
# inorganic anions (salt_formulas.ANIONS and their other names): "sodium selenite" is the selenite's salt
INORGANIC_ANIONS = frozenset("""fluoride chloride bromide iodide hydroxide cyanide thiocyanate azide amide hydride
    nitrate nitrite sulfate sulphate sulfite sulphite bisulfite bisulfate sulfide hydrosulfide selenite selenate
    arsenite arsenate phosphate hydrogenphosphate dihydrogenphosphate carbonate bicarbonate oxide peroxide chlorate
    perchlorate hypochlorite iodate periodate bromate permanganate chromate dichromate bichromate molybdate
    tungstate vanadate orthovanadate metavanadate silicate borate tetraborate thiosulfate metabisulfite
    fluorophosphate tellurite telluride selenide chlorite dithionite ferricyanide ferrocyanide hexacyanoferrate
    nitroprusside""".split())
INORGANIC_PARTS = ELEMENTS | INORGANIC_ANIONS



def fold_key(name: str) -> str:
    """Case, Greek, punctuation and spacing-insensitive key (as build_chemicals.merge_key)."""
    try:
        return compound_id(name)[4:].replace("-", "")
    except ValueError:
        return ""


def salt_base(name: str) -> str | None:
    """The active moiety's name in a salt or hydrate name, else None.

    ``"Raloxifene Hydrochloride"`` -> ``"Raloxifene"``; ``"imatinib mesylate"`` -> ``"imatinib"``;
    ``"irinotecan hydrochloride hydrate"`` -> ``"irinotecan"``; ``"morphine sulfate"`` ->
    ``"morphine"``. None for an inorganic salt (``"lithium chloride"``, ``"sodium selenite"``), a
    counter-ion written first (``"sodium butyrate"``), an ester-forming acid on a parent not named
    like a base (``"medroxyprogesterone acetate"``, ``"estrone sulfate"``), a phosphate, and a name
    that is all counter-ion."""
    words = name.split()
    if len(words) < 2:
        return None
    tail: list[str] = []
    while len(words) > 1 and words[-1].casefold() in SALT_IONS | HYDRATES | ESTER_ACIDS:
        tail.insert(0, words.pop().casefold())
    if not tail:
        return None
    base = " ".join(words)
    if (len(base) < 4 or any(w.casefold() in INORGANIC_PARTS for w in re.split(r"[\s\-]+", base))
            or words[-1].casefold() in SALT_IONS | HYDRATES | ESTER_ACIDS or _RADICAL.search(base)
            or _PLURAL_CLASS.match(base) or base.casefold() in COUNTER_BASES):
        return None
    if set(tail) & ESTER_ACIDS and not _BASE_NAME.search(base):
        return None
    return base


ID_ORDER = ("CPD:", "MESH:D", "MESH:C", "CHEBI:", "DRUGBANK:", "LINCS:")


def id_rank(entity_id: str) -> int:
    """GUIDELINES 5.3 order of compound ids: a ``CPD:`` row, then MeSH descriptor, supplementary record,
    ChEBI, DrugBank, LINCS."""
    return next((i for i, p in enumerate(ID_ORDER) if entity_id.startswith(p)), len(ID_ORDER))


def fold_salt_rows(entities: dict[str, Entity], stats: RuleStats) -> dict[str, str]:
    """Join each compound row named as a salt or hydrate of another row (:func:`salt_base`; the
    base names exactly one other compound row, by :func:`fold_key`, or several of which exactly one
    has it as its preferred name: "butyrate" is CPD:butyrate's name and a synonym of Butanoic Acid)
    with that row, in place, when that row's id ranks no lower than the salt's (:func:`id_rank`); return
    {merged-away salt id: parent id}."""
    index: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        if e.type == "compound":
            for t in (e.name, *e.synonyms):
                index[fold_key(t)].add(e.id)
    moved: dict[str, str] = {}
    for sid in sorted(entities):
        salt = entities.get(sid)
        if salt is None or salt.type != "compound":
            continue
        base = salt_base(salt.name)
        if base is None:
            continue
        owners = {moved.get(i, i) for i in index.get(fold_key(base), set())} - {sid}
        if len(owners) > 1:  # the row that has the base as its preferred name, if one does
            owners = {i for i in owners if fold_key(entities[i].name) == fold_key(base)}
        if len(owners) != 1:
            continue
        parent = entities[next(iter(owners))]
        if salt_base(parent.name) is not None or _PLURAL_CLASS.match(parent.name):
            continue  # the parent is itself named as a salt: left to that salt's own fold
        if id_rank(parent.id) > id_rank(salt.id):
            continue  # MeSH files the drug under its salt (Imatinib Mesylate): the curators' id, kept apart
        join(parent, salt)
        add_note(parent, salt.id)
        del entities[sid]
        moved[sid] = parent.id
        stats.hit("compound-salt-folded", f"{salt.name} ({sid}) -> {parent.id}")
    return moved
