"""Definite descriptions of the studied extract: "the extract", "the polysaccharide fractions", 该提取物.

Abstracts on a herb extract name the herb once ("… treating with the polysaccharide fractions from Artemisia
and ginseng …", "Cordyceps militaris extract remarkably suppressed …") and then refer to the material by a
definite noun phrase whose head is the material's kind: "In addition, the polysaccharide fractions
significantly ameliorated … HIF-1a and ICAM1." (validation_en PMID25337542), "Extract treatment in mouse
model … resulted in … down-regulation of VEGF expression" (PMID24789042), "The extract inhibited
[(3)H]-GABA uptake" (PMID21089181). A definite description with the head noun of an entity introduced
before is *direct anaphora* (Poesio & Vieira 1998, "A corpus-based investigation of definite description
use", Computational Linguistics 24(2): about 30 % of definite descriptions in their corpus, resolved to the
most recent antecedent with the same head); the gold counts such an anaphor as the entity it refers to
(corpus/gold/GUIDELINES.md section 2, coreference).

Narrow on purpose (a wrong antecedent is a false relation with a plausible sentence):

* the head is an extract noun only (extract, fraction, 提取物, 提取液): what a HERB entity is in these
  papers (compounds are named, and "the compound"/"this drug" opening a sentence is nlp/coreference.py);
* the noun phrase is definite ("the / this / these / such …", or "Extract treatment / administration"
  opening a sentence, where the article is dropped as in headlines; or the bare noun as the object of a
  treatment word, "Coadministration of extract significantly reduced …" (validation_en PMID19761039), "BDL
  rats treated with extract": an article-less mass noun of the material under study, which in the methods
  register of pharmacology abstracts is a definite reference to the study's extract, as a headline noun is)
  and has no post-modifier naming its
  source ("the extract of S. miltiorrhiza", "fractions from Artemisia": then the source is named, and
  recognising it is the matcher's job);
* the antecedent is the herb of the most recent earlier sentence of the paragraph that names a herb:
  exactly one herb for a singular head, up to three for a plural one ("the fractions" of two herbs);
* the sentence itself names no herb (else the description may be that herb's) and names a gene or pathway
  (else there is nothing to relate).

The plant itself is referred to the same way in herb-chemistry abstracts: "several bioactive flavonoids and
isoflavonoids are also present in the roots of this plant" (validation41_en PMID25779384, Glycyrrhiza glabra named two
sentences before), "… have been identified and isolated from the plant species" (validation41_en PMID24949441), "The
plant is rich in bioactive chemical constituents like …" (validation38_en PMID26968675), "Isoflavonoids are believed the
active components of this herb" (validation41_en PMID26923541). "this/the (medicinal) plant / herb / plant species"
(not "the plant extract", "the plant kingdom", "the plant of …"; also "the most investigated plant", validation44_en
PMID26297840) is read by the same rule, with one difference: the sentence may name only compounds (the constituents the
plant contains), not only genes or pathways. So is the plant's chemistry reported with the plant left implicit, a
bridging description: "The phytochemical investigations showed the presence of …" (validation44_en PMID23608240),
"Phytochemical studies indicated presence of …" (PMID26851499) — the investigations of the herb under study.

The added mention has ``how`` = ``cross_sentence.CROSS_SENTENCE``: its pairs are weighed as a
cross-sentence reading (below a stated pair of the same cue, relations/cross_sentence.py
``bridged_label``) and typed by the sentence's own cue. A compound mention inside the description ("the
polysaccharide fractions": CPD:polysaccharides, the material's chemical class) is replaced by it: the
fractions, not polysaccharides in general, are what acted.

The same kind of description names a signalling pathway in Chinese: "该通路", "此信号通路", "该信号途径" refer
to the pathway named just before, and the verb whose object or subject they are states what acts on it or what
it does: "TGF-β/Smads 通路中…Smad7)通过阻断R-Smad和Co-Smad的激活…来负调控此信号通路" (validation_zh
ChinaXiv-201711.00749V1, gold SMAD7 inhibits TGFB/SMAD), "…研究较为透彻的是Wnt信号通路，此通路直接刺激成骨分化
关键因子Runx2的表达" (sample ChinaXiv-201801.00686V1), "AKT信号通路在HCC发生发展过程中发挥重要作用，该通路可通过
调节MMP-9的表达…" (validation_zh ChinaXiv-201712.00248V1), "mTOR 信号通路的异常活化抑制自噬…。因此,可以通过抑制
该通路…" (jin2025_autophagy), "p38 MAPK信号途径在…发挥着重要作用，但该信号途径是否参与了…" (new_papers_zh
ChinaXiv-201801.00669V1). ``resolve_pathways`` reads them by the same rule, the most recent antecedent with the
same head (Poesio & Vieira 1998): the nearest PATHWAY mention before the description in the sentence whose name
has a pathway head (通路, 途径, 信号, 轴: "PI3K/AKT/mTOR信号通路…抑制肿瘤自噬…通过阻断此通路" is the axis, not
autophagy), else the last such mention of the previous sentence of the paragraph, never further. The mention
added at the description carries the pathway's id and members; ``how`` = ``pairs.PATHWAY_ANAPHOR`` when the
sentence names the pathway itself (relations/pairs.py then also reads the pair at the description), else
``CROSS_SENTENCE`` (a cross-sentence reading, weighed as one). English "this pathway" is left alone: two uses in
the English validation and new papers, neither relating two entities.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import CROSS_SENTENCE, CROSS_SENTENCE_HOWS
from pipeline.relations.pairs import PATHWAY_ANAPHOR

_PLURAL_HEADS = frozenset({"extracts", "fractions"})
# "the polysaccharide fractions", "this ethanolic extract", "these two extracts"; not "the extract of X",
# "fractions from X", "the extract (EAa)" (a definition), "the extraction"
_EN = lazy_re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>extracts?|fractions?)\b"
    r"(?!\s*\(|\s+(?:of|from|obtained|prepared|derived|isolated)\b|-)"
    r"|^(?:(?:Moreover|In addition|Furthermore|Additionally|Also|However|Similarly)\s*,?\s+)?"
    r"(?P<bare>Extract)\s+(?:treatment|administration|supplementation)\b"
    r"|\b(?:(?:[Cc]o-?|[Pp]re-?)?(?:[Tt]reatment|[Aa]dministration|[Ss]upplementation)\s+(?:of|with)"
    r"|(?:co-?|pre-?)?(?:treated|administered|supplemented)\s+with)\s+(?P<object>extracts?)\b"
    r"(?!\s*\(|\s+(?:of|from|obtained|prepared|derived|isolated)\b|-)"
)
_ZH = lazy_re.compile(r"(?:该|此|上述|这一|这种|这些)(?P<head>提取物|提取液)(?![的之]?(?:来源|由))")
# "the roots of this plant", "isolated from the plant species", "active components of this herb": the plant itself,
# not a kind of plant ("the plant kingdom", "the plant extract": the extract rule above) nor a defined one ("(…)")
_PLANT_EN = lazy_re.compile(r"\b(?:[Tt]his|[Tt]he)\s+(?:most\s+[a-z]+\s+|medicinal\s+)?(?P<plant>plant\s+species|plant|herb)\b"
                            r"(?!\s*\(|[\-/]|\s+(?:extracts?|fractions?|kingdom|cells?|materials?|parts?|famil(?:y|ies)|"
                            r"genus|world|origins?|sources?|tissues?|organs?|growth|hormones?|species|of|from|and|or)\b)")
# the plant's chemistry reported with the plant left implicit: "The phytochemical investigations showed the presence of
# cyclopeptid alkaloids, flavonoids …" (validation44_en PMID23608240), "Phytochemical studies indicated presence of
# … triterpenoids like betulinic acid" (PMID26851499) — a bridging description (Poesio & Vieira 1998): the
# investigations of the plant under study; not "phytochemical studies of/on X" (the source is then named)
_PHYTOCHEMISTRY_EN = lazy_re.compile(r"\b(?:[Tt]he\s+)?[Pp]hytochemical\s+(?:investigations?|stud(?:y|ies)|analys[ie]s|screening)\b"
                                     r"(?!\s+(?:of|on|in|from)\b)")
MAX_PLURAL = 3


def descriptions(sentence: str, lang: str) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of the definite descriptions of an extract in ``sentence``."""
    out = []
    for m in (_ZH if lang == "zh" else _EN).finditer(sentence):
        if m.group("head") is not None:
            out.append((m.start(), m.end(), m.group("head") in _PLURAL_HEADS or m.group(0).lower().startswith("these")))
        elif m.group("bare") is not None:  # "Extract treatment": the description is the word "Extract"
            out.append((m.start("bare"), m.end("bare"), False))
        else:  # "Coadministration of extract", "rats treated with extract": the bare object of a treatment
            out.append((m.start("object"), m.end("object"), m.group("object") == "extracts"))
    if lang != "zh":
        out += [(m.start(), m.end(), False) for m in _PLANT_EN.finditer(sentence)]
        out += [(m.start(), m.end(), False) for m in _PHYTOCHEMISTRY_EN.finditer(sentence)]
    return sorted(out)


