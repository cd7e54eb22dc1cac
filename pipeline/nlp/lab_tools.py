"""Tools of the lab bench read as genes: reporters, epitope tags, vectors, a supplier, BLAST, X-rays.

A paper's methods and figure legends name the tools an experiment was built with, and several of those
names are, folded, aliases of human genes. Co-mention typing then paired the tool with every gene and drug
of the sentence (validation40_zh ChinaXiv-201706.00272V1: "pRL-TK-Renilla" -> PRL and the TK family;
ChinaXiv-201812.00641V1: "GFP和RFP信号" -> TRIM27). The construction decides, not the string:

* **fluorescent reporters.** RFP is TRIM27's alias (ret finger protein), CFP the symbol of properdin. Written
  in a paragraph that names another fluorescent protein (GFP, YFP, mCherry, 荧光蛋白, "fluorescent
  protein", FRET) they are the red and cyan fluorescent proteins (validation_zh ChinaXiv-201803.00487V1 "荧光显微镜
  检测GFP或RFP"; validation40_zh ChinaXiv-201812.00641V1 "使用GFP或者RFP标记LC3蛋白"). Without such a cue
  the gene stays ("RFP interacts with EID1").
* **epitope and fusion tags.** Myc, GST, His, HA, Flag, V5 followed by tag/tagged/epitope/标签 or GST before
  fusion/pull-down/融合 name the tag fused to a protein, not c-Myc or the glutathione S-transferases
  (validation39_zh ChinaXiv-201707.00683V1 "脱落的GST标签"). The enzyme GST of an activity assay stays.
* **vector backbones.** Commercial plasmids (pRL-TK, pGL3-Basic, pGL4.10, pcDNA3.1(+), pEGFP-C1,
  pmirGLO, pLKO.1-puro, pCDH-CMV-MCS-EF1-copGFP, the GST-fusion vector pGEX-2T (BC2GM
  P01713213A0488), the packaging plasmids pLP1/pLp.2 of ChinaXiv-201812.00641V1, which the linker read
  as PLP1/PLP2): the backbone and its hyphen-joined promoter, reporter and marker parts (TK, SV40, CMV,
  Basic, N1/C1, puro, EF1a, GFP …) are the vector's name; an insert after them (pcDNA3.1-SIRT1) is a
  gene and stays.
* **a supplier.** New England Biolabs, "NEB", is nebulin's symbol; in brackets after a product ("DNA
  Ladder (NEB)", validation40_zh ChinaXiv-201712.01090V1) or before a buffer ("NEB酶切buffer4", validation39_zh
  ChinaXiv-201707.00683V1) it is the supplier (other supplier slots: non_gene_names.names_a_supplier).
* **the sequence-search program.** BLAST (and BLASTN/P/X, Primer-BLAST, PowerBLAST) is CD48's alias BLAST
  (BLAST-1, the B-lymphocyte activation marker, which keeps its number): "with the BLAST and GRAIL programs"
  (BC2GM P07530549A0956), "PowerBLAST analysis identified" (BC2GM P09445488A1169), "NCBI的BLAST功能" in
  Chinese methods; neither BC2GM sentence has a gold gene there.
* **X-rays.** Title-case "X-Ray" (reference titles, "X-Ray photoelectron spectroscopy", "X-Ray衍射") folds to
  SH3YL1's alias RAY: "after Low-Dose X-Ray irradiation" (sample ChinaXiv-201801.00669V1, a reference title;
  also a free-pool reference); no gene is written after "X-".

``lab_tool_spans`` finds the spans; ``drop_lab_tools`` removes the gene mentions inside them. Pure
functions of the paragraph text.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.text.lookbehind import body_of, finditer_from_body

# RFP/CFP (and their monomeric, enhanced, adenoviral forms: mRFP, ECFP, AdRFP) as fluorescent proteins
_FP_HOMONYM = lazy_re.compile(r"(?<![A-Za-z0-9])(?:m|E|Ad|Tag|Cop)?[RC]FP(?![A-Za-z0-9])")
# another fluorescent protein (GFP, EGFP, YFP) or fluorescence in the paragraph (never RFP/CFP themselves)
# (immunofluorescence alone is no cue: a paper on TRIM27 or properdin stains its cells too)
_FLUORESCENCE_CUE = lazy_re.compile(r"[EYG]FP|mCherry|tdTomato|DsRed|荧光蛋白|[Ff]luorescent [Pp]rotein|FRET")
# an epitope or fusion tag: the tag word after the name, or the constructions only a GST fusion has
_TAG = lazy_re.compile(
    r"(?<![A-Za-z0-9\-])(?:c-)?(?:Myc|MYC|GST|His|HA|Flag|FLAG|V5)(?:6|×6)?"
    r"(?=[\s\-‐]?(?:tag(?:ged|s)?\b|epitope\b|标签|标记))"
    r"|(?<![A-Za-z0-9\-])GST(?=[\s\-‐]?(?:fusion|pull[\s\-‐]?down|融合|沉降))"
)
# a vector backbone, then its hyphen-joined promoter / reporter / marker parts
_BACKBONE = (
    r"p(?:RL|GL\d(?:\.\d+)?|cDNA\d(?:\.\d)?(?:\([+\-]\))?|[EG]GFP|ECFP|EYFP|DsRed\d?|[Mm]ir-?GLO|MIR-?GLO|"
    r"CMV\d?|LKO(?:\.\d)?|SUPER|Silencer(?:\d(?:\.\d)?)?|LVX|CDH|MSCV|BABE|[Bb]abe|ENTR|DONR|Lenti|"
    r"L[Pp][.\-]?[12](?!\d)|GEX(?:-\d[A-Z](?:-\d)?)?)"
)
_BACKBONE_PART = (
    r"(?:TK|SV40|CMV|Basic|Promoter|Control|Enhancer|[NC][123]|MCS|EF1[aα]?|[Cc]op[EG]?GFP|[EG]FP|"
    r"IRES|[Pp]uro|[Nn]eo|[Hh]ygro|Renilla|[Ll]uc\d*|3[x×]Flag|3[x×]FLAG)"
)
_VECTOR = lazy_re.compile(
    rf"(?<![A-Za-z0-9])(?:{_BACKBONE}(?![A-Za-z])|PCDH(?=-{_BACKBONE_PART}))"
    rf"(?:[\-‐]{_BACKBONE_PART}(?![A-Za-z0-9]))*"
)
# New England Biolabs in a supplier's slot: alone in brackets or before a buffer
_SUPPLIER = lazy_re.compile(r"(?<=[(（])\s?NEB(?=\s?[)）,，;；])|(?<![A-Za-z0-9])NEB(?=\s?(?:[Bb]uffer|酶切|缓冲))")
# NCBI's BLAST and the programs named after it; "BLAST-1" (CD48) keeps its number and its gene
_BLAST = lazy_re.compile(r"(?<![A-Za-z0-9\-])(?:Primer-|Power|Mega|PSI-)?BLAST[NPXnpx]?(?![A-Za-z0-9\-])")


_X_RAY = lazy_re.compile(r"(?<![A-Za-z0-9\-])X[\-‐]?[Rr]ays?(?![A-Za-z])")
_X_RAY_BODY = body_of(_X_RAY)
_VECTOR_BODY = body_of(_VECTOR)
# a tag name every match of _TAG holds
_TAG_WORDS = ("Myc", "MYC", "GST", "His", "HA", "Flag", "FLAG", "V5")


def lab_tool_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the reporters, tags, vector names, supplier, BLAST and X-rays (above) in one paragraph."""
    spans = []
    if "FP" in text and _FLUORESCENCE_CUE.search(text):
        spans += [m.span() for m in _FP_HOMONYM.finditer(text)]
    # each pattern opens with a look-behind and is tried at every character (text/lookbehind.py): a
    # substring every match holds, or the body's first match, says where (or whether) to look (issue 17, stop 44)
    if any(word in text for word in _TAG_WORDS):
        spans += [m.span() for m in _TAG.finditer(text)]
    spans += [m.span() for m in finditer_from_body(_VECTOR, _VECTOR_BODY, text)]
    if "NEB" in text:
        spans += [m.span() for m in _SUPPLIER.finditer(text)]
    if "BLAST" in text:
        spans += [m.span() for m in _BLAST.finditer(text)]
    spans += [m.span() for m in finditer_from_body(_X_RAY, _X_RAY_BODY, text)]
    return sorted(spans)


def drop_lab_tools(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without the gene mentions inside a lab tool's name."""
    spans = lab_tool_spans(text)
    if not spans:
        return mentions
    return [m for m in mentions if not (m.label == "GENE" and any(a <= m.start and m.end <= b for a, b in spans))]
