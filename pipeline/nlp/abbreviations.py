"""Abbreviations defined in the paper, which win over the dictionary.

Two definition patterns:

* Chinese papers: ``长名(English long form, SHORT)`` — e.g. ``破骨细胞(osteoclast, OC)``,
  ``谷胱甘肽过氧化物酶4 (glutathione peroxidase 4, GPX4)`` — and ``长名(SHORT)``
  (``骨形态发生蛋白-2 (BMP-2)``). Parsed here with a regular expression.
* English text: ``long form (SHORT)``, found by scispacy's AbbreviationDetector
  (Schwartz & Hearst, 2003).

Resolution of a definition, in order: the dictionary entity that ends right before the
parenthesis (the Chinese long name), unless that is a family of the short form's own gene or
the English long form names that gene (nlp/long_form_sense); the entity that covers the whole
English long form; the short form's own dictionary entity when the long form reads like a
gene/protein name or is its gene's name spelled another way (nlp/long_form_sense: spaces lost,
Greek letters, "gene"/"protein", most of its words); the fuzzy linker's entity for the long form
(pipeline/nlp/linker.py: ``haem oxygenase-1``); otherwise the short form is defined as *not an
entity* in this document (OC = osteoclast, never osteocalcin).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache, partial

from pipeline import lazy_re
from pipeline.nlp.linker import Linker, unmatched_candidates
from pipeline.nlp.long_form_sense import fits_gene, member_of_named_family, names_other_thing
from pipeline.nlp.matcher import Mention, TermIndex
from pipeline.nlp.plain_words import is_plain_word_pathway
from pipeline.nlp.pathways import parents_of
from pipeline.nlp.receptor_names import HOW as RECEPTOR_NAME

_ZH_DEFINITION = lazy_re.compile(
    r"\(\s*(?:(?P<long>[A-Za-z][^()\u3400-\u9fff]*?)\s*,\s*)?"
    r"(?P<short>[A-Za-z][A-Za-z0-9\-]{0,11}[A-Za-z0-9]|[A-Za-z])\s*\)"
)
# suppliers written in the parenthesis after a reagent in a methods section: "醛固酮(Sigma)", "1640培养基(Gibco)"
_SUPPLIERS = frozenset("""sigma aldrich sigma-aldrich gibco invitrogen thermo thermofisher abcam millipore merck roche
    solarbio beyotime amresco promega qiagen takara biosharp hyclone corning cayman selleck selleckchem proteintech
    dojindo genetex bioss boster servicebio sangon wako macklin aladdin lonza biolegend tiangen vazyme yeasen
    epitomics novus abclonal elabscience cusabio ebioscience biotechnology santa""".split())


def is_supplier(short: str) -> bool:
    """Is the "short form" a supplier's name? Chinese methods sections give each reagent's source in the
    parenthesis after its name ("醛固酮(Sigma)，…地塞米松(Sigma)；DMEM高糖培养基（Gibco）", new_papers
    ChinaXiv-201801.00630V1; "化学发光试剂盒(Thermo)", ChinaXiv-201810.00267V1; "抗体(Abcam)", validation
    ChinaXiv-201712.01073V1): the shape of "长名(SHORT)", but a company, not a short form of the name
    before it. Read as one, the first reagent's entity spread to every later "(Sigma)" of the paper."""
    return short.lower() in _SUPPLIERS


# a plant family: "-aceae" (ICN Art. 18.1), or one of the eight classical names the code allows beside it
# (Art. 18.5: Leguminosae = Fabaceae, Compositae = Asteraceae, Labiatae = Lamiaceae, ...)
_PLANT_FAMILY = lazy_re.compile(
    r"[A-Z][a-z]{2,}aceae|Leguminosae|Compositae|Labiatae|Umbelliferae|Cruciferae|Gramineae|Palmae|Guttiferae")


def is_plant_family(short: str) -> bool:
    """Is the "short form" a plant family's name? Herb papers write the botanical source after the
    herb's name: "Licorice (Glycyrrhiza uralensis Fisch., Leguminosae)" (validation PMID23643542),
    "Passiflora incarnata L. (Passifloraceae)" (validation), "(Malvaceae)", "(Zingiberaceae)",
    "(Cruciferae)" in the free pool's abstracts. The family classifies the plant; it is no short form of
    the name before it, and read as one it carried that name's entity to every later "Leguminosae"."""
    return _PLANT_FAMILY.fullmatch(short) is not None


_PEPTIDE_NAME = lazy_re.compile(r"(?:poly)?peptides?$|protein$|hormone$", re.IGNORECASE)
# "(SHORT)": a letter first, or a locant first when two letters follow ("5-azacytidine (5-AzC)", "(4-DAMP)")
_SHORT_IN_PARENS = lazy_re.compile(r"\(\s*(?:[A-Za-z]|\d{1,2}-(?=[A-Za-z]{2}))[A-Za-z0-9\-]{0,11}\s*\)")
_GENE_WORDS = lazy_re.compile(
    r"protein|kinase|receptor|factor|ligand|enzyme|ase\b|transporter|channel|"
    r"蛋白|激酶|受体|因子|配体|酶|转运体",
    re.IGNORECASE,
)


# the head nouns of a class of drugs or reagents named after their target, in the plural of a class
# ("aromatase inhibitors", "angiotensin receptor blockers", "GnRH agonists")
# (plural: "protein kinase inhibitor (PKI)" is a gene, PKIA)
_AGENT_CLASS_HEAD = lazy_re.compile(r"\b(?:inhibitors|antagonists|agonists|blockers)$", re.IGNORECASE)