def _names_the_plant(sentence: str, a: int, b: int) -> bool:
    """Is the description at ``a:b`` the plant itself or its chemistry (whose partners may be compounds)?"""
    return bool(_PLANT_EN.fullmatch(sentence, a, b) or _PHYTOCHEMISTRY_EN.fullmatch(sentence, a, b))


def antecedents(herbs: list[str], plural: bool) -> list[str]:
    """The herbs a description refers to, given ``herbs``: the distinct herb ids of the most recent earlier
    sentence naming any (in order): one for a singular head, up to MAX_PLURAL for a plural one."""
    if not herbs or len(herbs) > (MAX_PLURAL if plural else 1):
        return []
    return herbs


def herbs_named(mentions, skip: frozenset[str]) -> list[str]:
    """Distinct HERB ids of ``mentions`` in order, leaving out mentions whose ``how`` is in ``skip``
    (no partners: relations/pairs.py NO_PARTNER)."""
    seen: list[str] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "HERB" and m.entity_id and m.how not in skip and m.entity_id not in seen:
            seen.append(m.entity_id)
    return seen


def resolve(sentence_text: str, sentence_start: int, mentions: list[Mention], last_herbs: list[str], lang: str,
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` of the sentence (paragraph offsets) with a mention of the antecedent herb(s) at each
    definite description of an extract (``CROSS_SENTENCE``), compound mentions inside it dropped;
    unchanged when the rule does not apply. ``last_herbs``: ``herbs_named`` of the most recent earlier
    sentence of the paragraph that names a herb."""
    if not last_herbs or herbs_named(mentions, skip):
        return mentions
    found = descriptions(sentence_text, lang)
    # an extract is related to what it acts on; the plant itself also to the constituents the sentence names
    partners = ("GENE", "PATHWAY", "COMPOUND") if any(_names_the_plant(sentence_text, a, b) for a, b, _ in found) \
        else ("GENE", "PATHWAY")
    if not any(m.label in partners and m.how not in skip for m in mentions):
        return mentions
    added: list[Mention] = []
    out = list(mentions)
    for a, b, plural in found:
        start, end = sentence_start + a, sentence_start + b
        inside = [m for m in out if m.start < end and start < m.end]
        herbs = antecedents(last_herbs, plural)
        if not herbs or any(m.label != "COMPOUND" or m.start < start or m.end > end for m in inside):
            continue  # no antecedent, or the description overlaps a gene, a herb or a longer name
        out = [m for m in out if m not in inside]
        added += [Mention(start, end, herb, "HERB", CROSS_SENTENCE, sentence_text[a:b]) for herb in herbs]
    if not added:
        return mentions
    return sorted([*added, *out], key=lambda m: (m.start, -m.end))


# "该通路", "此信号通路", "该信号途径", "这一通路", "这条通路", "上述通路"; not 因此/如此/彼此/由此/据此/从此/借此 + 通路
# ("因此通路…": therefore), nor "应该" (should)
_PATHWAY_ZH = lazy_re.compile(r"(?<![因如彼由据从借应])(?P<det>该|此|这一|这条|这个|上述)(?:信号)?(?:通路|途径)")
# the name of an antecedent has a pathway head, in the mention or right after it ("Wnt信号通路", "Akt/mTOR信号",
# "ASK1-p38 信号通路", "TGF-β/Smads 通路", "mTOR 信号传导")
_PATHWAY_HEAD = lazy_re.compile(r"通路|途径|信号|轴|[Pp]athway|[Ss]ignal")
_HEAD_AFTER = lazy_re.compile(r"\s*(?:信号|通路|途径|轴)")
_BARE_HEAD = lazy_re.compile(r"通路|途径")


def pathway_descriptions(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of the definite descriptions of a pathway in a Chinese ``sentence``; "上述通路" (the
    above) may stand for several, so it is read only when they are one."""
    return [(m.start(), m.end(), m.group("det") == "上述") for m in _PATHWAY_ZH.finditer(sentence)]


def _has_head(text: str, m: Mention) -> bool:
    """Does the PATHWAY mention ``m`` (offsets into ``text``) name a pathway by a pathway head?"""
    return bool(_PATHWAY_HEAD.search(m.text) or _HEAD_AFTER.match(text, m.end))


def pathway_antecedents(text: str, sentence_start: int, before: int, mentions: list[Mention],
                        previous: list[Mention], skip: frozenset[str] = frozenset()) -> list[Mention]:
    """The candidate antecedents of a pathway description starting at ``before`` in the sentence starting at
    ``sentence_start``, nearest first: the PATHWAY mentions with a pathway head (``_has_head``) of the sentence
    before it, else, when no other head noun comes between (``_bare_head``), those of the previous sentence
    (``previous``). Offsets into ``text``, the paragraph."""
    def heads(ms: list[Mention]) -> list[Mention]:
        return sorted((m for m in ms if m.label == "PATHWAY" and m.entity_id and m.how not in skip
                       and _has_head(text, m)), key=lambda m: -m.end)

    found = heads([m for m in mentions if m.end <= before])
    if found or not previous or _bare_head(text, sentence_start, before, mentions):
        return found
    return heads(previous)


def _bare_head(text: str, start: int, before: int, mentions: list[Mention]) -> bool:
    """Is a pathway head noun that is no mention's (nor a description's) written in text[start:before]? Then
    the nearest antecedent is that phrase, in this sentence: "PTHR1受体至少通过两条途径激活PKC,其一为激活PLC,…进而
    激活PKC，此途径为PKC激活的经典途径" (validation_zh ChinaXiv-201712.00947V1) is the PLC route just described,
    not the pathway of the previous sentence."""
    described = [(start + a, start + b) for a, b, _ in pathway_descriptions(text[start:before])]
    return any(not any(m.start <= h.start() < m.end + 4 for m in mentions)
               and not any(a <= h.start() < b for a, b in described)
               for h in _BARE_HEAD.finditer(text, start, before))


def resolve_pathways(text: str, sentence_start: int, sentence_end: int, mentions: list[Mention],
                     previous: list[Mention], lang: str, skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` of the sentence text[sentence_start:sentence_end] (paragraph offsets) with a mention of the
    antecedent pathway at each definite description of a pathway ("此信号通路"); ``previous``: the mentions of the
    paragraph's previous sentence. Unchanged for English, or when no description has an antecedent."""
    if lang != "zh" or ("通路" not in text[sentence_start:sentence_end]
                        and "途径" not in text[sentence_start:sentence_end]):
        return mentions
    added: list[Mention] = []
    for a, b, plural in pathway_descriptions(text[sentence_start:sentence_end]):
        start, end = sentence_start + a, sentence_start + b
        if any(m.start < end and start < m.end for m in mentions):
            continue  # inside a longer name
        found = pathway_antecedents(text, sentence_start, start, mentions, previous, skip)
        if not found or plural and len({m.entity_id for m in found}) > 1:
            continue
        antecedent = found[0]
        named = any(m.entity_id == antecedent.entity_id and m.how not in CROSS_SENTENCE_HOWS for m in mentions)
        how = PATHWAY_ANAPHOR if named else CROSS_SENTENCE
        added.append(Mention(start, end, antecedent.entity_id, "PATHWAY", how, text[start:end], antecedent.members))
    if not added:
        return mentions
    return sorted([*added, *mentions], key=lambda m: (m.start, -m.end))
