"""Definite descriptions of the studied compound: "the lignan glycoside", "this alkaloid", "the compound", 该化合物.

An abstract about one compound names it once or twice (the title, the aims) and then refers back to it by a
definite noun phrase whose head is the compound's class or a general noun: "(+)-Lariciresinol-4-O-β-D-
glucopyranoside … Inhibits Influenza A virus-induced Pro-Inflammatory Response … the effects of a lignan
glycoside: lariciresinol-4-O-b-D-glucopyranoside … We revealed that the lignan glycoside suppressed …
IL-6, TNF-a, IL-8 …" (validation38_en PMID26320688). A definite description with the head noun of an entity
introduced before is *direct anaphora*, or *bridging* through a hypernym when the head is the entity's class
(Poesio & Vieira 1998, "A corpus-based investigation of definite description use", Computational Linguistics
24(2)); the gold counts such an anaphor as the entity it refers to (corpus/gold/GUIDELINES.md section 2,
coreference). :mod:`pipeline.nlp.definite_descriptions` reads the same construction for a herb's extract ("the
extract", "this plant"); :mod:`pipeline.nlp.coreference` reads "This compound" opening a sentence as the
previous sentence's first compound.

The rule (narrow on purpose: a wrong antecedent is a false relation with a plausible sentence):

* a description is "the/this" + at most two lower-case modifiers + a head: a general noun (compound, drug,
  agent, molecule; 该化合物, 该药物, 该单体) or a class of natural products (alkaloid, flavonoid, saponin,
  glycoside, lignan, polysaccharide, terpenoid …; 该皂苷, 该生物碱, 该多糖 …), singular, not followed by a
  name or number ("the compound 3"), a hyphen ("the drug-resistant"), "(" (a definition) or a word that makes
  it a kind or a quantity ("the compound library", "the drug of choice", "the flavonoid content"); a modifier
  that names another compound's role ("the control drug", "the reference compound", "the parent compound",
  "another alkaloid") makes it no description of the studied one;
* its candidates are the specific compounds (not a class noun, not an endogenous metabolite or reagent)
  named before it in the document, outside the references, that fit its head: any compound for a general
  noun; for a class, one the text itself calls so (a sentence naming that compound alone with the class
  noun: "a lignan glycoside: lariciresinol-4-O-b-D-glucopyranoside") or whose name carries the class's mark
  (:data:`CLASS_MARKS`: "-oside" a glycoside, "-ine" an alkaloid);
* it refers to the one candidate there is, or, when several fit, to the nearest preceding one if that is
  also the one fitting compound of the title (the document's focus, as relations/document_focus.py reads a
  title); otherwise to nothing. A general noun ("this compound", "the drug", "this agent") refers only to a
  compound of the title: papers call an extract "this compound" too, and a drug the dictionary does not
  know "this agent", after naming a measured metabolite;
* the sentence names no specific compound itself and names a gene, pathway or herb (else there is nothing
  to relate: "the lignan glycoside is a bioactive component of Isatis indigotica" is its source); a
  class-noun compound mention inside the description ("lignan" of "the lignan glycoside") is replaced
  by it.

The added mention has ``how`` = ``cross_sentence.CROSS_SENTENCE``, as the herb descriptions do: its pairs are
typed by the sentence's own cue and weighed as a cross-sentence reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import CROSS_SENTENCE, CROSS_SENTENCE_HOWS

GENERIC_HEADS = frozenset({"compound", "drug", "agent", "molecule", "化合物", "药物", "单体"})
# class head -> marks in a compound's name (case-folded) that say it is one (IUPAC/natural-product naming:
# glycosides end in -oside, alkaloids are named -ine, MeSH's polysaccharides -an)
CLASS_MARKS: dict[str, tuple[str, ...]] = {
    "glycoside": ("oside", "glycoside", "glucoside", "saponin"),
    "glucoside": ("glucoside", "glucopyranoside"),
    "saponin": ("saponin", "oside", "sapogenin"),
    "alkaloid": ("ine",),
    "flavonoid": ("flavon", "flavan", "catechin"),
    "flavone": ("flavone",),
    "flavonol": ("flavonol",),
    "isoflavone": ("isoflavone",),
    "lignan": ("lignan", "resinol"),
    "polysaccharide": ("polysaccharide", "glucan", "mannan", "fucoidan"),
    "terpenoid": ("terpen",),
    "triterpenoid": ("triterpen",),
    "diterpenoid": ("diterpen",),
    "sesquiterpene": ("sesquiterpen",),
    "iridoid": ("iridoid",),
    "coumarin": ("coumarin",),
    "anthraquinone": ("anthraquinone",),
    "stilbene": ("stilbene",),
    "xanthone": ("xanthone",),
    "皂苷": ("皂苷",),
    "苷": ("苷",),
    "生物碱": ("碱",),
    "多糖": ("多糖",),
    "黄酮": ("黄酮",),
}
_ALKALOID_END = lazy_re.compile(r"ine$")
CLASS_WORDS = frozenset({*CLASS_MARKS, "polyphenol", "sterol", "lactone"})
_HEADS_EN = "|".join(sorted((w for w in (*GENERIC_HEADS, *CLASS_WORDS) if w.isascii()), key=len, reverse=True))
# modifiers that make the description another compound's: a comparator, a control, a precursor
_OTHER = frozenset({"other", "another", "control", "reference", "standard", "positive", "negative", "parent",
                    "lead", "each", "any", "every", "no", "two", "three", "both", "first", "second", "latter",
                    "former", "model", "inducing", "vehicle", "same",
                    # superlatives and evaluations: "the most effective agent in its class", "the right drug for
                    # treatment", "the main compound identified was berberine" (a predicate, not a reference back)
                    "most", "best", "right", "ideal", "only", "main", "principal", "major", "primary", "new",
                    "novel"})
_EN = lazy_re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?P<mods>(?:[a-z][a-z\-]*\s+){0,2})(?P<head>" + _HEADS_EN + r")\b"
    r"(?!-|\s*\(|\s+[A-Z0-9]|\s+(?:of|from|class|classes|family|families|library|libraries|group|groups|"
    r"content|contents|concentrations?|levels?|types?|fractions?|extracts?|delivery|discovery|design|"
    r"development|screening|candidates?|targets?|resistance|interactions?|combinations?|effects?|therapy|use|"
    r"users?|abuse|structures?|outcomes?|endpoints?|variables?|events?|heterozygo\w*|mutations?|"
    r"fractures?|eyes?|words?|and|or)\b)"
)
_ZH = lazy_re.compile(r"(?:该|此)(?P<head>化合物|药物|单体|皂苷|生物碱|多糖|黄酮|苷)(?![类的之]?(?:类|含量|浓度|家族))")


@dataclass
class Named:
    """A specific compound named in the document so far: its id, surfaces, and the class nouns the text
    used in a sentence naming it alone."""

    entity_id: str
    texts: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)


def descriptions(sentence: str, lang: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """(start, end, head, class words) of the definite descriptions of a compound in ``sentence``; the
    class words are the head's and a modifier's ("the lignan glycoside": glycoside, lignan)."""
    out = []
    if lang == "zh":
        return [(m.start(), m.end(), m.group("head"), frozenset({m.group("head")})) for m in _ZH.finditer(sentence)]
    for m in _EN.finditer(sentence):
        mods = m.group("mods").split()
        if any(w in _OTHER for w in mods):
            continue
        words = frozenset({m.group("head"), *(w for w in mods if w in CLASS_WORDS)})
        out.append((m.start(), m.end(), m.group("head"), words))
    return out


def is_class_noun(text: str, name: str) -> bool:
    """Is a compound mention a class noun ("lignan", "flavonoids", "Saponins"), not one compound?"""
    for t in (text, name):
        low = t.casefold()
        if low in CLASS_WORDS or low in GENERIC_HEADS or (low.endswith("s") and low[:-1] in CLASS_WORDS):
            return True
    return bool(re.fullmatch(r"[A-Z]?[a-z]{4,}(?<![suio])s", name))  # MeSH's plural class headings


def fits(named: Named, words: frozenset[str], name: str) -> bool:
    """Does the compound ``named`` (dictionary name ``name``) fit a description with class ``words``? Any
    compound a general noun; a class when the text called it so or its name carries the class's mark."""
    classes = words - GENERIC_HEADS
    if not classes:
        return True
    names = [n.casefold() for n in (name, *named.texts)]
    for word in classes:
        if word in named.classes:
            continue
        marks = CLASS_MARKS.get(word, ())
        if word == "alkaloid":
            if not any(_ALKALOID_END.search(n) for n in names):
                return False
        elif not any(mark in n for mark in marks for n in names):
            return False
    return True