def names_an_agent_class(long: str) -> bool:
    """Does the long form end in the head noun of an agent class? "Aromatase inhibitors (AIs)"
    holds an enzyme word, but its head is "inhibitors": it names drugs, not the gene whose alias the
    short form happens to be (AIS is an alias of AR; PMID19299238 paired tamoxifen with AR)."""
    return _AGENT_CLASS_HEAD.search(long.strip()) is not None


_LIST_SEPARATOR = lazy_re.compile(r"[，、；;]")


def _is_list(long: str) -> bool:
    """A parenthesis listing names (``PERK，ATF6,IRE1``, ``PERK, ATF6, IRE1``): a full-width
    separator, or comma-separated items that are single tokens (symbols, not a long form)."""
    if _LIST_SEPARATOR.search(long):
        return True
    items = [i.strip() for i in long.split(",")]
    return len(items) > 1 and all(i and " " not in i for i in items)


def _names_two(long: str, short: str, index: TermIndex) -> bool:
    """"(CYP11B2, CYP11B1)": one word that does not spell the short form's letters in order, before
    a short form the dictionary names, lists two names; "(vimentin, VIM)" defines VIM. So does a whole
    dictionary name before a short form whose own entities are all of another kind: "respiratory
    components (cytochrome c, NADH)" (validation39 PMID20164825) lists a protein and a cofactor, two
    examples of what precedes the bracket; a short form names the thing its long form names, so it
    cannot be a compound when its long form is a gene. "(runt-related transcription factor 2, RUNX2)",
    "(protein kinase B, Akt)" (ChinaXiv papers, whose letters need not follow in order) stay definitions."""
    if letters_in_order(short, long, first_at_start=False):
        return False
    own = own_entities(short, index)
    if not own:
        return False
    if " " not in long.strip():
        return True
    found = index.match(long, lambda _pos: frozenset(range(len(long) + 1)))
    whole = {m.label for m in found if m.start == 0 and m.end == len(long)}
    return bool(whole) and not whole & {index.dictionary[e].label for e in own}


@dataclass(frozen=True)
class Definition:
    short: str
    long: str  # English long form ("" when only the short form is given)
    entity_id: str | None  # None: the short form names something that is not an entity
    paren_start: int  # paragraph offsets of the parenthesis
    paren_end: int
    # offsets of a mention that matched only the end of the Chinese name and loses it to the short form's
    # own gene ("醛脱氢酶" in "磷酸甘油醛脱氢酶(GAPDH)"; partial_name_zh); the annotator drops it
    fragment: tuple[int, int] | None = None
    # offsets of the mention before the parenthesis that named the short form's gene by its family ("钙黏蛋白" of
    # "上皮型钙黏蛋白(E-cadherin)"); the annotator relinks it to the member, the definition's entity
    renamed: tuple[int, int] | None = None
    # the other entities of a short form that names a combination ("Red ginseng and Polygoni Multiflori
    # Radix (RGPM)"): every use of the short form names each of them (coordinated_entities)
    also: tuple[str, ...] = ()


def _resolve(
    short: str, long: str, before: Mention | None, index: TermIndex, linker: Linker | None = None
) -> str | None:
    if before is not None:
        if before.label == "COMPOUND" and _PEPTIDE_NAME.search(long or before.text):
            # "vasoactive intestinal polypeptide (VIP)": a peptide whose short form is its gene's
            # approved symbol is named as the gene product (BioRED; BC5CDR does not call it a chemical)
            symbol = next((t.entity_id for t in index.lookup(short)
                           if index.dictionary[t.entity_id].label == "GENE"
                           and index.dictionary[t.entity_id].name == short), None)
            if symbol is not None:
                return symbol
        if tail_of_a_chemical_word(short, long, before):
            return next((e for e in own_entities(short, index) if index.dictionary[e].label == "COMPOUND"), None)
        return (_own_over_partial(short, long, before, index) or _symbol_over_fuzzy(short, long, before, index)
                or _own_gene_over_before(short, long, before, index) or before.entity_id)
    for name in _long_names(long):
        found = index.match(name, lambda _pos, _n=name: frozenset(range(len(_n) + 1)))
        whole = [m for m in found if m.start == 0 and m.end == len(name)]
        if whole:
            return whole[0].entity_id
    own = own_entities(short, index)
    if own and long and " " not in long.strip() and index.dictionary[own[0]].label == "COMPOUND" \
            and letters_after_locants(short, long):
        return own[0]  # "1-methyl-4-phenyl-1,2,3,6-tetrahydropyridine (MPTP)": a systematic name the dictionary lacks
    if own and (not long or (_GENE_WORDS.search(long) and not names_an_agent_class(long))
                or spells_gene_symbol(short, long, index.dictionary[own[0]])):
        return own[0]
    fitting = _gene_the_long_form_fits(long, own, index)
    if fitting is not None:  # "stimulatorofinterferongenes (STING)": its own name, spaces lost (nlp/long_form_sense)
        return fitting
    if long and linker is not None:  # an unseen variant of a gene name (haem oxygenase-1)
        spans = [sp for sp in unmatched_candidates(long, []) if sp[1] == len(long)]
        linked = linker.link_spans(long, spans) if spans else []
        if linked:
            return linked[0][2].entity_id
    return None


def _gene_names(entity) -> list[str]:
    return [entity.name, *entity.synonyms]


def _gene_the_long_form_fits(long: str, own: list[str], index: TermIndex) -> str | None:
    """The first of the short form's own genes whose name the long form is, spelled another way or
    mostly in its words (nlp/long_form_sense.fits_gene); else None."""
    if not long:
        return None
    return next((e for e in own if index.dictionary[e].label == "GENE"
                 and fits_gene(long, _gene_names(index.dictionary[e]))), None)


