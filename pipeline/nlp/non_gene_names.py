"""Names shaped like gene symbols that name something else: residues, plasmids, reading frames.

The symbol-shape rule (``gene_context.shape_spans``: a capital and a digit) and the dictionary's
short aliases also catch the other lab nomenclatures that share that shape. Each is written by
its own convention, so the shape alone tells it apart (English text; pure functions of the
mention's surface):

* amino-acid residues and stretches of them: ``Ser-133``, ``Tyr497``, ``Cys82``,
  ``Arg183-His267``, ``E960-A961``, ``M98-F219``, and point mutations joined into one construct
  (``D40A-D42A-D44A``). The three-letter code and a position name a residue (IUPAC-IUB 1984), but
  mouse symbols share the shape (``Trp53``; ``Arg1``, arginase 1, in BioRED): a bare code and
  number counts as a residue only with a hyphen, a position of 100 or more, or a word of
  sequence positions or another residue within 100 characters (``Asp53 (the site of
  phosphorylation), Asp10 and Glu9``), not in "Arg1 was ablated in the lung".
* plasmids, cosmids and vectors: a lower-case ``p`` then a capital (``pSM19035``, ``pAMbeta1``,
  ``pLS1``, ``pCM2``), the plasmid nomenclature of Novick et al. (Bacteriol Rev 1976). Protein
  names written with a ``p`` prefix have no digit (``pRb``, ``pVHL``); a hyphen before the number
  (``pQE-30`` but also the products ``pAI-1``, ``pSok-6``) is left alone.
* open reading frames: ``ORF``, ``ORFs``, ``ORF-2``, ``ORF 4`` (a stretch of sequence; a named
  frame such as ``ORF E6`` or ``ORF-Pto`` stays).
* units raised to -1: ``l h-1``, ``mM-1``, ``dL-1``, ``mg l-1`` (the dictionary knows ``h-1``,
  ``ml-1`` as not-gene rows; these are the ones written with another unit or a molar unit).
* viruses abbreviated with a hyphen and their type number: ``HPV-18``, ``HHV-6``, ``PIV-2``,
  ``GLRaV-2`` (a capital, up to five letters, V, hyphen, number); herpesviruses and simian
  viruses also without it (``gammaHV68``, ``SV5``).
* a cell line or strain named right after the words: ``cell line LA-N-1``, ``strain H37Ra``
  (with a comma between, "cell lines, LT mRNA is ...", the next word may start a clause).
* regulatory elements numbered in a promoter or locus: ``HS2`` (DNase hypersensitive site),
  ``CE2`` (conserved element), ``UAS1``, ``URS1``, ``CRE1``, ``UCR2`` (upstream conserved region),
  ``LR1`` (linker region); the hyphenated ``HS-40`` enhancer is left alone.
* a CAS registry number's label (``estradiol (CAS 50-28-2)``) and an inbred mouse strain before
  its substrain (``DBA/2``, ``CBA/J``, ``C3H/HeJ``).
* an oxyanion's formula with its charge: ``NO3-``, ``NO2-``, ``SO4 2-`` (NO3 is an alias of NBL1).
* a protein described only by its size: ``a 116-amino-acid protein``, ``the 14-kDa protein``,
  ``soluble 62-kDa protein``, ``90kD proteins`` - no name, so no gene mention.

Counts on BC2GM train 0-80 % (the tune part; learned lists from 0-60 % where they matter), gene
mentions of each kind that match a GENE/ALTGENE span vs not: residues 4 / 100, residue ranges and
mutation lists 0 / 30, plasmid-shaped 8 / 65, bare and numbered ORFs 2 / 33, units 0 / 12, sized
proteins 0 / 66 (of 105 such phrases in the text, none is a gold span), viruses 0 / 13, cell
lines and strains named after the word 11 / 3, numbered elements 1 / 19 (60-80 %, lists from
0-60 %), CAS labels 0 / 7, strains before a slash 0 / 6.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_AA3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
_RESIDUE = lazy_re.compile(rf"^(?:{_AA3})-?\d+$")
_RESIDUE_CUE = lazy_re.compile(
    rf"residue|substitut|mutat|phosphorylat|position|\bsites?\b|->|→|(?<![\w-])(?:{_AA3})-?\d+(?![\w-])",
    re.IGNORECASE)
_WINDOW = 100
# a stretch between two residues (Arg183-His267, E960-A961, M98-F219) or substitutions joined
# into one mutant (D40A-D42A-D44A, E192A-E194A)
_RESIDUE_RANGE = lazy_re.compile(rf"^(?:{_AA3}|[A-Z])\d+[A-Z]?-(?:{_AA3}|[A-Z])\d+[A-Z]?(?:-[A-Z]\d+[A-Z])*$")
_PLASMID = lazy_re.compile(r"^p[A-Z][A-Za-z]*\d+[A-Za-z0-9\-]*$")
_READING_FRAME = lazy_re.compile(r"^ORFs?(?:[- ]?\d+)?$")
_UNIT = r"(?:[mµμnp]?[glLM]|mol|d[lL]|h|min|s|day)"
_UNIT_POWERS = lazy_re.compile(rf"^{_UNIT}\s{_UNIT}-1$")  # l h-1, mg l-1
_UNIT_POWER = lazy_re.compile(rf"^{_UNIT}-1$")  # mM-1, dL-1: a unit only after a number or a unit
_QUANTITY_BEFORE = lazy_re.compile(rf"(?:\d\)?|\b{_UNIT})\s$")
_SIZED_PROTEIN = lazy_re.compile(
    r"^(?:[a-z]+ )?[\d,]*\d\s?-?\s?(?:kDa|kD|Da|K|kilodaltons?|amino[- ]acids?|residues?|aa)"
    r"[- ](?:proteins?|polypeptides?|glycoproteins?|phosphoproteins?)$"
)


def is_residue_name(text: str, start: int, end: int) -> bool:
    """``Ser-133``, ``Tyr497``, ``Arg183-His267``, ``E960-A961``, ``D40A-D42A-D44A``: a residue,
    a stretch of residues or a set of substitutions (a bare ``Cys82`` only among words of
    sequence positions: module docstring)."""
    surface = text[start:end]
    if _RESIDUE_RANGE.match(surface):
        return True
    if not _RESIDUE.match(surface):
        return False
    if "-" in surface or int(surface[3:]) >= 100:
        return True
    around = text[max(0, start - _WINDOW):start] + " " + text[end:end + _WINDOW]
    return any(hit.group() != surface for hit in _RESIDUE_CUE.finditer(around))  # not itself again


def is_plasmid_name(surface: str) -> bool:
    """``pSM19035``, ``pAMbeta1``, ``pLS1``: lower-case p, a capital, then a digit (Novick 1976)."""
    return bool(_PLASMID.match(surface))


def is_reading_frame(surface: str) -> bool:
    """``ORF``, ``ORFs``, ``ORF-2``: an open reading frame, not a gene name."""
    return bool(_READING_FRAME.match(surface))


def is_unit_power(text: str, start: int, end: int) -> bool:
    """``18 l h-1``, ``24 mM-1``, ``12 g dL-1``: a unit to the power -1 (one unit alone only
    after a number or another unit: the ng-1 gene of "the ng-1 and ng-2 intermolt genes")."""
    surface = text[start:end]
    return bool(_UNIT_POWERS.match(surface) or (
        _UNIT_POWER.match(surface) and _QUANTITY_BEFORE.search(text, max(0, start - 8), start)))


def is_sized_protein(surface: str) -> bool:
    """``116-amino-acid protein``, ``soluble 62-kDa protein``: a protein described by its size."""
    return bool(_SIZED_PROTEIN.match(surface))


_VIRUS = lazy_re.compile(r"^[A-Z][A-Za-z]{0,5}V-\d{1,3}[a-z]?$|^(?:[A-Za-z]{0,5}HV|SV)\d{1,3}[a-z]?$")
_SPECIMEN_BEFORE = lazy_re.compile(r"\b(?:cell lines?|strains?)\s$")


def is_virus_name(surface: str) -> bool:
    """``HPV-18``, ``HHV-6``, ``GLRaV-2``, ``gammaHV68``, ``SV5``: a virus and its type."""
    return bool(_VIRUS.match(surface))


def is_named_specimen(text: str, start: int, end: int) -> bool:
    """``cell line LA-N-1``, ``strain VF39``: the name of a cell line or strain."""
    return _SPECIMEN_BEFORE.search(text, max(0, start - 12), start) is not None


_ELEMENT = lazy_re.compile(r"^(?:HS|CE|UAS|URS|CRE|UCR|LR)\d{1,2}[a-z]?$")
_CAS_NUMBER_AFTER = lazy_re.compile(r"\s?(?:No\.?\s?)?\d{2,7}-\d{2}-\d")
_MOUSE_STRAIN = lazy_re.compile(r"^(?:DBA|CBA|C3H|SJL|AKR|NZB|NZW|BALB|SWR|FVB|MRL)$")
_SUBSTRAIN_AFTER = lazy_re.compile(r"/(?:\d|[A-Z])")


def is_numbered_element(surface: str) -> bool:
    """``HS2``, ``CE1``, ``UAS2``, ``UCR1``: a numbered regulatory element or region."""
    return bool(_ELEMENT.match(surface))


def is_label_of_other_name(text: str, start: int, end: int) -> bool:
    """``CAS 50-28-2`` (a registry number) or ``DBA/2`` (a mouse strain)."""
    surface = text[start:end]
    return bool((surface == "CAS" and _CAS_NUMBER_AFTER.match(text, end))
                or (_MOUSE_STRAIN.match(surface) and _SUBSTRAIN_AFTER.match(text, end)))


# an oxyanion's formula, a central atom and its oxygens (NO2, NO3, SO4, PO4, CO3, HCO3, ClO4), and the
# charge written right after it: "NOx (NO2- plus NO3-)" (PMID12396303: NO3 is an alias of NBL1)
_OXYANION = lazy_re.compile(r"^H?(?:N|S|P|C|Cl|Mn|Cr)O\d$")
_CHARGE_AFTER = lazy_re.compile(r"\s?\d?[\-−–](?![A-Za-z0-9\-])")


def is_charged_ion(text: str, start: int, end: int) -> bool:
    """``NO3-``, ``SO4 2-``, ``NO2−``: an oxyanion's formula with its charge (IUPAC notation of ions),
    not a gene symbol, however the dictionary's aliases spell it."""
    return bool(_OXYANION.match(text[start:end])) and _CHARGE_AFTER.match(text, end) is not None


