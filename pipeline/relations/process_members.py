"""Genes named as the proteins of a process: "<process>-related proteins (A, B, C)".

"up-regulation of mitochondrial apoptosis pathway-related proteins (Bax, Bak, cytosolic
Cytochrome c, and cleaved Caspase3)", "凋亡相关蛋白Bcl-2、Bax", "自噬相关基因LC3II和ATG7",
"the autophagy-related gene ATG5": each listed gene is a component of the process
(GUIDELINES 2, ``member_of``: "自噬相关基因 LC3II 和 ATG7", "自噬相关蛋白ATG5"; gold
PMID 23313376, ChinaXiv-201712.00767V1). The process itself is only the modifier of the noun
"proteins": a verb on the phrase acts on the proteins, not on the process.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the process word itself as the noun's modifier, a name right after: "自噬蛋白LC3I及LC3III" (validation_zh
# ChinaXiv-201712.00990V1), "mTORC1可以使自噬因子Atg13磷酸化" (sample ChinaXiv-201711.01551V1); not a role
# descriptor ("抗凋亡蛋白Bcl-2", "促凋亡蛋白Bax": roles.py, a direction). Its list holds names and conjunctions
# only ("Atg13磷酸化,打破Atg1-Atg13-Atg17…": the verb ends it)
_BARE_NOUN = r"(?<!抗凋亡)(?<!促凋亡)(?<!前凋亡)(?:蛋白|因子|基因)(?=[A-Za-z])"
_BARE = lazy_re.compile(_BARE_NOUN)
# the same in English: the process word as the bare modifier of a part noun, the name right after ("Autophagy receptor
# OPTN (optineurin) regulates …", reviews jin2025_autophagy, a reference title GUIDELINES 2 reads ``member_of``; "the
# autophagy protein LC3", "autophagy genes ATG5 and ATG7"); not a regulator ("autophagy regulator Beclin-1" names a
# role, not a part), nor after an adjective ("anti-apoptotic protein Bcl-2": roles.py). Its list holds names (blanked by the caller), commas and and/or only
_BARE_NOUN_EN = r"(?<![Ii]c)\s+(?:proteins?|genes?|receptors?|adaptors?|adapters?|substrates?)(?=\s+[A-Za-z0-9αβγδκ])"
_BARE_EN = lazy_re.compile(_BARE_NOUN_EN, re.IGNORECASE)
_BARE_EN_LIST_GAP = lazy_re.compile(r"(?:[\s,/]|\band\b|\bor\b)*", re.IGNORECASE)
# the process as the object of a role noun before it: "the inhibitor of apoptosis protein survivin" (an IAP, sample
# ChinaXiv-201806.00153V1's reference title: survivin inhibits apoptosis, it is no part of it)
_ROLE_OF_BEFORE = lazy_re.compile(r"\b(?:inhibitors?|regulators?|activators?|suppressors?|antagonists?|mediators?|"
                                  r"modulators?)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}[\w\-]+$", re.IGNORECASE)
_BARE_LIST_GAP = lazy_re.compile(r"(?:[\s、,，/\-A-Za-z0-9αβγδκⅠⅡ]|和|及|与|以及|或)*")
# right after the process: its "related/associated proteins" noun ("apoptosis pathway-related
# proteins", "autophagy-related gene", "凋亡相关蛋白", "自噬途径相关基因")
_RELATED_NOUN = lazy_re.compile(
    r"\s*(?:\(\s*[A-Za-z]{1,8}\s*\)\s*)?-?\s*(?:(?:signal(?:l?ing)?\s+)?pathway\s*-?\s*)?(?:related|associated)\s+"
    # (the noun may be glued to the first name by the PDF's text layer: "autophagy-related proteinLC3, beclin1",
    # validation_zh ChinaXiv-201712.00990V1's English abstract, as "a memberof" in ChinaXiv-201711.00749V1)
    r"(?:proteins?|genes?|factors?|molecules?|markers?)(?:\b|(?=[A-Z]))"
    r"|\s*(?:途径|通路|信号通路)?相关(?:的)?(?:蛋白|基因|因子|分子|标志物)"
    # a pathway's key molecules: "WNT信号通路关键分子β-catenin", "WNT信号通路分子包括Wnt3a,Wnt7a,Fzd4"
    # (validation_zh ChinaXiv-201712.01205V1, ChinaXiv-201712.01000V1), "the MAPK pathway components ERK and
    # JNK"; not its downstream targets ("下游蛋白": GUIDELINES 5.11, associated) nor its inhibitors
    # (its key proteins too: "Wnt信号通路关键蛋白β-catenin与Gsk3β", validation38_zh ChinaXiv-201712.00818V1; "TLR4信号通路
    # 关键蛋白", free pool; a protein, gene or factor only with 关键/核心, which a regulator of the pathway is not called)
    r"|\s*(?:信号通路|信号途径|通路|途径)?(?<=通路|途径)(?:的)?(?:(?:关键|核心)(?:信号)?(?:蛋白|基因|因子)|"
    r"(?:关键|重要|核心|主要)?(?:信号)?(?:分子|成分|组分|组件))(?:包括|有|如)?"
    r"|(?:\s+(?:signal(?:l?ing)?\s+)?pathway)?(?<=pathway)\s+(?:key\s+|core\s+)?(?:components?|molecules?)\b(?:\s*,?\s*(?:including|such\s+as))?"
    # a pathway's named parts "in" it: "TGF-β信号通路中的转录因子Smads,包括…Smad4" (validation_zh
    # ChinaXiv-201812.00642V1); not its targets or regulators (靶基因, 下游, 抑制剂: GUIDELINES 5.11)
    r"|\s*(?:信号通路|信号途径|通路|途径)?(?<=通路|途径)(?:中|内)的?(?:(?!调控|调节|靶|抑制|激活|下游|上游)[^，。；,;\s\d]){0,6}?"
    r"(?:转录因子|因子|分子|蛋白|成分|组分|组件|激酶|受体)"
    # a process's markers and components: "自噬标志物(LC3II、p62)" (validation_zh ChinaXiv-201811.00118V1),
    # "自噬成分的转录,包括LC3和BNIP3" (ChinaXiv-202207.00209V1), "autophagy markers (LC3-II, p62)"
    # (also 标志性蛋白: "WesternBlot分析自噬标志性蛋白,包括自噬底物P62、起始复合物组份BECN1,ATG5,ATG16L1", validation40_zh
    # ChinaXiv-201812.00641V1)
    r"|\s*(?:的)?(?:标志物|标志性?蛋白|标志性分子|标记物|成分|组分)(?=[^，。；,;]{0,8}?(?:[,，]\s*)?(?:包括|[（(:：]|如))"
    r"|[\s\-]*(?:markers?|components?)\b(?=\s*(?:[(:]|,?\s*(?:including|such\s+as|e\.g\.)))"
    # the process's adjective as the noun's modifier, its list after it: "the messenger RNA level of apoptotic genes
    # (caspase-3 and caspase-9)" (validation_en PMID23315277, gold member_of Apoptosis), "apoptotic proteins (Bax, Bcl2,
    # caspase 3)" (PMID23523949); not a role adjective ("anti-apoptotic proteins", "pro-apoptotic genes": roles.py)
    r"|(?:(?<=apoptotic)|(?<=autophagic))(?<!anti-apoptotic)(?<!antiapoptotic)(?<!pro-apoptotic)(?<!proapoptotic)"
    r"\s+(?P<adjective>genes?|proteins?|factors?|markers?)\b(?=\s*(?:\(|,?\s*(?:including|such\s+as|e\.g\.)))"
    r"|" + _BARE_NOUN + r"|" + _BARE_NOUN_EN,
    re.IGNORECASE,
)
# between the noun and a listed gene: list openers and separators, other names (blanked by the
# caller), adjectives of a form ("cleaved", "cytosolic"); no verb, no clause of its own
_LIST_GAP = lazy_re.compile(r"^[\s(（:：,，、/\-\wαβγδκⅠⅡ]*$")  # a closing parenthesis ends the list
_MAX_LIST_WORDS = 14
_CLOSED_BRACKETS = lazy_re.compile(r"[(（][^()（）]{0,40}[)）]")
_NOT_A_LIST = lazy_re.compile(r"\b(?:was|were|is|are|which|that|by|in|of|to|increased|decreased|induced|expression)\b"
                              r"|表达|水平|升高|降低|增加|减少|[。;；]", re.IGNORECASE)
# The next class noun in the gap opens a list of its own: in "自噬相关基因Atg5和Beclin1和凋亡相关因子Bcl-2和Bax"
# (validation38_zh ChinaXiv-201712.00232V1; "调亡", an OCR slip of 凋亡, is no mention and stays in the gap) Bcl-2
# and Bax are the apoptosis noun's, not autophagy's: a noun's members are the items before the next noun of its
# kind (GUIDELINES 2, member_of: only the genes the noun names). Another process's "-related proteins" noun, or a
# role noun of apoptosis ("抗凋亡蛋白Bcl-2", roles.py). Only a noun that names the items after it (a name, blanked by
# the caller, right after it): "抗紫外线相关基因(ultraviolet irradiation resistance-associated gene,UVRAG)" is one item's
# own name, glossed in brackets, inside the list "自噬相关基因如Beclin1、抗紫外线相关基因(…UVRAG)、Atg5和Atg7" (free
# ChinaXiv pool ChinaXiv-201711.01383V1)
_NEXT_CLASS_NOUN = lazy_re.compile(
    r"(?:相关(?:的)?(?:蛋白|基因|因子|分子|标志物)|[抗促]凋亡(?:蛋白|基因|因子)"
    r"|\b(?:related|associated)\s+(?:proteins?|genes?|factors?|molecules?|markers?)\b)(?=[\sA-Za-z0-9αβγδκ]|$)",
    re.IGNORECASE)


def related_noun_end(text: str, process_end: int) -> int | None:
    """Where the "-related proteins" noun after a process mention ends, or None."""
    found = _RELATED_NOUN.match(text, process_end)
    return found.end() if found else None


def listed_member(text: str, process_end: int, gene_start: int, blanked_gap: str | None = None) -> bool:
    """Is the gene starting at ``gene_start`` one of the proteins the process's "-related
    proteins" noun lists? ``blanked_gap``: the text from the noun's end to the gene with other
    mentions blanked out (the caller's), else the raw text."""
    found = _RELATED_NOUN.match(text, process_end)
    end = found.end() if found else None
    if end is None or gene_start < end or gene_start - end > 160:
        return False
    if found.group("adjective") and (")" in text[end:gene_start] or "）" in text[end:gene_start]):
        return False  # "apoptotic proteins (Bax, Bcl2, caspase 3) and cytosolic cytochrome c": the bracket is the list
    gap = text[end:gene_start] if blanked_gap is None else blanked_gap
    if _BARE.match(text, process_end):
        return _BARE_LIST_GAP.fullmatch(gap) is not None
    if _BARE_EN.match(text, process_end):
        return _BARE_EN_LIST_GAP.fullmatch(gap) is not None \
            and _ROLE_OF_BEFORE.search(text, max(0, process_end - 60), process_end) is None
    gap = _CLOSED_BRACKETS.sub(" ", gap)  # "受体调节性Smads(Smad1,Smad5),共同作用性Smad(": an item's own brackets
    return bool(_LIST_GAP.match(gap)) and not _NOT_A_LIST.search(gap) and not _NEXT_CLASS_NOUN.search(gap) \
        and len(gap.split()) <= _MAX_LIST_WORDS



# The same noun after the gene, in apposition or as its predicate: "AMBRA1:自噬相关基因" (a glossary line,
# validation_zh ChinaXiv-202207.00209V1), "caspase-3凋亡相关蛋白" (ChinaXiv-201712.00859V1), "P62、Beclin1蛋白
# 也可作为自噬的标志物" (ChinaXiv-202207.00209V1), "Beclin 1, an autophagy-related gene". Between the gene and
# the process: other listed genes (blanked by the caller), a colon or comma, or a copula (是, 为, 作为, "is
# an"); after the process: its "-related gene/protein" noun or its marker noun. GUIDELINES 2 (member_of:
# "自噬相关蛋白ATG5") and 5.11 ("自噬相关蛋白 LC3Ⅱ" → member_of Autophagy).
_GENE_THEN_PROCESS = lazy_re.compile(
    r"^(?:[\s、,，/和及与]|and\b|or\b)*(?:蛋白|基因|mRNA)?\s*"
    r"(?:[:：]|[,，]\s*(?:an?\s+|the\s+)?|(?:\w{0,2}?)(?:也|还|均|都)?(?:可以|可|能)?(?:作为|是|为)(?:一种|一个|重要的|主要的)?"
    r"|\s+(?:is|are|was|were|as)\s+(?:an?\s+|the\s+)?(?:well-known\s+|key\s+|major\s+)?)?\s*$", re.IGNORECASE)
_PROCESS_NOUN_AFTER = lazy_re.compile(
    r"^\s*(?:信号)?(?:途径|通路)?(?:相关(?:的)?(?:蛋白|基因|因子)|的?(?:标志物|标志蛋白|标记物))"
    r"|^[\s\-]*(?:pathway[\s\-]*)?(?:related|associated)\s+(?:proteins?|genes?)\b|^\s+markers?\b", re.IGNORECASE)
_MAX_APPOSITION = 40


def may_name_members(text: str, process_end: int) -> bool:
    """Is the mention ending at ``process_end`` followed by a noun through which genes can be named its members: a
    "-related proteins" noun (``listed_member``) or a marker noun (``named_before``)? Neither holds without one
    (effects.py asks this once per mention of a sentence, not for each pair)."""
    return related_noun_end(text, process_end) is not None \
        or _PROCESS_NOUN_AFTER.match(text[process_end:process_end + 24]) is not None


def named_before(text: str, gene_end: int, process_start: int, process_end: int, blanked_gap: str | None = None) -> bool:
    """Is the gene ending at ``gene_end`` named, right before the process, as one of its "-related
    proteins" or markers ("AMBRA1:自噬相关基因", "P62也可作为自噬的标志物")? ``blanked_gap``: the text
    between the gene and the process with other mentions blanked (the caller's), else the raw text."""
    if process_start < gene_end or process_start - gene_end > _MAX_APPOSITION:
        return False
    # the noun after the process first: it is rare and cheap to test, while _GENE_THEN_PROCESS backtracks
    # over the blanked gap's runs of spaces (~10 µs a gap; the order of two tests gives the same answer)
    if not _PROCESS_NOUN_AFTER.match(text[process_end:process_end + 24]):
        return False
    gap = text[gene_end:process_start] if blanked_gap is None else blanked_gap
    return bool(_GENE_THEN_PROCESS.match(gap))
