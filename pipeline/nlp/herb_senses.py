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
* **Reagent sources.** The host animal of an antibody and the plant of an enzyme or lectin are
  named before them: 山羊抗兔IgG (goat anti-rabbit IgG), 辣根过氧化物酶 (horseradish peroxidase,
  HRP), "horseradish peroxidase", 木瓜蛋白酶 (papain), 刀豆蛋白A (concanavalin A), 山羊血清 (goat
  serum, where 山羊血 is a herb name that cuts the word 血清); and a supplier's name may start
  with a herb name (杭州四季青生物工程材料有限公司, 重庆烟草公司). The construction (organism + 抗 +
  species, organism + a protein reagent's head, a herb name cutting 血清, a name + a company
  word) names a reagent or a supplier, for any herb name (``is_reagent_source``).

* **A morpheme of a systematic chemical name.** Chinese chemical nomenclature builds names from
  a stem and class morphemes (CNCCS rules: 酰 acyl, 胺 amine, 酯 ester, 酮 ketone, 醛 aldehyde,
  醚 ether, 酚 phenol, 醇 alcohol, 酸 acid, 烷/烯/炔, 嗪; 素 and 精 for trivial names of
  natural products and dyes, -in), with locants and substituent prefixes before it (N-, 2-, 羟基,
  甲基). A herb name is often the stem: 琥珀 in N-羟基琥珀酰亚胺 (N-hydroxysuccinimide), 苏木 in
  苏木精 / 苏木素 (haematoxylin), 石斛 in 石斛酚 / 石斛素, 杓兰 in 杓兰素. The matched span then
  sits inside a compound's name (``is_chemical_morpheme``): a named compound is the compound, not
  its herb (GUIDELINES 5.2, 5.6), and a reagent is no herb. Stop 39 added 糖, 氨(酸/酰/基), 苷, 碱,
  内酯, 醌, 甾, 硫烷, 黄素 and a multiplier (二酮): 苔黑酚葡萄糖苷 (jin2025 review), 鼠李糖苷酶
  (ChinaXiv-202010.00047V1), 天门冬氨酸 (ChinaXiv-201810.00267V1), 喜树碱 (ChinaXiv-202107.00008V2),
  藁本内酯 (ChinaXiv-201712.00816V1); on the free ChinaXiv pool 18 of 18 such herb mentions were
  compound names (麦角甾苷 ×5, 莱菔硫烷 ×2, 小麦黄素 ×2, 葡萄糖基化, 天门冬氨酰 …). Not the extraction words that start
  with the same characters (醇提物, 醇沉: the herb's extract, GUIDELINES 5.2), nor 酸 as a flavour
  (五味子酸、甘，温; 白芍酸敛), nor 素 "usual" (素体), nor a preparation named after the herb
  (…精注射液), nor the next name of a herb list written without punctuation (枳壳酸枣仁).
* **A colour.** Some herb names are colour words (橘红 "orange-red", 琥珀 "amber", 赭石 "ochre"):
  those whose colour word X色 is a word of the segmenter's lexicon (jieba's dictionary;
  ``colour_names``). "色橘红，" (colour: orange-red), "呈橘红" and "橘红色" describe a stain, not
  the peel (``is_colour_use``); 色素 (pigment), 色谱 (chromatography), 色泽 are other words
  after a herb, and keep it.

Such herb mentions are dropped: an organ and a reagent's source are no entities (GUIDELINES 1).
Pure functions over one paragraph's text and mentions; the document-level decision is
``anatomical_names`` over all paragraphs' texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# herb names (HERB Chinese names) that are, or begin, a Chinese anatomical term (module docstring)
ANATOMY_HOMONYMS = frozenset({"海马", "橄榄", "橄榄核", "杏仁", "扁桃", "豌豆"})
MIN_ANATOMICAL = 2

