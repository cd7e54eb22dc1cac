"""Gene mentions decided by their context, after dictionary matching.

The dictionary matcher finds every string that folds to a gene symbol or name. Some of those
strings are genes only in the right context — the ambiguity the Jensen-lab tagger handles
with curated stop and ambiguity lists (Pafilis et al., PLoS ONE 2013, "The SPECIES and
ORGANISMS resources"; Cook et al., Methods 2016, on the tagger's dictionaries):

* **metabolites named like genes** (cAMP, cGMP, NO, ROS, CO2): never a gene;
* **acronyms** that are also a statistic, a disease or a method (SE, SNK, OR, HR, TG, CSF,
  ORF): a gene only when the paper defines them as one (handled by the abbreviation step,
  which wins) or when the sentence shows a gene/protein right there — a gene cue word within
  a few tokens (expression, protein, mRNA, knockdown, 表达 …), a Greek or number suffix
  (``TG-2``, ``HR alpha``) or another gene next to it (``ERK/HR``);
* **class nouns** (phosphatase, protease, transcription factor, proteins): a class, not one
  gene. As the head of a longer name they are a gene mention (``acid phosphatase``,
  ``chloramphenicol acetyltransferase``, ``E2 proteins``): the span grows over the modifiers
  on its left (the BioCreative II gene-mention convention, Smith et al., Genome Biology
  2008) and keeps the class's entity; alone they are dropped;
* **phospho forms**: ``p-ERK``, ``pAkt``, ``phospho-ERK`` name the phosphorylated base
  protein, never a gene whose symbol starts with P (p-ERK is not PERK/EIF2AK3);
* **Greek suffixes** written apart (``tumor necrosis factor alpha``) belong to the name.

The word lists are curated data (``dictionaries/curated/gene_context.tsv``: term, kind,
reason), tuned on development corpora; the rules here are pure functions over a paragraph's
text and its mentions.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.nlp.non_gene_names import names_no_gene
from pipeline.nlp.word_symbols import named_in, word_read_as_symbol

CONTEXT_FILE = "gene_context.tsv"
# Words seen before gold gene mentions and never inside one (bench/learn_gene_lists.py, BC2GM train)
NOT_MODIFIER_FILE = "gene_not_modifiers.tsv"
# Gene names learned from BC2GM train annotations (bench/learn_gene_lists.py --names)
LEARNED_NAMES_FILE = "gene_names_learned.tsv"
# Unlinked gene mentions that never match a gold span in BC2GM train (bench/learn_gene_lists.py --stops)
LEARNED_STOPS_FILE = "gene_stop_learned.tsv"
# Dictionary matches that never match a gold span in BC2GM train (bench/learn_gene_lists.py --acronyms)
LEARNED_ACRONYMS_FILE = "gene_acronyms_learned.tsv"
# Ordinary English words of the annotated training text (bench/learn_gene_lists.py --plain-words)
PLAIN_WORDS_FILE = "plain_words_learned.tsv"
KINDS = ("metabolite", "acronym", "class", "not-symbol", "not-gene")

# Words that show a gene/protein reading of a nearby acronym (English and Chinese).
_CUE = lazy_re.compile(
    r"\b(?:gene|genes|protein|proteins|mRNA|mRNAs|expression|expressed|expressing|express|"
    r"knockdown|knock-down|knockout|siRNA|shRNA|overexpression|overexpressed|transcript|"
    r"transcripts|promoter|isoform|kinase|receptor|receptors|phosphorylation|phosphorylated|"
    r"antibody|antibodies|immunoreactivity|polymorphism|allele|alleles|mutant|mutation|"
    r"mutations|encoding|encodes|encoded|cDNA|homolog|homologue|subunit|domain|binding|"
    r"upregulated|downregulated|inhibitor|ligand|transcription|gene-deficient|deficient|signal|"
    r"signaling|signalling|oncogene|oncogenes|proto-oncogene|transformed|transforming)\b"
    r"|表达|敲低|敲除|基因|蛋白|磷酸化|受体|抑制剂|过表达|沉默",
)
# a designator is a short number ("TG-2", "HR 1"); four or more digits are a year, a code or a post code
# ("Portland, OR 97201": the state, PMID7072798)
_GREEK_OR_NUMBER_AFTER = lazy_re.compile(
    r"^(?:[-\s]?(?:alpha|beta|gamma|delta|kappa|[αβγδκ]|\d{1,3}[a-z]?)\b|[-/]?\d)", re.IGNORECASE
)
_GREEK_WORD_AFTER = lazy_re.compile(
    r"^[-\s](alpha|beta|gamma|delta|epsilon|kappa|lambda|zeta|theta|[αβγδεκλζθ])(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# A designator written apart belongs to the name (BC2GM and BioRED gold spans): a Roman
# numeral (collagen VI, transferrin II, factor VIII), a capital letter (cyclin B, protein C),
# a capital with digits or a digit with a capital (nuclease S1, phosphatase 2A, CYP 1A2).
_DESIGNATOR_AFTER = lazy_re.compile(
    r" (?:[IVX]{2,4}[a-z]?|[IVX]|[A-Z]|[A-Z]\d{1,2}[a-z]?|\d{1,2}[A-Z]\d?)(?![\w\-/'.]|\.\w| cells?\b| lymph)"
)
# A number after a multi-word name ending in a word (protein kinase 1, VEGF receptor 2)
_NUMBER_AFTER = lazy_re.compile(r" \d{1,2}[a-z]?(?![\w\-/.,:%]|\.\d| ?(?:%|mg|ml|h|min|kDa|kD|years?|days?|weeks?)\b)")
# A decimal part of a name (ICP34.5, pax2.1, p16.7): not a sentence end
_DOT_NUMBER = lazy_re.compile(r"(?:\.\d+[a-z]?)+(?![\w.]|\.\w)")
# Decimals that are not part of a gene name: chromosome bands (Xq13.3), embryonic days (E12.5),
# particulate matter (PM2.5), vectors (pcDNA3.1)
_BAND_OR_VECTOR = lazy_re.compile(r"^(?:[XY]|\d{1,2})[pq]\d+$|^(?:pcDNA|pUC|pGEM|pBR|pET|pGL)\d*")
_NOT_DECIMAL_NAME = lazy_re.compile(r"^(?:E\d{1,2}|PM\d*)$|" + _BAND_OR_VECTOR.pattern)
# "OR 4.39", "A 15.1": a number, folded into a symbol across the space
# Cell lines whose names are gene aliases (INS-1 = FOXM1, HK-2 ~ HK2, HEC-1-B ~ HEC1/NDC80): a
# letters-hyphen-digits name with its designators, named as cells or after "细胞株/cell line".
_NAME_TAIL = lazy_re.compile(r"(?:-[A-Za-z0-9]+)*")
_CELLS_AFTER = lazy_re.compile(r"\s?(?:细胞|cells?\b|cels\b|cell line)")
_CELLS_BEFORE = lazy_re.compile(r"(?:细胞株|细胞系|cell line|cell lines)\s?$")
_HYPHEN_DIGIT = lazy_re.compile(r"[A-Za-z]-\d")


def _cell_line_names(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Names used as cell lines in this paragraph: a gene-shaped name with a hyphen before a digit
    (the usual way cell lines are written: INS-1, HK-2, HEC-1-B, MC3T3-E1) followed by
    细胞/cells or preceded by 细胞株/cell line. Every use of that name in the paragraph is the
    cell line (检测HEC-1-B中β-catenin)."""
    names = set()
    for m in mentions:
        if m.label != "GENE":
            continue
        tail = _NAME_TAIL.match(text, m.end).end()
        name = text[m.start : tail]
        if not _HYPHEN_DIGIT.search(name):
            continue
        if _CELLS_AFTER.match(text, tail) or _CELLS_BEFORE.search(text, max(0, m.start - 12), m.start):
            names.add(name)
    return frozenset(names)


def _names_cell_line(text: str, m: Mention, cell_lines: frozenset[str]) -> bool:
    return bool(cell_lines) and text[m.start : _NAME_TAIL.match(text, m.end).end()] in cell_lines


_SPLIT_NUMBER = lazy_re.compile(r"^(?!EC )[A-Za-z]{1,3} \d+$")  # EC 2.4.1.143 is an enzyme number
# A head noun joined by a participle or relation word: "cyclin-dependent kinase", "parathyroid
# hormone-related protein", "EBNA-1-binding protein", "Src homology 2", "MHC class II"
_NAMED_PART_AFTER = lazy_re.compile(
    r"(?:[- ](?:dependent|binding|related|activated|associated|interacting|converting|regulatory|"
    r"responsive|activating|regulated|inducible|exchange)|')[- ](?:proteins?|kinases?|factors?|"
    r"enzymes?|receptors?|elements?|sequences?|domains?|peptides?|repressors?|ligases?)"
    r"(?: kinases?)?(?![\w-])"
    r"| homology \d(?![\w-])| class (?:I{1,3}|Ib)(?![\w-])"
)
# Further members written with a slash after a symbol ending in a digit: ERK1/2, Smad1/5/8; a
# suspended hyphen after them ends the run ("Akt1/2- and JNK2- dependent", gene_partners._SLASH_STEP)
_SLASH_MEMBERS = lazy_re.compile(r"(?:/\d{1,2}[a-z]?)+(?![\w/]|-(?!\s))")
# A paper's own short form inside the name, then the rest of it: "epidermal growth factor (EGF)
# receptor", "Toll-like receptor (TLR) 4", "vascular endothelial growth factor (VEGF)-A"
_INNER_ABBREVIATION = lazy_re.compile(
    r" \(([A-Za-z][A-Za-z0-9\-]{0,9})\)(?:(?P<sep>[- ]?)(?P<rest>[A-Z]?\d{1,2}[A-Za-z]?\d?|[A-Z]|"
    r"alpha|beta|gamma|delta|kappa|[αβγδκ])|(?P<head> (?:receptors?|kinases?|ligands?)))"
    r"(?![\w\-/])"
)
# A head noun after a gene name belongs to the mention (BC2GM: "Raf-1 kinase", "EGF receptor").
# Not "protein(s)": the word names the product of the gene just named, as "gene" and "mRNA" name
# its other forms ("caveolin-1 protein", "GLUT10 protein levels", "the ETV6 (TEL) protein"), and
# BioRED's gold spans stop before it (BioRED train 0-80 %: 21 such spans grown over "protein",
# all FP+FN; BC2GM accepts either span through its alternatives). A kinase or receptor after a
# name is another protein ("EGF receptor"), and stays.
_HEAD_AFTER = lazy_re.compile(
    r" (?:kinases?|receptors?|factors?|phosphatases?|antigens?|"
    r"activators?)(?:-?\d{1,2}(?![\w-]))?(?![\w-])"
)
# A Greek letter or a type designator written before the name belongs to it (BC2GM: "alpha
# tubulin", "beta 2 microglobulin", "type I collagen", "type 1 plasminogen activator inhibitor")
_GREEK_OR_TYPE_BEFORE = lazy_re.compile(
    r"(?<![\w\-/])(?:(?:alpha|beta|gamma|delta|kappa|[αβγδκ])(?:[- ]?\d{1,2}[a-z]?)?|"
    r"type (?:I{1,3}|IV|V|\d{1,2})[a-z]?)[ ]$"
)
# A short tag joined by a hyphen belongs to the name: CBF-A, PC-1, LMP-1, HDL-R
_TAG_AFTER = lazy_re.compile(r"-[A-Za-z0-9]{1,3}(?![\w-])")
# A number tag after a gene's name that the dictionary does not know whole names another protein:
# "matriptase-2" (TMPRSS6; "matriptase" is ST14, BioRED PMID19592582), EBV's "LMP-1" (PDLIM7's alias
# LMP; BC2GM P09420275A1111), "PC-1", "CP-3", "MIP-2", "CDF-1", the drug "UCN-01": over BioRED and BC2GM
# train, nearly every such grown name kept a wrong gene. After a numbered symbol the tag is a position,
# range or allele of that gene ("IL1B-31", "FOXP3-924", "PAK1-3", "cdc4-10"), which keeps it.
_NUMBER_TAG = lazy_re.compile(r"-\d{1,3}$")


