"""Entity recognition measured on public annotated corpora the dictionaries were not shaped on.

Runs the pipeline's annotator (the same ``Annotator`` that ``python -m pipeline run`` uses: the
dictionary matcher, paper-defined abbreviations, the fuzzy gene linker) over the plain text of
each corpus and compares its spans with the gold spans, exactly (same start and end) and
leniently (any overlap, each gold span counted once). Per corpus and entity type it prints
precision, recall and F1 and the most frequent false-positive and false-negative strings.

Corpora (development splits under ``--data``, default ``../shared/data/dev/annotated``):

* ``bc2gm``  BC2GM train (genes). Offsets count non-whitespace characters, end inclusive; a
  system span that equals a GENE span or one of its ALTGENE alternatives (an ALTGENE span that
  overlaps the GENE span) counts as that gene, as in the official evaluation script
  (Smith et al., Genome Biology 2008): TP = genes matched, FN = genes not matched, FP = system
  spans that match no GENE or ALTGENE span.
* ``biored`` BioRED train + dev: Gene (GeneOrGeneProduct) and Chemical (ChemicalEntity). Also
  a LINKING figure: BioRED gives every gene mention its NCBI Gene ids; HGNC's table
  (``--hgnc``) maps the human ones to HGNC ids. Of the gold human gene mentions found with the
  exact span, the share whose mention carries the gold HGNC id or a FamPlex family containing
  that gene (Linking, link_verdict), with the most frequent wrong links. Mouse and rat ids have
  no HGNC id and stay out. The held-out pool's PMIDs (``HELD_OUT``) are never read.
* ``bc5cdr`` BC5CDR train + dev: Chemical.
* ``cshan``  TCM herb NER train (cshan, char BIO): HER (herbs); PRE (prepared medicines) is
  compared with formula mentions for information.
* ``formula`` TCM formula NER train: 组成 (ingredients) vs herb/compound mentions, 方剂名 vs
  formula mentions.

Pipeline types map to corpus types: gene/family -> Gene, compound -> Chemical, herb -> HER
(and 组成), formula -> PRE / 方剂名. Pronoun coreference mentions and cross-sentence anaphors ("This
effect", relations/cross_sentence.py) are left out (no corpus annotates pronouns).

    python bench/ner_eval.py                         # everything (several minutes)
    python bench/ner_eval.py --corpus biored --limit 50
    python bench/ner_eval.py --write docs/ner_benchmarks.md
    python bench/ner_eval.py --corpus cshan --audit  # also: the cshan gold's own errors, by class
    python bench/ner_eval.py --corpus cshan --part holdout  # the last 20 % (cshan: of its gold spans)

``--audit`` (cshan) classifies every gold HER span by what the dictionary finds around it,
without looking at our output: inside a formula name, a cut herb name (苡仁 of 薏苡仁, 木 of
木通), a form prefix left out (convention), one character naming no herb, no dictionary name, or
a whole herb name; it also counts herb names left untagged between two tagged herbs and herbs
tagged PRE, and scores our spans against the gold with those classes corrected (a what-if).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.io.readers.pubtator import read_pubtator
from pipeline.relations.cross_sentence import CROSS_SENTENCE_HOWS

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev" / "annotated"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/data/dev/annotated")

# Corpus type -> the dictionary entity types whose mentions are compared with it.
TYPE_MAP: dict[str, dict[str, tuple[str, ...]]] = {
    "bc2gm": {"Gene": ("gene", "family")},
    "biored": {"Gene": ("gene", "family"), "Chemical": ("compound",)},
    "bc5cdr": {"Chemical": ("compound",)},
    "cshan": {"HER": ("herb",), "PRE": ("formula",)},
    "formula": {"组成": ("herb", "compound"), "方剂名": ("formula",)},
}
CORPORA = tuple(TYPE_MAP)
GOLD_TYPES = {"GeneOrGeneProduct": "Gene", "ChemicalEntity": "Chemical", "Chemical": "Chemical"}


@dataclass
class Sample:
    """One annotated text: gold spans (start, end, type) in its own character offsets."""

    doc_id: str
    text: str
    gold: list[tuple[int, int, str]]
    pubtator: str = ""  # PubTator block: the pipeline reads it like a user's file
    alternatives: dict[tuple[int, int], list[tuple[int, int]]] = field(default_factory=dict)
    tagged: frozenset = frozenset()  # cshan: positions inside a gold span of any type (not O)
    gold_ids: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)  # BioRED: span -> NCBI Gene ids


# --- corpus readers -------------------------------------------------------------------------

def _nonspace_offsets(text: str) -> list[int]:
    """Character index of the n-th non-whitespace character (BC2GM offsets count those)."""
    return [i for i, ch in enumerate(text) if not ch.isspace()]


def read_bc2gm(folder: Path) -> Iterator[Sample]:
    def spans(path: Path) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.strip():
                sid, offsets, _mention = line.split("|", 2)
                a, b = offsets.split()
                out.setdefault(sid, []).append((int(a), int(b)))
        return out

    genes = spans(folder / "GENE.eval")
    alts = spans(folder / "ALTGENE.eval")
    for line in (folder / "train.in").read_text(encoding="latin-1").splitlines():
        if not line.strip():
            continue
        sid, text = line.split(" ", 1)
        where = _nonspace_offsets(text)

        def char_span(a: int, b: int, _w=where) -> tuple[int, int]:
            return _w[a], _w[b] + 1

        gold = [(*char_span(a, b), "Gene") for a, b in genes.get(sid, [])]
        alternatives: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for a, b in alts.get(sid, []):
            alt = char_span(a, b)
            for g in gold:
                if alt[0] < g[1] and g[0] < alt[1]:
                    alternatives.setdefault((g[0], g[1]), []).append(alt)
        yield Sample(sid, text, gold, alternatives=alternatives)


# Documents of the held-out pool being annotated (PMIDs): never read by development tools, even
# where a public corpus holds them (three are BioRED abstracts).
HELD_OUT = Path("/work/notes/heldout2_pool.txt")


def excluded_ids(path: Path | None) -> frozenset[str]:
    """PMIDs (digits only) listed in ``path``, one a line, with or without the ``PMID`` prefix
    (``#`` comments); empty when there is no such file."""
    if path is None or not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.open(encoding="utf-8"))
    return frozenset(line.removeprefix("PMID") for line in lines if line and not line.startswith("#"))