def _own_gene_over_before(short: str, long: str, before: Mention, index: TermIndex) -> str | None:
    """The short form's own gene instead of the entity of the name before the parenthesis, when that
    name was matched as a family the gene belongs to ("上皮型钙黏蛋白(E-cadherin)": cadherin, CDH1's
    family) or the English long form names the gene while the Chinese name before it was read as
    something else ("雷帕霉素(mechanistic targetof rapamycin,mTOR)": rapamycin). Else None."""
    own = [e for e in own_entities(short, index) if index.dictionary[e].label == "GENE"]
    if not own or before.entity_id in own:
        return None
    member = next((e for e in own if member_of_named_family(e, before.entity_id, partial(parents_of, index))), None)
    if member is not None:
        return member
    if not long or before.text.strip() == long.strip() or names_other_thing(long, anywhere=True):
        return None  # the name the dictionary matched, or a disease or method named like the gene: it stays
    return _gene_the_long_form_fits(long, own, index)


_GENE_WORD_AFTER = lazy_re.compile(r"\s+genes?$", re.IGNORECASE)


def _long_names(long: str) -> list[str]:
    """The long form, and it without a closing "gene": "thyroid hormone receptor beta gene
    (TR-beta)" names the gene the dictionary calls "thyroid hormone receptor beta"."""
    if not long:
        return []
    bare = _GENE_WORD_AFTER.sub("", long)
    return [long, bare] if bare and bare != long else [long]


def own_entities(short: str, index: TermIndex) -> list[str]:
    """The short form's dictionary entities, the one whose name it is written as first (case as
    written), then those with it as a synonym: POLG is POLG's approved symbol and an alias of
    PAPOLG; the dictionary's own order says nothing of that."""
    ids = list(dict.fromkeys(t.entity_id for t in index.lookup(short)))

    def rank(entity_id: str) -> int:
        entity = index.dictionary[entity_id]
        return 0 if entity.name == short else 1 if short in entity.synonyms else 2
    return sorted(ids, key=rank)


def spells_gene_symbol(short: str, long: str, entity) -> bool:
    """Does the long form expand a gene symbol? The short form is a gene's symbol or synonym as
    written, holds a digit (symbols do; OC, CRC, EMT, the acronyms of cells, diseases and
    processes, do not), and the long form spells its letters in order (Schwartz & Hearst):
    "pleomorphic adenoma gene like-2 (PLAGL2)", "Single minded 2 (SIM2)", "plasminogen activator
    inhibitor-1 (PAI-1)" — names the gene list has no other spelling of."""
    return (entity.label == "GENE" and any(c.isdigit() for c in short)
            and (short == entity.name or short in entity.synonyms)
            and letters_in_order(short, long, first_at_start=False)
            and not (_CLASS_NUMBER_END.search(long) and not _GENE_WORDS.search(long)))


# A long form ending in a class's number names a grade of a classification, not a gene: "lateral compression Type 1
# (LC1)" of a pelvic-fracture scheme is no DNAL1 (alias LC1), "stage 3", "grade II" (PMID20871246, stop 45)
_CLASS_NUMBER_END = lazy_re.compile(
    r"\b(?:types?|grades?|stages?|class(?:es)?|groups?|phases?|levels?|scores?|zones?|degrees?)[\s-]*"
    r"(?:[0-9]{1,2}[a-z]?|[IVX]{1,4})$", re.IGNORECASE)


def _symbol_over_fuzzy(short: str, long: str, before: Mention, index: TermIndex) -> str | None:
    """The gene whose approved symbol the short form is, when the long form before it was only
    linked by the fuzzy linker to another gene and spells the symbol's letters: "DNA polymerase
    gamma (POLG)" is POLG, not the linker's PAPOLG (poly(A) polymerase gamma). Else None."""
    if before.how != "linker" or before.label != "GENE" or not long:
        return None
    own = own_entities(short, index)
    if not own or own[0] == before.entity_id or index.dictionary[own[0]].name != short:
        return None
    entity = index.dictionary[own[0]]
    ok = entity.label == "GENE" and letters_in_order(short, long, first_at_start=False)
    return own[0] if ok else None


def tail_of_a_chemical_word(short: str, long: str, before: Mention) -> bool:
    """Is the compound before the parenthesis only the last part of a one-word chemical name that
    the short form abbreviates whole? "2,3,7,8-tetrachlorodibenzo-p-dioxin (TCDD)" matched only
    "dioxin" (MeSH Dioxins), "hexachloro-1:3-butadiene (HCBD)" only "butadiene": a systematic name
    is its parent structure with substituents before it, so the parent's entity is a class of which
    the short form names one member, not the short form's meaning. Then the short form is its own
    dictionary compound, or no entity (the specific compound beats the class: a wrong class id is a
    wrong entity). Not when the part spells the short form's letters ("[3H]saxitoxin (STX)")."""
    if before.label != "COMPOUND" or not long or " " in long.strip() or not long.endswith(before.text):
        return False
    head = long[: len(long) - len(before.text)]
    return bool(head) and not letters_in_order(short, before.text, first_at_start=False, digits=False)


def _own_over_partial(short: str, long: str, before: Mention, index: TermIndex) -> str | None:
    """The short form's own dictionary entity when the mention before the parenthesis covers only
    the end of the long form and spells none of the short form's letters that the rest does:
    "macrophage colony stimulating factor (M-CSF)" matched only "colony stimulating factor" (a
    CSF2 synonym), while M-CSF is CSF1's own name. Same label required; else None."""
    if not long or len(long) <= len(before.text) or not long.endswith(before.text):
        return None
    if letters_in_order(short, before.text):
        return None
    own = next((t.entity_id for t in index.lookup(short)
                if index.dictionary[t.entity_id].label == before.label and t.entity_id != before.entity_id), None)
    return own