def tagged_id(grown: str, tag: str, entity_id: str, relink=None) -> str:
    """The entity of a gene mention grown over a hyphen tag (``_TAG_AFTER``): the grown name's own
    (``relink``), else the short name's, but none for a gene's name (not a family) that a number tag
    follows when the name holds no digit itself (see ``_NUMBER_TAG``)."""
    if relink is None or not entity_id.startswith("HGNC:") or not _NUMBER_TAG.match(tag):
        return entity_id
    own = relink(grown)
    if own is not None:
        return own
    return entity_id if any(c.isdigit() for c in grown[: -len(tag)]) else ""


# ... but not the label of a construct built on the gene: a recombinase driver line (Pdx1-Cre,
# Ltf-Cre: Cre under the gene's promoter), a fluorescent reporter fusion (IL-10-GFP) or a knockout
# genotype (LPA2-KO). Mouse genetics names the line or allele "gene-tool" (MGI nomenclature for
# transgenes and targeted alleles); the gene is the part before the hyphen, which is where BioRED's
# gold spans stop (train 0-80 %: 12 of 12 such tags outside the gold span).
_CONSTRUCT_TAG = lazy_re.compile(r"-(?:Cre|KO|GFP|YFP|RFP|CFP)(?![\w-])")
# A hyphen/slash-joined prefix that is no mention of its own: COUP-TF, HLA-DR1, hG-CSFR, Ig/EBP
_PREFIX_BEFORE = lazy_re.compile(r"(?<![\w\-/])([A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)[-/]$")
# ... unless the prefix is a name of its own with a digit (a fusion or complex of two: P1-lacZ,
# eRF1-eRF3, SLK1-SLT2)
_OWN_NAME_PREFIX = lazy_re.compile(r"\d")
# A bare Roman numeral (VII, XII, XXI: aliases of F7, F12 ...) names a gene only as a numbered
# coagulation factor: "factor VII" (BC2GM and BioRED annotate no bare numeral as a gene).
_ROMAN = lazy_re.compile(r"^[IVX]{2,5}a?$")
_FACTOR_BEFORE = lazy_re.compile(r"(?<![\w-])[Ff]actors?\s$")
# Words joined to a name by a hyphen that are no part of it: negation ("non-AP-1" is not AP-1), a
# construct's parts ("promoter-CAT", "genes-CEP1"); class words are checked too ("Janus kinase-STAT")
_NOT_NAME_PREFIXES = frozenset(["non", "promoter", "promoters", "gene", "genes", "enhancer", "vector"])
# A state written before the name is not part of it (phosphorylated-VEGFR2, p-NF-kappaB)
_STATE_PREFIXES = frozenset(["p", "phospho", "phosphorylated"])
_VIRAL_CELLULAR = lazy_re.compile(r"(?<![\w-])[cv]-$")
# A figure or table label ("Fig.1", "FIG. 4", "Tab.2", "Table 3"): folded, it reads as a
# symbol or alias (FIG4, FIG1 = IL4I1, TAB), which papers' captions repeat in every figure.
_FIGURE_LABEL = lazy_re.compile(r"(?i)^(?:figs?|figure|tab|table)(?:\.\s?|\s)\d+[a-z]?$")
_FIGURE_WORD = lazy_re.compile(r"(?i)^(?:figs?|figure|tab|table)$")
_FIGURE_NUMBER_AFTER = lazy_re.compile(r"(?:\.\s?|\s)\d")
# ... and glued to its number by PDF conversion ("激活Fig4.", validation40_zh ChinaXiv-201706.00272V1; "Fig2 Binding
# site", validation38_zh ChinaXiv-201712.01190V1): written Fig/Figure/Tab/Table (never the capitals of the FIG4
# symbol), then the caption's next capitalised word, or right after Chinese text; a figure label also before a
# full stop or colon (a table label not: "binds Tab1." is the mouse TAB1). The mouse gene "Fig4" of a sentence
# ("Loss of Fig4 causes") is followed by a lower-case word and stays.
_GLUED_FIGURE_LABEL = lazy_re.compile(r"^(?:Fig|Figure|Tab|Table)\d+[A-Za-z]?$")
_CAPTION_AFTER = lazy_re.compile(r"\s?[A-Z][a-z]")
_FIGURE_END_AFTER = lazy_re.compile(r"[.:：]|\s*$")


# OCR runs a word into the letter prefix of the name after it in the English abstracts and references of
# Chinese papers: "The expressonsofE-cadherin,vimentin" (sample ChinaXiv-201712.00938V1), "The potential
# involvement ofe-cadherin and beta-catenins" (sample ChinaXiv-201712.00524V1, a reference title). The
# prefix grown over ("expressonsofE") kept the bare head's family (FPLX:Cadherin); the name is the run's
# tail after its glued function word, E-cadherin (CDH1).
_GLUED_FUNCTION_WORD = lazy_re.compile(r"(?:of|and|the|in|to|with|by|for|on|at|from|that|as)(?=[A-Za-z]{1,3}$)")


def glued_prefix_name(text: str, m: Mention, prefix_end: int, relink) -> Mention:
    """A mention grown over a hyphen prefix (``m.start`` .. ``prefix_end``) that the dictionary does not
    know as a whole: named from the prefix's tail after a glued function word when that tail and the
    head are a name the dictionary knows ("ofe-cadherin" -> "e-cadherin", CDH1); else unchanged."""
    prefix = text[m.start:prefix_end]
    if relink(m.text) is not None:
        return m
    for glue in _GLUED_FUNCTION_WORD.finditer(prefix):
        start = m.start + glue.end()
        entity_id = relink(text[start:m.end])
        if entity_id is not None:
            return replace(m, start=start, text=text[start:m.end], entity_id=entity_id)
    return m


def is_figure_label(text: str, m: Mention) -> bool:
    """Is the mention a figure/table label, whole ("Fig.1") or its word before a number ("Tab" in "Tab.1")?"""
    if _GLUED_FIGURE_LABEL.match(m.text) and (
            _CAPTION_AFTER.match(text, m.end) or (m.start and "\u4e00" <= text[m.start - 1] <= "\u9fff")
            or (m.text.startswith("Fig") and _FIGURE_END_AFTER.match(text, m.end))):
        return True
    return bool(_FIGURE_LABEL.match(m.text)) or bool(
        _FIGURE_WORD.match(m.text) and _FIGURE_NUMBER_AFTER.match(text, m.end))


_PHOSPHO = lazy_re.compile(r"^(?:p-|p(?=[A-Z])|phospho-|phosphorylated\s+)(?P<base>.+)$")
_WORD_BEFORE = lazy_re.compile(r"([A-Za-z0-9α-ωΑ-Ω][\w'α-ωΑ-Ω/+-]*)(\s+|-)$")

# Words that end a left extension: function words, quantifiers, verbs and vague adjectives.
_NOT_MODIFIER = frozenset(
    """a an the and or nor but of at in on to by as is are was were be been being for from with
    per than that this these those its it their our his her via into onto not no all any each both
    other others several many various specific novel new putative known major two three four five
    some such more most less few which who whose whereas while when where also only that same
    different distinct certain potential possible related similar respective corresponding
    functional active inactive total level levels activity activities cellular endogenous
    exogenous purified recombinant mutant wild-type normal its has have had can may might will
    would could should did does do using used use found shown showed encodes encoding encoded
    including include includes between within without against during after before among called
    termed named designated like unlike one first second third risk fusion mature kDa kD
    precursor chimeric human mouse rat bovine murine nuclear cytoplasmic membrane secreted
    vitro vivo exhibit exhibits stimulate stimulates inhibit inhibits regulate regulates affect
    affects activate activates given yield hand low high whole since either entire important
    selective unknown reporter promoterless heterozygous congenital event mechanism whereby
    subject subjects patients intravenous because general catalytic sensitive alternative single
    well-known labile encode encodes internalizes deactivates candidate and/or amongst six seven
    eight nine ten key universal special""".lower().split()
)
MAX_MODIFIERS = 3