def read_pubtator_gold(paths: list[Path], exclude: frozenset[str] = frozenset()) -> Iterator[Sample]:
    """PubTator abstracts with their gold spans; a document whose PMID is in ``exclude`` is
    skipped unread."""
    for path in paths:
        block: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip():
                block.append(line)
                continue
            if not block:
                continue
            if block[0].split("|", 1)[0].split("\t", 1)[0] in exclude:
                block = []
                continue
            title = next(x.split("|t|", 1)[1] for x in block if "|t|" in x)
            abstract = next((x.split("|a|", 1)[1] for x in block if "|a|" in x), "")
            gold, gold_ids = [], {}
            for x in block:
                cols = x.split("\t")
                if len(cols) >= 5 and cols[1].isdigit() and cols[4] in GOLD_TYPES:
                    gold.append((int(cols[1]), int(cols[2]), GOLD_TYPES[cols[4]]))
                    if GOLD_TYPES[cols[4]] == "Gene" and len(cols) >= 6:
                        gold_ids[(int(cols[1]), int(cols[2]))] = tuple(i for i in cols[5].split(",") if i)
            pmid = block[0].split("|", 1)[0]
            yield Sample(pmid, f"{title} {abstract}", gold, pubtator="\n".join(block) + "\n", gold_ids=gold_ids)
            block = []


def read_cshan(path: Path) -> Iterator[Sample]:
    chars: list[str] = []
    tags: list[str] = []
    n = 0

    def flush() -> Sample:
        gold = []
        start, kind = None, ""
        for i, tag in enumerate([*tags, "O"]):
            inside = tag.startswith("I-") and start is not None and tag[2:].split("[")[0] == kind
            if not inside:
                if start is not None:
                    gold.append((start, i, kind))
                start, kind = (i, tag[2:].split("[")[0]) if tag.startswith(("B-", "I-")) else (None, "")
        tagged = frozenset(i for a, b, _ in gold for i in range(a, b))
        return Sample(f"cshan-{n}", "".join(chars), [g for g in gold if g[2] in ("HER", "PRE")], tagged=tagged)

    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                n += 1
                yield flush()
            chars, tags = [], []
            continue
        ch, tag = line.rsplit(",", 1) if line.count(",") >= 1 else (line, "O")
        chars.append(ch[:1] or " ")
        tags.append(tag.strip())


def read_formula(path: Path) -> Iterator[Sample]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold = [(e["start"], e["end"], e["type"]) for e in row["entities"] if e["type"] in ("组成", "方剂名")]
            yield Sample(str(row["id"]), row["text"], gold)


def samples(corpus: str, data: Path, exclude: frozenset[str] | None = None) -> Iterator[Sample]:
    """The corpus's annotated texts; PubTator corpora leave out ``exclude`` (default: the held-out
    pool, HELD_OUT)."""
    if exclude is None:
        exclude = excluded_ids(HELD_OUT)
    if corpus == "bc2gm":
        return read_bc2gm(data / "bc2gm_train")
    if corpus == "biored":
        return read_pubtator_gold([data / "biored" / "Train.filtered.PubTator", data / "biored" / "Dev.filtered.PubTator"],
                                  exclude)
    if corpus == "bc5cdr":
        folder = data / "bc5cdr"
        return read_pubtator_gold([folder / "CDR_TrainingSet.filtered.PubTator.txt",
                                   folder / "CDR_DevelopmentSet.filtered.PubTator.txt"], exclude)
    if corpus == "cshan":
        return read_cshan(data / "tcm_herb_ner_cshan" / "train.bio.txt")
    if corpus == "formula":
        return read_formula(data / "tcm_formula_ner" / "train.jsonl")
    raise SystemExit(f"unknown corpus {corpus!r} (one of {', '.join(CORPORA)})")


# --- running the pipeline -------------------------------------------------------------------