def names_no_gene(text: str, start: int, end: int) -> bool:
    """Whether the gene-shaped mention text[start:end] follows another nomenclature (module
    docstring)."""
    surface = text[start:end]
    return (is_residue_name(text, start, end) or is_plasmid_name(surface) or is_reading_frame(surface)
            or is_unit_power(text, start, end) or is_sized_protein(surface) or is_virus_name(surface)
            or is_named_specimen(text, start, end) or is_numbered_element(surface)
            or is_label_of_other_name(text, start, end) or is_charged_ion(text, start, end)
            or is_hippocampal_field(text, start, end) or is_bench_notation(text, start, end))


# --- notations of the bench: the comparative Ct method, decimals, primer sequences --------------------------

# The comparative Ct method (Livak & Schmittgen, Methods 2001) writes differences of threshold cycles as
# ΔCt and ΔΔCt ("2-ΔΔCt法", "ΔΔCt=实验组ΔCt-对照组ΔCt"; the Δ often lost in conversion: "2-DDCt法"), and
# tables mark a second comparison "ΔΔP<0.01". Folded, they spell DCT (dopachrome tautomerase) and the aliases
# DDCT (DDT) and DDP (TIMM8A): sample ChinaXiv-201801.00686V1, ChinaXiv-201712.00938V1,
# ChinaXiv-201801.00669V1, ChinaXiv-201711.00904V1; new_papers ChinaXiv-201712.00816V1. The gene symbols are
# written in capitals without the Greek letter (DCT, DDT), so only the Δ forms and "DCt"/"DDCt" count.
_DIFFERENCE = lazy_re.compile(r"^(?:[\u0394\u2206\u25b3]{1,2}(?:C[tTqQ]|t|P)|D{1,2}C[tq])$")


