"""A herb named as the plant source of a compound where the cue scan does not reach the pair.

GUIDELINES 1 (``contains``: a herb containing a compound). The cue lexicon (cues.py, "contains") has the
verbs that name a source by themselves ("isolated from", "extracted from", "derived from"); these English
constructions name it without one (a plain "from"/"in", or an example of a class), and were typed ``associated``:

* **Class apposition** — the compound, then a noun phrase headed by a compound-class noun that takes the
  herb as its source: "Coniine, an alkaloid from Conium maculatum" (validation PMID8073369), "Diosgenin is
  a steroidal saponin from therapeutic herbs, fenugreek" (new_papers PMID24973886), "Ericifolin: a novel
  antitumor compound from allspice" (sample ChinaXiv-202107.00008V2), "Erianin, a novel dibenzyl compound
  in Dendrobium extract" (sample ChinaXiv-202010.00047V1).
* **Obtaining** — a verb or noun of obtaining whose object is the compound, then "from" the herb: "To
  obtain coumarin compounds - psoralen and isopsoralen - from traditional Chinese medicine Psoralea
  corylifolia" (validation PMID25352883), "extracting polysaccharides from dried stems of Dendrobium
  officinale", "extraction of polyphenols from Dendrobium huoshanense" (sample ChinaXiv-202010.00047V1).

* **Exemplified class** — the herb, then a class noun of its constituents and the compound given as an example
  of it ("such as", "especially", "notably", "including", "e.g."): "Long-term extraction of garlic … ages the
  extract, … modifying unstable molecules with antioxidant activity, such as allicin, and increasing … organosulfur
  compounds, such as S-allylcysteine and S-allylmercaptocysteine" (validation PMID11238807), "Olea europaea L.
  leaves are an agricultural waste product with a high concentration of phenolic compounds; especially
  oleuropein" (validation PMID26193251). An example names a member of the class (Quirk et al. 1985, §17.78 on
  exemplifying apposition, "such as" / "especially" / "notably"); the class is the herb's constituents when no
  other herb stands between them and the class noun is no conjunct of the plant ("citrus fruits and compounds
  such as flavonoids", validation PMID23411259, names the compounds beside the fruit).

* **Listed constituents** (stop 41) — every item of a list, where the cue scan reaches only the item next to the
  cue (the list's commas are clause breaks to it): a subject list whose predicate places it in the herb ("…, sterols
  and tannins, have been identified in motherwort", validation41_en PMID23042598; "coumarins, flavonoids, and
  meroterpenes are the main components of P. corylifolia", validation41_en PMID26916913; "Flavones such as … are the
  major bioactive compounds extracted from the root of S. baicalensis", validation41_en PMID27730005; "Six individual
  phenolics (gallic acid, …, and rutin) were detected in litchi pulp", free pool PMID23194511), or the object list of a
  composition verb whose subject is the herb ("The plant is rich in bioactive chemical constituents like …
  triterpenoids, …, flavonoids, essential oils, saponins", validation38_en PMID26968675; "Boesenbergia longiflora
  rhizomes contains diarylheptanoids, flavonoids and terpenes", free pool). Between the items no verb, relative word
  or preposition (``_NOT_LIST_WORD``).

* **Constituent anaphora** (Chinese, stop 42) — "H…,其中的C" / "其所含的C" / "其有效成分C": 其 refers back to the herb
  named last before it (``constituent_of_topic_zh``).

* **Content determination** (Chinese, stop 41) — "测定H中C的含量": a compound's content measured in the herb (or a named
  part or preparation of it) states that the herb contains it, every item of a list before 含量 ("高效液相色谱法测定广藿香
  中毛蕊花糖苷的含量", a reference title of free-pool paper ChinaXiv-201711.01615V1; the guideline decision is
  validation41_zh's). A group, an animal or a tissue between herb and 中 is no herb part ("金银花组小鼠肝脏中丙二醛的含量").

Between "from" and the herb at most a few words ("therapeutic herbs,", "traditional Chinese medicine",
"dried stems of") and no other mention. Pure functions over a sentence's text and mention spans (objects
with ``start``, ``end``, ``label``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# nouns that head a phrase naming a kind of plant compound
_CLASS_NOUN = (r"(?:alkaloid|flavonoid|flavone|isoflavone|flavonol|glycoside|saponin|ginsenoside|compound|constituent|"
               r"component|ingredient|terpenoid|triterpenoid|diterpenoid|sesquiterpene|terpene|polyphenol|phenolic|"
               r"coumarin|lignan|monomer|polysaccharide|principle|anthraquinone|lactone|stilbene|chalcone)s?")
# "<compound>, an alkaloid from", "<compound> is a steroidal saponin from", "<compound>: a novel … compound from"
_APPOSITION = lazy_re.compile(r"\s*(?:,|:|\s(?:is|was)\b)\s*(?:a|an|the|one)\s+(?:[\w\-]+\s+){0,3}?"
                              r"(?P<head>" + _CLASS_NOUN + r")\s+(?:(?:isolated|purified|extracted|obtained)\s+)?"
                              r"(?P<prep>from|in)\s+", re.IGNORECASE)
# the verb or noun of obtaining before its object (blanked mentions and list words may stand between)
_OBTAIN_BEFORE = lazy_re.compile(r"\b(?P<verb>(?:obtain|extract|isolat|purif|separat)\w*)\s+(?:(?:of|for)\s+)?(?:the\s+)?"
                                 r"[^;:.,()\[\]]{0,40}?[\s\-–]*$", re.IGNORECASE)
# between the compound and "from": only other list items (blanked) and list words
_LIST_THEN_FROM = lazy_re.compile(r"^(?:[\s,\-–]|\band\b|\bor\b)*\bfrom\s+", re.IGNORECASE)
# between "from"/"in" and the herb's name: a few words ("therapeutic herbs,", "dried stems of")
_LEAD_IN = lazy_re.compile(r"^(?:the\s+)?(?:[A-Za-z\-]+,?\s+){0,3}$")
_VERB_IN_GAP = lazy_re.compile(r"\b(?:is|are|was|were|has|have|had|which|that)\b|\w+ed\b", re.IGNORECASE)


def _blank(text: str, lo: int, hi: int, spans) -> str:
    chars = list(text[lo:hi])
    for s in spans:
        for i in range(max(s.start, lo), min(s.end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


def _reaches(text: str, spans, at: int, herb) -> bool:
    """Does the herb's name follow ``at`` (right after "from"/"in") with only a short lead-in and no other
    mention, or does the herb's own span take in the words before ``at`` (a name read as "alkaloid from
    Conium maculatum")?"""
    if herb.start < at < herb.end:
        return True
    if herb.start < at:
        return False
    if any(at <= s.start < herb.start for s in spans):
        return False
    return bool(_LEAD_IN.match(text[at:herb.start]))


