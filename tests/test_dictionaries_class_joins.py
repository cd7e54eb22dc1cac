"""Chemical records are not joined through a class word or an ambiguous abbreviation
(pipeline/dictionaries/build_chemicals.py ``mesh_class_ids``, ``read_grounding_map``)."""

from pipeline.dictionaries.build_chemicals import mesh_class_ids, read_grounding_map
from pipeline.dictionaries.build_common import RuleStats


def _row(mesh_id, name, trees):
    return {"mesh_id": mesh_id, "name": name, "entry_terms": "", "tree_numbers": trees}


def test_a_plural_heading_with_narrower_descriptors_is_a_class():
    rows = [
        # rows of the sources' chemicals/mesh_chemical_descriptors.tsv (ids and tree numbers)
        _row("D005960", "Glucosides", "D09.408.348"),
        _row("D008757", "Methylglucosides", "D09.408.348.500|D09.408.514.622"),
        _row("D005947", "Glucose", "D09.947.875.359.448"),  # no narrower descriptor among these rows
        _row("D002087", "Butyrates", "D02.241.081.114|D10.251.400.143"),  # plural, none narrower here
    ]
    assert mesh_class_ids(rows) == {"MESH:D005960"}


def test_an_abbreviation_grounded_to_two_substances_joins_none(tmp_path):
    # INDRA grounding map rows (sources chemicals/indra_grounding_map_chemicals.csv), verbatim
    path = tmp_path / "map.csv"
    path.write_text(
        "MA,PUBCHEM,10836,CHEBI,CHEBI:6809,,\n"
        "MA,PUBCHEM,73659,CHEBI,CHEBI:66682,,\n"
        "Ach,CHEBI,CHEBI:15355,,,,\n"
        "Ach,CHEBI,CHEBI:15355,,,,\n",
        encoding="utf-8",
    )
    stats = RuleStats()
    grounded = read_grounding_map(path, stats)
    assert "MA" not in grounded  # methamphetamine vs maslinic acid
    assert grounded["Ach"] == ["CHEBI:15355"]  # one grounding written twice
    assert stats.counts["chemical-grounding-ambiguous"] == 1


def test_the_built_table_keeps_the_substances_apart(annotator):
    ents = annotator.dictionary.entities
    names = {eid: {s.casefold() for s in (ents[eid].name, *ents[eid].synonyms)} for eid in
             ("CPD:maslinic-acid", "CPD:oleanolic-acid", "CPD:beta-d-glucopyranose")}
    assert "methamphetamine" not in names["CPD:maslinic-acid"]
    assert "okadaic acid" not in names["CPD:oleanolic-acid"]
    assert "glucosides" not in names["CPD:beta-d-glucopyranose"]


def test_a_class_word_shared_with_a_drug_stays_with_the_class(annotator):
    # MeSH Depsipeptides (D047630) lists "Depsipeptide"; DrugBank lists it for romidepsin too. Shared,
    # it was dropped from both and "depsipeptide" (9 BioRED chemical mentions) named nothing.
    owners = {e.id for e in annotator.dictionary.entities.values()
              if "depsipeptide" in {n.casefold() for n in (e.name, *e.synonyms)}}
    assert owners == {"MESH:D047630"}
