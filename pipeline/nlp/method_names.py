"""Names of a methods section's tools read as entities: post-hoc tests, assay kits, CAS registry labels.

The statistics paragraph of nearly every Chinese experimental paper (统计学处理) names its post-hoc
comparison, and the materials paragraph names its kits and the registry numbers of its drugs. The
dictionaries hold strings those names are made of:

* **post-hoc tests.** "LSD法" / "LSD检验" / "LSD方法" / "LSD-t检验" / "LSD test" / "Fisher's LSD" is
  Fisher's least significant difference, not lysergide (MeSH's LSD): 13 development and sample papers
  write it so (sample ChinaXiv-201712.00269V1, ChinaXiv-201712.00816V1, ChinaXiv-201712.00938V1,
  ChinaXiv-201801.00669V1, ChinaXiv-201810.00267V1; validation ChinaXiv-201712.01030V1). "Dunnett's T3"
  (Dunnett 1980, unequal variances), OCR-glued "Dunnett'sT3" or typeset "Dunnett's ${ \\bf T } _ { 3 }$",
  and Tamhane's T2 made the gene ST3 (MMP11) of "sT3" (sample ChinaXiv-201712.00938V1,
  ChinaXiv-201801.00669V1). A test name is an eponym's possessive and a letter-number code, or LSD
  before a method word (法, 检验, test, post hoc, multiple comparison).
* **assay kits.** Vendors name kits "<assay noun> Kit": "First Strand cDNA Synthesis Kit", "PrimeScript
  RT reagent Kit" (OCR-glued "reagentKit", "RT-PCRKit"), "In Situ Cell Death Detection Kit" (sample
  ChinaXiv-201711.00904V1, ChinaXiv-201712.00269V1, ChinaXiv-202107.00008V2, ChinaXiv-201801.00630V1;
  validation ChinaXiv-201712.00990V1, ChinaXiv-201712.01000V1). Folded, "Kit" is the gene KIT's
  mouse-style symbol; after an assay noun it is the product's head noun. The gene is written "c-Kit",
  "Kit expression", "SCF/Kit" — never after an assay noun.
* **CAS registry labels.** "CAS号38748-32-2", "CAS No. 50-07-7", "CAS Number" (a table column) name the
  Chemical Abstracts Service registry, not BCAR1's alias CAS (sample ChinaXiv-201712.00769V1,
  ChinaXiv-202107.00008V2).

``method_name_spans`` finds the spans; ``drop_method_names`` removes gene and compound mentions
overlapping them. Pure functions of the paragraph text.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# LSD before a method word, or after Fisher's; "LSD-t" is the t-statistic form of the same test
_LSD = lazy_re.compile(
    r"(?:Fisher['’`]?s?\s?(?:protected\s)?)?(?<![A-Za-z])LSD(?:\s?[-‐–]\s?t)?(?![A-Za-z])"
    r"(?=\s?(?:法|检验|方法|多重|两两|比较|post[\s\-]?hoc|tests?\b|multiple\b|comparisons?\b|method\b|[(（]least))"
    r"|Fisher['’`]?s?\s(?:protected\s)?LSD(?![A-Za-z])",
)
# an eponym's possessive and a letter-number code: Dunnett's T3, Tamhane's T2, typeset or glued
_EPONYM_CODE = lazy_re.compile(
    r"(?:Dunnett?|Tamhane)['’`]?s?\s?(?:T\s?\d|\$[^$]{0,40}\$)"
)
# the head noun "Kit" after an assay noun (spaced or OCR-glued to it); "Kit-8" of Cell Counting Kit-8
_ASSAY_NOUNS = (
    "synthesis|reagent|detection|assay|cloning|extraction|isolation|purification|staining|labell?ing|counting|"
    "quantitation|quantification|transfection|amplification|sequencing|library|genotyping|methylation|"
    "bisulfite|cleanup|clean-up|prep|miniprep|midiprep|maxiprep|ELISA|PCR|RT|ECL|BCA|TUNEL|luciferase|reporter|"
    "apoptosis|proliferation|cytotoxicity|viability|substrate|chemiluminescence|immunoprecipitation|ChIP|"
    "IHC|DAB|mix|master|plus|system"
)
_KIT = lazy_re.compile(rf"(?i:{_ASSAY_NOUNS})\s?Kit(?:-\d+)?(?![A-Za-z])")  # glued to the word before: "TMreagentKit"
# the gene in a Title Case reference title: "Activating Kit Mutations", "Oncogenic Kit Signaling"
_GENE_WORDS_AFTER = ("mutations?|mutants?|signal(?:l)?ing|signals?|receptors?|ligands?|expression|genes?|proteins?|"
                     "kinases?|activation|inhibit\\w*|positive|negative|pathways?|alleles?|mRNA")
# ... or after any capitalised product word or a version number, and the Chinese head noun after it:
# "HRP Chemiluminescent Kit" (validation40_zh ChinaXiv-201706.00272V1), "Apo-Green Detection Kit(Biotool)"
# (validation39_zh ChinaXiv-201707.00669V1), "Genome Walker 2.0 Kit", "GenomeWalking Kit试剂盒". The gene
# is written after a hyphen or slash (c-Kit, SCF/Kit) or a lower-case word ("the Kit receptor"); a species
# or "Soluble" before it, or a gene word after it, is the gene's name ("Human Kit", "Kit Mutations").
_PRODUCT_KIT = lazy_re.compile(
    r"(?<![A-Za-z\-/])(?!(?:Human|Mouse|Murine|Rat|Soluble|Anti|The|And|Of)\b)"
    rf"(?:[A-Z][A-Za-z]*[a-z]|\d+\.\d+)\s?Kit(?![A-Za-z])(?!\s?[-+]?\s?(?i:{_GENE_WORDS_AFTER})\b)"
    r"|(?<![A-Za-z\-/])Kit(?=\s?试剂盒)"
)
# the registry's label before a number or 号 / No. / Number
_CAS = lazy_re.compile(
    r"(?<![A-Za-z])CAS(?![A-Za-z])(?=\s?(?:号|No\.?|Number|number|RN\b|[:：]?\s?\d{2,7}-\d{2}-\d))"
)
_PATTERNS = (_LSD, _EPONYM_CODE, _KIT, _PRODUCT_KIT, _CAS)
# cheap gates: each pattern's fixed letters
_GATES = ("LSD", "Dunnet", "Tamhane", "Kit", "CAS")


def method_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the post-hoc tests, assay kits and CAS registry labels named in ``text``."""
    if not any(g in text for g in _GATES):
        return []
    return sorted(m.span() for pattern in _PATTERNS for m in pattern.finditer(text))


_SPELLED = frozenset({"GENE", "COMPOUND"})


def drop_method_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without the gene and compound mentions inside a method's tool name."""
    spans = method_name_spans(text)
    if not spans:
        return mentions
    return [m for m in mentions
            if not (m.label in _SPELLED and any(a < m.end and m.start < b for a, b in spans))]
