"""Does a paper's long form fit the gene its short form names in the dictionary?

nlp/abbreviations.py resolves "long form (SHORT)" and, when the long form matches no dictionary
name and reads like no gene, defines SHORT as *not an entity* for the whole paper (OC =
osteoclast). That drop is right for a true redefinition ("Wolfram syndrome (WFS)", "odds ratio
(OR)"), but wrong when the long form is only the gene's own name spelled another way, and then
every mention of the gene in the paper is lost:

* spaces lost by the PDF: "干扰素基因刺激因子（stimulatorofinterferongenes，STING）" (validation40_zh
  ChinaXiv-201712.01090V1; HGNC has "Stimulator of interferon genes protein"), "four and halfLIMdomain
  protein (FHL2)", "cocaine-andamphetamine-regulated transcript (CART)" (free ChinaXiv pool);
* a "gene"/"protein" word, a Roman numeral, a Greek letter spelled or not: "autophagy-related gene 13
  (Atg13)" (sample ChinaXiv-201711.01551V1; "Autophagy-related protein 13"), "Urotensin-II (U-II)"
  (BioRED PMID16160878; "urotensin 2");
* another wording or a typo of the same name: "thrombin-activatable fibrinolysis inhibitor (TAFI)"
  (BioRED PMID16167916; "Thrombin-activable fibrinolysis inhibitor"), "FS-7 cell-associated cell
  surface antigen (FAS)" (BioRED PMID17006606; "Fas cell surface death receptor"), "mysgenic
  determination gene (MyoD)" (sample ChinaXiv-201711.00904V1; "Myoblast determination protein 1"),
  "activating transcription actor (ATF4)" (free ChinaXiv pool).

``fits_gene`` folds what does not change a name's meaning (case, spaces, hyphens and other
punctuation, Greek letters to their names, Roman numerals to digits, a closing "gene"/"protein"/
plural s) and compares the long form with every English name of the gene; failing that, it asks
whether the gene's name words cover most of the long form (token overlap, read on the folded
string so glued words count), unless the long form is headed by a disease, a measure, a tissue or a
method word — "cystic fibrosis", "Oculopharyngeal muscular dystrophy (OPMD)" (BioRED PMID19101703)
share words with CFTR's and PABPN1's names but name the disease.

``member_of_named_family``: the name before the parenthesis was matched as a FamPlex family of which
the short form's own gene is a member — "上皮型钙黏蛋白(E-cadherin)" (sample ChinaXiv-201801.00669V1:
钙黏蛋白 = cadherin), "一氧化氮合酶(iNOS)" (sample ChinaXiv-201812.00846V1), "fatty acid binding
protein4 (FABP4)": the short form names the member, the more specific sense.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.slash_synonyms import ancestors

_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "σ": "sigma", "ω": "omega",
}
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_TOKEN = lazy_re.compile(r"[a-z]+|[0-9]+")
# words a gene's name may carry or lose without naming something else
_NOISE = frozenset("of and the a an in to for with by gene genes protein proteins human".split())
_ENDINGS = ("proteins", "protein", "genes", "gene", "s")
# the head of a long form that names a disease, a measure, a tissue or a method, not a gene
_OTHER_HEAD = lazy_re.compile(
    r"[a-z]*(?:(?<!apopt)osis|itis|omas?|[ae]?emia|pathy|plasia|trophy|algia)|"
    r"(?:syndrome|disease|disorder|deficiency|cancer|tumou?r|sclerosis|ataxia|paralysis|palsy|failure|injury|"
    r"infarction|hypertension|diabetes|score|ratio|rate|scale|index|test|testing|assay|tissue|cell|cortex|"
    r"nucleus|pressure|effect|residue|microscopy|chromatography|sorting|hybridization)s?")


def _tokens(text: str) -> list[str]:
    """Lower-case word and number tokens, Greek letters spelled, Roman numerals as digits."""
    low = "".join(_GREEK.get(c, c) for c in text.lower())
    return [_ROMAN.get(t, t) for t in _TOKEN.findall(low)]


def fold(text: str) -> str:
    """The name with case, spacing, punctuation, Greek spelling and Roman numerals folded away."""
    return "".join(_tokens(text))


def _bare_forms(folded: str) -> set[str]:
    """``folded`` and it without one closing "protein"/"gene"/plural-s ending."""
    return {folded} | {folded[: -len(e)] for e in _ENDINGS if folded.endswith(e) and len(folded) > len(e) + 2}


def same_name(long: str, names: Iterable[str]) -> bool:
    """Is ``long`` one of ``names`` once folded ("stimulatorofinterferongenes" = "Stimulator of
    interferon genes protein"; "Urotensin-II" = "urotensin 2")?"""
    mine = _bare_forms(fold(long))
    return any(mine & _bare_forms(fold(n)) for n in names if n)


_PREPOSITION = frozenset("of with in for by on from to".split())


def names_other_thing(long: str, *, anywhere: bool = False) -> bool:
    """Is the long form headed by a disease, measure, tissue or method word ("Wolfram syndrome",
    "odds ratio", "hepatocellular carcinoma")? The head is the last word before a preposition ("X-linked
    inhibitor of apoptosis": inhibitor). ``anywhere``: any word of it, not only the head ("X-linked
    myopathy withexcessive autophagy (XMEA)", a disease HGNC lists as a name of VMA21)."""
    tokens = _tokens(long)
    if not anywhere:
        cut = next((i for i, t in enumerate(tokens) if t in _PREPOSITION and i > 0), len(tokens))
        tokens = tokens[:cut]
    words = [t for t in tokens if t not in _NOISE and not t.isdigit()]
    if anywhere:
        return any(_OTHER_HEAD.fullmatch(w) for w in words)
    return bool(words) and _OTHER_HEAD.fullmatch(words[-1]) is not None


def shares_name_words(long: str, names: Iterable[str], *, coverage: float = 0.5) -> bool:
    """Do the words of ``names`` (three letters or more, not "of"/"gene"/"protein") occur in the folded
    long form, at least two different ones, covering (with the names' numbers) at least ``coverage`` of
    its letters? The words may come from different names of the gene: "FS-7 cell-associated cell surface
    antigen (FAS)" (BioRED PMID17006606) has "cell surface" of "Fas cell surface death receptor" and
    "antigen" of "Apo-1 antigen"; "proline-rich AKT1 substrate 1 (PRAS40)" (free ChinaXiv pool) has
    "AKT1 substrate 1". Read on the folded string, so a long form whose spaces were lost still shows
    its words."""
    target = fold(long)
    if not target:
        return False
    base: dict[str, str] = {}  # spelling -> the word it counts as ("domains" and "domain" are one)
    numbers: set[str] = set()  # cover letters ("AKT1 substrate 1"), count as no word
    for name in names:
        for t in _tokens(name):
            if t.isdigit():
                numbers.add(t)
            elif t not in _NOISE and len(t) >= 3:
                base[t] = t
                if t.endswith("s") and len(t) > 4:  # "domains" in "…domainprotein"
                    base.setdefault(t[:-1], t)
    covered = [False] * len(target)
    found: set[str] = set()
    for word in sorted([*base, *numbers], key=len, reverse=True):
        at = target.find(word)
        if at < 0:
            continue
        if word in base:
            found.add(base[word])
        while at >= 0:
            covered[at:at + len(word)] = [True] * len(word)
            at = target.find(word, at + 1)
    return len(found) >= 2 and sum(covered) >= coverage * len(target)
    for name in names:
        tokens = _tokens(name)
        words = {t for t in tokens if t not in _NOISE and len(t) >= 3 and not t.isdigit()}
        words |= {t[:-1] for t in words if t.endswith("s") and len(t) > 4}  # "domains" in "…domainprotein"
        numbers = {t for t in tokens if t.isdigit()}  # cover letters ("AKT1 substrate 1"), count as no word
        covered = [False] * len(target)
        found = 0
        for word in sorted(words | numbers, key=len, reverse=True):
            at = target.find(word)
            if at < 0:
                continue
            found += word in words
            while at >= 0:
                covered[at:at + len(word)] = [True] * len(word)
                at = target.find(word, at + 1)
        if found >= 2 and sum(covered) >= coverage * len(target):
            return True
    return False


def fits_gene(long: str, names: Iterable[str]) -> bool:
    """Does the long form name the gene whose English ``names`` (HGNC name and synonyms) are given?
    Its own name folded, or most of its words — unless a disease/measure/tissue word heads it."""
    names = list(names)
    if same_name(long, names):
        return True
    return not names_other_thing(long) and shares_name_words(long, names)


def member_of_named_family(own: str, family: str, parents_of: Callable[[str], Iterable[str]]) -> bool:
    """Is ``family`` (the entity of the name before the parenthesis) an ancestor of ``own`` (the
    short form's own entity)? Then the short form names the member: "上皮型钙黏蛋白(E-cadherin)"."""
    return family in ancestors(own, parents_of)
