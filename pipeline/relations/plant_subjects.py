"""Papers whose subject organism is a plant: their genes are plant genes, not human genes.

The ChinaXiv pool holds many plant-biology papers: a gene of a herb's biosynthesis cloned or measured
("外施乙烯利能够不同程度地上调 GpFPS，GpSS 和 GpSE基因的表达水平", ChinaXiv-202003.00069V1, on 绞股蓝;
"枸骨法尼基焦磷酸合酶基因(IcFPS)的克隆", ChinaXiv-201809.00104V1), a crop's stress response, an Arabidopsis
mutant. Their enzymes and transcription factors (FPS, SQLE, HMGR, PAL, MYB, WRKY, IPP1/IPP2 …) have no HGNC id,
yet the gene dictionary links them to the human homolog or an unrelated alias (鲨烯环氧酶 → SQLE, farnesyl
pyrophosphate synthase → FDPS, Arabidopsis IPP1/IPP2 → PPP1R1A/PPP1R2), and co-mention typing pairs them with
every compound and herb of the paper: 6 of the top 15 false rows of validation41_zh, 21 of the 78 false rows
of its two plant papers (/tmp/s41-fresh-zh/causes.md). corpus/gold/GUIDELINES.md links genes to HGNC (human)
ids, so no gene of such a paper is a relation partner.

The gate reads the front matter (title, abstract, keywords): the paper is about a plant when it names a plant as
its organism (植物, 拟南芥, 幼苗, 叶片, Arabidopsis, seedlings, cultivars …), uses the words of plant molecular
biology or physiology (基因克隆, 启动子, 转录组, 生物合成, 胁迫, 植物激素, cloned, promoter, biosynthesis …),
and names no animal or human model (小鼠, 大鼠, 患者, 细胞系, mice, rats, patients, cell line …): a herb
extract tested on cells, animals or people is pharmacology, its genes human or rodent genes, and it is left
alone. Pure functions over text; ``facts.facts_of`` applies the verdict. Measured: of the free pool's 52 ChinaXiv
papers 8 are marked (all plant biology: gene cloning, MYB/WD40 factors, a chloroplast genome, flower metabolites,
allelopathy on weeds), removing 250 of 5463 gene rows, every one a plant gene, a printed sequence or a reference
title; none of 116 PubMed abstracts of the pool, 186 + 22 of the English development sets or 431 BioRED abstracts
is marked; the English title and abstract alone of the ChinaXiv plant papers mark 9 of the 10.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import lazy_re
from pipeline.text.sections import FRONT_SECTIONS

# the organism studied is a plant (a plant, a plant model species, a crop, a plant organ or stage)
_ORGANISM = lazy_re.compile(
    r"植物(?!提取物|多糖|来源|源|药|乳杆菌|乳酸杆菌)|植株|叶绿体|拟南芥|烟草|水稻|小麦|玉米|大豆|棉花|番茄|幼苗|愈伤组织|毛状根|悬浮细胞|悬浮培养|品种|种子|叶片|根系|"
    r"花器官|果实|萌发|组培苗|"
    r"\b(?:plants?(?! extracts?| polysaccharides?| derived| origin)|chloroplasts?|Arabidopsis|tobacco|Nicotiana|rice|Oryza|wheat|maize|soybean|seedlings?|leaf|leaves|roots?|"
    r"cultivars?|callus|calli|hairy roots?|suspension cells|germination|fruits?)\b",
    re.IGNORECASE)
# plant molecular biology and physiology: cloning, expression, biosynthesis, stress, hormones
_BIOLOGY = lazy_re.compile(
    r"基因克隆|克隆|转录组|启动子|表达载体|原核表达|cDNA全长|全长cDNA|(?-i:(?<![A-Za-z])RACE(?![A-Za-z]))|系统发育|生物合成|次生代谢|关键酶|转录因子|"
    r"非生物胁迫|胁迫|抗逆|植物激素|茉莉酸甲酯|乙烯利|赤霉素|脱落酸|生长素|光合|"
    r"\b(?:cloned|cloning|transcriptomes?|transcriptomic|promoters?|expression vectors?|full-length cDNA|"
    r"biosynthe(?:sis|tic)|secondary metabolism|key enzymes?|transcription factors?|abiotic stress|drought|"
    r"salt stress|cold stress|phytohormones?|methyl jasmonate|ethephon|gibberellins?|abscisic acid|auxins?|"
    r"photosynthe(?:sis|tic)|phylogen(?:y|etic))\b",
    re.IGNORECASE)
# an animal or human model, or people: a pharmacology paper, whatever plant it is about
_ANIMAL = lazy_re.compile(
    r"小鼠|大鼠|患者|病人|临床|细胞系|细胞株|癌细胞|肿瘤细胞|人源|人体|家兔|斑马鱼|荷瘤|动物|仔猪|母猪|肉鸡|蛋鸡|奶牛|肉牛|"
    r"黄牛|犊牛|羔羊|绵羊|山羊|"
    # animal and human cell types (a plant's are 表皮细胞, 保卫细胞, 悬浮细胞)
    r"脂肪细胞|成骨细胞|破骨细胞|巨噬细胞|上皮细胞|内皮细胞|成纤维细胞|干细胞|肝细胞|心肌细胞|淋巴细胞|神经元|"
    r"\b(?:mice|mouse|rats?|patients?|clinical|cell lines?|cancer cells|tumou?r cells|rabbits?|zebrafish|"
    r"in vivo|piglets|broilers|animals?|cattle|bovine|porcine|HepG2|HeLa|RAW ?264\.7|adipocytes|osteoblasts|"
    r"macrophages|fibroblasts|stem cells|hepatocytes|neurons|lymphocytes)\b",
    re.IGNORECASE)
GENE = "GENE"
# a document without labelled front matter (a PubMed abstract, "# Title\n\nText") is read from its start
PLAIN_FRONT_CHARS = 3000
# distinct plant cues a front matter must name (at least one organism and one biology word among them)
MIN_PLANT_CUES = 3


@dataclass(frozen=True)
class PlantVerdict:
    plant: bool
    plant_cues: tuple[str, ...]
    animal_cues: tuple[str, ...]


def _distinct(pattern: re.Pattern, text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in pattern.finditer(text):
        seen.setdefault(m.group(0).lower(), None)
    return tuple(seen)


def _plant_cues(organism: tuple[str, ...], biology: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct plant cues, or () when there are too few or no organism or no biology word among them."""
    cues = organism + tuple(b for b in biology if b not in organism)
    return cues if organism and biology and len(cues) >= MIN_PLANT_CUES else ()


