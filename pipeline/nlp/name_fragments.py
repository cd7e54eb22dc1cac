"""A compound name matched inside a longer systematic name is not that compound.

IUPAC substitutive nomenclature (IUPAC Blue Book 2013, P-1.3: "substituent prefix names + parent
hydride") writes a compound as its substituents glued with hyphens and locants before the name of
its parent structure: "2,3,7,8-tetrachlorodibenzo-p-dioxin" is dioxin with two benzo rings and four
chlorines, "4',6-diamidino-2-phenylindole" (DAPI) is an indole, "1-methyl-4-phenyl-1,2,3,6-
tetrahydropyridine" (MPTP) a tetrahydropyridine. The dictionary knows the parents (Dioxins,
2-phenylindole, 1,2,3,6-tetrahydropyridine) and finds them at the end of the word, but the word
names another compound: the parent is a class of it, and its mention is wrong (BC5CDR and BioRED
annotate the whole name; 16 of 18 such mentions on their train+dev splits were false positives).

A COMPOUND mention is such a fragment when the text glued before it (no space) ends in a
substituent prefix and a hyphen, with an optional locant ("…dibenzo-p-", "…diamidino-2-",
"…methyl-4-phenyl-1,2,3,6-"): a prefix of three or more letters ending in -o (chloro, amino,
dibenzo, nitro), -yl (methyl, phenyl) or -oxy (methoxy). A prefix that is itself a mention ("fentanyl-
dexamethasone": two drugs joined by a hyphen) is no substituent.

Chinese systematic and semi-systematic names are built the same way, with the substituent prefix
glued before the parent's name and no hyphen (CNCCS 2017 《有机化合物命名原则》: 取代基前缀 + 母体名):
"羟化氯喹" (hydroxychloroquine; validation ChinaXiv-201811.00118V1 read it as chloroquine, an autophagy
inhibitor), "1-甲基组氨酸" (1-methylhistidine; ChinaXiv-201711.01551V1 read histidine), and so
"二氢青蒿素", "7-羟基香豆素", "乙酰水杨酸", "脱氧鬼臼毒素", "异甘草酸镁". When the dictionary knows the
derivative the longer match has already won (羟氯喹, N-乙酰半胱氨酸, 二氢杨梅素, 去甲肾上腺素); a Chinese
COMPOUND mention left with such a prefix glued before it is the parent of an unknown derivative
(is_name_fragment_zh). Salt words before a drug (硫酸庆大霉素, 盐酸…) name the same drug and are no
substituent; neither is a locant alone ("5-氟尿嘧啶") or a word ending in 异 (差异, 特异, 变异).

The same holds for a gene symbol matched inside such a name: a locant glued to a parent or
unsaturation syllable looks like a numbered symbol ("3-methyl-1-phenyl-2-(phenylseleno)oct-2-en-1-one":
"oct-2" read as OCT2, "en-1" as EN1, validation38_en PMID23536521; "N10-propargyl-5,8-dideazafolic
acid": N10, BC5CDR train PMID3431591; "(RS)-1-aminoindan-1,5-dicarboxylic acid": "RS)-1", BC5CDR
train PMID12231232). A GENE mention glued by a hyphen or a bracket inside a longer word that
is itself a systematic name with a locant (``systematic_names.systematic_name``: a nomenclature
ending; "phospho-cofilin", "phospho-histone" have none and stay genes) is dropped. Pure functions.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.nlp.systematic_names import LOCANT, systematic_name

# substituent prefix + hyphen + optional locant ("2-", "4'-", "1,2,3,6-", "p-", "N-", "L-") at the end
_SUBSTITUENT_BEFORE = lazy_re.compile(
    r"(?<![A-Za-z])(?P<prefix>[A-Za-z]*[a-z]{2}(?:o|yl|oxy))-(?:(?:\d+[a-z]?'?(?:,\d+[a-z]?'?)*|[NOSpmo]|[DL])-)?$"
)


# combining forms of ordinary words that also end in -o ("nano-curcumin", "radio-iodine", "pro-drug"):
# a formulation or a use of the compound, not a substituent
_COMBINING_FORMS = frozenset("""pro macro micro nano neuro hepato cardio nephro immuno radio photo electro
    thermo cyto geno auto retro poly mono homo hetero iso neo pseudo ortho para meta""".split())


# Chinese substituent prefixes glued before a parent name: hydroxy, methoxy/ethoxy, an alkyl or aryl group (甲基 methyl,
# 乙基, 丙基, 丁基 — also 异丁基, isobutyl, in 甲基异丁基黄嘌呤 (IBMX; a dev-sample adipogenesis medium read
# xanthine) —, 苯基 phenyl, 苄基 benzyl), acetyl,
# deoxy, dihydro/tetrahydro/hexahydro, nor (去甲), dehydro (去氢/脱氢), iso (异; not the end of 差异, 特异 …), nitro,
# amino, a counted or substituted halogen (二氯, 氯代), conjugated (共轭); optional locants before them are part of the name
_SUBSTITUENT_BEFORE_ZH = lazy_re.compile(
    r"(?:羟基?|羟化|甲氧基|[甲乙丙丁戊己庚辛苯苄]基|乙氧基|乙酰基?|脱氧|[二四六]氢|去甲基?|去氢|脱氢|(?<![差特变优奇怪诧迥各])异"
    r"|硝基|氨基|[二三四五六][氯溴氟碘]|[氯溴氟碘]代"
    # conjugated (共轭亚油酸, conjugated linoleic acid: validation39_zh ChinaXiv-201711.00916V1 and an animal-nutrition
    # paper of the stop-40 pool read linoleic acid; 共轭雌激素, conjugated estrogens, is a drug of its own)
    r"|共轭)$")
_HAN_START = lazy_re.compile(r"[\u4e00-\u9fff]")


def is_name_fragment_zh(text: str, start: int) -> bool:
    """Is a Chinese compound name starting at ``start`` glued to a substituent prefix before it, so
    that the name is the parent of another compound (module docstring)?"""
    return (start > 0 and _HAN_START.match(text, start) is not None
            and _SUBSTITUENT_BEFORE_ZH.search(text, max(0, start - 4), start) is not None)


def is_name_fragment(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Is the COMPOUND mention ``m`` the parent-structure end of a longer systematic name?"""
    if m.label != "COMPOUND" or m.start == 0 or text[m.start - 1] != "-":
        return False
    before = _SUBSTITUENT_BEFORE.search(text, max(0, m.start - 60), m.start)
    if before is None or before.group("prefix").lower() in _COMBINING_FORMS:
        return False
    p0, p1 = before.span("prefix")
    return not any(o is not m and o.start < p1 and p0 < o.end for o in mentions)