def _entity_type(annotator, entity_id: str) -> str:
    """The dictionary type of a mention's entity; formula names read from their dosage-form
    suffix (pipeline/nlp/formulas.py, ids ``FML:<name>`` not in the dictionary) are formulas, and
    compounds defined in the paper only (nlp/paper_compounds.py, nlp/drug_codes.dosed_codes: ids
    ``PCPD:<name>``) are compounds, as are codes only MeSH lists that a paper doses or names an agent
    (nlp/drug_codes.code_entity: ``MESH:C…`` ids outside the dictionary)."""
    from pipeline.nlp.drug_codes import code_entity

    if not entity_id:
        return "gene"
    if entity_id in annotator.dictionary:
        return annotator.dictionary[entity_id].type
    if entity_id.startswith("PCPD:") or code_entity(entity_id):
        return "compound"
    return "formula" if entity_id.startswith("FML:") else ""


def predict(annotator, sample: Sample, ids: dict | None = None) -> list[tuple[int, int, str]]:
    """(start, end, dictionary entity type) of every mention, in the sample's offsets; ``ids``,
    when given, receives (start, end) -> entity ids of the mentions there."""
    from pipeline.nlp.pathways import AXIS_PREFIX

    if sample.pubtator:
        document = read_pubtator(sample.pubtator.encode("utf-8"), f"{sample.doc_id}.pubtator")[0]
        text = document.text
    else:
        document, text = None, sample.text
    annotated = annotator.annotate(sample.doc_id, text)
    paragraphs = {p.index: p for p in annotated.paragraphs}
    out = []
    for item in annotated.sentences:
        para = paragraphs[item.sentence.paragraph.index]
        # unlinked: gene mentions found by shape or head noun, with no entity (no relations)
        for m in joined_coordinations([*item.mentions, *getattr(item, "unlinked", [])]):
            if m.how == "coreference" or m.how in CROSS_SENTENCE_HOWS or m.entity_id.startswith(AXIS_PREFIX):
                continue
            if not m.entity_id and m.label != "GENE":
                continue
            start, end = para.text.original_span(m.start, m.end)
            if document is not None:
                passage = document.passage_at(start)
                if passage is None:
                    continue
                start, end = start - passage.start + passage.offset, end - passage.start + passage.offset
            out.append((start, end, _entity_type(annotator, m.entity_id)))
            if ids is not None:
                ids.setdefault((start, end), set()).add(m.entity_id)
    return sorted(set(out))


def joined_coordinations(mentions: list) -> list:
    """The mentions with each elided member ("caspase-3, -8, and -9": CASP8 on "8", CASP9 on "9";
    pipeline/nlp/annotator.py ``_elided_mentions``) joined to the name before it: BC2GM and
    BioRED annotate the whole coordination as one mention ("IRF-1 and -2", "FGF-2, -3, -4, -7,
    and -18" with all its ids), the pipeline gives each member its own mention and entity."""
    from dataclasses import replace

    from pipeline.nlp.annotator import ELIDED_MEMBER

    if not any(m.how == ELIDED_MEMBER for m in mentions):
        return mentions
    out: list = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.how == ELIDED_MEMBER and any(o.label == "GENE" and o.start <= m.start and m.end <= o.end for o in out):
            continue  # "RagA-D": RagB, RagC and RagD all stand on "D", joined to RagA once
        head = next((o for o in reversed(out) if o.label == "GENE" and o.end <= m.start), None)
        if m.how == ELIDED_MEMBER and head is not None:
            out[out.index(head)] = replace(head, end=m.end)
        else:
            out.append(m)
    return out


# --- scoring --------------------------------------------------------------------------------

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lenient_tp: int = 0  # gold spans overlapped by a system span of the type
    lenient_fp: int = 0  # system spans overlapping no gold span of the type
    same_tp: int = -1  # same-entity matches (see same_entity_matches); -1 = not measured
    same_fp: int = 0
    fp_strings: Counter = field(default_factory=Counter)
    fn_strings: Counter = field(default_factory=Counter)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def exact(self) -> tuple[float, float, float]:
        return self.prf(self.tp, self.fp, self.fn)

    @property
    def same_entity(self) -> tuple[float, float, float] | None:
        if self.same_tp < 0:
            return None
        return self.prf(self.same_tp, self.same_fp, self.tp + self.fn - self.same_tp)

    @property
    def lenient(self) -> tuple[float, float, float]:
        gold = self.tp + self.fn
        return self.prf(self.lenient_tp, self.lenient_fp, gold - self.lenient_tp)


# Characters that a Chinese gold span may carry around the herb name it tags: form prefixes
# (姜半夏, 炙黄芪: pipeline/nlp/herb_context.FORM_PREFIXES and 姜) and the powder/slice/ash
# suffixes of a prescription line (大黄粉, 荆芥炭).
_FORM_EDGES = ("炙炒制焦煅炮酒蜜醋生熟鲜姜", "粉末片炭")


