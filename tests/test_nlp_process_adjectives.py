"""A process named by its adjective ("apoptotic cells", "anti-apoptotic effect", "autophagic vacuoles") is the
KEGG process map (GUIDELINES 1.1): hsa04210 Apoptosis, hsa04140 Autophagy - animal. The adjectives are pathway
synonyms (dictionaries/curated/pathways_synonyms.tsv) that the plain-word filter keeps
(pipeline/nlp/plain_words.py: -ptotic, -phagic)."""

from pipeline.nlp.matcher import Mention
from pipeline.nlp.plain_words import is_plain_word_pathway

APOPTOSIS, AUTOPHAGY = "hsa04210", "hsa04140"


def test_apoptotic_cells_name_apoptosis(mentions_of):
    # validation40_en PMID11146047 (abstract)
    text = "Moreover, green tea also reduced the number of ischemia/reperfusion-induced apoptotic cells"
    assert ("apoptotic", APOPTOSIS) in mentions_of(text)


def test_an_anti_apoptotic_effect_names_apoptosis(mentions_of):
    # validation38_en PMID21029769 (conclusion)
    text = ("Ilex latifolia ameliorated ischemic injury induced by MCAO/reperfusion in rats, and this "
            "neuroprotective effect might be associated with its anti-apoptotic effect")
    assert ("apoptotic", APOPTOSIS) in mentions_of(text)


def test_autophagic_vacuoles_name_autophagy(mentions_of):
    # validation_en PMID18809400 (abstract)
    text = ("Our results demonstrate that both cisplatin and paclitaxel cause early mitochondrial impairment with "
            "loss of membrane potential and induction of autophagic vacuoles in neurons.")
    assert ("autophagic", AUTOPHAGY) in mentions_of(text)


def test_both_adjectives_in_one_sentence(mentions_of):
    # new_papers_en PMID23380477 (abstract)
    found = mentions_of("The autophagic inhibitors activated the apoptotic signaling and the death was enhanced.")
    assert ("autophagic", AUTOPHAGY) in found and ("apoptotic", APOPTOSIS) in found


def test_nonapoptotic_written_solid_is_no_mention(mentions_of):
    # GUIDELINES 1: "nonapoptotic cell death" is a contrast, not the process
    assert APOPTOSIS not in {i for _, i in mentions_of("ferroptosis is a nonapoptotic cell death")}


def test_the_plain_word_filter_keeps_process_adjectives_only():
    text = "apoptotic cells; the release"
    assert not is_plain_word_pathway(text, Mention(0, 9, APOPTOSIS, "PATHWAY", "dictionary", "apoptotic"))
    assert is_plain_word_pathway(text, Mention(20, 27, "R-HSA-0", "PATHWAY", "dictionary", "release"))


def test_the_adjective_beside_its_noun_in_one_sentence_is_dropped(mentions_of):
    # new_papers_en PMID23085435 (title): the noun is the mention; the adjective's cue had flipped Bim's label
    text = ("Nitrogen-containing bisphosphonates induce apoptosis of hematopoietic tumor cells via inhibition of Ras "
            "signaling pathways and Bim-mediated activation of the intrinsic apoptotic pathway.")
    found = mentions_of(text)
    assert ("apoptosis", APOPTOSIS) in found and ("apoptotic", APOPTOSIS) not in found
    # another sentence of the paragraph keeps its adjective
    found = mentions_of("Cells undergo apoptosis. The autophagic inhibitors activated the apoptotic signaling.")
    assert ("apoptotic", APOPTOSIS) in found
