"""Helper s50-en-recall: short forms defined in the paper but not resolved, and a gene symbol written in
lower case — recognition classes of the English tune sets' "never in one sentence" misses (issue 14).

* a short form with a bracketed suffix of its own, "Arsenic (As(III))" (nlp/abbreviations.mask_inner_suffixes);
* a short form of a combination, "Red ginseng and Polygoni Multiflori Radix (RGPM)"
  (nlp/abbreviations.coordinated_entities);
* "Deptor … deptor": the paper's gene in lower case (nlp/discourse_case).
"""

from pipeline.nlp.abbreviations import _english_definitions, mask_inner_suffixes
from pipeline.nlp.discourse_case import lower_case_names
from pipeline.nlp.matcher import Mention

# validation_en PMID23152186 (three sentences of the abstract, shortened between them)
ARSENIC = ("Arsenic (As(III)) exposure may increase metabolic syndrome and cardiovascular disease risk by impairing "
           "adipose tissue differentiation. As(III) (0.1-1.0 µM) suppressed dexamethasone/insulin-induced hMSC "
           "adipogenesis, as indicated by decreased expression of differentiated adipocyte markers, such as "
           "adiponectin and perilipin.")
# validation_en PMID26961224 (two sentences of the abstract)
RGPM = ("This study was designed to investigate whether combination with Red ginseng and Polygoni Multiflori Radix "
        "(RGPM), widely used traditional herbal medicine, ameliorates on highfructose (HF) diet-induced metabolic "
        "syndrome. RGPM suppressed high-fructose diet induced vascular inflammation marker expression such as "
        "adhesion molecules and ET-1 in aorta.")
# validation_en PMID23362262 (two sentences of the abstract)
DEPTOR = ("Deptor has recently been identified as an mTOR interacting protein and functions as an endogenous inhibitor "
          "of the kinase activity for both TORC1 and TORC2. Prolonged incubation of mesangial cells with TGFβ reduced "
          "the levels of deptor concomitant with an increase in TORC1 and TORC2 activity.")
# validation_en PMID28204828 (one sentence): a gene's name holds "and"; its short form stays the gene
PTEN = ("Better cardiac function and less scar formation were observed in TIEG1 KO mice, and we also observed the "
        "altered expression of phosphatase and tensin homolog (Pten), Akt and Bcl-2/Bax.")


def _mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for s in adoc.sentences for m in s.mentions]


def test_oxidation_state_short_form_is_defined(annotator):
    found = _mentions(annotator, ARSENIC)
    uses = {e for t, e in found if t == "As(III)"}
    assert uses == {"CPD:arsenic"}, found
    assert sum(t == "As(III)" for t, _ in found) == 2


def test_oxidation_state_is_cut_for_the_detector_only():
    masked, closes = mask_inner_suffixes("Arsenic (As(III)) exposure")
    assert masked == "Arsenic (As)      exposure" and len(masked) == len("Arsenic (As(III)) exposure")
    assert closes == {11: 16}
    assert mask_inner_suffixes("ERK1/2 (p44/42) and NF-κB (p65)")[0] == "ERK1/2 (p44/42) and NF-κB (p65)"
    assert [d[:2] for d in _english_definitions(ARSENIC)] == [("As(III)", "Arsenic")]


def test_short_form_of_a_two_herb_combination_names_both_herbs(annotator):
    found = _mentions(annotator, RGPM)
    later = {e for t, e in found if t == "RGPM"}
    assert later == {"HERB002319", "HERB002185"}, found  # red ginseng, Polygonum multiflorum


def test_a_gene_name_holding_and_keeps_its_short_form(annotator):
    assert ("Pten", "HGNC:9588") in _mentions(annotator, PTEN)


def test_lower_case_gene_symbol_follows_the_paper(annotator):
    found = _mentions(annotator, DEPTOR)
    assert ("deptor", "HGNC:22953") in found and ("Deptor", "HGNC:22953") in found


def test_lower_case_plain_word_is_no_gene():
    # IMPACT (HGNC:20387) written "Impact" in a title: "impact" is an ordinary word of annotated text
    mention = Mention(0, 6, "HGNC:20387", "GENE", "dictionary", "Impact")
    deptor = Mention(0, 6, "HGNC:22953", "GENE", "dictionary", "Deptor")
    assert lower_case_names([mention, deptor], frozenset({"impact"})) == {"deptor": ("HGNC:22953", "GENE")}


# validation38_en PMID25218136 (one sentence)
RAG = ("There was no sepsis or Leu effect on the protein content for RagA-D, LAMTOR-1 and -2, raptor, Rheb or mTOR "
       "in muscle.")


def test_letter_range_names_each_member(annotator):
    found = set(_mentions(annotator, RAG))
    assert {("RagA", "HGNC:16963"), ("D", "HGNC:19901"), ("D", "HGNC:19902"), ("D", "HGNC:19903")} <= found, found


def test_letter_range_members_reads_capitals_after_a_lower_case_stem():
    from pipeline.nlp.number_series import letter_range_members

    at = RAG.index("RagA")
    assert [n for _, _, n in letter_range_members(RAG, at, at + 4)] == ["RagB", "RagC", "RagD"]
    assert letter_range_members("PI3K-A and NF-kB", 0, 4) == []  # no capital after a lower-case letter
    assert letter_range_members("RagA-Z", 0, 4) == []  # no series runs that far


# validation38_en PMID26751692 (one sentence)
NFKB_MEDIATED = ("The inhibition of b-cell apoptosis by BGE was associated with suppression of the cytokine-induced "
                 "nuclear factor-kB-mediated signaling pathway in the pancreas.")


def test_mediated_signaling_pathway_is_the_gene_s_pathway(annotator):
    found = _mentions(annotator, NFKB_MEDIATED)
    assert ("nuclear factor-kB-mediated signaling pathway", "hsa04064") in found, found  # KEGG NF-kappa B pathway


def test_lower_case_form_the_dictionary_matches_is_left_to_it():
    # "Insulin … insulin": the dictionary reads "insulin" itself; where no mention stands another rule dropped it
    insulin = Mention(0, 7, "HGNC:6081", "GENE", "dictionary", "Insulin")
    assert lower_case_names([insulin], frozenset(), lambda s: s == "insulin") == {}


# jin2025_autophagy_osteoporosis.md, reference 22 (an English title in the Chinese review)
HERB_PAIR = ("Aqueous extract of salvia miltiorrhiza bunge-radix puerariae herb pair attenuates osteoporosis in "
             "ovariectomized rats through suppressing osteoclast differentiation")


def test_hyphen_joined_herb_pair_names_both_herbs(annotator):
    found = _mentions(annotator, HERB_PAIR)
    assert ("radix puerariae", "HERB001874") in found, found  # 葛根
    assert any(e == "HERB001193" for _, e in found)  # 丹参


def test_letter_range_stays_one_span_for_the_benchmarks(annotator):
    """BioRED annotates "RagA-D" as one mention (PMID25218136): bench/ner_eval joins the members back to the
    name, each member once (three stand on "D")."""
    from bench_helpers import bench_module

    ne = bench_module("ner_eval")
    spans = sorted((a, b) for a, b, _ in ne.predict(annotator, ne.Sample("t", RAG, [])))
    at = RAG.index("RagA-D")
    assert (at, at + len("RagA-D")) in spans and not any(at < a < at + len("RagA-D") for a, _ in spans), spans