# a part, tissue, region or preparation of an organ after the word (海马组织, 海马 CA1区, 海马齿状回,
# 海马神经元, 海马切片, 海马体积, 海马匀浆, 海马结构, 杏仁核, 扁桃体, 橄榄核 as a nucleus, 豌豆骨); PDF
# text puts spaces inside words ("海马组 织")
_PART_AFTER = lazy_re.compile(
    r"\s?(?:的\s?)?(?:组\s?织|区|部位|结构|神经元|神经细胞|细胞|切片|脑片|体积|匀浆|齿状回|旁回|回|伞|沟|"
    r"CA\s?[1-4]|DG|锥体|突触|星形胶质|小胶质|核|体|骨)"
)
# an animal, a patient or a side whose organ it is (糖尿病大鼠海马, 患者海马, 双侧海马, 左侧杏仁核)
_OWNER_BEFORE = lazy_re.compile(r"(?:鼠|患者|病人|动物|受试者|猴|兔|犬|猪|侧|全脑|脑内|脑|人)\s?$")
# an organ or body fluid it is listed with (下丘脑、海马和垂体; 海马、血清中; 皮层和海马)
_ORGAN = r"(?:丘脑|皮层|皮质|垂体|纹状体|小脑|脑干|脊髓|血清|血浆|脑组织|杏仁核|海马|黑质|前额叶)"
_LIST = r"\s?[、和及与,，/]\s?"
_ORGAN_BEFORE = lazy_re.compile(_ORGAN + _LIST + r"$")
_ORGAN_AFTER = lazy_re.compile(_LIST + _ORGAN)
# a preparation of the drug after it (海马提取物, 海马多肽, 海马粉, 海马酒, 海马胶囊)
PREPARATION_AFTER = lazy_re.compile(
    r"(?:总|水|醇)?(?:提取物|提取液|多肽|肽|蛋白粉|粉|酒|汤|丸|散|胶囊|颗粒|片|注射液|饮片|药材|炮制)"
)
_LIST_SEPARATORS = frozenset("、，,；; ")


_HAN_ONLY = lazy_re.compile("[\u4e00-\u9fff]+")


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
    if PREPARATION_AFTER.match(text, end):
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
            if name not in text:  # most paragraphs hold none: no pattern looked up and run (issue 17, stop 49)
                continue
            for found in re.finditer(name, text):
                a, b = found.span()
                if any(text.startswith(n, a) for n in longer[name]):
                    continue  # 橄榄 of 橄榄核: the longer name is counted on its own
                if PREPARATION_AFTER.match(text, b):
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
# a secondary antibody coordinated with another one of the same kind shares its antibody noun:
# 山羊抗鼠和山羊抗兔IgG, 羊抗兔、羊抗鼠IgG (ChinaXiv-201812.00642V1, a sample paper)
# a protein reagent named after its plant: 辣根过氧化物酶 (HRP), 木瓜蛋白酶 (papain), 刀豆蛋白A
# (concanavalin A), 花生凝集素 (peanut agglutinin), 萤火虫 / 海肾荧光素酶 (luciferases)
_PROTEIN_REAGENT = r"过氧化物酶|蛋白酶|蛋白\s?A(?![A-Za-z0-9])|凝集素|荧光素酶"
# a supplier's name: 杭州四季青生物工程材料有限公司, 重庆烟草公司 (a company, GUIDELINES 1: no entity)
_COMPANY = r"生物(?:工程|技术|科技|制品)|制药|药业|(?:有限)?公司|集团"
_REAGENT_AFTER = lazy_re.compile(
    rf"\s?(?:抗{_SPECIES}(?:的)?\s?(?:{_ANTIBODY}|[和及与、/]\s?{_SPECIES}抗{_SPECIES})|{_PROTEIN_REAGENT}|"
    rf"{_COMPANY}|[\s-]?(?:peroxidase\b|anti-{_SPECIES_EN}\b))",
    re.IGNORECASE)


def is_reagent_source(text: str, m: Mention) -> bool:
    """A herb name naming a reagent's source organism: an antibody's host (山羊抗兔IgG), a
    protein reagent's plant (辣根过氧化物酶, horseradish peroxidase, 木瓜蛋白酶, 刀豆蛋白A), or a
    name cutting the word 血清 (山羊血|清: goat serum); or the start of a supplier's name
    (四季青生物工程材料有限公司)."""
    return bool(_REAGENT_AFTER.match(text, m.end)) or (m.text.endswith("血") and text[m.end:m.end + 1] == "清")


