"""Stop 50: a phosphorylation names its substrate with "on" as with "of" ("Ser792 phosphorylation on raptor"), so the
substrate is read by its activity (effects._ACTIVITY_BEFORE; GUIDELINES 2, a phosphorylated form's level is its
activity). Before, "on" was not read and raptor's change was a level (``upregulates``)."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation38_en PMID22972179 (gold AMPK activates/associated raptor, RPTOR)
RAPTOR = ("The inhibitory effects of AMPK activation on mTORC1 signaling were associated with a marked increase in "
          "Ser792 phosphorylation on raptor.")


def test_the_substrate_of_a_phosphorylation_on_is_activated(annotator, gene_id):
    pair = typed_pairs(annotator, RAPTOR)[("FPLX:AMPK", gene_id("RPTOR"))]
    assert (pair.label, pair.agent) == ("activates", "FPLX:AMPK")