_CJK = lazy_re.compile(r"[\u3400-\u9fff]")
_CJK_BEFORE = lazy_re.compile(r"[\u3400-\u9fff][\-0-9]{0,3}$")  # a Chinese name ends right before "(SHORT)"
_GLUED_BEFORE_ZH = lazy_re.compile(r"[\u3400-\u9fff0-9\-]{1,12}$")


def partial_name_zh(text: str, short: str, before: Mention | None, index: TermIndex) -> str | None:
    """The gene whose approved symbol ``short`` is, when the Chinese name before its parenthesis
    was matched only in its last part and that gene's Chinese names fit the part glued before the
    match better than the matched entity's do. Else None.

    "磷酸甘油醛脱氢酶（GAPDH）" (validation ChinaXiv-201711.00762V1, -01148V1): the dictionary knows
    "醛脱氢酶" (the ALDH family) at the end of the name; "磷酸甘油" glued before it belongs to the same
    name, and its characters are in GAPDH's Chinese name (甘油醛-3-磷酸脱氢酶), none of them in
    ALDH's. The short form written as an approved symbol names its own gene, and so does the name.
    The fit is the number of distinct Chinese characters of the glued part found in a candidate's
    Chinese names; the symbol's gene needs two and more than the matched entity."""
    if before is None or before.label != "GENE" or before.start == 0:
        return None
    glued = _GLUED_BEFORE_ZH.search(text, max(0, before.start - 12), before.start)
    if glued is None or not _CJK.search(glued.group()):
        return None
    own = own_entities(short, index)
    if not own or own[0] == before.entity_id:
        return None
    entity = index.dictionary[own[0]]
    if entity.label != "GENE" or entity.name != short:
        return None
    chars = set(_CJK.findall(glued.group()))

    def fit(entity_id: str) -> int:
        e = index.dictionary[entity_id]
        return len(chars & set("".join([e.name_zh, *e.synonyms_zh])))
    mine = fit(own[0])
    return own[0] if mine >= 2 and mine > fit(before.entity_id) else None


def find_definitions(
    text: str, lang: str, mentions: list[Mention], index: TermIndex, linker: Linker | None = None
) -> list[Definition]:
    """Abbreviation definitions in one normalised paragraph."""
    found: list[Definition] = []
    candidates: list[tuple[str, str, int, int]] = []
    for m in _ZH_DEFINITION.finditer(text):
        if is_supplier(m.group("short")):
            continue  # "醛固酮(Sigma)": where the reagent came from
        prefix = text[: m.start()].rstrip()
        if m.group("long") is None and not _CJK_BEFORE.search(prefix):
            continue  # "(SHORT)" alone is a definition only right after a Chinese long name
        if m.group("long") is not None and _is_list(m.group("long")):
            continue  # "感受蛋白（PERK，ATF6,IRE1)": a list of names, not "long form, SHORT"
        if m.group("long") is not None and _names_two(m.group("long"), m.group("short"), index):
            continue  # "genes (CYP11B2, CYP11B1)": two names, the second the dictionary's own
        candidates.append((m.group("short"), m.group("long") or "", m.start(), m.end()))
    if lang == "en" and (_SHORT_IN_PARENS.search(text) or _SHORT_THEN_DETAIL.search(text)
                         or _INNER_LONG_THEN_SHORT.search(text)):  # cheap filter
        candidates.extend(_english_definitions(text))  # before a spaCy Doc is built
        candidates.extend(_after_mention_definitions(text, mentions, {c[0] for c in candidates}))
        candidates.extend(inner_long_definitions(text, {c[0] for c in candidates}))
        candidates.sort(key=lambda d: d[2])
    seen: set[str] = set()
    for short, long, pstart, pend in candidates:
        if short in seen or is_plant_family(short):  # "(Glycyrrhiza uralensis Fisch., Leguminosae)"
            continue
        seen.add(short)
        prefix_end = len(text[:pstart].rstrip())
        # "Alzheimer's disease (AD)": the plain word "disease" (Reactome's Disease, dropped later by nlp/plain_words)
        # is no long form's entity
        before = next((mm for mm in mentions if mm.end == prefix_end and mm.how != "abbreviation"
                       and not is_plain_word_pathway(text, mm)), None)
        also: tuple[str, ...] = ()
        if before is not None and _ends_a_longer_phrase(short, long, before, text[:prefix_end]):
            # "Red ginseng and Polygoni Multiflori Radix (RGPM)": both herbs
            also = coordinated_entities(short, long, prefix_end, mentions)
            before = None  # "High ASP and TG (HAT)": HAT names the phrase, not TG
        if before is not None and names_the_ligand(long, before, index):
            before = None  # "prostaglandin E2 (PGE2) receptors": PGE2 is the ligand, resolved from the long form
        entity_id = also[0] if also else _resolve(short, long, before, index, linker)
        also = also[1:]
        fragment = None
        if lang == "zh" and not long and before is not None:  # "磷酸甘油醛脱氢酶(GAPDH)": only "醛脱氢酶" matched
            symbol = partial_name_zh(text, short, before, index)
            if symbol is not None:
                entity_id, fragment = symbol, (before.start, before.end)
        if (before is None and not long and entity_id is not None and index.dictionary[entity_id].label == "GENE"
                and short.isalpha() and short.isupper()  # an acronym; "丙酮酸激酶M2 型（PKM2）": a symbol's digits,
                # "对照(B-actin)": a gene's written name glossing the word before
                and _CJK_BEFORE.search(text, 0, prefix_end) and not names_a_gene_zh(text[:prefix_end])):
            entity_id = None  # "听性脑干反应(ABR)": the short form of a name that is no gene
        renamed = None
        if (before is not None and entity_id is not None and entity_id != before.entity_id
                and member_of_named_family(entity_id, before.entity_id, partial(parents_of, index))):
            renamed = (before.start, before.end)  # "上皮型钙黏蛋白(E-cadherin)": the name is the member's
        found.append(Definition(short, long, entity_id, pstart, pend, fragment, renamed, also))
    return found