def is_difference_notation(surface: str) -> bool:
    """``ΔCt``, ``ΔΔCt``, ``△△CT``, ``DDCt``, ``ΔΔP``: a difference of the comparative Ct method or a
    significance mark, not a gene."""
    return bool(_DIFFERENCE.match(surface))


def is_decimal_part(text: str, start: int, end: int) -> bool:
    """A symbol-shaped span ending in a digit that a decimal point and a digit continue: the head of a
    number, not a symbol. "(P50.05)" is "(P<0.05)" with its "<" lost in conversion (P50 is an alias of
    NFKB1; validation ChinaXiv-201711.01148V1), "溶入PH4.5" is pH 4.5 (PH4 is an alias of P4HTM;
    validation ChinaXiv-201712.01000V1). A name with a decimal of its own (Nav1.5, RAW264.7) is matched
    whole or is a cell line."""
    return (text[end - 1:end].isdigit() and text[end:end + 1] == "." and text[end + 1:end + 2].isdigit()
            and any(c.isalpha() for c in text[start:end]))


_NUCLEOTIDE = frozenset("ACGTU")
_END_LABEL = lazy_re.compile(r"^[ACGTU]+-[35]$")  # "TG-3'": a primer's last bases and its 3' end
_RUN_MIN = 12


def in_nucleotide_run(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a piece of a nucleotide sequence written in groups ("5'-AAG CCT GAC CCA TCT CAG
    AA-3'", primer tables of sample ChinaXiv-201801.00630V1 and validation ChinaXiv-201711.00864V1): only
    the letters A, C, G, T, U, in a run of at least 12 of them with single spaces between groups? Codons
    spell gene symbols (GAC: GLS, CCA: FBN2, CGT: UGT8, ATC: ATM, TG: thyroglobulin)."""
    surface = text[start:end]
    if _END_LABEL.match(surface) and text[end:end + 1] in "'′’":
        surface, end = surface[:-2], end - 2
    if not surface or any(c not in _NUCLEOTIDE for c in surface):
        return False
    a, b = start, end
    while a > 0 and (text[a - 1] in _NUCLEOTIDE or (text[a - 1] == " " and a > 1 and text[a - 2] in _NUCLEOTIDE)):
        a -= 1
    while b < len(text) and (text[b] in _NUCLEOTIDE or (text[b] == " " and b + 1 < len(text)
                                                         and text[b + 1] in _NUCLEOTIDE)):
        b += 1
    return sum(c in _NUCLEOTIDE for c in text[a:b]) >= _RUN_MIN


# A method step runs a volume unit into the next quantity: "instilling 1 mL 50% ethanol" (validation_en
# PMID15968732), "I型胶原酶 $2 \mathrm{mg/mL} 37^{\circ}\mathrm{C}$" unfolded to "2mg/mL37°C" (validation_zh
# ChinaXiv-201812.00642V1). HGNC lists the mitoribosome's new names as aliases (mL37 of MRPL37, mL50 of
# MRPL50), so the unit and the number spelled a gene; after a quantity ("1 ") or a unit's slash ("mg/") they
# are the unit of one quantity and the start of the next.
_VOLUME_AND_NUMBER = lazy_re.compile(r"^[mµμun]?[lL]\s?\d+$")
_QUANTITY_OR_PER_BEFORE = lazy_re.compile(r"(?:\d\s?|[A-Za-zµμ]/)$")


def is_unit_and_quantity(text: str, start: int, end: int) -> bool:
    """Is the gene-shaped mention a volume unit followed by the next number ("1 mL 50%", "2mg/mL37°C")?"""
    return bool(_VOLUME_AND_NUMBER.match(text[start:end])
                and _QUANTITY_OR_PER_BEFORE.search(text, max(0, start - 3), start))


# A capital code, a hyphen and a number of three or more digits is a catalogue name: a cell line (SGC-7901,
# MGC-803, HCC-2998), a cell bank's number (CRL-2300) or a compound code (PKI-587). Its letters alone can spell
# a gene or family (SGC, soluble guanylate cyclase: four development papers, sample ChinaXiv-201707.00654V1
# "胃癌（SGC-7901）", ChinaXiv-201806.00153V1, ChinaXiv-202010.00047V1, ChinaXiv-201712.00767V1), and cell_lines.py
# sees such a name only where it is written as cells. A gene written so (ZNF-217) is matched as the whole
# token, never as its letters alone, so the letters followed by the number are no gene. Only a Latin letter or digit
# before the letters joins them to a longer token: the code is often glued to the Chinese cell noun before it
# ("胃癌细胞SGC-7901", sample ChinaXiv-202010.00047V1 body and a reference title), and str.isalnum is true for 胞.
_NUMBERED_CODE_LETTERS = lazy_re.compile(r"^[A-Z][A-Za-z]{1,5}$")
_CATALOGUE_NUMBER_AFTER = lazy_re.compile(r"-\d{3,5}(?![A-Za-z0-9.\-])")


def is_numbered_code(text: str, start: int, end: int) -> bool:
    """Are the capital letters text[start:end] the head of a code with a catalogue number ("SGC-7901")?"""
    return (bool(_NUMBERED_CODE_LETTERS.match(text[start:end]))
            and (start == 0 or not (text[start - 1].isascii() and text[start - 1].isalnum()))
            and bool(_CATALOGUE_NUMBER_AFTER.match(text, end)))


# A supplier in a methods sentence: "试剂盒购自BD公司" / "购买于美国BD" (Becton Dickinson; validation ChinaXiv-201803.00487V1,
# ChinaXiv-201712.00999V1), "利用美国Bio-Rad公司GelDoc…" (sample ChinaXiv-201711.00904V1, ChinaXiv-202107.00008V2),
# "液体硫乙醇酸盐培养基（7017946，BD）" (catalogue number and supplier, sample ChinaXiv-201812.00846V1). Its letters spell
# a compound fragment (BD is HerbiV's "beta-D") or a gene (Rad, RRAD), and co-mention paired it with every gene
# and drug of the reagent list. The slot decides: the name right before 公司 (or Inc./Co./Corp.), right after
# 购自/购买于/购于 (and a country), or after a catalogue number in the brackets of a reagent.
_COMPANY_AFTER = lazy_re.compile(r"\s?(?:公司|Inc\b|Co\.|Corp\b|Corporation\b)")
_BOUGHT_FROM_BEFORE = lazy_re.compile(r"(?:购自|购买于|购买自|购于)\s?(?:美国|英国|日本|德国|瑞士|法国|中国)?\s?$")
# a catalogue number: digits, after at most two letters ("7017946", "L2880"); a gene list in brackets
# ("(CYP11B2, CYP11B1)") is none
_CATALOGUE_BEFORE = lazy_re.compile(r"[(（]\s?[A-Za-z]{0,2}\d{3,}[\d\-]*\s?[,，]\s?$")
_BRACKET_CLOSE_AFTER = lazy_re.compile(r"\s?[)）]")


# The supplier's hyphenated name is one wherever it stands: "酶标仪(Bio-Rad);Mycycler梯度PCR仪(Bio-Rad)" (sample
# ChinaXiv-201801.00630V1), "凝胶电泳成像分析系统为美国Bio-Rad产品" (sample ChinaXiv-201712.00524V1), "蛋白质考马斯亮蓝染色浓缩液
# （Bio-Rad）" (sample ChinaXiv-202107.00008V2): no gene is written after "Bio-" (Bio-Rad, Bio-Tek, Bio-Techne).
_BIO_HYPHEN_BEFORE = lazy_re.compile(r"(?<![A-Za-z])Bio-\s?$", re.IGNORECASE)


def names_a_supplier(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (a gene or compound mention) a supplier's name in a methods sentence (above)?"""
    if _COMPANY_AFTER.match(text, end) or _BOUGHT_FROM_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _BIO_HYPHEN_BEFORE.search(text, max(0, start - 5), start):
        return True
    return bool(_BRACKET_CLOSE_AFTER.match(text, end) and _CATALOGUE_BEFORE.search(text, max(0, start - 16), start))


def is_bench_notation(text: str, start: int, end: int) -> bool:
    """A comparative-Ct difference, the head of a decimal, a piece of a nucleotide sequence or a unit run
    into the next quantity (above)."""
    return (is_difference_notation(text[start:end]) or is_decimal_part(text, start, end)
            or in_nucleotide_run(text, start, end) or is_unit_and_quantity(text, start, end))


# --- isoenzyme and subtype designators: "CK-MB", "creatine kinase MB", 肌酸激酶同工酶MB ----------------

# An all-capital abbreviation, a hyphen and a designator of one or two capitals names a subtype of
# the abbreviated protein: the isoenzymes by subunit composition (CK-MB, CK-BB, CK-MM: creatine
# kinase of muscle and brain subunits; IUPAC-IUB enzyme nomenclature names isoenzymes so), the
# classes and receptor subtypes (MHC-II, SR-BI). The designator spells a gene symbol only by
# chance (MB is myoglobin, AR the androgen receptor): a gene mention covering the designator
# alone, or the compound linked to the designator's gene, names no gene of its own. Written after
# the enzyme's name ("creatine phosphokinase MB (CK-MB)", "肌酸激酶同工酶MB") it is the same designator.
_ABBREVIATION_HYPHEN_BEFORE = lazy_re.compile(r"(?<![A-Za-z0-9\-])[A-Z]{2,4}-$")
_DESIGNATOR = lazy_re.compile(r"^[A-Z]{1,2}$")
_DESIGNATED = lazy_re.compile(r"^[A-Z]{2,4}-(?P<designator>[A-Z]{1,2})$")
_ENZYME_NAME_BEFORE = lazy_re.compile(
    r"(?:kinase|dehydrogenase|isoenzymes?|isozymes?|isoforms?|同工酶|激酶)[\s\-]?$", re.IGNORECASE)


def is_isoform_designator(text: str, start: int, end: int) -> bool:
    """text[start:end] is a one- or two-capital designator glued by a hyphen to an all-capital
    abbreviation (the MB of CK-MB) or written right after an enzyme's name (creatine kinase MB)."""
    if not _DESIGNATOR.match(text[start:end]) or text[end:end + 1].isalnum():
        return False
    return bool(_ABBREVIATION_HYPHEN_BEFORE.search(text, max(0, start - 5), start)
                or _ENZYME_NAME_BEFORE.search(text, max(0, start - 16), start))


# --- the fields of the hippocampus: "海马CA1区", "areas CA3 and CA4", "hippocampal CA1 neurons" -----------

# The hippocampus proper is divided into the fields CA1-CA4 (cornu Ammonis, Lorente de Nó 1934),
# which spell the carbonic anhydrase symbols CA1-CA4. A field is named with a field noun after it
# (CA1区, CA3 region, CA1 pyramidal neurons), after the organ (海马CA1, hippocampal CA1), after a
# field noun (areas CA3, subfields CA1) or listed with another field (CA1 and CA3, CA1/CA3); the
# enzyme is not ("CA1 expression was reduced in colorectal cancer tissues").
_FIELD = lazy_re.compile(r"^CA[1-4]$")
_FIELD_NOUN_AFTER = lazy_re.compile(
    r"\s?(?:区|亚区|(?:regions?|areas?|fields?|subfields?|sectors?|subregions?|pyramidal|stratum|"
    r"neurons?|dendrit\w*|/prosubiculum)\b)", re.IGNORECASE)
_FIELD_BEFORE = lazy_re.compile(
    r"(?:海马|齿状回|hippocamp\w*|(?:regions?|areas?|fields?|subfields?|sectors?)\s\(?)\s?$", re.IGNORECASE)
_FIELD_LIST = lazy_re.compile(r"\s?(?:,|、|和|及|/|-|and|or)\s?CA[1-4]\b")
_FIELD_LIST_BEFORE = lazy_re.compile(r"CA[1-4]\s?(?:,|、|和|及|/|-|and|or)\s?$")
_ENZYME_WORD = lazy_re.compile(r"anhydrase|碳酸酐酶|isoenzyme|isozyme|同工酶", re.IGNORECASE)


def is_hippocampal_field(text: str, start: int, end: int) -> bool:
    """text[start:end] (CA1-CA4) names a field of the hippocampus (see above)."""
    if not _FIELD.match(text[start:end]):
        return False
    if _FIELD_NOUN_AFTER.match(text, end) or _FIELD_BEFORE.search(text, max(0, start - 16), start):
        return True
    # a list of fields, unless the paragraph speaks of the enzymes ("CA1 and CA2 isoenzymes")
    return bool(_FIELD_LIST.match(text, end) or _FIELD_LIST_BEFORE.search(text, max(0, start - 8), start)) \
        and _ENZYME_WORD.search(text) is None


def drop_other_nomenclatures(text: str, mentions: list, symbol_of) -> list:
    """The paragraph's mentions without gene mentions of an isoform designator alone (MB of CK-MB),
    without a compound linked to its designator's gene (CK-MB as MB, from the long form
    "creatine phosphokinase MB"), without hippocampal fields (海马CA1区) and without the bench's
    notations (2-ΔΔCt, P50.05, primer codons: ``is_bench_notation``), in either language;
    ``symbol_of(entity id)`` is the gene's approved symbol."""
    out = []
    for m in mentions:
        if m.label == "GENE" and m.entity_id:
            if (is_isoform_designator(text, m.start, m.end) or is_hippocampal_field(text, m.start, m.end)
                    or is_bench_notation(text, m.start, m.end)):
                continue
            designated = _DESIGNATED.match(m.text)
            if designated and designated.group("designator") == symbol_of(m.entity_id):
                continue
        out.append(m)
    return out


# --- immunoglobulin isotypes ------------------------------------------------------------------------------

# The antibody classes are written "Ig" and the heavy-chain letter (IgA, IgD, IgE, IgG, IgM), with a
# subclass number (IgG1, IgG2a) or "s" for secretory (sIgA). Folded, "IgA" meets CD79A's alias IGA (and its
# "Ig-alpha"), so "serum IgA" and "mucosal IgA responses" became the B-cell receptor chain (BC2GM train
# P00603783A0647, P00453780A0430; validation_zh ChinaXiv-201711.00749V1's references; BioRED PMID25263533).
# The dictionary holds no immunoglobulin heavy-chain genes, so the class stays an unlinked gene mention as
# IgG and IgM do (BC2GM tags it). CD79A's own names are written with the Greek letter ("Ig-α", "Igα").
_ISOTYPE = lazy_re.compile(r"^s?Ig[ADEGM](?:\d[a-d]?)?$")


def is_immunoglobulin_isotype(surface: str) -> bool:
    """``IgA``, ``IgG1``, ``IgG2a``, ``sIgA``: an antibody class, not a gene symbol."""
    return bool(_ISOTYPE.match(surface))