def class_apposition(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of "<class noun> from" when the compound is followed by an apposition or predicate
    noun naming its class and its source herb: "Coniine, an alkaloid from Conium maculatum"."""
    if herb.end <= compound.end:
        return None
    m = _APPOSITION.match(text, compound.end)
    if m is None or not _reaches(text, spans, m.end(), herb):
        return None
    return m.start("head"), m.end("prep")


def obtained_from(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of the obtaining word when the compound is its object (an item of its object list)
    and "from" the herb follows: "To obtain … psoralen and isopsoralen - from … Psoralea corylifolia"."""
    if herb.start <= compound.end:
        return None
    lo = max(0, compound.start - 80)
    before = _blank(text, lo, compound.start, spans)
    m = _OBTAIN_BEFORE.search(before)
    if m is None or _VERB_IN_GAP.search(before, m.end("verb")):
        return None
    gap = _blank(text, compound.end, herb.start, [s for s in spans if s.label == compound.label])
    tail = _LIST_THEN_FROM.match(gap)
    if tail is None or not _reaches(text, spans, compound.end + tail.end(), herb):
        return None
    return lo + m.start("verb"), lo + m.end("verb")


# a class noun of constituents (the apposition's, and the generic "molecules", "phytochemicals"), a short
# postmodifier ("with antioxidant activity"), then the exemplifying marker
_EXAMPLE_CLASS = lazy_re.compile(r"\b(?P<head>" + _CLASS_NOUN + r"|(?:molecule|phytochemical|metabolite)s?)\b"
                                 r"(?:\s+(?:with|of|in)\s+[\w\-]+(?:\s+[\w\-]+){0,2})?\s*[,;]?\s*"
                                 r"(?P<marker>such\s+as|especially|notably|including|e\.g\.,?|particularly|namely)\s+",
                                 re.IGNORECASE)
# the class noun as a conjunct of what stands before it ("citrus fruits and compounds such as …")
_CONJUNCT_BEFORE = lazy_re.compile(r"\b(?:and|or|as\s+well\s+as)\s+$", re.IGNORECASE)
# between the marker and the compound: earlier examples (blanked) and list words only
_EXAMPLE_LIST = lazy_re.compile(r"^(?:[\s,]|\band\b|\bor\b)*$", re.IGNORECASE)
_EXAMPLE_REACH = 320  # the garlic sentence: 260 characters from the herb to its last example


def exemplified_class(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of the class noun and its marker when the compound, after the herb, is given as an example
    of a class of constituents ("…garlic … organosulfur compounds, such as S-allylcysteine"), no other herb
    between them; None otherwise."""
    if herb.end > compound.start or compound.start - herb.end > _EXAMPLE_REACH:
        return None
    if any(s.label == "HERB" and herb.end <= s.start < compound.start for s in spans):
        return None
    found = None
    for m in _EXAMPLE_CLASS.finditer(text, herb.end, compound.start):
        gap = _blank(text, m.end(), compound.start, [s for s in spans if s.label == compound.label])
        if _EXAMPLE_LIST.match(gap) and not _CONJUNCT_BEFORE.search(text[herb.end:m.start("head")]):
            found = m
    return None if found is None else (found.start("head"), found.end("marker"))


# the predicate after a subject list that places its items in a source: "… have been identified in", "… are also
# present in", "… were detected in", "… are the main components of", "… are the major bioactive compounds extracted from";
# or a participle after a list (a reduced relative): "…, kushenol H (4) and kushenol K (5) isolated from the roots of"
_SOURCE_PREDICATE = lazy_re.compile(r"\b(?P<participle>(?:isolated|extracted|purified|obtained)\s+from\s+)"
                                    r"|\b(?:(?:have|has|had)\s+been|are|is|were|was)\s+(?:also\s+|mainly\s+|widely\s+)?"
                                    r"(?:(?P<found>identified|found|detected|isolated|present|characteri[sz]ed)"
                                    r"(?:\s+and\s+(?:identified|isolated|characteri[sz]ed|purified))?\s+(?:in|from)"
                                    r"|(?:the|a|an|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,3}?(?P<head>" + _CLASS_NOUN + r")"
                                    r"\s+(?:(?:isolated|extracted|obtained|identified|found)\s+)?(?:of|in|from))\s+",
                                    re.IGNORECASE)
# what may stand between a list item and the predicate: other items (blanked or unrecognised class names:
# "phenylpropanoids", "nitrogen- containing compounds", "their aglycones") and list words, but no verb, relative
# word or preposition that would open another clause or phrase
_NOT_LIST_WORD = lazy_re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|which|that|who|whereas|while|but|than|in|from|"
                                 r"by|with|to|of|on|for|at|into|after|before|via)\b|\b\w+ed\b|[;:.\[\]]", re.IGNORECASE)
_LIST_REACH = 220  # the motherwort list: 190 characters from its first item to "have been identified in"


def listed_in_source(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of the predicate when the compound is an item of a subject list whose predicate places the list
    in the herb: "Compounds belonging to the group of monoterpenes, …, sterols and tannins, have been identified in
    motherwort" (validation41_en PMID23042598), "Six individual phenolics (gallic acid, …, and rutin) were detected in
    litchi pulp" (free pool PMID23194511), "coumarins, flavonoids, and meroterpenes are the main components of P.
    corylifolia" (validation41_en PMID26916913), "Flavones such as baicalin, … are the major bioactive compounds
    extracted from the root of S. baicalensis" (validation41_en PMID27730005); or a participle after the list: "Four
    prenylflavonoids, kurarinone (1), a chalcone of 1, kuraridin (2), kurarinol (3), kushenol H (4) and kushenol K (5)
    isolated from the roots of Sophora flavescens" (validation38_en PMID15114505). The composition cue, where there is
    one, is read by the sentence's cue scan for the list item next to it only; every item is the subject."""
    if herb.start <= compound.end or herb.start - compound.end > _LIST_REACH:
        return None
    if any(compound.end <= s.start < herb.start and s.label != compound.label for s in spans):
        return None
    gap = _blank(text, compound.end, herb.start, [s for s in spans if s.label == compound.label])
    m = _SOURCE_PREDICATE.search(gap)
    if m is None or _NOT_LIST_WORD.search(gap, 0, m.start()) or not _reaches(text, spans, compound.end + m.end(), herb):
        return None
    return compound.end + m.start(), compound.end + m.end()


# a composition verb whose subject is the herb right before it: "Momordica charantia contains", "The plant is rich in"
_OBJECT_CUE = lazy_re.compile(r"\b(?:contains?|contained|(?:is|are|was|were)\s+(?:also\s+)?rich\s+in|consists?\s+of|"
                              r"(?:is|are)\s+composed\s+of)\s+", re.IGNORECASE)
# between the herb and its verb: an adverb or a modal at most ("also", "mainly", "reportedly")
_SUBJECT_GAP = lazy_re.compile(r"^\s*(?:[a-z]+ly\s+|also\s+|which\s+)?$")


def listed_after_cue(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of the composition verb when the herb is its subject and the compound an item of its object
    list: "The plant is rich in bioactive chemical constituents like cucurbitane type triterpenoids, triterpene
    glycosides, phenolic acids, flavonoids, essential oils, saponins, …" (validation38_en PMID26968675). The
    sentence's cue scan reaches the first item only (the list's commas are clause breaks to it)."""
    if compound.start <= herb.end or compound.start - herb.end > _LIST_REACH:
        return None
    if any(herb.end <= s.start < compound.start and s.label != compound.label for s in spans):
        return None
    m = _OBJECT_CUE.search(text, herb.end, compound.start)
    if m is None or not _SUBJECT_GAP.match(text[herb.end:m.start()]):
        return None
    gap = _blank(text, m.end(), compound.start, [s for s in spans if s.label == compound.label])
    if _NOT_LIST_WORD.search(gap):
        return None
    return m.start(), m.end()


# Chinese content determination: "测定金银花中绿原酸的含量", "丹参药材中丹参酮IIA、隐丹参酮的含量": the herb (with a part
# or preparation of it named: 药材, 饮片, 叶, 提取物 … — never a group, an animal or a tissue: "金银花组肝脏中MDA的含量")
# + 中(的), the compound (other compounds of a list between), then 的?(总)?含量
# (stop 43: the whole plant or a cultured part of it, "测定绞股蓝植株中人参皂苷Rb1、Rb3、Rd和绞股蓝皂苷XLIX和XVII共5种单体含量",
# validation41_zh ChinaXiv-202003.00069V1, gold 绞股蓝 ``contains`` ginsenosides Rb1 and Rd; "转基因乌拉尔甘草的毛状根中总黄酮
# 含量", free ChinaXiv pool; and a list closed by its count, "…共5种单体含量", whose later items the dictionary does not name)
_HERB_PART = (r"(?:药材|饮片|提取物|水提物|醇提物|提取液|根茎|根|茎|叶片|叶|花|果实|果|种子|果皮|籽|不同部位|样品|粉末|植株|全草|"
              r"幼苗|毛状根|不定根|愈伤组织)")
# (an earlier item of the list the dictionary took for another type, a short Latin name: "人参皂苷Rb1、Rb3、Rd", Rb3 read as a
# gene symbol, stop 43)
_LATIN_ITEM = r"[A-Za-z][A-Za-z0-9\-]{0,9}"
_CONTENT_GAP = lazy_re.compile(r"^(?:的)?" + _HERB_PART + r"{0,2}中(?:的|所含的?)?(?:[\s、和及与]*" + _LATIN_ITEM + r"(?=\s*[、和及与]))*"
                               r"[\s、和及与]*$")
_CONTENT_AFTER = lazy_re.compile(r"^(?:\s*[、和及与]\s*[^\s、和及与，,。；;:：()（）]{0,12}){0,6}?[\s、和及与]*"
                                 r"(?:(?:共|等)\s*\d*\s*种?\s*(?:单体|成分|化合物|皂苷|活性成分)?\s*)?(?:的)?(?:总)?含量")


def content_in_herb_zh(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of 含量 when the sentence measures the compound's content in the herb: "采用HPLC法测定金银花中绿原酸的
    含量", "黄芩中黄芩苷的含量显著高于…" — a content in a herb states that the herb contains the compound (GUIDELINES 1;
    corpus/gold/README.md, validation41_zh: "X content in herb H counts as H contains X"). Only between a HERB and a
    COMPOUND (肝组织中MDA的含量, a tissue, is no herb); the compound may be any item of a list before 含量."""
    if compound.start < herb.end or compound.start - herb.end > 60:
        return None
    same = [s for s in spans if s.label == compound.label]
    if any(herb.end <= s.start < compound.start and s.label != compound.label
           and not re.fullmatch(_LATIN_ITEM, text[s.start:s.end]) for s in spans):
        return None
    if not _CONTENT_GAP.match(_blank(text, herb.end, compound.start, same)):
        return None
    tail_end = min(len(text), compound.end + 60)
    m = _CONTENT_AFTER.match(_blank(text, compound.end, tail_end, same))
    if m is None:
        return None
    return compound.end + m.end() - 2, compound.end + m.end()


# Chinese constituent anaphora: the herb topic of the sentence, then 其 ("its") with a constituent noun or 中的 ("in it")
# right before the compound: "杜仲入肾经,补益气,保胎,其中的绿原酸具有抗氧化…作用" (validation41_zh ChinaXiv-201711.00776V1,
# gold 杜仲 contains chlorogenic acid). 其 refers back to the topic (Li & Thompson 1981, ch. 4 on topics; GUIDELINES 2,
# coreference: 其 counts as the entity it clearly refers to); the herb must be the last mention before 其, within
# _TOPIC_REACH characters, so that 其 can refer to nothing else named in between
_ITS_CONSTITUENT = lazy_re.compile(r"其(?:中(?:所含)?的|所含的?|含有的|(?:主要|有效|活性)?(?:成分|组分)(?:为|是|有|包括|如)?)\s*$")
_TOPIC_REACH = 40


def constituent_of_topic_zh(text: str, spans, compound, herb) -> tuple[int, int] | None:
    """(start, end) of "其中的"/"其所含的"/"其有效成分" when it stands right before the compound and refers back to the
    herb (the last mention before it, at most _TOPIC_REACH characters back), or None."""
    if compound.start < herb.end:
        return None
    m = _ITS_CONSTITUENT.search(text, max(0, compound.start - 12), compound.start)
    if m is None or m.start() < herb.end or m.start() - herb.end > _TOPIC_REACH:
        return None
    if any(herb.end <= sp.start < m.start() for sp in spans):
        return None
    return m.start(), m.end()


def stated_source(text: str, spans, first, second) -> tuple[int, int] | None:
    """Where the sentence states that the HERB of the pair is the source of its COMPOUND by one of the
    constructions of this module, or None."""
    labels = {first.label: first, second.label: second}
    if set(labels) != {"HERB", "COMPOUND"}:
        return None
    herb, compound = labels["HERB"], labels["COMPOUND"]
    return class_apposition(text, spans, compound, herb) or obtained_from(text, spans, compound, herb) \
        or exemplified_class(text, spans, compound, herb) or listed_in_source(text, spans, compound, herb) \
        or listed_after_cue(text, spans, compound, herb) or content_in_herb_zh(text, spans, compound, herb) \
        or constituent_of_topic_zh(text, spans, compound, herb)