# the head nouns that end a Chinese gene or protein name, before its number ("骨形态发生蛋白-2", "血红素加氧酶-1",
# "核因子κB受体活化因子配体", "骨保护素", "降钙素基因相关肽", "Ⅰ型胶原", "溶质载体家族7成员11", "铁蛋白重链")
_ZH_GENE_HEAD = lazy_re.compile(
    r"(?:蛋白|蛋白质|酶|因子|分子|受体|配体|转运体|转运子|载体|复合体|复合物|素|肽|原|链|成员|家族|基因|亚基|亚单位|"
    r"通道|泵|抗原|抗体|同源物|调节子|抑制物|激活物|凝集素|整合素|癌基因)"
    r"[\-0-9A-Za-zα-ωⅠ-Ⅻ\s]{0,6}(?:型|亚型|亚基|同工酶|异构体|样)?[\-0-9]{0,3}$")


def names_a_gene_zh(prefix: str) -> bool:
    """Does the Chinese name that ends ``prefix`` (the text before "(SHORT)") end in the head noun of a
    gene or protein name?

    "骨形态发生蛋白-2 (BMP-2)" defines BMP-2 by a protein's name the dictionary may lack, so the short
    form's own gene is meant. A name with any other head defines the short form as something else, as
    Schwartz & Hearst's long form does in English ("auditory brainstem response (ABR)" is resolved so
    already): "听性脑干反应(ABR)" (a hearing test; validation ChinaXiv-201712.00990V1), "伊红美蓝(EMB)" (a
    culture medium; ChinaXiv-201711.01148V1), "增强化学发光系统(ECL)" (ChinaXiv-201712.01073V1), "无特定病原体
    (SPF)级大鼠" (ChinaXiv-201711.00864V1) name no gene, whatever gene alias the letters spell. A type or
    subunit word after the head and its letters keeps the gene: "丙酮酸激酶M2 型（PKM2）" (validation
    ChinaXiv-201811.00118V1). The caller reads only all-capital short forms of letters: symbols hold digits
    and written names lower case ("对照(B-actin)", validation ChinaXiv-201712.01000V1, glosses the word
    before), the acronyms of tests, media and reagents do not."""
    return _ZH_GENE_HEAD.search(prefix.rstrip()) is not None


def names_the_ligand(long: str, before: Mention, index: TermIndex) -> bool:
    """Is the long form before "(SHORT)" a compound that a receptor's name only borrows?

    "prostaglandin D2 (PGD2) and prostaglandin E2 (PGE2) receptors" (PMID16322797),
    "N-methyl-D-aspartate (NMDA) receptor": nlp/receptor_names.py reads the ligand with the
    bracket and "receptor(s)" as one receptor name, so the mention ending at the parenthesis is
    the receptor. The short form inside the bracket abbreviates the long form, not the receptor
    (Schwartz & Hearst: the long form is what precedes the parenthesis): when the long form alone
    is a compound of the dictionary, the short form is that compound ("release of PGE2 and PGD2"
    later in the paper is the prostaglandin). A long form that is itself a gene or peptide
    ("neurokinin 1 (NK1) receptor") keeps the receptor reading."""
    if before.how != RECEPTOR_NAME or before.label != "GENE" or not long:
        return False
    found = index.match(long, lambda _pos: frozenset(range(len(long) + 1)))
    whole = [m for m in found if m.start == 0 and m.end == len(long)]
    return bool(whole) and all(m.label == "COMPOUND" for m in whole)


def _ends_a_longer_phrase(short: str, long: str, before: Mention, prefix: str) -> bool:
    """The English long form ends right at the parenthesis, coordinates words before the
    mention that ends it (and/or/vs, a comma), and the mention's text does not hold the short
    form's letters in order: the short form abbreviates the whole phrase (Schwartz & Hearst's
    long form), so the last word's entity is not its meaning (``High ASP and TG (HAT)``). A
    modifier before a head keeps the head's entity (``des-gamma-carboxy prothrombin (DCP)``), and
    so does a lower-case synonym in the parenthesis (``mycophenolate mofetil and sirolimus
    (rapamycin)``, BC5CDR)."""
    head = long[: len(long) - len(before.text)] if long.endswith(before.text) else ""
    return (
        bool(head)
        and any(c.isupper() for c in short)  # "sirolimus (rapamycin)": a synonym, not a short form
        and prefix.endswith(long)
        and _COORDINATION.search(head) is not None
        and not letters_in_order(short, before.text, first_at_start=False)
    )


# the words that join the names of a combination: "A and B", "A + B", "A & B", "A plus B", "A, B and C"
_COMBINING = lazy_re.compile(r"\s*(?:,\s*)?(?:and|plus|\+|&|with)?\s*|\s*,\s*")
_COMBINED_LABELS = frozenset({"HERB", "COMPOUND"})


