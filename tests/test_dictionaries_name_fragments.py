"""Compound rows of the herb-compound tables that are fragments of other names are dropped at build
(pipeline/dictionaries/build_compounds.py ``is_junk_name``, ``glycoside_heads``): a bare anomer
descriptor (HerbiV "beta-D", TCMSP "Delta-D"), substituent prefixes with no parent (HerbiV
"2-hydroxy-") and a glycoside's name cut at the sugar's locant (TCMSP "Quercetin-3",
"KaemPferol-3"). Matched in text they broke a longer name into a junk compound."""

import pytest

from pipeline.dictionaries.build_common import Stoplist
from pipeline.dictionaries.build_compounds import glycoside_heads, glycoside_spellings, is_junk_name

NO_STOPLIST = Stoplist(frozenset(), frozenset())


@pytest.mark.parametrize(
    "name",
    [
        "beta-D",  # HerbiV_chemicals.csv (PubChem 4076 on the row: the source's own error)
        "Delta-D",  # TCMSP molecule name
        "2-hydroxy-",  # HerbiV_chemicals.csv
        "2,7-dihydroxy-4-methoxy-",  # TCMSP
        "7-hydroxy-9-hydroxymethyl-3-oxo-",  # TCMSP
    ],
)
def test_a_name_fragment_is_junk(name):
    assert is_junk_name(name, NO_STOPLIST)


@pytest.mark.parametrize(
    "name",
    ["beta-D-glucose", "Delta-Decalactone", "2-hydroxy-4-methoxybenzaldehyde", "beta-Damascenone", "D-glucose"],
)
def test_a_whole_name_that_starts_like_a_fragment_is_kept(name):
    assert not is_junk_name(name, NO_STOPLIST)


def test_a_glycoside_name_cut_at_the_sugar_locant_is_a_head():
    # TCMSP lists "Quercetin-3" and "KaemPferol-3" beside full glycoside names of the same aglycone
    names = ["Quercetin-3", "quercetin-3-O-beta-D-xylopyranoside", "quercetin-3-diglucoside",
             "KaemPferol-3", "kaempferol-3-arabinoside", "Crocin-2", "crocin", "Vicenin-2", "quercetin"]
    assert glycoside_heads(names) == {"quercetin-3", "kaempferol-3"}


def test_numbered_members_without_glycosides_are_kept():
    # crocin-2 and vicenin-2 are compounds of their own (no "crocin-2-O-…" name in the sources)
    assert glycoside_heads(["Crocin-2", "crocin-3", "Vicenin-2", "vicenin-2 glucoside"]) == set()


def test_the_anomer_descriptor_of_a_glycoside_is_no_compound(annotator):
    # validation38_en PMID26320688 (title): "b-D" was read as the compound beta-D (HerbiV)
    text = ("Lariciresinol-4-O-b-D-glucopyranoside From the Root of Isatis indigotica Inhibits Influenza A "
            "virus-induced Pro-Inflammatory Response.")
    adoc = annotator.annotate("t", text)
    compounds = [m.text for s in adoc.sentences for m in s.mentions if m.label == "COMPOUND"]
    assert "b-D" not in compounds
    assert not any(m.entity_id in {"CPD:beta-d", "CPD:quercetin-3", "CPD:kaempferol-3"}
                   for s in adoc.sentences for m in s.mentions)


def test_the_fragments_are_not_in_the_committed_dictionary(annotator):
    ids = annotator.dictionary.entities
    for cid in ("CPD:beta-d", "CPD:delta-d", "CPD:2-hydroxy", "CPD:quercetin-3", "CPD:kaempferol-3"):
        assert cid not in ids


def test_short_compound_names_are_still_matched(annotator):
    # validation_en PMID23578993 (title): NAC defined after its long form
    nac = ("Effect of N-acetyl cysteine (NAC), an organosulfur compound from Allium plants, on experimentally "
           "induced hepatic prefibrogenic events in wistar rat.")
    # BioRED train PMID28604678: ATP used bare
    atp = ("In vitro, the Vps2/Vps24 subunits of ESCRT-III formed side-by-side filaments with Snf7 and inhibited "
           "further polymerization, but the growth inhibition was alleviated by the addition of Vps4 and ATP.")
    found = {(m.text, m.entity_id) for t in (nac, atp) for s in annotator.annotate("t", t).sentences
             for m in s.mentions}
    assert ("NAC", "CPD:n-acetylcysteine") in found
    assert ("ATP", "CPD:adenosine-triphosphate") in found


# --- glycoside spellings (build_compounds.glycoside_spellings): with or without the glycosidic "O-" and the sign
# of optical rotation, one herb-table glycoside meets the way papers write it


@pytest.mark.parametrize(
    "name, spellings",
    [
        ("(+)-Lariciresinol-4-beta-D-glucopyranoside",  # TCMSP
         ["Lariciresinol-4-beta-D-glucopyranoside", "(+)-Lariciresinol-4-O-beta-D-glucopyranoside",
          "Lariciresinol-4-O-beta-D-glucopyranoside"]),
        ("Isolariciresinol-4-O-β-D-Glucopyranoside", ["Isolariciresinol-4-β-D-Glucopyranoside"]),  # TCMSP
        ("Kaempferol-3-O-beta-d-rutinoside", ["Kaempferol-3-beta-d-rutinoside"]),  # TCMSP
        ("quercetin", []),
        ("(-)-epicatechin", []),  # no glycoside: its rotation sign names another stereoisomer
    ],
)
def test_glycoside_spellings(name, spellings):
    assert glycoside_spellings(name) == spellings


def test_a_glycoside_written_with_o_is_found(annotator):
    # validation38_en PMID26320688 (title); gold CPD:lariciresinol-4-beta-d-glucopyranoside, TCMSP's
    # "(+)-Lariciresinol-4-beta-D-glucopyranoside"; the aglycone lariciresinol was found before
    text = ("Lariciresinol-4-O-b-D-glucopyranoside From the Root of Isatis indigotica Inhibits Influenza A "
            "virus-induced Pro-Inflammatory Response.")
    adoc = annotator.annotate("t", text)
    found = [(m.text, m.entity_id) for s in adoc.sentences for m in s.mentions if m.label == "COMPOUND"]
    assert found == [("Lariciresinol-4-O-b-D-glucopyranoside", "CPD:lariciresinol-4-beta-d-glucopyranoside")]


def test_two_spellings_of_one_glycoside_are_one_row(annotator):
    # TCMSP listed "Physcion-8-β-D-Glucopyranoside" and "Physcion-8-O-beta-D-glucopyranoside" as two molecules
    ids = annotator.dictionary.entities
    assert "CPD:physcion-8-beta-d-glucopyranoside" not in ids
    row = ids["CPD:physcion-8-o-beta-d-glucopyranoside"]
    assert "Physcion-8-β-D-Glucopyranoside" in row.synonyms