_HAN = "\u4e00-\u9fff"
# class morphemes of Chinese chemical names after the stem (module docstring); not the words
# that begin with the same character after a herb: 醇提(物), 醇沉, 醇浸 … (its extract), 酸 of a
# flavour (酸甘, 酸涩, 酸温, 酸、甘), 酸性 / 酸碱 / 酸度, 精 of a preparation (鹿茸精注射液)
# 素 meaning "usual, plain" (素体 the patient's constitution, 素质, 素养, 素食); the flavour's verbs
# (五味子酸收, 白芍酸敛: sour and astringent)
_FLAVOUR = "甘苦涩温平寒凉微咸辛敛收"
# stop 39: 糖 (a sugar: 苔黑酚葡萄糖苷, α-L-鼠李糖苷酶), 氨 of an amino acid or amino group (天门冬氨酸
# 氨基转移酶), [苷甙] (a glycoside), 碱 (an alkaloid: 喜树碱), 内酯 (a lactone: 藁本内酯), 醌, 甾 (a sterol:
# 麦角甾苷, 麦角甾醇), 硫烷 / 硫苷 (莱菔硫烷, sulforaphane), 黄素 (大豆黄素 daidzein, 小麦黄素 tricin) and a
# multiplier before a class morpheme (泽兰二酮, 人参三醇); not a syrup (枇杷糖浆), diabetes or metabolism
# words (糖尿病, 糖代谢, 糖皮质激素), a glycoside class (苷类), 碱性 (alkaline), 甾体 (steroidal, a fraction's class)
_CHEMICAL_AFTER = lazy_re.compile(
    rf"(?:[酰胺酯酮醛醚酚烷烯炔嗪醌]|醇(?![提沉浸溶洗萃取])|素(?![材食体质养])|"
    rf"酸(?![{_FLAVOUR}性碱度味]|\s?[、，,]\s?[{_FLAVOUR}])|精(?!\s?(?:注射液|口服液|胶囊|片|丸|颗粒))|"
    rf"糖(?!浆|尿|衣|类|皮质|代谢|脂|耐量|化血红)|氨(?=[酸酰基])|[苷甙](?!类)|碱(?![性度化液水土])|内酯|"
    rf"甾(?!体)|硫[烷苷]|黄素|[二三四](?=[酮醇酚醛醌]))"
)
# a locant or substituent prefix right before the stem: N-羟基琥珀, 2-, 1,3-, α-, 甲基 / 羟基 / 乙酰基
_CHEMICAL_BEFORE = lazy_re.compile(rf"(?:基|(?<![A-Za-z0-9{_HAN}])(?:\d+(?:[,，′']\d+)*|[NOS]|[αβγδ])\s?[-－])$")


def is_chemical_morpheme(text: str, start: int, end: int) -> bool:
    """text[start:end] (a herb name) is the stem of a systematic or trivial chemical name: a class
    morpheme right after it (琥珀酰亚胺, 苏木精, 石斛酚) or a locant / substituent prefix right
    before it (N-羟基琥珀)."""
    return bool(_CHEMICAL_AFTER.match(text, end) or _CHEMICAL_BEFORE.search(text, max(0, start - 8), start))


def colour_names(herb_names: Iterable[str], frequency: Callable[[str], int]) -> frozenset[str]:
    """The herb names that are colour words: X with X色 a word of the segmenter's own lexicon
    (``frequency(word) > 0``: segmenter.corpus_frequency, jieba's dictionary count)."""
    return frozenset(n for n in herb_names if frequency(n + "色") > 0)


# 色X / 呈X as a predicate ("结节，色橘红，", "呈橘红"), X色 (橘红色, 琥珀色) not starting 色素 /
# 色谱 / 色泽 / 色氨酸 …: the words made with 色 that follow a substance's name
_COLOUR_BEFORE = lazy_re.compile(r"(?:颜色|色|呈|呈现|显)\s?$")
_COLOUR_AFTER = lazy_re.compile(r"\s?色(?![素谱泽氨差度])")


def is_colour_use(text: str, start: int, end: int) -> bool:
    """text[start:end] (a colour-word herb name, ``colour_names``) describes a colour: 色/呈
    before it, or 色 after it."""
    return bool(_COLOUR_AFTER.match(text, end) or _COLOUR_BEFORE.search(text, max(0, start - 3), start))


def drop_other_senses(text: str, mentions: list[Mention], anatomical: frozenset[str] = frozenset(),
                      names: frozenset[str] = ANATOMY_HOMONYMS, colours: frozenset[str] = frozenset()) -> list[Mention]:
    """The paragraph's mentions without herb mentions read as an organ or a reagent's source: a
    homonym of ``anatomical`` (the document's organs, ``anatomical_names``) unless used as the drug
    here, any other homonym in an anatomical construction, any herb name naming a reagent's
    source organism, a Chinese herb name inside a chemical name, and a colour-word herb name
    (``colours``) describing a colour."""
    herb_edges = [m.span for m in mentions if _herb(m)]
    if not herb_edges:
        return mentions
    starts = {m.start for m in mentions}  # 枳壳酸枣仁: the next herb of a list starts with 酸
    out = []
    for m in mentions:
        if _herb(m):
            if is_reagent_source(text, m):
                continue
            if _HAN_ONLY.fullmatch(m.text) and m.text == text[m.start:m.end] and (
                    m.end not in starts and is_chemical_morpheme(text, m.start, m.end)
                    or m.text in colours and is_colour_use(text, m.start, m.end)):
                continue
            if m.text in names and not is_drug_use(text, m.start, m.end, herb_edges) and (
                    m.text in anatomical or is_anatomical(text, m.start, m.end)):
                continue
        out.append(m)
    return out
