"""Stop 33 (s33-chemner): a compound an English abstract defines by its systematic name and then
names by its short form only (pipeline/nlp/systematic_names.py). Real sentences of BC5CDR train
(PMID 2505783) and BioRED train (PMID 19825989), dev/annotated."""

from __future__ import annotations

import pytest

from pipeline.nlp.paper_compounds import PAPER_COMPOUND_PREFIX
from pipeline.nlp.systematic_names import abbreviates, systematic_long_form, systematic_name

CAA = ("Based on clinical data, indicating that chloroacetaldehyde (CAA) is an important metabolite of "
       "oxazaphosphorine cytostatics, an experimental study was carried out in order to elucidate the role of "
       "CAA in the development of hemorrhagic cystitis. The data demonstrate that CAA after i.v. administration "
       "does not contribute to bladder damage.")
RAMH = ("In Mz-ChA-1 cells stimulated with (R)-(alpha)-(-)-methylhistamine dihydrobromide (RAMH), we measured "
        "(a) cell growth, (b) IP(3) and cyclic AMP levels. Mice were treated with saline or RAMH for 44 days and "
        "tumor volume was measured. RAMH inhibited the growth of cholangiocarcinoma cells.")


def _compounds(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "COMPOUND"]


@pytest.mark.parametrize("text, short, long", [
    (CAA, "CAA", "chloroacetaldehyde"),
    (RAMH, "RAMH", "(R)-(alpha)-(-)-methylhistamine dihydrobromide"),
])
def test_a_short_form_defined_by_a_systematic_name_is_the_compound_in_every_use(annotator, text, short, long):
    found = _compounds(annotator, text)
    ids = {eid for t, eid in found if t == short}
    assert ids == {PAPER_COMPOUND_PREFIX + long}
    assert sum(t == short for t, _ in found) == text.count(short)
    assert (long, PAPER_COMPOUND_PREFIX + long) in found


@pytest.mark.parametrize("long", [
    "chloroacetaldehyde", "4-diphenylacetoxy-N-methylpiperidine", "di-o-tolylguanidine",
    "(R)-(alpha)-(-)-methylhistamine dihydrobromide", "3'-azido-3'dideoxythymidine", "tetramethylrhodamine ethyl ester",
])
def test_systematic_names(long):
    assert systematic_name(long)


@pytest.mark.parametrize("long", [
    "moderate", "heme oxygenase-1", "methylenetetrahydrofolate reductase", "methyl-CpG binding protein",
    "reactive oxygen species", "mitochondrial membrane potential", "diabetes mellitus", "cuprizone",
])
def test_words_and_gene_names_are_not_systematic_names(long):
    assert not systematic_name(long)


def test_the_letter_test_skips_locants_and_reads_stereo_descriptors():
    assert abbreviates("AZT", "3'-azido-3'-deoxythymidine")
    assert abbreviates("RAMH", "(R)-(alpha)-(-)-methylhistamine dihydrobromide")
    assert systematic_long_form("DMCM", "methyl 6,7-dimethoxy-4-ethyl-B-carboline-3-carboxylate") is None
    assert systematic_long_form("Caa", "chloroacetaldehyde") is None  # one capital: a word, not a short form


def test_a_systematic_name_used_once_makes_no_paper_compound(annotator):
    once = "Rats received chloroacetaldehyde (CAA) intravesically and the bladder was examined."
    assert not any(eid.startswith(PAPER_COMPOUND_PREFIX) for _, eid in _compounds(annotator, once))