@dataclass(frozen=True)
class GeneContext:
    """The curated word lists (case-sensitive for acronyms, case-folded for the rest)."""

    metabolites: frozenset[str] = frozenset()  # and English words (kind not-gene): never a gene
    acronyms: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()  # lower case, singular and plural as listed
    not_symbols: frozenset[str] = field(default_factory=frozenset)  # symbol-shaped non-genes
    not_modifiers: frozenset[str] = field(default_factory=frozenset)  # lower case; end a left extension
    learned_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first word -> names, longest first
    learned_stops: frozenset[str] = field(default_factory=frozenset)  # unlinked surfaces that are no gene
    learned_acronyms: frozenset[str] = field(default_factory=frozenset)  # English: a gene only next to a cue
    plain_words: frozenset[str] = field(default_factory=frozenset)  # lower case; capitalised, no symbol

    @property
    def empty(self) -> bool:
        return not (self.metabolites or self.acronyms or self.classes)


def read_context(path: Path) -> GeneContext:
    """Read ``gene_context.tsv`` (term, kind, reason; ``#`` lines are comments)."""
    lists: dict[str, set[str]] = {k: set() for k in KINDS}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != 3 or row[1] not in KINDS or not row[0].strip():
            raise ValueError(f"{path}:{line}: expected term, kind ({'|'.join(KINDS)}), reason")
        lists[row[1]].add(row[0].strip())
    return GeneContext(
        frozenset(lists["metabolite"] | lists["not-gene"]),
        frozenset(lists["acronym"]),
        frozenset(t.lower() for t in lists["class"]),
        frozenset(lists["not-symbol"]),
    )


@lru_cache(maxsize=4)
def context_for(folder: str | None) -> GeneContext:
    """The lists of a dictionaries folder (``curated/gene_context.tsv``); empty when absent."""
    if folder is None:
        return GeneContext()
    path = Path(folder) / "curated" / CONTEXT_FILE
    context = read_context(path) if path.exists() else GeneContext()
    learned = Path(folder) / "curated" / NOT_MODIFIER_FILE
    if learned.exists() and not context.empty:
        context = replace(context, not_modifiers=read_not_modifiers(learned))
    names = Path(folder) / "curated" / LEARNED_NAMES_FILE
    if names.exists() and not context.empty:
        context = replace(context, learned_names=read_learned_names(names))
    stops = Path(folder) / "curated" / LEARNED_STOPS_FILE
    if stops.exists() and not context.empty:
        context = replace(context, learned_stops=frozenset(read_first_column(stops)))
    acronyms = Path(folder) / "curated" / LEARNED_ACRONYMS_FILE
    if acronyms.exists() and not context.empty:
        context = replace(context, learned_acronyms=frozenset(read_first_column(acronyms)))
    plain = Path(folder) / "curated" / PLAIN_WORDS_FILE
    if plain.exists() and not context.empty:
        context = replace(context, plain_words=frozenset(read_first_column(plain)))
    return context


def read_first_column(path: Path) -> list[str]:
    """The first column of a learned list (bench/learn_gene_lists.py): ``#`` comments and blank
    lines skipped, then a header row."""
    with path.open(encoding="utf-8") as handle:
        rows = [line.split("\t")[0] for line in handle if line.strip() and not line.startswith("#")]
    return rows[1:]


_FIRST_WORD = lazy_re.compile(r"[A-Za-z0-9][A-Za-z0-9']*")
_NAME_START = lazy_re.compile(r"(?<![\w\-])[A-Za-z0-9]")