def coordinated_entities(short: str, long: str, long_end: int, mentions: list[Mention]) -> tuple[str, ...]:
    """The entities of a short form whose long form coordinates two or more herbs or compounds and
    nothing else ("Red ginseng and Polygoni Multiflori Radix (RGPM)", validation_en PMID26961224: a
    two-herb combination given as one treatment), each name holding some of the short form's letters
    and none all of them; () otherwise. Schwartz & Hearst's long form is the whole coordination, so the
    short form names the combination: a use of it names each part, as "A and B" would."""
    start = long_end - len(long)
    inside = sorted((m for m in mentions if start <= m.start and m.end <= long_end and m.how != "abbreviation"),
                    key=lambda m: m.start)
    if len(inside) < 2 or inside[0].start != start or inside[-1].end != long_end:
        return ()
    if any(m.label not in _COMBINED_LABELS or m.label != inside[0].label for m in inside):
        return ()
    text = {m.start: m.text for m in inside}
    gaps = [long[a.end - start:b.start - start] for a, b in zip(inside, inside[1:])]
    if any(b.start < a.end or not _COMBINING.fullmatch(g) or not g.strip() for a, b, g in zip(inside, inside[1:], gaps)):
        return ()
    if not letters_in_order(short, long) or any(letters_in_order(short, t, first_at_start=False) for t in text.values()):
        return ()
    ids = tuple(dict.fromkeys(m.entity_id for m in inside))
    return ids if len(ids) >= 2 else ()


_COORDINATION = lazy_re.compile(r"\s(?:and|or|vs\.?|versus)\s|,\s")


def letters_in_order(short: str, long: str, *, first_at_start: bool = True, digits: bool = True) -> bool:
    """Schwartz & Hearst (PSB 2003): the short form's letters occur in the long form in order,
    the first one starting the long form (``first_at_start``) or else any word of it.
    ``digits``: the short form's digits count as letters (a code's digits need not)."""
    letters = [c.lower() for c in short if (c.isalnum() if digits else c.isalpha())]
    low = long.lower()
    if not letters:
        return False
    if first_at_start:
        if letters[0] != low[:1]:
            return False
        pos = 1
    else:
        first = re.search(r"(?<![a-z])" + re.escape(letters[0]), low)
        if first is None:
            return False
        pos = first.end()
    for c in letters[1:]:
        pos = low.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


# locants and stereo descriptors that open a chemical name: "2,4,6-", "1-", "N-", "(S)-", "L-"
_LOCANTS = lazy_re.compile(r"^(?:(?:\d+[a-z]?(?:,\d+[a-z]?)*|[NOS]\d?|[DL]|\([RSEZ+\-]\))-)+")


def letters_after_locants(short: str, long: str) -> bool:
    """``letters_in_order``, the first letter starting the long form or the long form after its
    opening locants: "2,4,6-trinitrobenzene sulfonic acid (TNBS)" (PMID24009834),
    "1-methyl-4-phenyl-1,2,3,6-tetrahydropyridine (MPTP)" — short forms of chemical names leave
    the locants out."""
    if letters_in_order(short, long):
        return True
    locants = _LOCANTS.match(long)
    return bool(locants) and letters_in_order(short, long[locants.end():])


def _after_mention_definitions(
    text: str, mentions: list[Mention], known: set[str]
) -> list[tuple[str, str, int, int]]:
    """``name (SHORT)`` right after a dictionary mention that the short form abbreviates: the
    definitions scispacy's detector misses when the parenthesis is glued to a word
    ("cyclophosphamide (CYP)-induced cystitis") or holds a detail after the short form ("rutin (RUT,
    30 mg/kg)": Schwartz & Hearst read only a parenthesis that is the short form alone)."""
    ends = {m.end: m for m in mentions if m.how != "abbreviation"}
    out = []
    hits = [(h, h.group().strip("() "), False) for h in _SHORT_IN_PARENS.finditer(text)]
    hits += [(h, h.group(1), True) for h in _SHORT_THEN_DETAIL.finditer(text)]
    for hit, short, detail in sorted(hits, key=lambda h: h[0].start()):
        before = ends.get(len(text[: hit.start()].rstrip()))
        if before is None or short in known:
            continue
        if letters_after_locants(short, before.text) or drug_short_form(short, before):
            out.append((short, before.text, hit.start(), hit.end()))
        elif detail and before.label in ("HERB", "COMPOUND"):
            long = modified_long_form(short, text[: before.start], before.text)
            if long is not None:  # "sun ginseng (SG, heat-processed Panax ginseng …)"
                out.append((short, long, hit.start(), hit.end()))
    return out


def modified_long_form(short: str, before: str, name: str) -> str | None:
    """The long form a short form with a detail abbreviates when its letters start on a word before the herb or
    compound ``name`` that ends the long form: "sun ginseng (SG, heat-processed Panax ginseng C. A. MEYER at 120
    degrees C)" (validation38_en PMID16880625: every later "SG" was lost). Schwartz & Hearst (PSB 2003) read the
    short form as the part of the parenthesis before its first ", " or "; " and take the shortest long form of at
    most min(|A| + 5, 2|A|) words before it whose words' letters spell it, the first letter starting a word; here
    the long form must also end with the name (its head), and the words before the name may only be lower-case
    modifiers ("sun", "red", "aged", "heat-processed"), none of them a function word of a clause."""
    if not any(c.isupper() for c in short) or len(short) < 2:
        return None
    words = before.split()
    limit = min(len(short) + 5, 2 * len(short)) - len(name.split())
    for k in range(1, max(0, limit) + 1):
        if k > len(words):
            break
        modifiers = words[-k:]
        if not all(_MODIFIER.fullmatch(w) for w in modifiers):
            break
        long = " ".join([*modifiers, name])
        if letters_in_order(short, long) and not letters_in_order(short, name):
            return long
    return None