def antecedent(seen: list[Named], words: frozenset[str], title_ids: frozenset[str],
               name_of: Callable[[str], str]) -> str | None:
    """The compound a description with class ``words`` refers to, given ``seen`` (document order): the one
    fitting candidate, or the nearest fitting one when it is also the title's one fitting compound. A general
    noun ("this compound", "this agent") refers only to a compound of the title: validation_en PMID16651713
    calls its extract "this compound" after naming prostaglandin D2, validation38_en PMID17380207 calls
    asparaginase (no compound mention) "this agent" after naming asparagine."""
    fitting = [n for n in seen if fits(n, words, name_of(n.entity_id))]
    if not words - GENERIC_HEADS:  # "this compound", "the drug": only the compound the title is about
        fitting = [n for n in fitting if n.entity_id in title_ids]
    ids = {n.entity_id for n in fitting}
    if len(ids) == 1:
        return fitting[0].entity_id
    if not fitting:
        return None
    nearest = fitting[-1].entity_id
    return nearest if ids & title_ids == {nearest} else None


def specific(mentions: list[Mention], name_of: Callable[[str], str], skip: frozenset[str]) -> list[Mention]:
    """The mentions of one specific compound (no class noun, no endogenous metabolite or reagent, no
    anaphor)."""
    return [m for m in mentions if m.label == "COMPOUND" and m.entity_id and m.how not in skip
            and m.how not in CROSS_SENTENCE_HOWS and m.how != "coreference"
            and not is_class_noun(m.text, name_of(m.entity_id))]