def same_entity_matches(text: str, gold: list[tuple[int, int]], system: list[tuple[int, int]],
                        matched: set, ids: dict, names) -> tuple[int, set]:
    """Boundary-tolerant matches: a gold span left unmatched and a system span left unmatched
    that nest (one contains the other) and name the same dictionary entity — the gold text, or
    it without one form prefix or powder suffix (姜半夏 -> 半夏, 大黄粉 -> 大黄), is a name of
    the system mention's entity (苡仁 vs 薏苡仁, 炙黄芪 vs 黄芪, 草果 vs 草果仁). Each span is
    used once. A gold span that names another entity (贝母 in 浙贝母, 木 of 木通) or none stays
    an error. ``names(surface) -> set of entity ids``. Returns (matches, system spans used)."""
    used: set = set()
    n = 0
    for g in gold:
        if g in matched:
            continue
        g_text = text[g[0]:g[1]]
        candidates = [g_text]
        if len(g_text) > 2 and g_text[0] in _FORM_EDGES[0]:
            candidates.append(g_text[1:])
        if len(g_text) > 2 and g_text[-1] in _FORM_EDGES[1]:
            candidates.append(g_text[:-1])
        g_ids = set().union(*(names(c) for c in candidates))
        for s in system:
            if s in used or s == g or not ((s[0] <= g[0] and g[1] <= s[1]) or (g[0] <= s[0] and s[1] <= g[1])):
                continue
            if ids.get(s, set()) & g_ids:
                used.add(s)
                n += 1
                break
    return n, used


def score_sample(sample: Sample, predicted: list[tuple[int, int, str]], corpus: str,
                 scores: dict[str, Score], ids: dict | None = None, names=None) -> None:
    for gold_type, entity_types in TYPE_MAP[corpus].items():
        score = scores.setdefault(gold_type, Score())
        gold = sorted({(a, b) for a, b, t in sample.gold if t == gold_type})
        system = sorted({(a, b) for a, b, t in predicted if t in entity_types})
        accepted: dict[tuple[int, int], tuple[int, int]] = {}  # system span -> the gold span it matches
        for g in gold:
            for s in [g, *sample.alternatives.get(g, [])]:
                accepted.setdefault(s, g)
        matched = {accepted[s] for s in system if s in accepted}
        score.tp += len(matched)
        for g in gold:
            if g not in matched:
                score.fn += 1
                score.fn_strings[sample.text[g[0]:g[1]]] += 1
        for s in system:
            if s not in accepted:
                score.fp += 1
                score.fp_strings[sample.text[s[0]:s[1]]] += 1
        score.lenient_tp += sum(1 for g in gold if any(a < g[1] and g[0] < b for a, b in system))
        score.lenient_fp += sum(1 for a, b in system if not any(a < g[1] and g[0] < b for g in gold))
        if names is not None:
            extra, used = same_entity_matches(sample.text, gold, [s for s in system if s not in accepted],
                                              matched, ids or {}, names)
            score.same_tp = max(score.same_tp, 0) + len(matched) + extra
            score.same_fp += sum(1 for s in system if s not in accepted and s not in used)


# --- gene linking (BioRED) ------------------------------------------------------------------

DEFAULT_HGNC = DEFAULT_DATA.parent.parent / "genes" / "hgnc_entries.tsv"


def entrez_to_hgnc(path: Path) -> dict[str, str]:
    """NCBI Gene id -> HGNC id, from HGNC's own table (column "NCBI Gene ID(supplied by
    NCBI)"). Only human genes have one: BioRED's mouse and rat ids stay out of the figure."""
    import csv

    out = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            entrez = (row.get("NCBI Gene ID(supplied by NCBI)") or "").strip()
            if entrez and row.get("HGNC ID"):
                out[entrez] = row["HGNC ID"]
    return out


def link_verdict(gold: set[str], system: set[str], dictionary) -> str:
    """How a found gold gene mention is linked: "right" (one of its ids is a gold HGNC id),
    "family" (a FamPlex family whose members include a gold gene: "ERK1/2" as FPLX:ERK for
    MAPK3 + MAPK1), "unlinked" (a GENE mention with no entity) or "wrong"."""
    if system & gold:
        return "right"
    symbols = {dictionary[g].name for g in gold if g in dictionary}
    for entity_id in system:
        if entity_id in dictionary and dictionary[entity_id].type == "family" and symbols & set(dictionary[entity_id].members):
            return "family"
    return "unlinked" if system <= {""} else "wrong"


@dataclass
class Linking:
    """The linking figure: of the gold human gene mentions found with the exact span (as a
    gene or family), how many carry the gold gene's HGNC id or a family containing it."""

    found: int = 0  # gold human gene mentions matched exactly by a gene/family mention
    verdicts: Counter = field(default_factory=Counter)  # link_verdict -> mentions
    not_human: int = 0  # found, but no gold id maps to HGNC (other species): left out
    wrong: Counter = field(default_factory=Counter)  # "text -> ours (gold)" -> mentions

    def add(self, sample: Sample, ids: dict, entrez: dict[str, str], annotator) -> None:
        dictionary = annotator.dictionary
        for span, gold_entrez in sample.gold_ids.items():
            system = {i for i in ids.get(span, ()) if _entity_type(annotator, i) in ("gene", "family")}
            if not system:
                continue
            gold = {entrez[i] for i in gold_entrez if i in entrez}
            if not gold:
                self.not_human += 1
                continue
            self.found += 1
            verdict = link_verdict(gold, system, dictionary)
            self.verdicts[verdict] += 1
            if verdict in ("wrong", "unlinked"):
                ours = "/".join(sorted(dictionary[i].name if i in dictionary else "(unlinked)" for i in system))
                theirs = "/".join(sorted(dictionary[g].name if g in dictionary else g for g in gold))
                self.wrong[f"{sample.text[span[0]:span[1]]} -> {ours} (gold {theirs})"] += 1

    @property
    def share(self) -> float:
        return (self.verdicts["right"] + self.verdicts["family"]) / self.found if self.found else 0.0

    def summary(self, top: int = 15) -> str:
        v = self.verdicts
        return (f"Gene linking (BioRED, gold NCBI Gene ids via HGNC): of {self.found:,} gold human gene "
                f"mentions found with the exact span, **{self.share:.3f}** linked right ({v['right']:,} to "
                f"the gene, {v['family']:,} to a FamPlex family containing it); {v['wrong']:,} wrong, "
                f"{v['unlinked']:,} unlinked; {self.not_human:,} found non-human mentions left out.\n\n"
                f"Most frequent wrong links (text -> ours (gold) (count)): {_top(self.wrong, top)}.\n")


