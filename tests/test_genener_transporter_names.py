"""Ion-coupled transporters named by their substrate alone (pipeline/dictionaries/protein_name_order.py
``coupling_ion_dropped``, ``unambiguous_stems``; added to genes.tsv by the build). UniProt names them
"Sodium-dependent serotonin transporter"; papers write "serotonin transporter" (BioRED train PMIDs
below)."""

from nlp_helpers import genes

from pipeline.dictionaries.protein_name_order import coupling_ion_dropped, unambiguous_stems


def test_the_coupling_ion_is_dropped_from_a_transporter_name():
    assert coupling_ion_dropped("Sodium-dependent serotonin transporter") == "serotonin transporter"
    assert coupling_ion_dropped("Sodium- and chloride-dependent GABA transporter 1") == "GABA transporter 1"
    assert coupling_ion_dropped("Na(+)-coupled citrate transporter") == "citrate transporter"


def test_other_heads_keep_their_first_word():
    # a calcium-activated potassium channel is not "potassium channel", a calcium-dependent
    # protease not "protease"
    assert coupling_ion_dropped("Calcium-activated potassium channel subunit beta") is None
    assert coupling_ion_dropped("Calcium-dependent protease small subunit 1") is None
    assert coupling_ion_dropped("Serotonin transporter") is None


def test_a_substrate_another_gene_carries_is_left_out():
    names = {
        "SLC13A5": ["Sodium-dependent citrate transporter"],
        "SLC25A1": ["Citrate transport protein", "Mitochondrial citrate carrier"],
        "MFSD4B": ["Sodium-dependent glucose transporter 1"],
        "SLC2A1": ["Solute carrier family 2, facilitated glucose transporter member 1"],
        "SLC6A4": ["Sodium-dependent serotonin transporter"],
    }
    variants = {"citrate transporter": "SLC13A5", "glucose transporter 1": "MFSD4B",
                "serotonin transporter": "SLC6A4"}
    assert unambiguous_stems(variants, names) == {"serotonin transporter"}


def test_serotonin_transporter_in_running_text_is_slc6a4(annotator):
    # BioRED 21810259: gold "serotonin transporter" and "SERT", both SLC6A4
    text = ("Tat also induced the synthesis and release of TNFa and IL-6 protein in the supernatant of the "
            "slices and increased expression of the inducible isoform of nitric oxide synthase (iNOS) and "
            "the serotonin transporter (SERT).")
    adoc = annotator.annotate("t", text)
    found = {m.text: m.entity_id for item in adoc.sentences for m in item.mentions}
    assert found.get("serotonin transporter") == "HGNC:11050"
    assert "serotonin transporter" in genes(annotator, text)


def test_dopamine_transporter_in_running_text_is_slc6a3(annotator):
    # BioRED 19759529: gold "dopamine transporter" (SLC6A3)
    text = ("In contrast, SSR103800 failed to affect hyperactivity induced by amphetamine or naturally "
            "observed in dopamine transporter (DAT(-/-)) knockout mice (10-30 mg/kg p.o.).")
    adoc = annotator.annotate("t", text)
    found = {m.text: m.entity_id for item in adoc.sentences for m in item.mentions}
    assert found.get("dopamine transporter") == "HGNC:11049"
