"""Stop 34: a plural action nominal under an effect verb takes the verb's sign, as the singular does
(effects._outer_cue): "it reversed activations of NF-kappaB, mTOR and p38 signalling cascades" lowers their
activity. Read before as "activations" alone: the drug *activated* the pathways, and the knocked-down Hsp90β
(sign turned by its loss) *inhibited* them — both reversed."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation_en PMID27248656 (abstract)
HSP90 = ("17-dimethylaminoethylamino-17-demethoxygeldanamycin (17-DMAG) or Hsp90beta knockdown dramatically alleviated "
         "the high-salt-diet-induced proteinuria and renal damage without altering blood pressure significantly, when it "
         "reversed activations of NF-kappaB, mTOR and p38 signalling cascades.")


def test_a_reversed_plural_activation_inhibits(annotator, gene_id):
    typed = typed_pairs(annotator, HSP90)
    for pathway in ("hsa04064", "hsa04150", "AXIS:FPLX:p38"):
        drug = typed[("MESH:C448659", pathway)]
        assert (drug.label, drug.agent) == ("inhibits", "MESH:C448659")
        lost = typed[(gene_id("HSP90AB1"), pathway)]  # knocked down: its own sign is the opposite
        assert (lost.label, lost.agent) == ("activates", gene_id("HSP90AB1"))