# --- the gold's own errors (cshan) ----------------------------------------------------------

# Characters a gold herb span may leave outside by convention, not by error: form prefixes
# (炙黄芪 -> 黄芪, 法半夏 -> 半夏, 姜半夏) and powder/slice/ash suffixes (大黄粉 -> 大黄).
_CONVENTION_PREFIX = _FORM_EDGES[0] + "法"
_CONVENTION_SUFFIX = _FORM_EDGES[1]
_LIST_SEPARATORS = "、，,；;"
_LONGEST_NAME = 6  # longest herb or formula name looked for around a gold span
AUDIT_CLASSES = (
    ("formula", "herb inside a formula name (桔梗 of 桔梗汤, 桃红 of 桃红四物汤)"),
    ("suffix", "proper suffix of a herb name there, its first characters tagged O (苡仁 of 薏苡仁, 茯苓 of 土茯苓)"),
    ("prefix", "proper prefix of a herb name there, its last characters tagged O (木 of 木通, 枇杷 of 枇杷叶)"),
    ("middle", "inside a herb name there, characters on both sides tagged O (苏子 of 紫苏子叶)"),
    ("form", "a form prefix or powder suffix left outside (黄芪 of 炙黄芪, 大黄 of 大黄粉): convention"),
    ("form-in", "a form prefix inside the span, the prefixed name no dictionary herb (姜半夏, 炙黄芪 is one)"),
    ("char", "one character that names no herb (木 of 肝木, 虫)"),
    ("unknown", "names no dictionary herb (合葶苈, 清营, contractions 参芪)"),
    ("plain", "a dictionary herb name, whole"),
)


def _all_o(sample: Sample, a: int, b: int) -> bool:
    return not any(i in sample.tagged for i in range(a, b))


def _longer_name(sample: Sample, g: tuple[int, int], named) -> tuple[int, int] | None:
    """The longest span (a, b) != g around gold span g whose text ``named`` accepts and whose
    characters outside g are all tagged O, or None."""
    text, (g0, g1) = sample.text, g
    best = None
    for a in range(max(0, g0 - _LONGEST_NAME + 1), g0 + 1):
        for b in range(g1, min(len(text), a + _LONGEST_NAME) + 1):
            if (a, b) == g or not (_all_o(sample, a, g0) and _all_o(sample, g1, b)):
                continue
            if named(text[a:b]) and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    return best


def _formula_around(sample: Sample, g: tuple[int, int], formula_of) -> str | None:
    """The formula name gold HER span g stands in, or None: (1) a dictionary formula name
    around it that no gold span crosses (gold spans inside it are fine: 半夏 + 白术 + 天麻 of
    半夏白术天麻汤), or (2) g heads a chain of touching gold HER spans that ends in a one-
    character dosage form tagged O, not making another word (人参 + 紫菀 + 散, not 汤剂, 散寒:
    pipeline/nlp/formulas.py's lists), or touching a gold PRE span (桃红 + 四物汤)."""
    from pipeline.nlp.formulas import _NOT_AFTER_FORM, _ONE_CHAR_FORMS

    text, (g0, g1) = sample.text, g
    edges = [(a, b) for a, b, _ in sample.gold]
    best = None
    for a in range(max(0, g0 - _LONGEST_NAME * 2), g0 + 1):
        for b in range(g1 + 1, min(len(text), a + _LONGEST_NAME * 2) + 1):
            if any(x < a < y or x < b < y for x, y in edges):
                continue
            if formula_of(text[a:b]) and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    if best is not None and text[best[1]:best[1] + 1] not in _NOT_AFTER_FORM.get(text[best[1] - 1], ()):
        return text[best[0]:best[1]]  # not 肉桂散 of 肉桂散寒 (散, the verb)
    her_at = {a: b for a, b, t in sample.gold if t == "HER"}
    pre_at = {a: b for a, b, t in sample.gold if t == "PRE"}
    end = g1
    while end in her_at:
        end = her_at[end]
    if end in pre_at:
        return text[g0:pre_at[end]]
    form, after = text[end:end + 1], text[end + 1:end + 2]
    if form in _ONE_CHAR_FORMS and end not in sample.tagged and after not in _NOT_AFTER_FORM.get(form, ()):
        return text[g0:end + 1]
    return None