# the word around a mention: no spaces; a following "acid"/"ester" belongs to the name
_WORD_CHARS = lazy_re.compile(r"[^\s]*")
_NAME_TAIL = lazy_re.compile(r"\s+(?:acid|ester|anhydride)\b")


def is_gene_in_systematic_name(text: str, m: Mention) -> bool:
    """Is the GENE mention ``m`` glued (a hyphen or bracket at its side) inside a longer word that is a
    systematic chemical name ("oct-2" in "…(phenylseleno)oct-2-en-1-one")?"""
    if m.label != "GENE":
        return False
    before = text[m.start - 1] if m.start > 0 else " "
    after = text[m.end] if m.end < len(text) else " "
    if not (before in "-()[]" or after == "-"):
        return False
    start = m.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = _WORD_CHARS.match(text, m.end).end()
    word = text[start:end].rstrip(".,;:")
    if len(word) <= m.end - m.start + 2:
        return False
    tail = _NAME_TAIL.match(text, end)
    # a locant is required: "phospho-histone", "phospho-cofilin" are a modified protein, not a systematic name
    return LOCANT.search(word) is not None and systematic_name(word + (tail.group(0) if tail else ""))


def drop_name_fragments(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the compound mentions that end a longer systematic name and the gene
    mentions glued inside one."""
    kept = [m for m in mentions if not (m.label == "COMPOUND" and is_name_fragment_zh(text, m.start))]
    if "-" in text:
        kept = [m for m in kept if not is_name_fragment(text, m, kept) and not is_gene_in_systematic_name(text, m)]
    return kept if len(kept) < len(mentions) else mentions
