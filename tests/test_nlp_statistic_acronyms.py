"""An acronym followed by its value is a statistic, not a gene (pipeline/nlp/gene_context.py).

Genetic-association abstracts report "(OR = 1.67 per high-risk allele", "(odds ratio (OR)=1.31", "(OR 0.98;
95% CI": the allele and genotype words around them are gene cues, so the acronym rule let OR through as the
olfactory-receptor family (FPLX:OR) in three BioRED train abstracts (19881468, 28411266, 21695597). A value
after the acronym ("=", ":" or a decimal number) reads it as the statistic. Sentences verbatim from BioRED
train."""

from __future__ import annotations

# BioRED train 19881468
CYS = ("In overall analysis, the homozygous Cys/Cys genotype showed a significant association with lung cancer "
       "compared to Ser allele carrier status (odds ratio (OR)=1.31, 95% confidence interval (CI)=1.02-1.69).")
# BioRED train 21695597
SLE = ("A genotype score combining the four newly identified SNPs showed an additive risk according to the number "
       "of high-risk alleles (OR = 1.67 per high-risk allele, p < 0.0001).")
# BioRED train 28411266
A1369S = ("A1369S was associated with a reduced risk of coronary heart disease (OR 0.98; 95% CI 0.96, 0.99; "
          "P = 5.9 x 10(-4)).")


def test_a_reported_odds_ratio_is_no_gene(mentions_of):
    for text in (CYS, SLE, A1369S):
        assert "OR" not in {surface for surface, _ in mentions_of(text)}, text


def test_the_value_rule_reads_only_a_value_after_the_acronym():
    from pipeline.nlp.gene_context import value_after

    assert value_after(CYS, CYS.index("OR)") + 2)
    assert value_after(SLE, SLE.index("OR =") + 2)
    assert value_after(A1369S, A1369S.index("OR 0") + 2)
    text = "TG2 and TG 2 and HR alpha and ERK/HR"
    assert not value_after(text, text.index("TG 2") + 2)
    assert not value_after(text, text.index("HR alpha") + 2)