def audit_her(sample: Sample, herb_of, formula_of) -> list[tuple[str, tuple[int, int], str]]:
    """Each gold HER span of a cshan sample classified by what the text around it holds,
    from the dictionary alone (no system output): (class of AUDIT_CLASSES, span, detail).

    A span inside a formula name (the dictionary's, e.g. 桔梗汤) is "formula"; one the text
    shows to be part of a longer herb name, the rest tagged O, is "suffix"/"prefix"/"middle"
    (the detail says whether the gold text names the same herb: 苡仁 of 薏苡仁, or another one:
    茯苓 of 土茯苓), unless the rest is a form prefix or a powder suffix ("form", a convention
    the pipeline follows too). ``herb_of``/``formula_of(surface) -> id | None``."""
    out = []
    for g0, g1, kind in sample.gold:
        if kind != "HER":
            continue
        g, text = (g0, g1), sample.text[g0:g1]
        own = herb_of(text)
        fml = _formula_around(sample, g, formula_of)
        if fml is not None:
            out.append(("formula", g, fml))
            continue
        if len(text) > 2 and text[0] in _CONVENTION_PREFIX and herb_of(text[1:]) and not own:
            out.append(("form-in", g, text))
            continue
        longer = _longer_name(sample, g, herb_of)
        if longer is not None:
            a, b = longer
            before, after = sample.text[a:g0], sample.text[g1:b]
            if (before, after) in {(p, "") for p in _CONVENTION_PREFIX} | {("", s) for s in _CONVENTION_SUFFIX}:
                out.append(("form", g, sample.text[a:b]))
                continue
            side = "suffix" if b == g1 else "prefix" if a == g0 else "middle"
            same = own is not None and own == herb_of(sample.text[a:b])
            out.append((side, g, ("same herb " if same else "") + sample.text[a:b]))
            continue
        if own is None:
            out.append(("char" if g1 - g0 == 1 else "unknown", g, text))
        else:
            out.append(("plain", g, text))
    return out


def audit_omissions(sample: Sample, herb_of) -> list[tuple[int, int]]:
    """Dictionary herb names the gold leaves untagged between two gold herb spans of one list:
    the gap between them is a herb name, optionally with one list separator on each side
    (黄芪[防风]白术 where 黄芪 and 白术 are tagged). Conservative: one name per gap."""
    spans = sorted((a, b) for a, b, t in sample.gold if t == "HER")
    out = []
    for (_, left), (right, _) in zip(spans, spans[1:]):
        a, b = left, right
        if a < b and sample.text[a] in _LIST_SEPARATORS:
            a += 1
        if a < b and sample.text[b - 1] in _LIST_SEPARATORS:
            b -= 1
        if 2 <= b - a <= _LONGEST_NAME and _all_o(sample, a, b) and herb_of(sample.text[a:b]):
            out.append((a, b))
    return out


def audit_pre(sample: Sample, herb_of, formula_of) -> list[tuple[int, int]]:
    """Gold PRE (prepared medicine) spans that are a herb name and no formula name (苍术)."""
    return [(a, b) for a, b, t in sample.gold if t == "PRE"
            and herb_of(sample.text[a:b]) and not formula_of(sample.text[a:b])]


_CUT = ("suffix", "prefix", "middle")


def corrected_gold(sample: Sample, herb_of, formula_of) -> set[tuple[int, int]]:
    """The gold HER spans as they would read with the audit's error classes corrected: a cut
    name becomes the whole herb name there (苡仁 -> 薏苡仁, 木 -> 木通), an omitted list item
    and a herb tagged PRE become herb spans, a herb inside a formula name and a one-character
    non-herb (木 of 肝木) are no herb mention (the first is this pipeline's convention: what
    a text says of 桔梗汤 is not said of 桔梗). For a what-if figure only, never for tuning."""
    spans = set()
    for kind, (a, b), _ in audit_her(sample, herb_of, formula_of):
        if kind in _CUT:
            longer = _longer_name(sample, (a, b), herb_of)
            spans.add(longer if longer is not None else (a, b))
        elif kind not in ("formula", "char"):
            spans.add((a, b))
    spans.update(audit_omissions(sample, herb_of))
    spans.update(audit_pre(sample, herb_of, formula_of))
    return spans


