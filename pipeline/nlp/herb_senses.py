"""Medicinal-material names read in another sense: an organ of the body or a reagent's source.

Some medicinal materials are named after what they look like or come from, and biomedical papers
use the same words in their ordinary sense:

* **Anatomy.** 海马 (sea-horse, Hippocampus) is also the brain region, 橄榄核 (olive stone) the
  olivary nucleus, and 杏仁 / 扁桃 / 豌豆 the stems of 杏仁核 (amygdala), 扁桃体 (tonsil), 豌豆骨
  (pisiform bone). ``ANATOMY_HOMONYMS`` holds the herb Chinese names of dictionaries/herbs.tsv that
  are, or start, a term of the Chinese anatomy lexicon (rime_clinic cn_anatomy, one of the
  project's source lexicons: 6,264 terms; overlap computed once, 2026-12-04). "糖尿病大鼠海马DKK-1表达", "海马
  组织", "海马CA1区", "下丘脑、海马和垂体" name the brain region, not the drug. The sense is read from
  the construction around the word (``is_anatomical``): a part or tissue noun after it (组织, 区,
  神经元, CA1, 齿状回, 切片, 体积, 匀浆 …), an animal, patient or side before it (大鼠海马, 患者海马,
  双侧海马), or an organ it is listed with (下丘脑、海马). A preparation word after it (海马提取物,
  海马粉, 海马多肽) or a herb listed next to it keeps the drug (``is_drug_use``).
  A paper keeps one sense for a word (one sense per discourse: Gale, Church & Yarowsky 1992), so
  when a document reads a homonym anatomically at least ``MIN_ANATOMICAL`` times and never as a
  drug, every mention of it in the document goes ("，海马中β-catenin …", "下调海马DKK-1的表达",
  "新鲜海马称重": no cue of their own).
* **Reagent sources.** The host animal of an antibody and the plant of an enzyme are named before
  them: 山羊抗兔IgG (goat anti-rabbit IgG), 辣根过氧化物酶 (horseradish peroxidase, HRP), "horseradish
  peroxidase", 山羊血清 (goat serum, where 山羊血 is a herb name that cuts the word 血清). The
  construction (organism + 抗 + species, organism + peroxidase, a herb name cutting 血清) names a
  reagent, for any herb name (``is_reagent_source``).

Such herb mentions are dropped: an organ and a reagent's source are no entities (GUIDELINES 1).
Pure functions over one paragraph's text and mentions; the document-level decision is
``anatomical_names`` over all paragraphs' texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.nlp.matcher import Mention

# herb names (HERB Chinese names) that are, or begin, a Chinese anatomical term (module docstring)
ANATOMY_HOMONYMS = frozenset({"海马", "橄榄", "橄榄核", "杏仁", "扁桃", "豌豆"})
MIN_ANATOMICAL = 2

# a part, tissue, region or preparation of an organ after the word (海马组织, 海马 CA1区, 海马齿状回,
# 海马神经元, 海马切片, 海马体积, 海马匀浆, 海马结构, 杏仁核, 扁桃体, 橄榄核 as a nucleus, 豌豆骨); PDF
# text puts spaces inside words ("海马组 织")
_PART_AFTER = re.compile(
    r"\s?(?:的\s?)?(?:组\s?织|区|部位|结构|神经元|神经细胞|细胞|切片|脑片|体积|匀浆|齿状回|旁回|回|伞|沟|"
    r"CA\s?[1-4]|DG|锥体|突触|星形胶质|小胶质|核|体|骨)"
)
# an animal, a patient or a side whose organ it is (糖尿病大鼠海马, 患者海马, 双侧海马, 左侧杏仁核)
_OWNER_BEFORE = re.compile(r"(?:鼠|患者|病人|动物|受试者|猴|兔|犬|猪|侧|全脑|脑内|脑|人)\s?$")
# an organ or body fluid it is listed with (下丘脑、海马和垂体; 海马、血清中; 皮层和海马)
_ORGAN = r"(?:丘脑|皮层|皮质|垂体|纹状体|小脑|脑干|脊髓|血清|血浆|脑组织|杏仁核|海马|黑质|前额叶)"
_LIST = r"\s?[、和及与,，/]\s?"
_ORGAN_BEFORE = re.compile(_ORGAN + _LIST + r"$")
_ORGAN_AFTER = re.compile(_LIST + _ORGAN)
# a preparation of the drug after it (海马提取物, 海马多肽, 海马粉, 海马酒, 海马胶囊)
_PREPARATION_AFTER = re.compile(
    r"(?:总|水|醇)?(?:提取物|提取液|多肽|肽|蛋白粉|粉|酒|汤|丸|散|胶囊|颗粒|片|注射液|饮片|药材|炮制)"
)
_LIST_SEPARATORS = frozenset("、，,；; ")


def _herb(m: Mention) -> bool:
    return m.label == "HERB" and not m.entity_id.startswith("FML:")


def is_anatomical(text: str, start: int, end: int) -> bool:
    """text[start:end] (an ANATOMY_HOMONYMS word) read as an organ by its construction: a part
    noun after it, an animal, patient or side before it, or an organ listed next to it."""
    return bool(_PART_AFTER.match(text, end) or _OWNER_BEFORE.search(text, max(0, start - 4), start)
                or _ORGAN_BEFORE.search(text, max(0, start - 6), start) or _ORGAN_AFTER.match(text, end))


def is_drug_use(text: str, start: int, end: int, herb_edges: Iterable[tuple[int, int]] = ()) -> bool:
    """text[start:end] read as the drug: a preparation word after it, or another herb mention
    (``herb_edges``) touching it or one list separator away (海马、鹿茸、淫羊藿)."""
    if _PREPARATION_AFTER.match(text, end):
        return True
    for a, b in herb_edges:
        if (a, b) == (start, end):
            continue
        if b == start or a == end:
            return True
        if b == start - 1 and text[b] in _LIST_SEPARATORS or a == end + 1 and text[end] in _LIST_SEPARATORS:
            return True
    return False


def anatomical_names(texts: Iterable[str], names: frozenset[str] = ANATOMY_HOMONYMS,
                     min_count: int = MIN_ANATOMICAL) -> frozenset[str]:
    """The homonyms a document reads as organs throughout: at least ``min_count`` anatomical
    constructions and no preparation word after any use (one sense per discourse)."""
    anatomical: dict[str, int] = {}
    drug: set[str] = set()
    longer = {name: [n for n in names if n != name and n.startswith(name)] for name in names}
    for text in texts:
        for name in names:
            for found in re.finditer(name, text):
                a, b = found.span()
                if any(text.startswith(n, a) for n in longer[name]):
                    continue  # 橄榄 of 橄榄核: the longer name is counted on its own
                if _PREPARATION_AFTER.match(text, b):
                    drug.add(name)
                elif is_anatomical(text, a, b):
                    anatomical[name] = anatomical.get(name, 0) + 1
    return frozenset(n for n, k in anatomical.items() if k >= min_count and n not in drug)


# the host animal of an antibody (山羊抗兔, 驴抗山羊, "goat anti-rabbit") and the plant of an enzyme
# (辣根过氧化物酶, "horseradish peroxidase")
# (山羊抗兔IgG, 山羊抗兔的二抗; not 雷公藤抗小鼠免疫性炎症, the herb against an inflammation)
_SPECIES = r"(?:兔|鼠|小鼠|大鼠|人|山羊|羊|驴|鸡|马|豚鼠|仓鼠)"
_SPECIES_EN = r"(?:rabbit|mouse|rat|human|goat|sheep|donkey|chicken|horse|guinea pig|hamster)"
_ANTIBODY = r"(?:Ig[GMAEY]|二抗|一抗|抗体|多抗|单抗|多克隆|单克隆|HRP|FITC|Alexa|Cy[35]|荧光|免疫球蛋白)"
_REAGENT_AFTER = re.compile(
    rf"\s?(?:抗{_SPECIES}(?:的)?\s?{_ANTIBODY}|过氧化物酶|[\s-]?(?:peroxidase\b|anti-{_SPECIES_EN}\b))",
    re.IGNORECASE)


def is_reagent_source(text: str, m: Mention) -> bool:
    """A herb name naming a reagent's source organism: an antibody's host (山羊抗兔IgG), an
    enzyme's plant (辣根过氧化物酶, horseradish peroxidase), or a name cutting the word 血清
    (山羊血|清: goat serum)."""
    return bool(_REAGENT_AFTER.match(text, m.end)) or (m.text.endswith("血") and text[m.end:m.end + 1] == "清")


def drop_other_senses(text: str, mentions: list[Mention], anatomical: frozenset[str] = frozenset(),
                      names: frozenset[str] = ANATOMY_HOMONYMS) -> list[Mention]:
    """The paragraph's mentions without herb mentions read as an organ or a reagent's source: a
    homonym of ``anatomical`` (the document's organs, ``anatomical_names``) unless used as the drug
    here, any other homonym in an anatomical construction, and any herb name naming a reagent's
    source organism."""
    herb_edges = [m.span for m in mentions if _herb(m)]
    if not herb_edges:
        return mentions
    out = []
    for m in mentions:
        if _herb(m):
            if is_reagent_source(text, m):
                continue
            if m.text in names and not is_drug_use(text, m.start, m.end, herb_edges) and (
                    m.text in anatomical or is_anatomical(text, m.start, m.end)):
                continue
        out.append(m)
    return out