def plant_subject_verdict(front: str) -> PlantVerdict:
    """Is the paper whose front matter (title, abstract, keywords) is ``front`` about a plant's biology?"""
    organism = _distinct(_ORGANISM, front)
    biology = _distinct(_BIOLOGY, front)
    animal = _distinct(_ANIMAL, front)
    cues = organism + tuple(b for b in biology if b not in organism)
    return PlantVerdict(bool(_plant_cues(organism, biology)) and not animal, cues, animal)


def plant_subject(front: str) -> bool:
    """``plant_subject_verdict(front).plant``, asking the cheapest question first: one animal word vetoes
    (``search`` stops at the first; most papers name one early), then no organism, then too few cues
    (issue 17, stop 44: the three full scans were ~3 % of annotating the 16x corpus)."""
    if _ANIMAL.search(front):
        return False
    organism = _distinct(_ORGANISM, front)
    if not organism:
        return False
    return bool(_plant_cues(organism, _distinct(_BIOLOGY, front)))


def front_matter(paragraphs) -> str:
    """The text the gate reads: the title, abstract and keywords sections of a paper (``Paragraph.section``), else
    (a plain abstract) the first ``PLAIN_FRONT_CHARS`` characters of its paragraphs outside the references."""
    front = [p.text.text for p in paragraphs if p.section in FRONT_SECTIONS]
    if front:
        return "\n".join(front)
    return "\n".join(p.text.text for p in paragraphs if p.section != "references")[:PLAIN_FRONT_CHARS]


def drop_gene_pairs(sentences) -> int:
    """Remove the typed pairs with a gene partner from a plant paper's ``SentenceFacts``; the gene mentions stay
    (they are still entities of the text). Returns how many pairs were removed."""
    removed = 0
    for s in sentences:
        pairs = s.typed_pairs()
        kept = [p for p in pairs if p.row[0] != GENE and p.row[2] != GENE]
        removed += len(pairs) - len(kept)
        s.pairs = kept
    return removed