@dataclass
class Audit:
    """Counts of audit classes over a corpus, with how many our run got wrong in each."""

    her: Counter = field(default_factory=Counter)  # class -> gold HER spans
    our_fn: Counter = field(default_factory=Counter)  # class -> of them, not matched exactly
    strings: dict = field(default_factory=dict)  # class -> Counter of gold strings (detail)
    omitted: int = 0  # herb names untagged between two tagged herbs
    omitted_found: int = 0  # of them, found by us (counted as our FP)
    omitted_strings: Counter = field(default_factory=Counter)
    pre_herbs: int = 0  # gold PRE spans that are a plain herb name
    pre_strings: Counter = field(default_factory=Counter)

    corrected: Score = field(default_factory=Score)  # our spans against corrected_gold

    def add(self, sample: Sample, system: set, herb_of, formula_of) -> None:
        """``system``: our herb spans (start, end) in the sample."""
        gold = corrected_gold(sample, herb_of, formula_of)
        self.corrected.tp += len(gold & system)
        self.corrected.fp += len(system - gold)
        self.corrected.fn += len(gold - system)
        for kind, g, detail in audit_her(sample, herb_of, formula_of):
            self.her[kind] += 1
            self.our_fn[kind] += g not in system
            label = sample.text[g[0]:g[1]] + (f" ({detail})" if detail != sample.text[g[0]:g[1]] else "")
            self.strings.setdefault(kind, Counter())[label] += 1
        for a, b in audit_omissions(sample, herb_of):
            self.omitted += 1
            self.omitted_found += (a, b) in system
            self.omitted_strings[sample.text[a:b]] += 1
        for a, b in audit_pre(sample, herb_of, formula_of):
            self.pre_herbs += 1
            self.pre_strings[sample.text[a:b]] += 1

    def table(self, top: int = 5) -> str:
        total = sum(self.her.values())
        lines = ["| gold HER span | spans | share | our FN among them | most frequent (gold text (longer name there)) |",
                 "|---|---:|---:|---:|---|"]
        for kind, what in AUDIT_CLASSES:
            n = self.her[kind]
            lines.append(f"| {what} | {n:,} | {n / total if total else 0:.1%} | {self.our_fn[kind]:,} | "
                         f"{_top(self.strings.get(kind, Counter()), top)} |")
        lines.append(f"| **all** | {total:,} | | {sum(self.our_fn.values()):,} | |")
        lines.append("")
        lines.append(f"Herb names left untagged between two tagged herbs of a list: {self.omitted:,} "
                     f"({self.omitted_found:,} of them found by us, so counted as FP): "
                     f"{_top(self.omitted_strings, top)}.")
        lines.append(f"Gold PRE spans that are a herb name and no formula name: {self.pre_herbs:,}: "
                     f"{_top(self.pre_strings, top)}.")
        p, r, f = self.corrected.exact
        lines.append(f"What-if, our herb spans against the gold with these classes corrected (cut names "
                     f"whole, omissions and herbs tagged PRE added, herbs inside formula names and one-"
                     f"character non-herbs removed; bench/ner_eval.corrected_gold): P {p:.3f}, R {r:.3f}, "
                     f"F1 {f:.3f} (TP {self.corrected.tp:,}, FP {self.corrected.fp:,}, FN {self.corrected.fn:,}).")
        return "\n".join(lines) + "\n"


# Every corpus splits the same way: the first 80 % tunes (BC2GM's learned lists,
# bench/learn_gene_lists.py --names; cshan's rules), the last 20 % measures what carries over to
# unseen sentences. The share counts texts, except for corpora whose annotated texts cluster:
# cshan's herbs stand in sentences ~1,000-3,000 only (its last 1,202 sentences hold one HER span),
# so its cut falls where 80 % of the gold mentions are reached (after sentence 2,403).
TUNE_SHARE = 0.8
SPLIT_BY_MENTIONS = ("cshan",)


def cut_index(items: list[Sample], by_mentions: bool = False) -> int:
    """Index of the first held-out text: 80 % of the texts, or of the gold spans."""
    if not by_mentions:
        return int(len(items) * TUNE_SHARE)
    total = sum(len(s.gold) for s in items)
    seen = 0
    for i, sample in enumerate(items):
        if seen >= total * TUNE_SHARE:
            return i
        seen += len(sample.gold)
    return len(items)


def part_of(items: list[Sample], part: str | None, by_mentions: bool = False) -> list[Sample]:
    """``tune`` = the first 80 % (of texts, or of gold spans), ``holdout`` = the rest, None = all."""
    cut = cut_index(items, by_mentions)
    return items[:cut] if part == "tune" else items[cut:] if part == "holdout" else items


def evaluate(corpus: str, data: Path, annotator, limit: int | None,
             part: str | None = None, audit: Audit | None = None,
             linking: tuple[Linking, dict[str, str]] | None = None) -> tuple[dict[str, Score], int, float]:
    """Scores per gold type; ``audit`` (cshan only), when given, also counts the gold's own
    errors (Audit, audit_her); ``linking`` (a Linking and entrez_to_hgnc's map), when given,
    counts how the found BioRED gene mentions are linked."""
    scores: dict[str, Score] = {}
    started = time.perf_counter()
    items = list(samples(corpus, data))
    chosen = spread(part_of(items, part, corpus in SPLIT_BY_MENTIONS), limit)
    names = _names_of(annotator) if corpus in SAME_ENTITY_CORPORA else None
    herb_of, formula_of = _memo(annotator._herb_of_zh), _memo(annotator._formula_of)
    for sample in chosen:
        ids: dict = {}
        predicted = predict(annotator, sample, ids)
        score_sample(sample, predicted, corpus, scores, ids, names)
        if audit is not None and corpus == "cshan":
            audit.add(sample, {(a, b) for a, b, t in predicted if t == "herb"}, herb_of, formula_of)
        if linking is not None and sample.gold_ids:
            linking[0].add(sample, ids, linking[1], annotator)
    return scores, len(chosen), time.perf_counter() - started