# a lower-case modifier word of a name ("sun", "heat-processed"), not a clause's function word
_MODIFIER = lazy_re.compile(r"(?!(?:the|of|and|or|with|by|from|in|on|to|a|an|for|as|at|that|which|was|were|is|are)\b)"
                            r"[a-z][a-z\-]*")


# "name (SYNONYM; SHORT)": a parenthesis that gives another name, then the short form of that name
# after a comma or semicolon: "zidovudine (3'-azido-2',3'-deoxythymidine; AZT)" (BioRED PMID17943461),
# "mitogen (phytohemagglutinin, PHA)", "(house dust mite Dermatophagoides pteronyssinus 1, Derp1)"
# (BioRED PMID22303482), "kinase (DM protein kinase; DMPK)". Schwartz & Hearst read only the first part
# of such a parenthesis, which is no short form here.
_INNER_LONG_THEN_SHORT = lazy_re.compile(
    r"\(\s*([^()]{3,80}?)\s*[,;]\s*([A-Za-z][A-Za-z0-9\-]{1,9})\s*\)")


def inner_long_definitions(text: str, known: set[str]) -> list[tuple[str, str, int, int]]:
    """(short, long, start, end) for each "(LONG, SHORT)" / "(LONG; SHORT)" whose short form holds a
    capital and spells, letter by letter, the last name of the parenthesis before it
    (``letters_in_order``, Schwartz & Hearst's test; after a systematic name's locants,
    ``letters_after_locants``); ``known``: short forms defined already."""
    out = []
    for hit in _INNER_LONG_THEN_SHORT.finditer(text):
        long = re.split(r"[,;]\s+", hit.group(1))[-1].strip()  # not the comma of "2',3'-"
        short = hit.group(2)
        if short in known or not any(c.isupper() for c in short) or len(long) <= len(short) + 1:
            continue
        if letters_in_order(short, long) or letters_after_locants(short, long.replace("'", "")):  # 3'-azido
            out.append((short, long, hit.start(), hit.end()))
    return out


# "rutin (RUT, 30 mg/kg)", "selenium (Se, 0.15 ppm)" (validation PMID23424207): the short form, then the
# dose or another detail after a comma or semicolon; only read right after the mention it abbreviates
_SHORT_THEN_DETAIL = lazy_re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-]{0,11})\s*[,;]\s*[^()]{1,60}\)")


# a drug's customary short form, often from a brand or an old name, so its letters need not occur in
# the drug's name: "cyclophosphamide (CTX)" (Cytoxan), "aspirin (ASA)" (acetylsalicylic acid)
_DRUG_SHORT = lazy_re.compile(r"[A-Z][A-Z0-9]{1,5}")


def drug_short_form(short: str, before: Mention) -> bool:
    """Is ``short``, in parentheses right after the COMPOUND mention ``before``, the paper's short
    form of that drug although Schwartz & Hearst's letter test fails ("cyclophosphamide (CTX)")?
    An all-capital token of 2-6 characters that starts with the drug name's first letter: the
    parenthesis right after a drug's name is its definition (the same position the letter test
    reads), and the first letter keeps out what else stands there (a supplier, a dose unit)."""
    name = before.text.strip()
    return (before.label == "COMPOUND" and _DRUG_SHORT.fullmatch(short) is not None and bool(name)
            and short[0].lower() == name[0].lower())


# a participle or adjective that makes a modifier of what it follows ("(CAB)-induced anemia",
# "(CTX)-induced injury"); not the words that go on naming something ("(NF)-kappaB", "(TGF)-beta1",
# "(NIMA)-related kinase", "(CREB)-binding protein", "(CaM)-dependent protein kinase", "(MHC)-restricted",
# "(RT)-PCR")
_GLUED_AFTER_PARENTHESIS = lazy_re.compile(
    r"(?<=[A-Za-z0-9]\))-(?=(?:induced|mediated|treated|stimulated|exposed|challenged|injected|"
    r"deficient|loaded|fed)\b)")


def unglue_parentheses(text: str) -> str:
    """The text with a hyphen glued after a closing parenthesis, before a participle that makes a
    modifier ("-induced", "-treated", ``_GLUED_AFTER_PARENTHESIS``), turned into a space (same
    length, so offsets hold): "combined androgen blockade (CAB)-induced anemia" (PMID12820454).
    scispacy's tokenizer keeps "(CAB)-induced" as one token, so Schwartz & Hearst's detector never
    sees the parenthesised short form and the paper's own definition is lost (CAB stayed NPDC1's
    alias). Hyphens that continue a name ("nuclear factor (NF)-kappaB") stay: the short form
    there is part of a longer name, no definition of its own."""
    return _GLUED_AFTER_PARENTHESIS.sub(" ", text) if ")-" in text else text


# a short form with a bracketed suffix of its own, inside the defining parenthesis: an oxidation state
# ("Arsenic (As(III))", "hexavalent chromium (Cr(VI))": IUPAC's Stock notation) or a subscript written
# in brackets ("prostaglandin D(2) (PGD(2))")
_INNER_SUFFIX = lazy_re.compile(r"\(\s*[A-Za-z][A-Za-z0-9\-]{0,8}(\((?:[IVX]{1,4}|\d{1,2})[+\-]?\))\s*\)")


