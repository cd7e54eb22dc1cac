"""Fuzzy linking (pipeline/nlp/linker.py): labelled variant names, designator agreement,
candidate spans, the KB JSONL, the on-disk cache, and what reaches the annotator.

The full index (genes + families of the committed dictionaries) is built once per session,
through the session annotator's own linker, in the default cache (warm after the first run).
Small-dictionary tests build their own index in a temporary cache folder.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dictionaries.loader import Dictionary
from pipeline.nlp.linker import (
    LINK_THRESHOLD,
    Linker,
    designators,
    fit_vectoriser,
    head_word,
    kb_records,
    link_text,
    unmatched_candidates,
    write_kb_jsonl,
)

# Variant names -> the HGNC symbol (or FamPlex id) they must link to. Written for this test
# from HGNC/UniProt names: hyphens, British spelling, missing or extra words, misspellings,
# Greek and Roman numerals. The threshold was chosen on this set with NOT_LINKED.
VARIANTS = [
    ('glutathione peroxidase-4', 'GPX4'),
    ('glutathione peroxidase type 4', 'GPX4'),
    ('phospholipid hydroperoxide glutathione peroxidase 4', 'GPX4'),
    ('glutathione peroxidase-7', 'GPX7'),
    ('Nrf-2', 'NFE2L2'),
    ('nuclear factor erythroid 2-related factor 2', 'NFE2L2'),
    ('nuclear factor erythroid-2 related factor-2', 'NFE2L2'),
    ('nuclear erythroid 2-related factor 2', 'NFE2L2'),
    ('nuclear factor-erythroid factor 2-related factor 2', 'NFE2L2'),
    ('nuclear factor E2-related factor 2', 'NFE2L2'),
    ('nuclear factor erythroid 2-like 2', 'NFE2L2'),
    ('heme oxygenase-1', 'HMOX1'),
    ('haem oxygenase-1', 'HMOX1'),
    ('heme oxygenase (decycling) 1', 'HMOX1'),
    ('hemeoxygenase-1', 'HMOX1'),
    ('heme oxygenase-2', 'HMOX2'),
    ('sirtuin-1', 'SIRT1'),
    ('silent information regulator 1', 'SIRT1'),
    ('sirtuin 3', 'SIRT3'),
    ('sirtuin-6', 'SIRT6'),
    ('beclin 1', 'BECN1'),
    ('Beclin-1 protein', 'BECN1'),
    ('transferrin receptor-1', 'TFRC'),
    ('transferrin receptor protein-1', 'TFRC'),
    ('ferroportin-1', 'SLC40A1'),
    ('long-chain acyl-CoA synthetase 4', 'ACSL4'),
    ('acyl-CoA synthetase long-chain family member-4', 'ACSL4'),
    ('solute carrier family 7, member 11', 'SLC7A11'),
    ('cystine/glutamate antiporter', 'SLC7A11'),
    ('sequestosome-1', 'SQSTM1'),
    ('autophagy-related gene 5', 'ATG5'),
    ('autophagy related protein 7', 'ATG7'),
    ('autophagy-related gene 12', 'ATG12'),
    ('unc-51-like kinase 1', 'ULK1'),
    ('PTEN-induced putative kinase 1', 'PINK1'),
    ('BCL2/adenovirus E1B 19 kDa-interacting protein 3', 'BNIP3'),
    ('forkhead box protein O3', 'FOXO3'),
    ('superoxide dismutase-2', 'SOD2'),
    ('NAD(P)H:quinone oxidoreductase 1', 'NQO1'),
    ('runt related transcription factor-2', 'RUNX2'),
    ('tartrate-resistant acid phosphatase 5', 'ACP5'),
    ('nuclear factor of activated T-cells cytoplasmic 1', 'NFATC1'),
    ('peroxisome proliferator-activated receptor-γ coactivator-1α', 'PPARGC1A'),
    ('hypoxia-inducible factor-1α', 'HIF1A'),
    ('oestrogen receptor alpha', 'ESR1'),
    ('estrogen receptor-β', 'ESR2'),
    ('insulin-like growth factor-I', 'IGF1'),
    ('dickkopf-related protein-1', 'DKK1'),
    ('low density lipoprotein receptor-related protein 5', 'LRP5'),
    ('glycogen synthase kinase-3β', 'GSK3B'),
    ('bone morphogenic protein-2', 'BMP2'),
    ('bone morphogenetic protein-7', 'BMP7'),
    ('matrix metalloproteinase 9', 'MMP9'),
    ('matrix metalloproteinase-13', 'MMP13'),
    ('matrix metallopeptidase-9', 'MMP9'),
    ('tumour necrosis factor-α', 'TNF'),
    ('interleukin-1β', 'IL1B'),
    ('interleukin 6', 'IL6'),
    ('interleukin-17A', 'IL17A'),
    ('cyclo-oxygenase-2', 'PTGS2'),
    ('prostaglandin-endoperoxide synthase-2', 'PTGS2'),
    ('caspase-3', 'CASP3'),
    ('cleaved caspase 3', 'CASP3'),
    ('ferritin heavy chain-1', 'FTH1'),
    ('ferritin heavy polypeptide 1', 'FTH1'),
    ('nuclear receptor co-activator 4', 'NCOA4'),
    ('Kelch-like ECH-associated protein-1', 'KEAP1'),
    ('kelch-like ECH-associating protein 1', 'KEAP1'),
    ('heat shock protein 27', 'HSPB1'),
    ('NADPH oxidase-4', 'NOX4'),
    ('glutamate cysteine ligase modifier subunit', 'GCLM'),
    ('activating transcription factor-4', 'ATF4'),
    ('signal transducer and activator of transcription-3', 'STAT3'),
    ('Janus kinase-2', 'JAK2'),
    ('NLR family pyrin domain-containing 3', 'NLRP3'),
    ('NOD-like receptor protein 3', 'NLRP3'),
    ('gasdermin-D', 'GSDMD'),
    ('inducible nitric oxide synthase', 'NOS2'),
    ('vascular endothelial growth factor-A', 'VEGFA'),
    ('transforming growth factor-β1', 'TGFB1'),
    ('Bcl-2-associated X protein', 'BAX'),
    ('B-cell lymphoma-2', 'BCL2'),
    ('CCAAT/enhancer binding protein-α', 'CEBPA'),
    ('TNF receptor-associated factor 6', 'TRAF6'),
    ('peroxisome proliferator activated receptor-γ', 'PPARG'),
    ('adenosine monophosphate-activated protein kinase', 'FPLX:AMPK'),
    ('phosphatidylinositol 3 kinase', 'FPLX:PI3K'),
    ('phosphoinositide-3-kinase', 'FPLX:PI3K'),
    ('extracellular signal regulated kinases', 'FPLX:ERK'),
    ('p38 mitogen-activated protein kinase', 'FPLX:p38'),
]

# Near-misses (numbers no gene has), ordinary phrases of bone/ferroptosis papers, the long
# forms of the reviews' non-gene abbreviations, cell lines, formulas: must not link.
NOT_LINKED = [
    'glutathione peroxidase-9', 'heme oxygenase-3', 'sirtuin-8', 'interleukin-45', 'caspase-20',
    'bone morphogenetic protein-25', 'matrix metalloproteinase-29', 'transferrin receptor-5',
    'oxidative stress', 'bone mineral density', 'lipid peroxidation', 'mesenchymal stem cells',
    'bone marrow mesenchymal stem cells', 'reactive oxygen species', 'osteoblast differentiation',
    'iron overload', 'control group', 'type 2 diabetes', 'traditional Chinese medicine',
    'network pharmacology', 'high-fat diet', 'ovariectomized rats', 'trabecular bone volume',
    'malondialdehyde', 'glutathione', 'dexamethasone', 'osteoporosis', 'osteoblast', 'osteoclast',
    'bone marrow-derived macrophages', 'cell viability', 'Figure 2', 'day 7', 'signaling pathway',
    'MC3T3-E1', 'RAW264.7', 'H2O2', 'HEK293T', 'COVID-19', 'T2DM', '5-FU', 'CCK-8', 'Fe2+',
]

# Written after the threshold was chosen and never tuned on: the honest estimate.
HELD_OUT = [
    ('glutathione-dependent peroxidase 4', 'GPX4'),
    ('NF-E2 related factor 2', 'NFE2L2'),
    ('heme oxygenase 1 protein', 'HMOX1'),
    ('sirtuin type 1', 'SIRT1'),
    ('Beclin1 protein', 'BECN1'),
    ('transferrin receptor type 1', 'TFRC'),
    ('solute carrier family 40 member-1', 'SLC40A1'),
    ('acyl-coenzyme A synthetase long-chain family member 4', 'ACSL4'),
    ('sequestosome 1 protein', 'SQSTM1'),
    ('autophagy protein 5', 'ATG5'),
    ('parkin RBR E3 ubiquitin-protein ligase', 'PRKN'),
    ('BCL2 interacting protein 3', 'BNIP3'),
    ('forkhead box O3a', 'FOXO3'),
    ('manganese superoxide dismutase', 'SOD2'),
    ('NAD(P)H dehydrogenase quinone 1', 'NQO1'),
    ('osterix transcription factor', 'SP7'),
    ('receptor activator of nuclear factor κB', 'TNFRSF11A'),
    ('cathepsin-K', 'CTSK'),
    ('nuclear factor of activated T cells c1', 'NFATC1'),
    ('peroxisome proliferator-activated receptor gamma co-activator 1 alpha', 'PPARGC1A'),
    ('hypoxia inducible factor 1 alpha subunit', 'HIF1A'),
    ('insulin-like growth factor 1 receptor', 'IGF1R'),
    ('wingless-type MMTV integration site family member 3A', 'WNT3A'),
    ('β-catenin protein', 'CTNNB1'),
    ('matrix metalloprotease 9', 'MMP9'),
    ('cyclooxygenase 2 enzyme', 'PTGS2'),
    ('caspase 9', 'CASP9'),
    ('NADPH oxidase 2', 'CYBB'),
    ('nuclear receptor coactivator-4', 'NCOA4'),
    ('vitamin D3 receptor protein', 'VDR'),
    ('Janus kinase 1', 'JAK1'),
    ('signal transducer and activator of transcription 1', 'STAT1'),
    ('tumor necrosis factor receptor-associated factor 6', 'TRAF6'),
    ('runt-related transcription factor-1', 'RUNX1'),
    ('AMP activated protein kinase alpha 1', 'PRKAA1'),
    ('phosphatase and tensin homologue', 'PTEN'),
    ('B-cell lymphoma 2 associated X protein', 'BAX'),
    ('mammalian target of rapamycin complex-1', 'FPLX:mTORC1'),
]


HELD_OUT_NOT_LINKED = [
    'glutathione peroxidase 10', 'sirtuin 9', 'heme oxygenase 4', 'bone formation rate',
    'osteogenic differentiation', 'bone loss', 'cell proliferation', 'apoptosis rate',
    'protein expression', 'oxidative damage', 'iron metabolism', 'micro-CT analysis',
    'western blot', 'transcription factor binding site', 'growth factor receptor',
    'kinase inhibitor', 'ferroptosis inducer', 'caspase 15', 'interleukin 42',
    'bone marrow stromal cells',
]


def expected_id(annotator, label: str) -> str:
    if label.startswith("FPLX:"):
        return label
    return next(e.id for e in annotator.dictionary.entities.values() if e.type == "gene" and e.name == label)


def link_table(annotator, positives, negatives, threshold):
    """(links made, right links, wrong links) over a labelled set at ``threshold``."""
    linker = annotator.linker
    original = linker.threshold
    linker.threshold = threshold
    try:
        got_pos = linker.link_batch([q for q, _ in positives])
        got_neg = linker.link_batch(negatives)
    finally:
        linker.threshold = original
    right = sum(1 for (_, label), r in zip(positives, got_pos) if r and r.entity_id == expected_id(annotator, label))
    made = sum(1 for r in got_pos + got_neg if r is not None)
    return made, right, made - right


# ---------------------------------------------------------------- the threshold


def test_the_threshold_separates_right_from_wrong_links_on_the_labelled_variants(annotator):
    _, right, wrong = link_table(annotator, VARIANTS, NOT_LINKED, LINK_THRESHOLD)
    assert wrong == 0, "a wrong link at the chosen threshold"
    assert right / len(VARIANTS) >= 0.88
    # lower, the same scores let wrong links through: the threshold is what separates them
    _, _, wrong_low = link_table(annotator, VARIANTS, NOT_LINKED, 0.50)
    # 3 before stop 30's receptor word orders ("lipid peroxidation" no longer reaches peroxidasin); 2 before
    # stop 36's alias head rule (linker.alias_head: "osteoblast differentiation" no longer reaches "osteoblast
    # differentiation promoting factor"); "adenosine monophosphate-activated protein kinase" -> AK2 remains
    assert wrong_low >= 1


def test_held_out_variants_keep_precision_and_recall(annotator):
    made, right, _ = link_table(annotator, HELD_OUT, HELD_OUT_NOT_LINKED, LINK_THRESHOLD)
    assert right / made >= 0.9  # 28 of 29 measured: "manganese superoxide dismutase" -> the SOD family
    assert right / len(HELD_OUT) >= 0.7


@pytest.mark.parametrize("text,symbol", [
    ("glutathione peroxidase-4", "GPX4"), ("Nrf-2", "NFE2L2"), ("heme oxygenase-1", "HMOX1"),
    ("nuclear factor erythroid 2-related factor 2", "NFE2L2"), ("sirtuin-1", "SIRT1"),
    ("beclin 1", "BECN1"), ("haem oxygenase-1", "HMOX1"), ("bone morphogenic protein-2", "BMP2"),
])
def test_examples_of_the_issue_link_to_their_gene(annotator, gene_id, text, symbol):
    result = annotator.linker.link(text)
    assert result is not None and result.entity_id == gene_id(symbol)


def test_numbers_decide_between_paralogs_that_char_3grams_cannot_tell_apart(annotator, gene_id):
    linker = annotator.linker
    assert linker.link("glutathione peroxidase-7").entity_id == gene_id("GPX7")
    assert linker.link("glutathione peroxidase-9") is None  # no GPX9: never GPX4 or GPX1
    cands = {c.entity_id for c in linker.candidates("glutathione peroxidase-4", k=20)}
    assert gene_id("GPX4") in cands and not cands & {gene_id("GPX1"), gene_id("GPX2"), gene_id("GPX7")}


@pytest.mark.parametrize("text", ["oxidative stress", "osteoblast differentiation", "glutathione",
                                  "dexamethasone", "signaling pathway", "growth factor receptor"])
def test_a_phrase_inside_a_longer_gene_name_does_not_link(annotator, text):
    # "Oxidative stress-associated Src activator", "osteoblast differentiation promoting factor"...
    assert annotator.linker.link(text) is None


# ---------------------------------------------------------------- pure functions


@pytest.mark.parametrize("text,form", [
    ("NF-κB", "nf kappa b"), ("GPx-4", "gpx 4"), ("IGF-I", "igf 1"), ("IκB-α", "i kappa b alpha"),
    ("haem oxygenase-1", "heme oxygenase 1"), ("PPARgamma", "ppar gamma"), ("LC3-II", "lc 3 2"),
])
def test_link_text_folds_variants_to_one_form(text, form):
    assert link_text(text) == form


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 -/().αβκIVhaemoestr血红素")), max_size=30))
def test_link_text_is_idempotent_so_aliases_and_queries_meet(text):
    assert link_text(link_text(text)) == link_text(text)


@pytest.mark.parametrize("a,b,agree", [
    ("glutathione peroxidase-4", "glutathione peroxidase 1", False),
    ("Nrf-2", "NRF2A", False),
    ("insulin-like growth factor-I", "insulin like growth factor 1", True),
    ("IL-1β", "interleukin 1 beta", True),
    ("IL-1β", "IL-1α", False),
    ("IκB kinase", "I-kappa-B kinase", True),  # the I of IκB is not a Roman numeral
])
def test_designators_must_agree(a, b, agree):
    assert (designators(a) == designators(b)) is agree


def test_head_word_skips_designators_and_generic_words():
    assert head_word(link_text("heme oxygenase 1 protein")) == "oxygenase"
    assert head_word(link_text("hypoxia inducible factor 1 alpha subunit")) == "factor"
    assert head_word(link_text("polypeptide 1")) is None


NEW_EN = ("Icariin increased the expression of haem oxygenase-1 and nuclear erythroid 2-related "
          "factor 2 in MC3T3-E1 osteoblasts, and restored bone morphogenic protein-2 levels on day 7 "
          "after H2O2 exposure (Figure 2).")


def test_unmatched_candidates_are_name_like_spans_outside_mentions():
    class Span:
        def __init__(self, text, word):
            self.start = text.index(word)
            self.end = self.start + len(word)

    spans = [NEW_EN[a:b] for a, b in unmatched_candidates(NEW_EN, [Span(NEW_EN, "Icariin")])]
    assert spans == ["haem oxygenase-1", "nuclear erythroid 2-related factor 2", "bone morphogenic protein-2"]
    # a mention blocks the span it covers; offsets may be a paragraph's (offset = sentence start)
    shifted = Span(NEW_EN, "haem oxygenase-1")
    shifted.start, shifted.end = shifted.start + 100, shifted.end + 100
    spans = [NEW_EN[a:b] for a, b in unmatched_candidates(NEW_EN, [shifted], offset=100)]
    assert "haem oxygenase-1" not in spans and "bone morphogenic protein-2" in spans


def test_a_mention_followed_by_a_number_is_a_candidate_to_replace_it():
    text = "levels of haem oxygenase-1 rose"
    family = type("M", (), {"start": text.index("haem"), "end": text.index("-1")})()
    assert [text[a:b] for a, b in unmatched_candidates(text, [family])] == ["haem oxygenase-1"]


# ---------------------------------------------------------------- KB, cache, laziness


def small_dictionary(annotator, symbols=("GPX1", "GPX4", "GPX7", "HMOX1", "HMOX2", "NFE2L2", "BECN1", "SIRT1"),
                     tag="a") -> Dictionary:
    entities = {e.id: e for e in annotator.dictionary.entities.values() if e.type == "gene" and e.name in symbols}
    return Dictionary(entities=entities, content_hash=f"test-{tag}-{len(entities)}")


def test_kb_jsonl_round_trips_through_scispacys_knowledge_base(annotator, tmp_path):
    from scispacy.linking_utils import KnowledgeBase

    records = kb_records(small_dictionary(annotator))
    write_kb_jsonl(records, tmp_path / "kb.jsonl")
    kb = KnowledgeBase(str(tmp_path / "kb.jsonl"))
    assert set(kb.cui_to_entity) == {r["concept_id"] for r in records}
    hmox1 = next(r for r in records if r["canonical_name"] == "HMOX1")
    assert kb.cui_to_entity[hmox1["concept_id"]].aliases == hmox1["aliases"]
    assert kb.alias_to_cuis["heme oxygenase 1"] == {hmox1["concept_id"]}
    assert all(not any("\u4e00" <= ch <= "\u9fff" for a in r["aliases"] for ch in a) for r in records)


def test_min_df_1_keeps_the_3grams_of_a_small_knowledge_base(annotator):
    from sklearn.feature_extraction.text import TfidfVectorizer

    names = sorted({a for r in kb_records(small_dictionary(annotator)) for a in r["aliases"] if " " in a})
    ours, vectors = fit_vectoriser(names)
    assert (vectors.getnnz(axis=1) > 0).all() and ours.transform(["beclin-1"]).nnz > 0
    # scispacy's min_df=10 keeps only 3-grams found in 10 aliases: 5 of 245 here. Of
    # "beclin 1" only " 1 " is left, which every "... 1" alias shares
    scispacy_default = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), min_df=10).fit(names)
    assert len(scispacy_default.vocabulary_) < 10
    kept = scispacy_default.inverse_transform(scispacy_default.transform(["beclin 1"]))[0]
    assert list(kept) == [" 1 "]


def test_the_index_is_built_once_and_reused_from_the_cache_keyed_by_content(annotator, gene_id, tmp_path):
    dictionary = small_dictionary(annotator)
    first = Linker(dictionary, cache_dir=tmp_path)
    assert not first.loaded and not any(tmp_path.iterdir())  # nothing before the first request
    assert first.link("haem oxygenase-1").entity_id == gene_id("HMOX1")
    assert first.from_cache is False
    second = Linker(dictionary, cache_dir=tmp_path)
    assert second.link("haem oxygenase-1").entity_id == gene_id("HMOX1")
    assert second.from_cache is True and second.cache_path() == first.cache_path()
    changed = Linker(small_dictionary(annotator, tag="b"), cache_dir=tmp_path)
    assert changed.cache_path() != first.cache_path()
    concept_aliases = json.loads((first.cache_path() / "concept_aliases.json").read_text())
    assert "heme oxygenase 1" in concept_aliases and "gpx 4" not in concept_aliases  # symbols: exact only


def test_an_hnsw_index_links_like_the_exact_one(annotator, gene_id, tmp_path):
    linker = Linker(small_dictionary(annotator), cache_dir=tmp_path, hnsw=True)
    assert linker.link("haem oxygenase-1").entity_id == gene_id("HMOX1")
    assert linker.link("glutathione peroxidase type 4").entity_id == gene_id("GPX4")
    assert (linker.cache_path() / "nmslib_index.bin").exists()


def test_a_corrupt_cache_is_rebuilt(annotator, gene_id, tmp_path):
    dictionary = small_dictionary(annotator)
    Linker(dictionary, cache_dir=tmp_path).generator()
    folder = Linker(dictionary, cache_dir=tmp_path).cache_path()
    (folder / "tfidf_vectorizer.joblib").write_bytes(b"not a pickle")
    (folder / "query_index.pickle").unlink()  # else the vectoriser is not read (nlp/link_index.py)
    again = Linker(dictionary, cache_dir=tmp_path)
    assert again.link("sirtuin-1").entity_id == gene_id("SIRT1") and again.from_cache is False


def test_a_dictionary_without_genes_links_nothing(tmp_path):
    from pipeline.dictionaries.schema import Entity

    herbs_only = Dictionary(entities={"CPD:icariin": Entity("CPD:icariin", "compound", "Icariin")},
                            content_hash="test-no-genes")
    assert Linker(herbs_only, cache_dir=tmp_path).link("haem oxygenase-1") is None


# ---------------------------------------------------------------- in the annotator


def test_a_new_paper_sentence_gets_genes_the_dictionary_misses(annotator, gene_id):
    adoc = annotator.annotate("new", NEW_EN)
    found = {(m.text, m.entity_id, m.how) for item in adoc.sentences for m in item.mentions}
    assert ("haem oxygenase-1", gene_id("HMOX1"), "linker") in found  # replaces the HMOX family match
    assert ("nuclear erythroid 2-related factor 2", gene_id("NFE2L2"), "linker") in found
    assert ("bone morphogenic protein-2", gene_id("BMP2"), "linker") in found
    assert not any(how == "linker" and text in {"MC3T3-E1", "H2O2", "day 7", "Figure 2"} for text, _, how in found)


def test_linking_unmatched_names_can_be_switched_off(annotator):
    from pipeline.nlp.annotator import Annotator

    off = Annotator(annotator.dictionary, annotator.index, make_docs=False, link_unmatched=False)
    adoc = off.annotate("new", NEW_EN)
    assert not any(m.how == "linker" for item in adoc.sentences for m in item.mentions)


def test_a_chinese_papers_english_long_form_defines_its_abbreviation_through_the_linker(annotator, gene_id):
    # constructed: the long form is not a dictionary synonym, the short form is not a symbol
    text = "淫羊藿苷可上调重组人骨形态生成蛋白(recombinant human bone morphogenic protein-2, rhBMP-2)的表达,rhBMP-2促进成骨分化。"
    adoc = annotator.annotate("new", text)
    assert adoc.definitions["rhBMP-2"].entity_id == gene_id("BMP2")
    found = [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.how == "abbreviation"]
    assert found.count(("rhBMP-2", gene_id("BMP2"))) == 2


def test_no_linker_mentions_on_the_bundled_reviews(corpus_run):
    # the dictionary does the job there: the linker must add nothing (evaluation unchanged)
    assert not (corpus_run.mentions["how"] == "linker").any()


def test_an_annotator_that_never_links_never_loads_the_linker(annotator):
    from pipeline.nlp.annotator import Annotator

    fresh = Annotator(annotator.dictionary, annotator.index, make_docs=False)
    fresh.annotate("zh", "黄芩素通过上调GPX4抑制铁死亡。")
    assert not fresh.linker.loaded


def test_a_truncated_protein_is_no_gene_name(annotator):
    # BioRED PMID 17549393 (train): gold genes Smad, interferon regulatory factor; "a truncated protein"
    # describes the mutant product, it names no gene (the linker took it for one)
    from nlp_helpers import genes

    text = ("The premature stop codon was responsible for a truncated protein lacking parts of the DNA- "
            "binding domain and the complete Smad-interferon regulatory factor-binding domain.")
    assert not any("truncated" in g for g in genes(annotator, text))


def test_the_free_span_test_by_bisection_is_the_walk_over_every_taken_span():
    """unmatched_candidates asks ``free(s, e)`` for every word: the bisection over spans sorted
    by start (running maximum of their ends) answers exactly what ``all(e <= ms or s >= me)``
    answers, for nested, overlapping, empty and touching spans."""
    import random

    from pipeline.nlp.linker import _free_of

    rng = random.Random(17)
    for _ in range(300):
        taken = []
        for _ in range(rng.randint(0, 9)):
            a = rng.randint(0, 60)
            taken.append((a, a + rng.choice([0, 1, 2, 5, 20])))
        free = _free_of(taken)
        for s in range(0, 70):
            for e in range(s, min(s + 25, 90)):
                assert free(s, e) == all(e <= ms or s >= me for ms, me in taken), (taken, s, e)