def read_learned_names(path: Path) -> dict[str, tuple[str, ...]]:
    """``gene_names_learned.tsv`` (name, gold count, occurrences) indexed by the name's first
    word, longest name first (so ``ACE`` gives way to ``ACE gene`` where both are written)."""
    index: dict[str, list[str]] = {}
    for name in read_first_column(path):
        first = _FIRST_WORD.match(name)
        if first:
            index.setdefault(first.group(), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_SHORT_CAPS = lazy_re.compile(r"^[A-Z][A-Z0-9]{1,3}$")


def learned_name_spans(
    text: str, names: dict[str, tuple[str, ...]], taken: list[tuple[int, int]],
    defined: frozenset[str] = frozenset(), mentions: list[Mention] | None = None,
) -> list[tuple[int, int]]:
    """Uses of the learned gene names (whole words, case as written) that no mention covers.

    The list is a dictionary feature learned from annotated text, as in BANNER (Leaman &
    Gonzalez, PSB 2008) and Gimli (Campos et al., BMC Bioinformatics 2013): names the gene
    dictionary lacks (``ferritin``, ``GH``, ``ras``, ``RNA polymerase II``) kept only where the
    annotators tagged them in most of their uses. A short form the paper defines is left to the
    abbreviation step (CRF = chronic renal failure); a short all-capital name (RB, CRF, PH) needs
    a gene cue nearby, like the curated acronyms (``has_gene_cue``)."""
    if not names:
        return []
    out: list[tuple[int, int]] = []
    for hit in _NAME_START.finditer(text):
        a = hit.start()
        if out and a < out[-1][1]:
            continue
        first = _FIRST_WORD.match(text, a)
        for name in names.get(first.group(), ()):
            b = a + len(name)
            if text.startswith(name, a) and not (b < len(text) and (text[b].isalnum() or text[b] in "_-")):
                if name in defined or any(s < b and a < e for s, e in taken):
                    break
                if _SHORT_CAPS.match(name) and not (has_gene_cue(text, a, b, mentions or [])
                                                     or has_product_cue(text, a, b)):
                    break
                out.append((a, b))
                break
    return out


# Words that measure or act on a gene product, showing that a learned short name nearby is the
# hormone or enzyme ("GH deficiency", "basal GH levels", "TSH secretion", "CPK activity"); too
# weak for a dictionary acronym (a metabolite has levels too), enough for a name the annotators
# tagged in most of its uses. Out-of-sample check (names learned on the first 60 % of BC2GM
# train, scored on 60-80 %): 5 more gold mentions, 1 spurious.
_PRODUCT_CUE = lazy_re.compile(
    r"\b(?:levels?|secretion|secreted|deficiency|release|released|concentrations?|serum|plasma|"
    r"activity|activities|therapy)\b"
)


def has_product_cue(text: str, start: int, end: int, window: int = 40) -> bool:
    """Is a word measuring a gene product (level, secretion, deficiency …) within ``window``
    characters of ``text[start:end]``?"""
    return bool(_PRODUCT_CUE.search(text, max(0, start - window), start)
                or _PRODUCT_CUE.search(text, end, min(len(text), end + window)))


# Retroviral genes and their proteins (HIV-1, HTLV, MuLV nomenclature): gag, pol, env and the
# accessory/regulatory genes, written in lower case (gene) or capitalised (protein). The words are
# short and some are ordinary (rev, tax, pol), so a use counts next to a gene cue or in a sentence
# naming a retrovirus (BC2GM tuning part: 17 gold uses found this way, 2 spurious).
_VIRAL_GENE = lazy_re.compile(
    r"(?<![\w\-/])(?:gag|pol|env|tat|rev|nef|vif|vpr|vpu|tax|rex|Gag|Pol|Env|Tat|Rev|Nef|Vif|Vpr|Vpu|Tax|Rex)"
    r"(?![\w\-])"
)
_RETROVIRUS = lazy_re.compile(r"HIV|HTLV|SIV|FIV|EIAV|MuLV|virus|viral|retrovir|lentivir|provir", re.IGNORECASE)


_RIBOSOMAL_RNA = lazy_re.compile(
    r"(?<![\w\-])(\d+(?:\.\d+)?\s?S (?:ribosomal RNAs?|rRNAs?|rDNAs?|ribosomal DNA|RNAs?))(?![\w-])")


def ribosomal_rna_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ribosomal RNAs and their genes named by sedimentation coefficient ("18S rRNA", "5S ribosomal
    RNA", "18S rDNA") that no mention covers: gene products in BC2GM (train 0-80 %: 17 of 17)."""
    return [hit.span(1) for hit in _RIBOSOMAL_RNA.finditer(text)
            if not any(a < hit.end(1) and hit.start(1) < b for a, b in taken)]


def viral_gene_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Uses of retroviral gene names (``gag``, ``Tat``, ``Rev``) that no mention covers, next to a
    gene cue or in a sentence that names a retrovirus."""
    out = []
    virus = None
    for hit in _VIRAL_GENE.finditer(text):
        a, b = hit.span()
        if any(s < b and a < e for s, e in taken):
            continue
        if virus is None:
            virus = _RETROVIRUS.search(text) is not None
        if virus or has_gene_cue(text, a, b, []):
            out.append((a, b))
    return out


def read_not_modifiers(path: Path) -> frozenset[str]:
    """The learned stop words of ``gene_not_modifiers.tsv`` (word, count, ...; ``#`` comments)."""
    words = (w.strip() for w in read_first_column(path))
    return frozenset(w.lower() for w in words if w)


def _is_gene(m: Mention) -> bool:
    return m.label == "GENE" and m.how in ("dictionary", "linker")


# A value right after an acronym reads it as a statistic: "(OR = 1.67 per high-risk allele", "(odds ratio
# (OR)=1.31", "(OR 0.98; 95% CI", "(HR: 2.1" -- "=", ":" or a comparison, or a decimal number (a designator
# is an integer: "TG 2", "HR alpha")
_VALUE_AFTER = lazy_re.compile(r"\)?\s*(?:[=:<>≤≥]\s*[\d.]|\d*\.\d)")


def value_after(text: str, end: int) -> bool:
    """Is the acronym ending at ``end`` followed by its value (a statistic: OR, HR, RR)? Genetic-association
    abstracts write allele and genotype words around it, which are gene cues (BioRED train 19881468,
    28411266, 21695597: OR as the olfactory-receptor family)."""
    return _VALUE_AFTER.match(text, end) is not None


def has_gene_cue(
    text: str, start: int, end: int, mentions: list[Mention], window: int = 40
) -> bool:
    """Does the text around ``text[start:end]`` show a gene/protein reading?"""
    if _GREEK_OR_NUMBER_AFTER.match(text[end : end + 8]):
        return True
    lo, hi = max(0, start - window), min(len(text), end + window)
    if _CUE.search(text[lo:start]) or _CUE.search(text[end:hi]):
        return True
    # a gene right next to it: "ERK/HR", "HR and ESR1"
    return any(
        m.label == "GENE" and (m.start, m.end) != (start, end)
        and (0 <= start - m.end <= 5 or 0 <= m.start - end <= 5)
        for m in mentions
    )


def extend_left(text: str, start: int, stop: int = 0, stops: frozenset[str] = frozenset()) -> int:
    """Start of the modifiers on the left of a head noun at ``start`` (``acid phosphatase``).

    ``stops``: further words that end the extension (the learned ``not_modifiers``)."""
    new = start
    for _ in range(MAX_MODIFIERS):
        hit = _WORD_BEFORE.search(text, max(stop, new - 40), new)
        if hit is None or hit.end() != new:
            break
        word = hit.group(1)
        low = word.lower()
        if (
            low in _NOT_MODIFIER
            or low in stops
            or low.endswith("ly")
            or (low.endswith(("ed", "ing")) and "-" not in low)
        ):
            break
        if word.isdigit() or not any(c.isalpha() for c in word):
            break
        new = hit.start(1)
    return new


def refine(
    text: str,
    mentions: list[Mention],
    context: GeneContext,
    lang: str = "en",
    defined: frozenset[str] = frozenset(),
    relink=None,
    is_receptor=None,
    unnamed: list[Mention] | None = None,
) -> list[Mention]:
    """Apply the context rules to one paragraph's mentions (sorted by start).

    ``defined``: short forms the paper defines (their resolution wins, they are kept as is).
    ``relink(surface) -> entity_id | None``: dictionary lookup for a phospho form's base.
    ``is_receptor(entity_id) -> bool``: does the entity's name say it is a receptor (``receptor_id``)?
    ``unnamed``, when given, receives the gene names grown into another protein the dictionary does not
    know ("matriptase-2", "TNF receptors"): dropped from the mentions, still gene names (no entity).
    """
    if context.empty and relink is None:
        return mentions
    out: list[Mention] = []
    cell_lines = _cell_line_names(text, mentions)
    for m in mentions:
        if m.label == "GENE" and is_figure_label(text, m):
            continue  # "Fig.4", "Tab.1": a caption's label, not FIG4 or the TAB family
        if m.label == "GENE" and _names_cell_line(text, m, cell_lines):
            continue  # INS-1细胞, HK-2 cells: a cell line named like a gene alias
        if m.label == "GENE" and m.how == "abbreviation" and m.text.isalpha() and m.text.islower():
            continue  # "one", "respectively": a detector's stray short form, never a gene symbol
        if m.label == "GENE" and out and out[-1].label == "GENE" and out[-1].start <= m.start and m.end <= out[-1].end:
            continue  # "VEGF" inside "vascular endothelial growth factor (VEGF)-A", grown below
        if not _is_gene(m) or m.text in defined:
            if lang == "en" and m.label == "GENE":  # a defined short form: NRG-1 beta, TLR 4
                m = extend_right(text, m, relink)
                if not m.entity_id and unnamed is not None:
                    unnamed.append(m)  # no entity for the grown name (``named_part_id``)
                if not m.entity_id or (out and m.start < out[-1].end):
                    continue
            out.append(m)
            continue
        surface = m.text
        if surface in context.metabolites or surface.rstrip("s") in context.metabolites:
            continue
        if not any(c.isalpha() for c in surface):  # a linked bare number ("7")
            continue
        if _SPLIT_NUMBER.match(surface) and text[m.end : m.end + 2][:1] == "." and text[m.end + 1 : m.end + 2].isdigit():
            continue  # "OR 4.39", "A 15.1 kb": a number, not OR4 or A15
        if (surface in context.acronyms or (
            surface.endswith("s") and surface[:-1] in context.acronyms
        )) and (value_after(text, m.end) or not has_gene_cue(text, m.start, m.end, mentions)):
            continue  # "(OR = 1.67 per high-risk allele": a statistic despite the cue
        if lang == "en" and surface in context.learned_acronyms and not has_gene_cue(text, m.start, m.end, mentions):
            continue  # "ORF", "ADR", "P100": never a gold gene in BC2GM's tuning part without a cue
        if lang == "en" and context.plain_words and word_read_as_symbol(surface, context.plain_words, relink) \
                and not named_in(text, surface) and not has_gene_cue(text, m.start, m.end, mentions):
            continue  # "Impact of …", "Bronze Age": a capitalised English word, not IMPACT or AGE
        if m.entity_id.startswith("HGNC:") and context.plain_words and surface.islower() \
                and surface in context.plain_words and not has_gene_cue(text, m.start, m.end, mentions, window=10):
            continue  # "flower buds", "spatial learning": HGNC's lower-case aliases of CACFD1, TBATA (word_symbols);
            # a family's class noun ("chemokine", "phosphatase") is its name and stays. The cue must be next
            # to the word ("flower gene"): a plant paper's "gene alters flower coloring" names another gene
        if lang == "en" and _ROMAN.match(surface):
            factor = _FACTOR_BEFORE.search(text, max(0, m.start - 10), m.start)
            if factor is None:
                continue  # "chromosome VII", "compounds (VII-XII)", "subdomains VII": a numeral
            m = replace(m, start=factor.start(), text=text[factor.start() : m.end])  # "factor VII"
        phospho = _PHOSPHO.match(surface)
        if phospho and relink is not None:
            base = phospho.group("base")
            entity_id = relink(base)
            if entity_id is not None:
                m = replace(m, entity_id=entity_id)
                if not surface[1:2].isupper():  # p-ERK, phospho-AKT: the span is the
                    start = m.start + phospho.start("base")  # base protein; pVHL, pRb stay whole (BC2GM)
                    m = replace(m, start=start, text=text[start : m.end])
        if lang == "en" and _VIRAL_CELLULAR.search(text, max(0, m.start - 3), m.start):
            start = m.start - 2  # v-Src, c-Jun: the viral/cellular prefix is part of the name
            m = replace(m, start=start, text=text[start : m.end])
        elif lang == "en" and m.start > 1 and text[m.start - 1] == "-":
            prefix = _PREFIX_BEFORE.search(text, max(0, m.start - 16), m.start)
            if prefix and not _OWN_NAME_PREFIX.search(prefix.group(1)) and prefix.group(1).lower() not in _STATE_PREFIXES \
                    and prefix.group(1).lower() not in _NOT_NAME_PREFIXES and prefix.group(1).lower() not in context.classes and not any(
                o.end >= prefix.start(1) and o.start < m.start
                for o in [*mentions, *out]
                if o is not m
            ):
                start = prefix.start(1)
                m = replace(m, start=start, text=text[start : m.end])
                if relink is not None:
                    m = glued_prefix_name(text, m, prefix.end(1), relink)
        if lang == "en" and (before := _GREEK_OR_TYPE_BEFORE.search(text, max(0, m.start - 14), m.start)) and not any(
            o.end > before.start() and o.start < m.start for o in [*mentions, *out] if o is not m
        ) and not (before.group().startswith("type") and before.group()[5].isdigit() and m.text[:1].isupper()):
            # "type 1 collagen", but "(adenovirus) type 5 E1A", "(HTLV) type 1 Tax": a virus type
            m = replace(m, start=before.start(), text=text[before.start() : m.end])
        if lang == "en":
            tag = _TAG_AFTER.match(text, m.end)
            if tag and not _CONSTRUCT_TAG.match(tag.group()) and not any(
                    o.start >= m.end and o.start < tag.end() for o in mentions):
                grown = text[m.start : tag.end()]
                m = replace(m, end=tag.end(), text=grown, entity_id=tagged_id(grown, tag.group(), m.entity_id, relink))
        low = m.text.lower()
        if low in context.classes:
            new_start = extend_left(text, m.start, stops=context.not_modifiers) if lang == "en" else m.start
            if new_start == m.start:
                continue  # a class alone names no gene
            popped = []
            while out and out[-1].start >= new_start and out[-1].label == "GENE":
                popped.append(out.pop())  # "myosin" + "phosphatase": one name
            if len(popped) == 1 and popped[0].entity_id.startswith("FPLX:") and not text[popped[0].end:m.start].strip(" -"):
                # "caspase protease", "cathepsin protease": a family named with its enzyme class is
                # that family (its members are of the class), not the whole class
                m = replace(m, entity_id=popped[0].entity_id)
            if out and out[-1].end > new_start:
                new_start = out[-1].end
                while new_start < m.start and text[new_start] in " -":
                    new_start += 1
                if new_start >= m.start:
                    continue
            m = replace(m, start=new_start, text=text[new_start : m.end])
        if lang == "en":
            tail = _HEAD_AFTER.match(text, m.end)
            if tail:
                m = replace(m, end=tail.end(), text=text[m.start : tail.end()])
            m = extend_right(text, m, relink)
            if tail and relink is not None and is_receptor is not None and tail.group().lstrip().startswith("receptor"):
                m = replace(m, entity_id=receptor_id(m.text, m.entity_id, relink, is_receptor))
        if not m.entity_id:  # grown into another protein the dictionary does not know: "TNF receptors",
            if unnamed is not None:  # "PTH-related peptide", "matriptase-2" (receptor_id, named_part_id, tagged_id)
                unnamed.append(m)
            continue
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    if lang == "en" and relink is not None and not context.empty:
        out = _add_oncogenes(text, out, relink)
    if lang == "en" and relink is not None:
        out = [collagen_type(text, m, relink) for m in out]
    return out


# A collagen named by its type: "collagen III", "collagen type I", "type II collagen", "Type II
# collagen" (the capital of a sentence start is not grown over by _GREEK_OR_TYPE_BEFORE)
_ROMAN_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                  "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18}
_TYPE_NUMBER = r"(?P<n>[IVX]{1,5}|\d{1,2})"
_COLLAGEN_NAMED = lazy_re.compile(r"^(?:[Cc]ollagen[- ](?:type[- ]?)?" + _TYPE_NUMBER + r"|type[- ]?" + _TYPE_NUMBER.replace("n>", "m>")
                                  + r"[- ][Cc]ollagen)$", re.IGNORECASE)
_TYPE_BEFORE_COLLAGEN = lazy_re.compile(r"(?<![\w-])[Tt]ype[- ]?" + _TYPE_NUMBER + r"[- ]$")


def collagen_type(text: str, m: Mention, relink) -> Mention:
    """A collagen mention that names its type linked to that type: the FamPlex family of its
    chains (collagen I: COL1 = COL1A1 + COL1A2; IV: COL4) or its one chain's gene (III: COL3A1,
    II: COL2A1), not every collagen (FPLX:Collagen) or the linker's guess (MMP13 for "collagen
    III"). "Type II collagen" at a sentence start grows over its type. Other mentions unchanged."""
    if m.label != "GENE" or "ollagen" not in m.text:
        return m
    hit = _COLLAGEN_NAMED.match(m.text)
    number = (hit.group("n") or hit.group("m")) if hit else None
    if number is None and m.text.lower() == "collagen":
        before = _TYPE_BEFORE_COLLAGEN.search(text, max(0, m.start - 12), m.start)
        if before is not None:
            number = before.group("n")
            m = replace(m, start=before.start(), text=text[before.start():m.end])
    n = _ROMAN_NUMBERS.get(number.upper(), 0) if number and not number.isdigit() else int(number or 0)
    if not n:
        return m
    family = relink(f"COL{n}")
    if family is not None and family.startswith("FPLX:COL"):
        return replace(m, entity_id=family)
    chain = relink(f"COL{n}A1")
    if chain is not None and relink(f"COL{n}A2") is None:
        return replace(m, entity_id=chain)
    return m


_LIPOPROTEIN = lazy_re.compile(r"^(?:V?LDL|HDL|IDL)\d?$")
_CHOLESTEROL_AFTER = lazy_re.compile(r"[ -]cholesterol(?![\w-])")


def lipoprotein_cholesterol_end(text: str, surface: str, end: int) -> int:
    """End of "HDL cholesterol", "LDL-cholesterol": the cholesterol a lipoprotein carries is named
    with it (BC2GM train 0-80 %: 9 of 9 such uses gold as the whole phrase, none as the lipoprotein
    alone). ``end`` when the mention is no lipoprotein or no cholesterol follows."""
    hit = _CHOLESTEROL_AFTER.match(text, end) if _LIPOPROTEIN.match(surface) else None
    return hit.end() if hit else end


def extend_right(text: str, m: Mention, relink=None) -> Mention:
    """Grow a gene mention over what the gold standards count as part of the name: a Greek
    letter (STAT1 alpha, IFN gamma), a designator (collagen VI, cyclin B, phosphatase 2A), a
    number after a multi-word name (protein kinase 1), slash-joined members (ERK1/2) and a
    defined short form in the middle of the name with the rest of it ("Toll-like receptor
    (TLR) 4": one mention, linked to TLR4 when the dictionary knows the joined symbol)."""
    for _ in range(3):
        end = m.end
        greek = _GREEK_WORD_AFTER.match(text[end : end + 9])
        if greek:
            end += greek.end()
        elif text[end : end + 1] == "." and (" " not in m.text or m.text.startswith("EC ")) and not _NOT_DECIMAL_NAME.match(m.text) and (
            hit := _DOT_NUMBER.match(text, end)
        ):
            end = hit.end()
        elif hit := _NAMED_PART_AFTER.match(text, end):
            end = hit.end()
            if relink is not None and m.entity_id:
                entity_id = named_part_id(text[m.start:end], relink)
                m = replace(m, entity_id=entity_id or ("" if _ANOTHER_PROTEIN.match(hit.group()) else m.entity_id))
        elif (cholesterol := lipoprotein_cholesterol_end(text, m.text, end)) > end:
            end = cholesterol
        elif hit := _DESIGNATOR_AFTER.match(text, end):
            end = hit.end()
        elif m.text[-1:].isalpha() and m.text[-1:].islower() and " " in m.text and (
            hit := _NUMBER_AFTER.match(text, end)
        ):
            end = hit.end()
        elif m.text[-1:].isdigit() and (hit := _SLASH_MEMBERS.match(text, end)) and not _members_of_their_own(
                m, hit.group(), relink):
            end = hit.end()
        elif hit := _INNER_ABBREVIATION.match(text, end):
            end = hit.end()
            rest = hit.group("rest")
            if rest and relink is not None:
                short = hit.group(1)
                entity_id = relink(short + rest) or relink(f"{short}-{rest}")
                if entity_id is not None:
                    m = replace(m, entity_id=entity_id)
            elif hit.group("head") and relink is not None:
                m = _relinked_head(m, hit.group(1), hit.group("head").strip(), relink)
        if end == m.end:
            break
        m = replace(m, end=end, text=text[m.start : end])
    return m


# A name grown over "-related" (a homologue: PTH-related peptide is PTHLH) or "class I/II" (MHC
# molecules) names no partner of the short name. The other relation words do ("Deptor … an mTOR
# interacting protein": the gold pairs Deptor with mTOR; "IL-1-responsive element", "p21-activated
# kinases", a domain "Src homology 2"), so there the short name's id stays when the whole name is unknown.
_ANOTHER_PROTEIN = lazy_re.compile(r"[- ]related[- ]| class ")
_PLURAL_HEAD = lazy_re.compile(r"(protein|kinase|factor|enzyme|receptor|element|sequence|domain|peptide|repressor|ligase)s$")


def named_part_id(name: str, relink) -> str:
    """The entity a name grown over a relation word and a head noun names ("cyclin-dependent
    kinases", "PTH-related peptide", "MHC class II"): the dictionary's entity of the whole name, or
    of its singular; else "". The grown name is another protein than the short one -- a CDK is no
    cyclin, PTHrP no PTH, an MHC molecule no myosin heavy chain (FPLX:MYH) --, so the short name's
    id does not pass to it where the dictionary knows the whole name; where it does not,
    ``extend_right`` keeps the short name's id as the partner the name states, except after
    "-related" and "class" (``_ANOTHER_PROTEIN``). Over the development and validation texts, the 20
    sample papers and BioRED train, 17 growths kept the short name's id: 5 "-related"/"class" ones
    (PTH-related peptide -> PTH, MHC class I -> FPLX:MYH) now have none."""
    return relink(name) or relink(_PLURAL_HEAD.sub(r"\1", name)) or ""


def receptor_id(name: str, short_id: str, relink, is_receptor) -> str:
    """The entity of a gene name grown over "receptor(s)" (``_HEAD_AFTER``: "RANKL receptor", "TNF
    receptor", "IL-1 receptor", "5-HT2A receptor"): the dictionary's entity of the whole name (or of
    its singular); else the short name's when that is itself a receptor ("5-HT2A" is HTR2A, the
    5-hydroxytryptamine receptor 2A); else "". A ligand's receptor is another protein (TNFRSF11A is
    no RANKL, IL1R1 no IL-1, PTH1R no PTH), and the grown mention kept the ligand's id: "TNF
    receptor" was TNF, "parathyroid hormone receptor" PTH. The fuzzy linker is not asked: it reads
    "parathyroid hormone receptor" as the thyroid hormone receptor family (validation
    ChinaXiv-201712.00947V1's references)."""
    found = relink(name) or relink(_PLURAL_HEAD.sub(r"\1", name))
    if found:
        return found
    return short_id if short_id and is_receptor(short_id) else ""


def _members_of_their_own(m: Mention, tail: str, relink) -> bool:
    """Does each name of a slash run ("Smad1" + "/5/8": Smad5, Smad8) name a gene of its own,
    other than the mention's? Then they are the elided members of a coordination (annotator
    ``_elided_mentions``: SMAD5, SMAD9), not part of one name (ERK1/2 is the dictionary's)."""
    from pipeline.nlp.gene_partners import slash_member_names  # it imports this module

    if relink is None:
        return False
    names = slash_member_names(m.text, tail)
    ids = [relink(n) for n in names]
    return bool(names) and all(i and i != m.entity_id for i in ids) and len(set(ids)) == len(ids)


def _relinked_head(m: Mention, short: str, head: str, relink) -> Mention:
    """"macrophage colony stimulating factor (M-CSF) receptor": the grown mention names the
    receptor (kinase, ligand) of the short form, when the dictionary knows it ("M-CSF receptor",
    "M-CSF-R": CSF1R); else it keeps the name's entity."""
    spellings = [f"{short} {head}"]
    if head.lower().startswith("receptor"):
        spellings += [f"{short}-R", f"{short}R"]
    entity_id = next((e for e in map(relink, spellings) if e is not None), None)
    return replace(m, entity_id=entity_id) if entity_id is not None else m


def _add_oncogenes(text: str, mentions: list[Mention], relink) -> list[Mention]:
    """Lower-case oncogene names (ras, v-src, c-myc) linked to the upper-case symbol's entity,
    only where "ros"/"yes"/"ski" … stand next to a gene cue or carry the v-/c- prefix."""
    added = []
    for hit in _ONCOGENE.finditer(text):
        a, b = hit.span(1)
        word = hit.group(1)
        if any(m.start < b and a < m.end for m in mentions):
            continue
        if not word.startswith(("v-", "c-")) and not has_gene_cue(text, a, b, mentions):
            continue
        base = word[2:] if word[1:2] == "-" else word
        entity_id = relink(base.upper()) or relink(base.upper() + "1")
        if entity_id is None:
            continue
        label = "GENE"
        added.append(Mention(a, b, entity_id, label, "dictionary", word))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))


# --- gene mentions by shape (no dictionary entry) --------------------------------------------

_TOKEN = lazy_re.compile(r"(?<![\w\-/])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w\-])")
_SYMBOL_SHAPE = lazy_re.compile(r"^(?=.*[A-Z])(?=.*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
_IG = lazy_re.compile(r"^Ig[AGEMD]\d?[a-z]?$")
# Bacterial and yeast gene names after Demerec et al. (Genetics 1966): three lower-case letters
# and a capital (lacZ, recA, traF, ompC, gyrA), optionally a number.
_DEMEREC = lazy_re.compile(r"^[a-z]{3}[A-Z]\d{0,2}$")
# ... and their protein products, capitalised (Demerec et al. 1966; ASM style): RecA, LexA, UmuD,
# PrfA, TraR, CheA, NusA (BC2GM train: 164 such tokens outside any mention, 32 not gold).
_DEMEREC_PROTEIN = lazy_re.compile(r"^[A-Z][a-z]{2}[A-Z]\d{0,2}$")
# Proteins named by their apparent molecular weight in kDa (p14, p44, p116; BC2GM train: 24 of 25
# such tokens outside any mention are gold, BioRED 9 of 12); not a chromosome band (p31.2)
_MOLECULAR_WEIGHT = lazy_re.compile(r"^p\d{2,3}$")
_DECIMAL_AFTER = lazy_re.compile(r"\.\d")
# Restriction enzymes after Smith & Nathans (J Mol Biol 1973): genus initial, two species
# letters, strain, Roman numeral (EcoRI, HindIII, BamHI, BglII).
_RESTRICTION = lazy_re.compile(r"^[A-Z][a-z]{2}[A-Za-z0-9]?[IVX]{1,3}$")
# Retroviral oncogenes written in lower case, with their v-/c- prefix (Coffin et al., J Virol
# 1981 nomenclature): the human gene or family of the upper-case symbol.
ONCOGENES = frozenset(
    [
        "ras",
        "myc",
        "jun",
        "fos",
        "src",
        "abl",
        "erbA",
        "erbB",
        "rel",
        "ets",
        "myb",
        "raf",
        "mos",
        "sis",
        "fms",
        "kit",
        "neu",
        "bcr",
        "fes",
        "fps",
        "yes",
        "fgr",
        "ros",
        "mil",
        "mht",
        "ski",
        "crk",
        "maf",
    ]
)
_ONCOGENE = lazy_re.compile(
    r"(?<![\w-])((?:[vc]-)?(?:"
    + "|".join(sorted(ONCOGENES, key=len, reverse=True))
    + r"))(?![\w-])"
)
# Element symbols of the formulas and ions that look like symbols (CO2, H2O2, Ca2, NH2, K562).
_FORMULA = lazy_re.compile(
    r"^(?=.*O)(?:(?:H|C|N|O|P|S|Na|K|Cl)\d*)+$"  # a molecule with oxygen: CO2, H2O2, NO2, PO4
    r"|^(?:Ca|Mg|Fe|Cu|Zn|Mn|Co|Ni|Cd|Na|K|Li|Hg|Pb)\d?$"  # an ion: Ca2, Fe3
    r"|^(?:Tc|Tl|In|Ga|I|F|C|Cr|Xe|Rb|Sr|Y|Lu)-\d+m?$"  # an isotope: Tc-99m, Tl-201
    r"|^(?i:[a-z]{0,4}c?o2(?:max)?)$"  # blood gases and oxygen measures: PaCO2, SpO2, FIO2, VO2max
    r"|^ORF\d*$"  # open reading frames
)
_CODE = lazy_re.compile(r"^[A-Z]{1,4}-?\d{3,}[A-Z]?$|^(?:LD|ED|IC|EC)\d{2,3}$|^C57BL|^BALB")
# Sequence variants (BioRED types them Variant, not Gene): Val175Met, G12D, Y329fs, R399Q
_VARIANT = lazy_re.compile(
    r"^(?:[A-Z][a-z]{2}\d+(?:[A-Z][a-z]{2}|fs|del|ins|X)|[A-Z]\d+(?:[A-Z]|fs\w*|del|ins|X)|"
    r"rs\d+)$"
)
# A variant or construct written onto the symbol (BioRED types the variant apart, the gene is the
# stem): KrasG12D, hGRalphaD401H, AT1aKO, TRAF2DN; alone, a variant with a lower-case protein
# prefix (HBV sG145R, rtM204I) or a stop codon (E873stop) is no gene.
_GLUED_VARIANT = lazy_re.compile(r"(?<=[a-z0-9])(?:[A-Z]\d{2,4}[A-Z]|KO|DN)$")
_PREFIXED_VARIANT = lazy_re.compile(r"^(?:[a-z]{1,2}[A-Z]\d{2,4}[A-Z]|[A-Z]\d{2,4}stop)$")
_LONG_CODE = lazy_re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{5,}$")  # Ro4368554: a compound code
_BARE = lazy_re.compile(r"^[A-Z][0-9]{1,2}[a-z]?$")  # E2, R1, L1: a gene only next to a gene cue
_NOT_SYMBOL_WORDS = lazy_re.compile(
    r"(?:^|-)(?:terminal|terminus|terminally|fold|like|treated|induced|mediated|dependent|"
    r"positive|negative|deficient|null|type|mM|nM|kb|kDa|bp)$",
    re.IGNORECASE,
)
_NON_GENE_AFTER = lazy_re.compile(
    r"^[\s-]*(?:cells?|cell line|virus|viruses|phase|strain|mice|rats?|"
    r"bacteriophage|phage|medium|buffer)\b",
    re.IGNORECASE,
)


# A word with a capital or a digit right before a gene-part noun names a gene even when it has
# no symbol shape of its own (GH gene, TSH mRNA; "X protein" is phrase_spans' job).
_BEFORE_GENE_PART = lazy_re.compile(
    r"(?<![\w\-/])([A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z])(?= (?:genes?|mRNAs?|cDNAs?|promoters?|"
    r"transcripts?|locus|gene product|operons?|regulons?|mutants?)(?![\w-]))"
)
# Nucleic acids, viruses and parts of a sequence are no gene names (RNA gene, HIV-1 promoter)
_NOT_GENE_WORD = lazy_re.compile(
    r"^(?:[a-z]{0,3}RNAs?|[a-z]{0,3}DNAs?|snRNP|[A-Z]{1,4}V(?:-\d)?|TATA(?:-less)?|LTR|[IVX]+|"
    r"[A-Z]|N-terminal|C-terminal)$|-(?:dependent|mediated|responsive|specific|encoded|linked|"
    r"related|regulated|binding|like|less|containing|inducible|induced)$|^\d+(?:-?kDa?|K)$"
)


# Yeast, fly and bacterial gene symbols written in lower case with a number (hog1, fus3, cdc33, y1,
# mts1, gp130, his3; Demerec 1966, yeast nomenclature); not a residue position (his273: the yeast
# genes of those letters have one or two digits, his3, leu2) nor the phage vector lambda gt11
_AA3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
_AA3_LOWER = "ala|arg|asn|asp|cys|gln|glu|gly|his|ile|leu|lys|met|phe|pro|ser|thr|trp|tyr|val"
_LOWER_SYMBOL = lazy_re.compile(r"^[a-z]{1,4}\d{1,4}[a-z]?(?:-\d+)?$")
_VECTOR_BEFORE = lazy_re.compile(r"lambda\s?$")


# A bacterial gene or operon stem (Demerec 1966): three lower-case letters, then the capitals of
# the genes of an operon if any (mer, pyr, crp, acoABCD, fixNOQP); not a short English word
_DEMEREC_STEM = lazy_re.compile(r"^[a-z]{3}[A-Z]{0,6}$")
_SHORT_WORDS = frozenset("""one two six ten own box key new old all any few its our her his who why how
    end top low raw dry wet big far net non pre pro sub""".split())


def is_lower_case_symbol(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a lower-case gene symbol with a number (``hog1 gene``) or a
    bacterial gene stem (``mer operon``, ``crp promoters``, ``pca gene``); the head-noun rule
    reads it like a capitalised one (BC2GM 60-80 %, lists from 0-60 %: 14 of 14 words with a
    number and 25 of 27 stems before a gene noun gold)."""
    word = text[start:end]
    if _DEMEREC_STEM.match(word):
        return word.lower() not in _NOT_MODIFIER and word not in _SHORT_WORDS
    return bool(_LOWER_SYMBOL.match(word)) and not re.match(rf"^(?:{_AA3_LOWER})\d{{3}}", word) and not (
        _VECTOR_BEFORE.search(text, max(0, start - 8), start))


_MUTANT_AFTER = lazy_re.compile(r" mutants?(?![\w-])")
# Before "mutant": gain/loss of function (GOF), a substitution (R76G, Ser-->Ala), a genus
# (Arabidopsis), a restriction-modification system (R-M) are no gene names
_NOT_MUTANT_GENE = lazy_re.compile(rf"^(?:[A-Z]+|[A-Z][a-z]{{3,}}|{_AA3}|[A-Z]-[A-Z])$")


def names_a_mutant_gene(text: str, start: int, end: int) -> bool:
    """Whether a word before "mutant(s)" can be the mutated gene's name (``hog1 mutant``, ``Scm
    mutant alleles``, ``rlf2 mutants``); True before any other noun."""
    if not _MUTANT_AFTER.match(text, end):
        return True
    word = text[start:end]
    return not (_NOT_MUTANT_GENE.match(word) or _VARIANT.match(word) or _PREFIXED_VARIANT.match(word))


def head_noun_spans(
    text: str, taken: list[tuple[int, int]], excluded: frozenset[str]
) -> list[tuple[int, int]]:
    """Words with a capital or digit followed by ``gene``/``mRNA``/``promoter``/``protein``
    that no mention covers: ``GH gene``, ``TSH mRNA``, ``U17 gene`` (the word is the
    mention; BC2GM accepts it with or without the noun). Tuned on half of BC2GM train."""
    out = []
    for m in _BEFORE_GENE_PART.finditer(text):
        word = m.group(1)
        a, b = m.span(1)
        if not (any(c.isupper() for c in word) or is_lower_case_symbol(text, a, b)):
            continue
        if word in excluded or word.split("-")[0] in excluded or not names_a_mutant_gene(text, a, b):
            continue
        if word.lower() in _NOT_MODIFIER or (word[1:].islower() and not text[:a].strip(" (")):
            continue  # "The gene", "Reporter gene" opening the sentence: an ordinary word
        if _NOT_GENE_WORD.search(word) or _FORMULA.match(word) or _CODE.match(word):
            continue
        if any(s < b and a < e for s, e in taken):
            continue
        out.append((a, b))
    return out


# The last word of a long form that names a gene product (abbreviations with no dictionary entry)
_GENE_HEAD_WORD = lazy_re.compile(
    r"(?:protein|proteins|kinase|kinases|receptor|receptors|factor|factors|enzyme|ligand|"
    r"transporter|channel|antigen|hormone|peptide|[a-z]{3,}ase|[a-z]{3,}ases)$"
)


def gene_short_forms(definitions, excluded: frozenset[str]) -> frozenset[str]:
    """Short forms the paper defines with a gene-product long form that the dictionary does not
    know ("T3 receptor (TR)", "terminal protein (TP)"): their uses are gene mentions with no
    entity. A short form needs a capital and two characters; fluorescent reporters are not genes."""
    out = set()
    for d in definitions.values():
        if d.entity_id is not None or not d.long or len(d.short) < 2 or not any(c.isupper() for c in d.short):
            continue
        if d.short in excluded or "fluorescent" in d.long.lower() or "ribonucleoprotein" in d.long.lower():
            continue
        if _GENE_HEAD_WORD.search(d.long.split()[-1].lower()):
            out.add(d.short)
    return frozenset(out)


# A long form naming a disease or syndrome: "X-linked adrenoleukodystrophy (ALD)", "Multiple
# endocrine neoplasia type 1 (MEN1)", "Resistance to thyroid hormone (RTH)", "familial partial
# lipodystrophy (Dunnigan) type 3 (FPLD3)"; a trailing type/number is skipped.
_DISEASE_LONG = lazy_re.compile(
    r"(?:syndromes?|diseases?|disorders?|dystroph\w*|neoplasias?|lymphomas?|leuka?emias?|carcinomas?|cancers?|"
    r"tumou?rs?|deficienc(?:y|ies)|rickets|deafness|retardation|ataxias?|atroph(?:y|ies)|dementias?|palsy|"
    r"\w+path(?:y|ies)|\w+emias?|\w+osis|\w{3,}oses|\w+itis)"  # fibroses, not "doses"
    r"(?:\s*\([^()]*\))?(?:\s+type\s*[\dIV]+[a-z]?|\s+[\dIV]+)?$|^resistance to\b",
    re.IGNORECASE,
)
# "the ALD gene", "MEN1 gene mutations", "ALD cDNA": the paper names the disease gene by the
# disease's short form (BioRED annotates these uses as genes, and the disease uses not).
_GENE_WORD_AFTER = lazy_re.compile(
    r"\s+(?:tumou?r\s+suppressor\s+)?(?:genes?|cDNA|mRNA|proteins?|locus|transcripts?|promoter|exons?)\b")


# "X-linked hypophosphatemic rickets (XLH; OMIM 307800)": a short form in parentheses closed by
# ";" or "," right after a disease word, which the Schwartz & Hearst detector does not pair
_PAREN_SHORT = r"\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*[;,]"
_DISEASE_PAREN = lazy_re.compile(_DISEASE_LONG.pattern.split("$|")[0] + r"\s*" + _PAREN_SHORT, re.IGNORECASE)
# Every match of _DISEASE_PAREN holds one of these: a text without one has no match, and is not
# searched. The search itself is slow on Chinese text: its \w+ alternatives ("\w+osis") run to
# the end of each CJK run from every start in it (quadratic in the run), and it was 9 % of a
# batch's time (benchmark, 16x) though only ~4 % of paragraphs hold "(X;" or "(X,".
_PAREN_SHORT_ANYWHERE = lazy_re.compile(_PAREN_SHORT, re.IGNORECASE)


def disease_short_forms(definitions, texts=()) -> frozenset[str]:
    """Short forms the paper defines with a disease or syndrome long form (Schwartz & Hearst
    pairs, nlp/abbreviations.py). Their uses name the disease, not the gene of the same symbol
    (ALD = adrenoleukodystrophy, not ABCD1's alias; RTH, FPLD3, ASPS), unless a gene word
    follows (``is_disease_use``)."""
    found = {d.short for d in definitions.values()
             if d.long and len(d.short) >= 2 and _DISEASE_LONG.search(d.long.strip())}
    # "Desmin-related myopathies (DRMs)": the plural short form defines the singular's uses too
    found |= {s[:-1] for s in found if len(s) > 3 and s.endswith("s") and s[-2].isupper()}
    found.update(hit.group(hit.lastindex) for t in texts if "(" in t for hit in disease_parens(t))
    return frozenset(found)


_WORD_OR_SPACE = lazy_re.compile(r"[\w\s]")


def _region_start(text: str, paren: int) -> int:
    """Where a match of ``_DISEASE_PAREN`` whose short form opens at ``text[paren]`` can start at
    the earliest. Before that "(" a match holds only word characters and spaces (the disease word,
    "type 3", the spaces) and at most one parenthetical without parentheses inside ("familial
    partial lipodystrophy (Dunnigan) type 3 (FPLD3;"): walk back over those, no further."""
    i = paren
    while i > 0 and _WORD_OR_SPACE.match(text, i - 1):
        i -= 1
    if i > 0 and text[i - 1] == ")":
        j = i - 1
        while j > 0 and text[j - 1] not in "()":
            j -= 1
        if j > 0 and text[j - 1] == "(":
            i = j - 1
            while i > 0 and _WORD_OR_SPACE.match(text, i - 1):
                i -= 1
    return i


def disease_parens(text: str) -> Iterator[re.Match]:
    """``_DISEASE_PAREN.finditer(text)``, the same matches in the same order, tried only where a
    match can start: every match ends in a short form "(X;" (``_PAREN_SHORT_ANYWHERE``), and starts
    no earlier than ``_region_start`` of it. finditer itself tries every position, and its
    "\\w+osis"-style alternatives run to the end of the word run from each (quadratic in a CJK run:
    ~1 % of a batch's time, benchmark 16x, stop 37). A match is tried with ``match`` at each
    position of the regions (merged, in order), from the end of the last match on, as finditer does."""
    shorts = (hit.start() for hit in _PAREN_SHORT_ANYWHERE.finditer(text))
    regions: list[list[int]] = []
    for lo, hi in sorted((_region_start(text, paren), paren) for paren in shorts):
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    pos = 0
    for lo, hi in regions:
        at = max(lo, pos)
        while at < hi:
            m = _DISEASE_PAREN.match(text, at)
            if m is None:
                at += 1
                continue
            yield m
            pos = at = m.end()


def is_disease_use(text: str, start: int, end: int, shorts: frozenset[str]) -> bool:
    """Whether text[start:end] is a use of a disease short form (not followed by a gene word)."""
    if not shorts:
        return False
    # the whole hyphenated word: "NETs" of "GEP-NETs" (gastroenteropancreatic neuroendocrine tumours)
    a, b = start, end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    word = text[a:b].strip("-")
    return ((text[start:end] in shorts or word in shorts or word.rstrip("s") in shorts)
            and not _GENE_WORD_AFTER.match(text, end))


# a dose then an all-caps word: the dosing frequency or route ("5 mg BID", "10 mg/kg IV", "1 g QD")
_WORD_AFTER_DOSE = lazy_re.compile(r"\d\s?(?:mg|g|µg|μg|mcg|ng|ml|mL|IU|U)(?:/(?:kg|m2|day|d))?\s([A-Z]{2,3})(?![\w-])")


def dosing_words(texts) -> frozenset[str]:
    """All-caps words a document writes right after a dose (BioRED PMID 20520283: "asenapine at
    5 mg BID"): dosing frequencies or routes, in all their uses there ("twice daily (BID)").
    BID is also BH3-interacting domain death agonist, a gene, in papers that dose nothing."""
    return frozenset(hit.group(1) for t in texts for hit in _WORD_AFTER_DOSE.finditer(t))


# Names of markers and variants, not genes: microsatellite D-segments (D13S1280, DXS1047; the
# Genome Database nomenclature), numbered SNPs of a study (SNP7), dbSNP ids (rs1800734).
# T-cell subsets (Th1, Th17, Tc1, Tr1) are cells, not genes (no gold gene in BioRED or BC2GM train;
# TH1 is an alias of NELFCD, written in capitals).
_MARKER = lazy_re.compile(r"^(?:D(?:\d{1,2}|X|Y)S\d{1,5}[A-Z]?|SNPs?\d{1,3}|rs\d{3,}|T[hcr]\d{1,2})$")


def not_gene_use(text: str, start: int, end: int, disease_shorts: frozenset[str],
                 dosing: frozenset[str] = frozenset()) -> bool:
    """A gene-shaped span that names a disease the paper defined, a nucleotide sequence, a dosing
    word, a genetic marker or variant, a T-cell subset, or a name of another nomenclature
    (residues, plasmids, reading frames, units, sized proteins: nlp/non_gene_names.py)."""
    return (is_disease_use(text, start, end, disease_shorts) or is_nucleotide_use(text, start, end)
            or text[start:end] in dosing or bool(_MARKER.match(text[start:end]))
            or is_postnatal_day(text, start, end) or names_no_gene(text, start, end))


_POSTNATAL_DAY = lazy_re.compile(r"^P\d{1,2}$")
_POSTNATAL = lazy_re.compile(r"\bpostnatal(?:ly)?\b", re.IGNORECASE)


def is_postnatal_day(text: str, start: int, end: int) -> bool:
    """P0-P99 in a paragraph that speaks of postnatal days is an age ("saline on postnatal day
    (P) 20 ... pilocarpine on P20"), not the gene aliases P20, P21 (CDKN1A) or P35."""
    return bool(_POSTNATAL_DAY.match(text[start:end])) and _POSTNATAL.search(text) is not None


_NUCLEOTIDES = lazy_re.compile(r"^[ACGTU]{2,4}$")
# a codon or repeat written as a sequence: "(GCG)6", "(CTG) n-repeat", "c.304ins(GCG)", "CAG/GG",
# "GG genotype", "CAG repeat length", "threonine (ACG) at codon 453"
_SEQUENCE_AFTER = lazy_re.compile(
    r"\)?\s?(?:\(?\d|n\b)|/[ACGTU]{2,}\b|[ACGTU]{2,}|\s+(?:genotypes?|alleles?|repeats?|homozygo\w*|"
    r"heterozygo\w*|carriers?|codons?|triplets?|expansions?|distribution|at codon|"
    r"(?:half-)?sites?|motifs?|sequences?)\b")
_SEQUENCE_BEFORE = lazy_re.compile(r"(?:ins|dup|del|[ACGTU]{2,}\)?\d*|[ACGTU]{2,}/)\(?$")


def is_nucleotide_use(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a nucleotide sequence, not a gene symbol made of the same
    letters (AGT, CAT, UGT stay genes): a two-letter genotype (AA, GG), or a codon/repeat
    written as a sequence (BioRED: "(GCG)6", "CAG/GG genotype")."""
    token = text[start:end]
    if not _NUCLEOTIDES.match(token):
        return False
    return len(token) == 2 or bool(_SEQUENCE_AFTER.match(text, end)) or bool(
        _SEQUENCE_BEFORE.search(text, max(0, start - 12), start))


@lru_cache(maxsize=64)
def _short_form_pattern(shorts: frozenset[str]) -> re.Pattern:
    """The uses of a paper's short forms, longest first: built once per paper (its set of short
    forms), not once per sentence."""
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
                      + r")s?(?![\w\-])")


def short_form_spans(text: str, shorts: frozenset[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Uses of ``gene_short_forms`` in a sentence that no mention covers."""
    if not shorts:
        return []
    return [hit.span(1) for hit in _short_form_pattern(shorts).finditer(text)
            if not any(a < hit.end(1) and hit.start(1) < b for a, b in taken)]


_SNRNA = lazy_re.compile(r"^U\d{1,2}$")
_SPLICING_CUE = lazy_re.compile(r"snRNAs?|snRNPs?|snoRNAs?|splic|small nuclear|small nucleolar", re.IGNORECASE)


def is_snrna_use(sentence: str, word: str) -> bool:
    """Whether ``word`` (U1, U4, U12) names a small nuclear RNA: the sentence speaks of snRNAs,
    snRNPs or splicing ("the U4/U6 helix", "U1, U2, U5 and U4/U6 present in the spliceosome").
    BC2GM tags them as gene products (0-80 %: 20 of 22 such free tokens gold)."""
    return bool(_SNRNA.match(word)) and _SPLICING_CUE.search(sentence) is not None


def shape_spans(
    text: str, taken: list[tuple[int, int]], excluded: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of gene-symbol-shaped tokens that no mention covers (English text).

    A symbol shape is letters with a capital and a digit (GCN4, VP16, SH2, Cdc2, Pit-1), an
    immunoglobulin class (IgG) or a bacterial gene name (lacZ, recA). Not: chemical formulas and
    ions (CO2, Ca2, K562), a token
    before ``cells``/``virus``/``phase`` (HepG2 cells, HIV-1 virus, G1 phase), or a listed
    word (curated ``not-symbol`` rows: HIV-1, SV40, FEV1 …).
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(1)
        if not (
            _SYMBOL_SHAPE.match(word)
            or _IG.match(word)
            or _DEMEREC.match(word)
            or _DEMEREC_PROTEIN.match(word)
            or (_MOLECULAR_WEIGHT.match(word) and not _DECIMAL_AFTER.match(text, m.end(1)))
            or _RESTRICTION.match(word)
        ):
            continue
        a, b = m.span(1)
        if any(s < b and a < e for s, e in taken):
            continue
        if word in excluded or word.split("-")[0] in excluded or _FORMULA.match(word):
            continue
        if _VARIANT.match(word) or _LONG_CODE.match(word) or _BAND_OR_VECTOR.match(word):
            continue
        if _PREFIXED_VARIANT.match(word):
            continue
        glued = _GLUED_VARIANT.search(word)
        if glued and sum(c.isalpha() for c in word[: glued.start()]) >= 2:
            b -= len(glued.group())
            word = word[: glued.start()]
        if _CODE.match(word) and not _IG.match(word):
            continue  # compound codes (MK-801, U0126), cell lines (U937), strains, LD50
        if _BARE.match(word) and not has_gene_cue(text, a, b, []) and not is_snrna_use(text, word):
            continue
        if _NOT_SYMBOL_WORDS.search(word) or _NON_GENE_AFTER.match(text[b : b + 20]):
            continue
        if b < len(text) and text[b] == "+":  # an ion: Ca2+
            continue
        out.append((a, b))
    return out


# --- gene mentions by their head noun (no dictionary entry) ----------------------------------

_ASE = lazy_re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9]*(?:ase|ases))(?![\w-])")
_HEADS = lazy_re.compile(
    r"(?<![\w-])(kinases?|receptors?|factors?|antigens?|toxins?|proteins?|activators?|"
    r"polymerases?|nucleases?|globulins?|channels?)(?![\w-])"
)
_NOT_ENZYME = frozenset(
    [
        "disease",
        "diseases",
        "increase",
        "increases",
        "decrease",
        "decreases",
        "release",
        "releases",
        "base",
        "bases",
        "case",
        "cases",
        "phase",
        "phases",
        "phrase",
        "ease",
        "cease",
        "lease",
        "purchase",
        "database",
        "databases",
        "crease",
        "kilobase",
        "kilobases",
        "megabase",
        "megabases",
        "metastase",
    ]
)
# Words in -ase that name no enzyme, by their ending: stages of the cell cycle (interphase,
# metaphase), the plurals of -stasis and -iasis (metastases, helminthiases), gases, aliases
_ASE_WORD = lazy_re.compile(r"(?:phases?|stases|iases|^gases|^aliases)$", re.IGNORECASE)


def is_ase_word(word: str) -> bool:
    """Whether a word in -ase is an ordinary word, not an enzyme name (BC2GM train 0-80 %: six
    such head-noun mentions, none gold)."""
    return bool(_ASE_WORD.search(word))


_SUFFIX = lazy_re.compile(
    r"(?: (?:I|II|III|IV|V|VI|VII|VIII|IX|X|[A-Z]|\d{1,2}[a-z]?)"
    r"|[- ](?:alpha|beta|gamma|delta|kappa))"
    r"(?![\w-])"
)


# Heads that make a description unless a capital or digit names the protein ("regulatory protein",
# "prognostic factors"); not the enzymes that start with the same letters (cysteine proteinase)
_DESCRIPTIVE_HEADS = frozenset(["protein", "proteins", "factor", "factors"])


def _designated(text: str, end: int) -> bool:
    """Whether a designator (a Roman numeral, capital, number or Greek letter) follows the word
    ending at ``end``: "endonuclease III", "topoisomerase II" name one enzyme."""
    return _SUFFIX.match(text, end) is not None


def phrase_spans(
    text: str, taken: list[tuple[int, int]], classes: frozenset[str], stops: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of protein names built on a head noun (``tyrosine kinase``, ``RNA polymerase II``,
    ``luciferase``) that no mention covers.

    A head from the list needs at least one modifier on its left (``extend_left``); an enzyme
    name in -ase stands alone too unless it is a listed class word (phosphatase) or an
    ordinary word (disease, increase). A Roman numeral, capital, number or Greek letter after
    the head joins the name (``DNase I``, ``protein C``).
    """
    out: list[tuple[int, int]] = []
    heads = [(m.start(1), m.end(1), False) for m in _HEADS.finditer(text)]
    heads += [
        (m.start(1), m.end(1), True)
        for m in _ASE.finditer(text)
        if m.group(1).lower().endswith(("ase", "ases"))
        and m.group(1).lower().removesuffix("s") not in _NOT_ENZYME and not is_ase_word(m.group(1))
    ]
    for a, b, enzyme in sorted(heads):
        if out and a < out[-1][1]:
            continue
        start = extend_left(text, a, stops=stops)
        word = text[a:b].lower()
        if start == a and not (enzyme and (word not in classes and word.rstrip("s") not in classes
                                           or _designated(text, b))):
            continue  # a class word alone names no gene; with a designator it does (endonuclease III)
        if word in _DESCRIPTIVE_HEADS and not any(
            (c.isupper() or c.isdigit()) for c in text[start:a].replace("kDa", "")
        ):
            continue  # "regulatory protein", "prognostic factors": a description, not a name
        suffix = _SUFFIX.match(text, b)
        end = suffix.end() if suffix else b
        if text[start:end].lower() in classes or text[a:end].lower() in classes and start == a:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        if out and start < out[-1][1]:  # "cAMP receptor" then "cAMP receptor protein": the longer
            if start > out[-1][0]:
                continue
            out.pop()
        out.append((start, end))
    return out


# --- genes named in a pathway name (no entity: the pathway is what the sentence is about) ------

_PART_SPLIT = lazy_re.compile(r"[^/]+")


def pathway_part_spans(m: Mention, relink) -> list[tuple[int, int]]:
    """The genes/families listed in a pathway name's head, ``PI3K/Akt pathway`` -> PI3K, Akt
    (paragraph offsets): BioRED and BC2GM annotate each member; the dictionary links the whole
    name to the pathway. Only when every part names a gene or family (``relink``)."""
    from pipeline.nlp.pathways import _TRIGGER_AT_END

    trigger = _TRIGGER_AT_END.search(m.text)
    if not trigger or trigger.start() == 0:
        return []
    head = m.text[: trigger.start()].rstrip()
    if "/" not in head:
        return []
    parts = [(p.start(), p.end()) for p in _PART_SPLIT.finditer(head)]
    if len(parts) < 2 or any(relink(head[a:b]) is None for a, b in parts):
        return []
    return [(m.start + a, m.start + b) for a, b in parts]


# A lower-case phrase ending in a class noun, with no designator: "general transcription factor",
# "adaptor proteins", "key transcription factor", "replication proteins"
_CLASS_PHRASE = lazy_re.compile(r"^[a-z][a-z\- ]*\b(?:proteins?|factors?|activators?)$")
_GREEK_WORD = lazy_re.compile(r"\b(?:alpha|beta|gamma|delta|epsilon|kappa|sigma|zeta|theta|omega)\b")


def is_generic_class_phrase(surface: str) -> bool:
    """Whether a fuzzily linked phrase names a class of proteins, not one gene: lower case, no
    digit, Greek letter or capital, and a class noun last ("general transcription factors",
    "chaperone proteins", "interacting factor"). The linker finds the nearest name of the right
    head noun, but nothing in such a phrase tells one gene apart. BC2GM 60-80 % (lists learned on
    0-60 %): 4 of 44 such links gold (ribosomal protein, basic helix-loop-helix protein)."""
    return bool(_CLASS_PHRASE.match(surface)) and not _GREEK_WORD.search(surface)