def mask_inner_suffixes(text: str) -> tuple[str, dict[int, int]]:
    """The text with the bracketed suffix of a parenthesised short form (``_INNER_SUFFIX``) cut off,
    the parenthesis closed after the symbol and blanks after it (same length, so offsets hold):
    "Arsenic (As)      exposure"; and, for each parenthesis so closed, the offset of its new ")" ->
    the offset of the original one. Schwartz & Hearst's letters are matched against the long form,
    and an oxidation state's numeral is no letter of "Arsenic"; scispacy's tokenizer also splits
    "As(III" from its ")", so the parenthesis held no short form it accepts. The element symbol alone
    spells the name (validation_en PMID23152186: every later "As(III)" stayed unread and the paper's
    arsenic lost its partners)."""
    closes: dict[int, int] = {}
    if "(" not in text:
        return text, closes

    def cut(m: re.Match) -> str:
        inner0 = m.start(1) - m.start()
        whole = m.group(0)
        closes[m.start() + inner0] = m.end() - 1
        return whole[:inner0] + ")" + " " * (len(whole) - inner0 - 1)

    return _INNER_SUFFIX.sub(cut, text), closes


def _english_definitions(text: str) -> list[tuple[str, str, int, int]]:
    masked, closes = mask_inner_suffixes(unglue_parentheses(text))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W036: scispacy's global matcher has no patterns
        doc = _abbreviation_nlp()(masked)
    out = set()
    for short in doc._.abbreviations:  # every use of a short form, in no fixed order
        long = short._.long_form
        paren_start = masked.rfind("(", 0, short.start_char + 1)
        paren_end = masked.find(")", short.end_char - 1)
        if paren_start < 0 or paren_end < 0 or long.end_char > paren_start + 1:
            continue  # only "long form (SHORT)", the pattern that defines SHORT
        if masked[paren_start + 1:short.start_char].strip() or masked[short.end_char:paren_end].strip():
            continue  # a later use ("BA (10 mg/kg)"), not the parenthesis that defines it
        if paren_end in closes:  # "As(III)": the suffix cut for the detector is part of the short form
            paren_end = closes[paren_end]
            written = text[short.start_char:paren_end].rstrip()
        else:
            written = short.text
        out.add((written, long.text, paren_start, paren_end + 1))
    return sorted(out, key=lambda d: (d[2], d[0]))  # text order: the first definition wins


@lru_cache(maxsize=1)
def _abbreviation_nlp():
    """spaCy's blank English with scispacy's tokenizer, a sentencizer and Schwartz & Hearst's
    detector. One blank pipeline, its own tokenizer: it took ``en_pipeline``'s tokenizer into a
    second ``spacy.blank("en")``, which built a Language (~0.16-0.3 CPU-s) a batch never used
    otherwise (``en_pipeline`` serves only runs that make spaCy Docs); every batch with 2
    workers builds this before forking them, on its critical path (issue 17)."""
    from scispacy.abbreviation import AbbreviationDetector  # noqa: F401  (registers the factory)

    from pipeline.nlp.pipelines import blank_pipeline

    nlp = blank_pipeline("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("abbreviation_detector")
    return nlp


_WORD_PREFIX = lazy_re.compile(r"^(?:post|pre|anti|non|pro|co|re|de|over|under)-", re.IGNORECASE)


def prefixed_short(written: str, definitions) -> str | None:
    """The defined short form a mention spells after a word prefix and a hyphen ("post-CAB",
    "anti-TRAP"), else None: the prefix modifies the defined term, which keeps its definition
    (PMID12820454: "6 months post-CAB" stayed NPDC1 after CAB was defined as combined androgen
    blockade)."""
    found = _WORD_PREFIX.match(written)
    return written[found.end():] if found and written[found.end():] in definitions else None


def apply_definitions(
    paragraph_mentions: dict[int, list[Mention]],
    paragraph_texts: dict[int, str],
    definitions: dict[str, Definition],
    label_of,
) -> None:
    """Relink, drop or add mentions of defined short forms, document-wide (in place)."""
    if not definitions:
        return
    pattern = re.compile(
        r"(?<![A-Za-z0-9])(" + "|".join(re.escape(s) for s in sorted(definitions, key=len, reverse=True)) + r")s?(?![A-Za-z0-9])"
    )
    for pid, text in paragraph_texts.items():
        mentions = paragraph_mentions.setdefault(pid, [])
        kept: list[Mention] = []
        for m in mentions:
            plural = m.text.endswith("s") and m.text[:-1] in definitions
            short = m.text if m.text in definitions else (m.text[:-1] if plural else prefixed_short(m.text, definitions))
            if short is None:
                kept.append(m)
                continue
            definition = definitions[short]
            if m.how == RECEPTOR_NAME:
                kept.append(m)  # "neurokinin 1 (NK1) receptor": the bracket is inside the receptor's name
                continue
            if definition.entity_id is None:
                continue
            if m.how == "dictionary" and m.entity_id == definition.entity_id:
                kept.append(m)  # 波形纤维蛋白(vimentin): the name was already right; it stays a name
                continue
            kept.append(Mention(m.start, m.end, definition.entity_id, label_of(definition.entity_id), "abbreviation", m.text))
            kept += [Mention(m.start, m.end, e, label_of(e), "abbreviation", m.text) for e in definition.also]
        for hit in pattern.finditer(text):
            short = hit.group(1)
            definition = definitions[short]
            if definition.entity_id is None:
                continue
            overlapping = [k for k in kept if k.start < hit.end() and hit.start() < k.end]
            if any(not (hit.start() <= k.start and k.end <= hit.end()) or k.end - k.start == hit.end() - hit.start()
                   or k.how == "abbreviation" for k in overlapping):
                continue  # a mention of the whole short form, or one reaching outside it, stays
            if overlapping:  # "D-GalN" defined as D-galactosamine: the dictionary's GalN (galanin) inside it goes
                kept = [k for k in kept if k not in overlapping]
            kept += [Mention(hit.start(), hit.end(), e, label_of(e), "abbreviation", hit.group(0))
                     for e in (definition.entity_id, *definition.also)]
        kept.sort(key=lambda m: (m.start, -m.end))
        paragraph_mentions[pid] = kept
