"""A medicinal animal's name read as the animal a study was done on: no herb.

TCM's materia medica holds animals (HERB rows 金鱼 Carassius auratus, 鲤鱼 Cyprinus carpio, 河豚 Fugu,
蟾蜍 Bufo, 对虾 Acetes), and papers on fish nutrition and physiology name the same species as their
study animals: "在金鱼上发现…", "注射入金鱼脑室", "鲫鱼、鲤鱼、条纹鲈等", "金鱼[21]、虹鳟[22]和草鱼[23]"
(ChinaXiv-201711.00393V1, validation47_zh, a review of fish appetite factors where 金鱼 became a herb
partner of NPY, LEP, HCRT and AMPK). There the species is the organism the genes were studied in, not a
drug (GUIDELINES 1.3: a herb is its HERB row used as a medicinal material).

Only names whose head morpheme names an animal (Chinese animal names are head-final: 金鱼, 对虾, 河豚,
蟾蜍; ``ANIMAL_HEAD``) are read. The construction shows the study animal: an organ, tissue, the feed or
a study frame after the name (金鱼脑室, 金鱼各组织, 对虾饲料, 在金鱼上/中, 金鱼的摄食), or another animal
listed next to it (斑马鱼、河豚、罗非鱼; with citation marks between). A preparation word after it
(鲤鱼汤, 蟾蜍提取物: herb_senses.PREPARATION_AFTER) reads it as the drug. One sense per discourse
(Gale, Church & Yarowsky 1992), as nlp/herb_senses.py does for 海马: a document that reads an animal
herb as the study animal and never as a drug drops every mention of that entity, in Chinese and in
English ("goldfish (Carassius auratus)" in its references). Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline import lazy_re
from pipeline.nlp.herb_senses import PREPARATION_AFTER
from pipeline.nlp.matcher import Mention

# head morphemes of Chinese animal names: fishes (鱼 and the fish characters of species names:
# 鲑 salmon, 鳟 trout, 鳕 cod, 鲈 bass, 鲷 bream, 鲽 flounder, 鳗 eel, 鲇/鲶 catfish), shrimps and crabs,
# frogs and toads (蛙, 蟾, 蜍), puffers (豚), poultry and laboratory mammals
ANIMAL_HEAD = "鱼鲑鳟鳕鲈鲷鲽鳗鲇鲶虾蟹蛙蟾蜍豚鸡鸭鹅鹑鼠兔猪"
_HEAD_END = lazy_re.compile(f"[{ANIMAL_HEAD}]$")
# an organ, tissue, the feed, a body or a study frame after the name (金鱼脑室, 金鱼各组织中, 对虾饲料,
# 在金鱼上发现, 金鱼中, 金鱼的摄食活动, 金鱼体内); not 上调/上升 (a verb), 中药/中医, 中毒 (蟾蜍中毒: its venom)
_STUDY_AFTER = lazy_re.compile(
    r"\s?(?:的\s?)?(?:下丘脑|脑室|脑|垂体|肝脏|肝|肌肉|鳃|肠道|肠|血浆|血清|各组织|组织|胚胎|幼体|幼鱼|仔鱼|体内|"
    r"摄食|食欲|饲料|饲养|生长|上(?![调升述])|中(?![药医毒]))"
)
_ANIMAL_NAME = f"[\u4e00-\u9fff]{{0,5}}?[{ANIMAL_HEAD}]"
_CITATION = r"(?:\s?\[[\d,，\-–~\s]*\])?"
_SEP = r"\s?[、和与及,，]\s?"
# another animal listed before or after it: "斑马鱼、河豚", "金鱼[21]、虹鳟[22]", "金鱼和斑马鱼上"
_ANIMAL_BEFORE = lazy_re.compile(f"{_ANIMAL_NAME}{_CITATION}{_SEP}$")
_ANIMAL_AFTER = lazy_re.compile(f"{_CITATION}{_SEP}{_ANIMAL_NAME}(?=[、和与及,，等上中\\[\\s]|$)")
MIN_STUDY_USES = 1


def _animal_herb(m: Mention) -> bool:
    return m.label == "HERB" and not m.entity_id.startswith("FML:") and bool(_HEAD_END.search(m.text))


def is_study_animal(text: str, m: Mention) -> bool:
    """The animal herb mention ``m`` names a study animal: an organ, the feed or a study frame after
    it, or another animal listed next to it (module docstring)."""
    return bool(_STUDY_AFTER.match(text, m.end) or _ANIMAL_BEFORE.search(text[max(0, m.start - 12):m.start])
                or _ANIMAL_AFTER.match(text, m.end))


def studied_animals(paragraphs: Iterable[tuple[str, list[Mention]]], min_uses: int = MIN_STUDY_USES) -> frozenset[str]:
    """Entity ids of the animal herbs a document reads as study animals (``min_uses`` such mentions)
    and never as a drug (a preparation word after a mention). ``paragraphs``: (text, mentions) of
    its Chinese paragraphs."""
    uses: dict[str, int] = {}
    drug: set[str] = set()
    for text, mentions in paragraphs:
        for m in mentions:
            if not _animal_herb(m):
                continue
            if PREPARATION_AFTER.match(text, m.end):
                drug.add(m.entity_id)
            elif is_study_animal(text, m):
                uses[m.entity_id] = uses.get(m.entity_id, 0) + 1
    return frozenset(e for e, k in uses.items() if k >= min_uses and e not in drug)


def drop_study_animals(mentions: list[Mention], animals: frozenset[str]) -> list[Mention]:
    """The mentions without those of the document's study animals (``studied_animals``)."""
    if not animals:
        return mentions
    return [m for m in mentions if not (m.label == "HERB" and m.entity_id in animals)]
