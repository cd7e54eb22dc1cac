"""Siblings of one enumeration: two entities named side by side state no relation between themselves.

corpus/gold/GUIDELINES.md section 1, "mere listing": "成骨细胞…分泌骨钙素、碱性磷酸酶、I型胶原" names three
proteins but states no relation between them, nor does "SLC7A11 和 GPX4 的表达明显减弱". Conjuncts share their
governor (Kilicoglu & Bergler, BioNLP 2009; Quirk et al. 1985, 13.60): what the sentence states of one
item it states of each, never of one item on the other. coordination.py drops the pairs of a *long*
coordination (three items or more) and of lists opened by "such as"/例如 or closed by 等; the short ones
passed as co-mentions ("associated", no cue) and stood among the findings:

* a two-item conjunct: "human knockdowns lacking FUT4 and FUT7" (validation40_en PMID23192350),
  "自噬相关基因Atg5和Beclin1的表达…";
* a slash string used as a modifier, no pathway composed from it: "new EPOR/Jak2/Stat5 response genes"
  (validation40_en PMID22808010); an axis *named* as one ("PI3K/AKT/mTOR pathway") is composed into a
  PATHWAY by the annotator and keeps its ``member_of`` rows, while its members are no relation of each other
  either (GUIDELINES 1.2: each member gets ``member_of``; BioRED, which marks such members "Association",
  disagrees here by design);
* a co-knockout genotype: "Fut4(-/-)Fut7(-/-) mouse neutrophils" (PMID23192350).

A pair named anywhere else in the sentence outside its enumeration ("siRNA against Smad 3 or Smad 7, which blocks
… Smad 3 signaling") may be stated there and is kept. Only pairs of the same entity type are siblings here (two genes, two compounds, two herbs); a list that
mixes a stimulus and a gene is left to the cue rules. The caller drops a sibling pair only when the
sentence states nothing of it (``associated``, no cue, not negated): a cue between siblings ("A and B
synergistically", combination.py's ``combined_with``) keeps it. A reciprocal noun or verb around the
conjunct ("interaction between A and B", "A and B bind", "A与B的比值", "协同") states a link of the two, and
the two are then no siblings.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.coordination import is_item_gap

SAME_TYPE = frozenset({"GENE", "COMPOUND", "HERB"})
# "EPOR/Jak2/Stat5": a slash and nothing else between two names
_SLASH_GAP = lazy_re.compile(r"^\s?/\s?$")
# "Fut4(-/-)Fut7(-/-)", "Ldlr-/-Apoe-/-": the first name's knockout mark, then the second name
_KNOCKOUT_GAP = lazy_re.compile(r"^\s?(?:\(\s?[-−]\s?/\s?[-−]\s?\)|[-−]/[-−]|\(\s?[-−]\s?\))\s?[;,/]?\s?$")
# a reciprocal word before the first item or after the last: the sentence links the two
_RECIPROCAL_BEFORE = lazy_re.compile(
    r"(?:\bbetween|\b(?:interactions?|binding|associations?|correlations?|relationships?|ratios?|complex(?:es)?|"
    r"crosstalk|cross-talk|balance|dimers?|heterodimers?|coupling|co-?localization|co-?expression|synerg\w*)\s+"
    r"(?:of\s+)?(?:the\s+)?|在|使"
    # "ASP related genes … were correlated (factor B, adipsin, complement C3, p < 0.01 each)" (BioRED train PMID20105310)
    r"|\b(?:correlated|inter-?related|co-?expressed|co-?regulated)\s*[(:]\s*)\s*$",
    re.IGNORECASE)
_RECIPROCAL_AFTER = lazy_re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:were|was|are|is|which|that)\s+)?(?:(?:also|both|each|directly|physically|"
    r"significantly|positively|negatively|mutually)\s+)*"
    r"(?:interact\w*|bind\w*|bound|associat\w*|correlat\w*|complex\w*|co-?operat\w*|synerg\w*|form\w*|dimeri\w*|"
    r"heterodimer\w*|co-?locali\w*|compet\w*|antagoni\w*|together|with each other|jointly|in combination|"
    r"ratio|to each other)\b"
    r"|\s*(?:的|之间|两者|二者|间)?\s*(?:不再|不|未|可以|可|能够|能|均|都)?\s*(?:相互|互相|结合|比值|比例|平衡|协同|共同|联合|组合|配伍|相关|呈|复合物|二聚体|拮抗|竞争|相连|连接|偶联)",
    re.IGNORECASE)
# a combination word anywhere in the sentence: two drugs named together may be the combination it states
# (GUIDELINES 2, ``combined_with``: "synergistic stimulation … by leptin and 25(OH)D3"); cues.py's "combined" words
_COMBINATION = lazy_re.compile(r"组合|联合|配伍|合用|联用|协同|combined|combination|co-?treat\w*|co-?administ\w*|synerg\w*|"
                               r"\bplus\b|together", re.IGNORECASE)


# what makes a gap a list separator: a comma, a slash, a coordinating word or a knockout mark (a bare space or a
# parenthesis, which coordination.is_item_gap also takes for a long form and its short form, is none)
_SEPARATOR = lazy_re.compile(r"[,，、/;]|\b(?:and|or|as well as)\b|和|及|与|或|[-−]\s?\)", re.IGNORECASE)


# an item's own level head before the separator and the next item's class noun after it: "caspase3蛋白表达和Bcl-2",
# "Atg5和Beclin1和调亡相关因子Bcl-2" (validation38_zh ChinaXiv-201712.00232V1), "Bax expression and Bcl-2" (each item
# with its own head noun, as coordination.listed_after_heads reads them)
# (a comma after an item's head noun may end a clause: "增强Smad1/5/8磷酸化,Runx-2和OCN…表达量增高", validation_zh
# ChinaXiv-201806.00158V1, is a chain, not a list; a head noun is taken before a coordinating word only)
_ZH_ITEM_GAP = lazy_re.compile(r"\s*(?:(?:蛋白|mRNA|基因)?的?(?:表达|水平|含量|活性|磷酸化)量?\s*(?:以及|和|及|与|或)|(?:、|以及|和|及|与|或))\s*"
                               r"(?:[\u4e00-\u9fff]{0,10}?(?:基因|蛋白|因子|分子|激酶|受体))?\s*")
_EN_ITEM_GAP = lazy_re.compile(r"\s*(?:(?:gene|mRNA|protein)\s+)?(?:expression|levels?|activit(?:y|ies)|phosphorylation)?\s*"
                               r"(?:and\s+|or\s+|as\s+well\s+as\s+)(?:the\s+)?", re.IGNORECASE)


def _sibling_gap(gap: str) -> bool:
    """Does only a list separator (coordination.is_item_gap, with the items' own head nouns), a slash or a
    knockout mark stand between two names?"""
    if not _SEPARATOR.search(gap):
        return False
    return bool(_SLASH_GAP.match(gap) or _KNOCKOUT_GAP.match(gap) or _ZH_ITEM_GAP.fullmatch(gap)
                or _EN_ITEM_GAP.fullmatch(gap)) or is_item_gap(gap)


def _inside_word(text: str, span) -> bool:
    """Is the mention part of a longer word ("Ets" of "Translocation-Ets-Leukemia", validation41_en PMID16737910)?
    Such a mention is no item of a list."""
    before = text[span.start - 1] if span.start else " "
    after = text[span.end] if span.end < len(text) else " "
    return (before.isascii() and before.isalnum()) or (before == "-" and after == "-")


def enumerations(text: str, spans) -> list[list]:
    """Runs of two or more mentions of one type (``spans``: ``start``, ``end``, ``label``, ``entity_id``) joined
    only by sibling gaps (``_sibling_gap``), in text order. A mention of another type in a gap is read as text
    (the pathway word of the class noun "调亡相关因子" between two genes); a mention inside the previous one (an
    axis's members) is skipped, a mention inside a longer word ends a run, and a run with a reciprocal word
    around it (``_RECIPROCAL_BEFORE``/``_AFTER``) is no enumeration."""
    by_type: dict[str, list] = {}
    for span in spans:
        by_type.setdefault(span.label, []).append(span)
    return [run for same in by_type.values() for run in _runs(text, same)]


def _runs(text: str, spans) -> list[list]:
    runs: list[list] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < last_end:
            continue
        inside = _inside_word(text, span)
        if runs and not inside and runs[-1][-1] is not None and _sibling_gap(text[last_end:span.start]):
            runs[-1].append(span)
        else:
            runs.append([None] if inside else [span])
        last_end = span.end
    return [run for run in runs if len(run) > 1 and not _reciprocal(text, run)]


def _reciprocal(text: str, run) -> bool:
    return bool(_RECIPROCAL_BEFORE.search(text, max(0, run[0].start - 40), run[0].start)
                or _RECIPROCAL_AFTER.match(text, run[-1].end))


def sibling_pairs(text: str, spans) -> set[frozenset[str]]:
    """Unordered pairs of entity ids of one type named as items of one enumeration (``enumerations``) in
    ``text`` and nowhere else in it: a pair also named apart ("siRNA against Smad 3 or Smad 7, which blocks …
    Smad 3 signaling", validation_en PMID23362262) may be stated there. Herbs and compounds are not siblings in
    a sentence naming a combination (``_COMBINATION``)."""
    runs = enumerations(text, spans)
    if not runs:
        return set()
    listed = {(s.start, s.end) for run in runs for s in run}
    runs_of: dict[str, set[int]] = {}
    apart: set[str] = set()
    for n, run in enumerate(runs):
        for s in run:
            runs_of.setdefault(s.entity_id, set()).add(n)
    for s in spans:  # also a mention inside another ("Smad 3" of "Smad 3 signaling")
        if s.entity_id in runs_of and (s.start, s.end) not in listed:
            apart.add(s.entity_id)
    combined = bool(_COMBINATION.search(text))
    out: set[frozenset[str]] = set()
    for run in runs:
        for n, a in enumerate(run):
            for b in run[n + 1:]:
                if a.entity_id == b.entity_id or a.label != b.label or a.label not in SAME_TYPE \
                        or (combined and a.label != "GENE") or a.entity_id in apart or b.entity_id in apart:
                    continue
                if runs_of[a.entity_id] == runs_of[b.entity_id]:  # every run naming one names the other
                    out.add(frozenset((a.entity_id, b.entity_id)))
    return out