def _memo(function):
    cache: dict = {}

    def memoised(surface: str):
        if surface not in cache:
            cache[surface] = function(surface)
        return cache[surface]
    return memoised


# Chinese corpora whose gold draws herb and formula boundaries by its own conventions
# (docs/ner_benchmarks.md, "Herbs, stop 21"): they also get the same-entity column.
SAME_ENTITY_CORPORA = ("cshan", "formula")


def _names_of(annotator):
    """surface -> the entity ids the dictionary gives it (folded and normalised as the matcher
    does), memoised."""
    cache: dict[str, set] = {}

    def names(surface: str) -> set:
        if surface not in cache:
            cache[surface] = {t.entity_id for t in annotator.index.lookup(surface)}
        return cache[surface]
    return names


def spread(items: list[Sample], limit: int | None) -> list[Sample]:
    """``limit`` texts spread evenly over the corpus (its start can be unrepresentative:
    the first 2,000 cshan sentences name no herb)."""
    if limit is None or limit >= len(items):
        return items
    return [items[i * len(items) // limit] for i in range(limit)]


def _top(counter: Counter, k: int) -> str:
    return ", ".join(f"{s} ({c})" for s, c in counter.most_common(k))


def table(results: list[tuple[str, int, dict[str, Score]]], top: int) -> str:
    lines = ["| corpus | texts | type | gold | TP | FP | FN | P | R | F1 | lenient P / R / F1 | same-entity P / R / F1 |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    errors = []
    for corpus, n, scores in results:
        for gold_type, s in scores.items():
            p, r, f = s.exact
            lp, lr, lf = s.lenient
            same = s.same_entity
            same_cell = "–" if same is None else " / ".join(f"{x:.3f}" for x in same)
            lines.append(f"| {corpus} | {n:,} | {gold_type} | {s.tp + s.fn:,} | {s.tp:,} | {s.fp:,} | {s.fn:,} | "
                         f"{p:.3f} | {r:.3f} | **{f:.3f}** | {lp:.3f} / {lr:.3f} / {lf:.3f} | {same_cell} |")
            errors.append(f"- **{corpus} {gold_type}** FP: {_top(s.fp_strings, top)}")
            errors.append(f"- **{corpus} {gold_type}** FN: {_top(s.fn_strings, top)}")
    note = ("\nExact = same start and end (the headline); lenient = any overlap; same-entity (Chinese "
            "corpora) = exact, or nested spans whose gold text names the same dictionary entity as "
            "the mention (苡仁 vs 薏苡仁, 炙黄芪 vs 黄芪; bench/ner_eval.same_entity_matches).\n")
    return "\n".join(lines) + "\n" + note + "\nMost frequent errors (string (count)):\n\n" + "\n".join(errors) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=CORPORA,
                        help="corpus to run (repeatable; default all)")
    parser.add_argument("--limit", type=int, default=None, help="N texts of each corpus, evenly spread")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the dev/annotated folder")
    parser.add_argument("--dictionaries", type=Path, default=None, help="dictionaries folder")
    parser.add_argument("--part", choices=("tune", "holdout"), default=None,
                        help="the first 80 %% (tune) or the last 20 %% (holdout) of each corpus "
                             "(of its texts; cshan: of its gold spans)")
    parser.add_argument("--top", type=int, default=15, help="FP/FN strings listed per type")
    parser.add_argument("--write", type=Path, default=None, help="also write the table (markdown) here")
    parser.add_argument("--audit", action="store_true",
                        help="cshan: also classify the gold HER spans (its own errors: bench/ner_eval.audit_her)")
    parser.add_argument("--hgnc", type=Path, default=DEFAULT_HGNC,
                        help="HGNC's table with NCBI Gene ids (BioRED linking figure)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"{args.data}: no such folder (give --data)")

    from pipeline.api import annotator_for
    from pipeline.config import Config

    started = time.perf_counter()
    annotator = annotator_for(Config(dictionaries=args.dictionaries, make_docs=False))
    load = time.perf_counter() - started
    print(f"annotator ready in {load:.1f} s", file=sys.stderr)
    results = []
    audit = Audit() if args.audit else None
    corpora = args.corpus or CORPORA
    linking = (Linking(), entrez_to_hgnc(args.hgnc)) if "biored" in corpora and args.hgnc.is_file() else None
    for corpus in corpora:
        scores, n, seconds = evaluate(corpus, args.data, annotator, args.limit, args.part, audit, linking)
        print(f"{corpus}: {n} texts in {seconds:.1f} s", file=sys.stderr)
        results.append((corpus, n, scores))
    text = table(results, args.top)
    if audit is not None and audit.her:
        text += "\nThe cshan gold's HER spans, by what the dictionary finds around them (--audit):\n\n" + audit.table()
    if linking is not None and linking[0].found:
        text += "\n" + linking[0].summary(args.top)
    print(text)
    if args.write:
        limit = (f" --limit {args.limit}" if args.limit else "") + (f" --part {args.part}" if args.part else "")
        corpora = "".join(f" --corpus {c}" for c in args.corpus or [])
        header = (f"Command: `python bench/ner_eval.py{corpora}{limit}`. Exact = same start and end; "
                  "lenient = any overlap.\n\n")
        args.write.write_text(header + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
