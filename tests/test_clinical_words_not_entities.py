"""Words of clinical abstracts that folded into genes or into Reactome's "Disease" (stop 45).

Read on 93 unannotated PubMed abstracts of the topical pool (shared/data/dev/pubmed/pubmed_topical_dev.jsonl)
that no gold set uses: the rows at the top of their relations.csv were a herb "inhibits" Reactome's top-level
"Disease" pathway (the abbreviation "Alzheimer's disease (AD)" took the plain word "disease" as its long form's
entity), EHD4 from "the past 4 weeks" (HGNC alias PAST4, reached by folding the space away), DENND2B from
"Rosen's T5" (alias ST5, the possessive's "s" glued to T5) and the olfactory-receptor family from the state
code of "Portland, OR 97201". Each test is one of those sentences."""

from nlp_helpers import named


def ids(annotator, text):
    return {entity_id for _surface, entity_id in named(annotator, text)}


def test_a_disease_abbreviation_is_not_reactomes_disease_pathway(annotator):
    # PMID25352453 (abstract)
    text = ("Among nutraceuticals and nutritional bioactive compounds, the standardized Ginkgo biloba extract EGb 761 "
            "is the most extensively clinically tested herbal-based substance for cognitive impairment, dementia, "
            "and Alzheimer's disease (AD). AD patients were treated for 24 weeks.")
    assert "R-HSA-1643685" not in ids(annotator, text)


def test_a_spelled_out_disease_abbreviation_is_not_reactomes_disease_pathway(annotator):
    # PMID18403944 (abstract): Crohn's disease (CD)
    text = "Patients with Crohn's disease (CD) received the extract, and CD activity fell."
    assert "R-HSA-1643685" not in ids(annotator, text)


def test_a_lower_case_word_and_a_number_are_not_a_symbol(annotator):
    # PMID16837801 (abstract)
    text = ("During the interview, she admitted that for 'general immune system stimulation' she had been drinking "
            "Noni juice, a Polynesian herbal remedy made from a tropical fruit (Morinda citrifolia), during the "
            "past 4 weeks.")
    assert "HGNC:3245" not in ids(annotator, text)  # EHD4 (alias PAST4)


def test_the_possessive_s_is_not_the_first_letter_of_a_symbol(annotator):
    # PMID8600333 (abstract)
    text = ("Cardiac function was assessed in long-term survivors of malignant bone tumors who were treated according "
            "to Rosen's T5 or T10 protocol, both including doxorubicin.")
    assert "HGNC:11350" not in ids(annotator, text)  # DENND2B (alias ST5)


def test_a_state_code_before_a_zip_code_is_no_gene_family(annotator):
    # PMID7072798 (abstract)
    text = ("Any other suspected cases of ocular toxicity associated with topically applied chloramphenicol should be "
            "reported to the National Registry of Drug-Induced Ocular Side Effects, Oregon Health Sciences "
            "University, Portland, OR 97201.")
    assert "FPLX:OR" not in ids(annotator, text)


def test_a_symbol_written_with_a_spaced_number_stays(annotator):
    # the rule is about a lower-case word: "GATA 4" and "Nrf 2" are still the genes
    assert "HGNC:4173" in ids(annotator, "The expression of GATA 4 increased in the treated cells.")


def test_a_grade_of_a_fracture_classification_is_no_gene(annotator):
    # PMID20871246 (abstract): the Young-Burgess classes of pelvic fractures
    text = ("The Young-Burgess system differentiated transfusion requirements--lateral compression Type 3 (LC3) and "
            "anteroposterior compression Types 2 (APC2) and 3 (APC3) fractures had higher transfusion requirements "
            "than did lateral compression Type 1 (LC1), anteroposterior compression Type 1 (APC1), and vertical "
            "shear (VS) (P<0.05)--but was not as useful at predicting head, chest, or abdomen injuries.")
    found = ids(annotator, text)
    assert "HGNC:23247" not in found  # DNAL1 (alias LC1)
    assert "FPLX:MAP1LC3" not in found


def test_a_gene_name_spelling_its_symbol_is_still_the_gene(annotator):
    # the rule it narrows: "Single minded 2 (SIM2)" names the gene (abbreviations.spells_gene_symbol)
    assert "HGNC:10883" in ids(annotator, "Single minded 2 (SIM2) was overexpressed, and SIM2 levels rose.")


def test_inf_gamma_is_the_misspelt_interferon_not_intrinsic_factor(annotator):
    # "INF-γ" for IFN-γ is common in papers; HGNC's CBLIF alias INF made it intrinsic factor (PMID26202807 writes
    # "INF-y"); the stop list drops the alias (dictionaries/curated/stoplist_terms.tsv)
    found = ids(annotator, "血清中INF-γ和IL-4的含量升高，INF-α水平未变。")
    assert "HGNC:5438" in found and "FPLX:IFNA" in found  # IFNG, the IFN-α family
    assert "HGNC:4268" not in found  # CBLIF
    assert "HGNC:4268" not in ids(annotator, "Target volumes were delineated as the INF-CTV (PMID27909738).")


def test_a_function_word_glued_to_a_number_is_no_symbol(annotator):
    # ChinaXiv-201712.00940V1 (20-paper sample, English abstract): the PDF conversion lost the space of "at 1"
    text = ("Five rats fromeach group were sacrificed at1 and 2 months after the surgery for micro-CT analysis.")
    assert "HGNC:95" not in ids(annotator, text)  # SLC33A1 (alias AT1)
    assert "HGNC:4556" in ids(annotator, "The expression of gpx4 fell.")  # a lower-case symbol stays