def remember(seen: list[Named], sentence: str, mentions: list[Mention], name_of: Callable[[str], str],
             skip: frozenset[str]) -> None:
    """Add the sentence's specific compounds to ``seen`` (in order; in place), and, when it names one
    alone, the class nouns the sentence uses to it ("a lignan glycoside: lariciresinol-…")."""
    found = specific(mentions, name_of, skip)
    for m in found:
        named = next((n for n in seen if n.entity_id == m.entity_id), None)
        if named is None:
            named = Named(m.entity_id)
        else:
            seen.remove(named)
        seen.append(named)  # the most recently named last
        named.texts.add(m.text)
    if len({m.entity_id for m in found}) == 1:
        low = sentence.casefold()
        # ``w in low`` first: every match holds the word, and the substring test spares building and
        # searching a pattern per class word (issue 17, stop 44)
        seen[-1].classes |= {w for w in CLASS_WORDS if w.isascii() and w in low
                             and re.search(rf"(?<![a-z]){re.escape(w)}(?:s|es)?(?![a-z])", low)} | \
            {w for w in CLASS_WORDS if not w.isascii() and w in sentence}


def resolve(sentence: str, sentence_start: int, mentions: list[Mention], seen: list[Named],
            title_ids: frozenset[str], lang: str, name_of: Callable[[str], str],
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` of the sentence (paragraph offsets) with a mention of the antecedent compound at each
    definite description of one, compound mentions inside the description dropped; unchanged when the rule
    does not apply. ``seen``: the specific compounds of the document's earlier sentences (:func:`remember`);
    ``title_ids``: the specific compounds of its title."""
    if not seen or specific(mentions, name_of, skip):
        return mentions
    if not any(m.label in ("GENE", "PATHWAY", "HERB") and m.how not in skip for m in mentions):
        return mentions
    out = list(mentions)
    added: list[Mention] = []
    for a, b, _head, words in descriptions(sentence, lang):
        start, end = sentence_start + a, sentence_start + b
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.label != "COMPOUND" or m.start < start or m.end > end for m in inside):
            continue  # the description overlaps a gene, a herb or a longer name
        target = antecedent(seen, words, title_ids, name_of)
        if target is None:
            continue
        out = [m for m in out if m not in inside]
        added.append(Mention(start, end, target, "COMPOUND", CROSS_SENTENCE, sentence[a:b]))
    if not added:
        return mentions
    return sorted([*added, *out], key=lambda m: (m.start, -m.end))
