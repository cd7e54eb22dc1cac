"""Stop 35: the sign and the level/activity kind of typed labels (GUIDELINES 2, 5.5, 5.7, 5.12).

* a verb of bringing back ("rescue", "restore") governing a change noun undoes the change, as "reverse"
  does (relations/effects.py ``_undoing_sign``);
* a genetic loss named by "lacking", or with the gene's role descriptor between the loss word and the gene
  ("敲除自噬相关蛋白ATG5基因"), flips the sign of the lost gene (relations/roles.py ``_LOSS_BEFORE``);
* "the phosphorylation level of X" is X's activity (GUIDELINES 5.12; relations/effects.py ``_ACTIVITY_BEFORE``);
* the first term of a ratio ("Bax-to-Bcl-2 ratio") changes in level (GUIDELINES 5.12; relations/ratio.py);
* a read-out changed "in G-deficient cells" has G as its agent, the sign turned (relations/deficient_hosts.py);
* "Y (and Z) participate in the inhibitory effects of X" gives X ``via`` each mediator (relations/role_of.py);
* "inhibited the decrease caused by X in Y": the participle names the change's causer and is no verb of its own, so
  the outer verb reverses the change noun (relations/cue_scope.py ``change_participle_cues``);
* a member typed through the axis it is named in, and named again on its own, is read at its own mention
  (relations/effects.py ``label_pair``, ``_own_mention``).

Each construction is pinned on real sentences (the document named at each) and on one where it must not fire.
"""

from __future__ import annotations

VITAMIN_K2 = ("Vitamin K2 can rescue the dexamethasone-induced downregulation of osteoblast autophagy and mitophagy "
              "thereby restoring osteoblast function in vitro and in vivo")  # reviews jin2025_autophagy, reference title
ATG5 = "如在体外敲除自噬相关蛋白ATG5基因或使用自噬抑制剂可以抑制破骨细胞的分化,并降低破骨细胞相关基因的表达;"  # reviews jin2025_autophagy
LRP5 = ("Gene expression studies showed that mice lacking lrp5 have increased expression of tph1, the rate limiting "
        "enzyme for the production of serotonin in the gut.")  # validation_en PMID23563356
ESTROGEN = ("Estrogen significantly down-regulated the protein expresions of MMP-2 and MMP-9 and lowered the "
            "phosphorylation level of AKT.")  # validation_zh ChinaXiv-201712.00248V1, abstract_en
PAEONIFLORIN = ("既往研究表明,芍药苷具有很强的抗氧化作用,在细胞氧化应激损伤状态下,芍药苷可以通过降低细胞内ROS的生成,"
                "增加抗氧化物谷胱甘肽及超氧化物歧化酶的产生,同时激活抗氧化通路核因子E2相关因子2/血红素氧合酶1,"
                "诱导血红素氧合酶1基因的表达来保护内皮细胞的氧化损伤,抑制细胞凋亡[21-23]。")  # new_papers_zh ChinaXiv-201806.00141V1
SDE = ("In addition, SDE triggered the mitochondrial/caspase apoptotic pathway indicated by enhanced Bax-to-Bcl-2 "
       "ratio, loss of mitochondrial membrane potential, cytochrome c release, and caspase cascade.")  # validation_en PMID21924341
TAK1 = ("BMPR signalling was markedly impaired in TAK1-deficient chondrocytes as evidenced by reduced expression of "
        "known BMP target genes as well as reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases.")  # validation_en PMID19536134
ATG7 = "Impairment of starvation-induced and constitutive autophagy in Atg7- deficient mice"  # validation_zh ChinaXiv-202207.00209V1
# BioRED (dev, PMID of the VPAC2 EAE study): FoxP3 names a cell population, not the read-out of a copula
TREGS = ("Moreover, the abundance and proliferative index of lymph node, thymus and CNS CD4(+)CD25(+)FoxP3(+) Tregs were "
         "strikingly reduced in VPAC2-deficient mice with EAE.")
EGF = ("In summary，all EGF receptor, PKA，PKC,p38, ERK and JNK participate in the inhibitory effects of EGF on NaPi-IIb "
       "expression.")  # validation_zh ChinaXiv-201711.00762V1, abstract_en
EP4 = ("EP4 mediated barrier-protective effects of PGA2 by activating Rap1/Rac1 GTPase and protein kinase A "
       "targets.")  # BioRED (dev)
CALYCOPTERIN = ("Moreover, calycopterin, in presence of H2O2 inhibited the decrease caused by oxidative stress in "
                "stress-sensing transcription factors, CREB and Nrf2, which play an important role in antioxidant capacity "
                "of the cell.")  # validation_en PMID23639191



def test_rescuing_a_downregulation_activates(pairs_of):
    pairs = pairs_of(VITAMIN_K2)
    assert pairs[("CPD:vitamin-k2", "hsa04140")].label == "activates"  # Autophagy
    assert pairs[("CPD:vitamin-k2", "hsa04137")].label == "activates"  # Mitophagy
    assert pairs[("CPD:dexamethasone", "hsa04140")].label == "inhibits"  # the inducer keeps its own sign


def test_restoring_a_decrease_raises_the_level(pairs_of):
    # the construction of VITAMIN_K2 with a level read-out (BC5CDR: "restores the anemia-induced reduction in …")
    pairs = pairs_of("Melatonin restored the dexamethasone-induced decrease of RUNX2 expression.")
    assert pairs[("CPD:melatonin", "HGNC:10472")].label == "upregulates"
    assert pairs_of("Melatonin restored the expression of RUNX2.")[("CPD:melatonin", "HGNC:10472")].label == "upregulates"


def test_knockout_before_a_role_descriptor_is_a_loss(pairs_of):
    assert pairs_of(ATG5)[("HGNC:589", "hsa04380")].label == "activates"  # ATG5, Osteoclast differentiation


def test_mice_lacking_a_gene_flip_its_sign(pairs_of):
    assert pairs_of(LRP5)[("HGNC:6697", "HGNC:12008")].label == "downregulates"  # LRP5 -| TPH1


def test_the_phosphorylation_level_of_a_kinase_is_its_activity(pairs_of):
    pairs = pairs_of(ESTROGEN)
    assert pairs[("CPD:estrogens", "FPLX:AKT")].label == "inhibits"
    assert pairs[("CPD:estrogens", "HGNC:7166")].label == "downregulates"  # MMP-2: its protein expression


def test_a_member_named_again_is_read_at_its_own_mention(pairs_of):
    pairs = pairs_of(PAEONIFLORIN)
    assert pairs[("CPD:paeoniflorin", "HGNC:5013")].label == "upregulates"  # HO-1: 诱导…基因的表达
    assert pairs[("CPD:paeoniflorin", "AXIS:HGNC:7782/HGNC:5013")].label == "activates"  # the axis: 激活…通路
    assert pairs[("CPD:paeoniflorin", "HGNC:7782")].label == "activates"  # NRF2, named only inside the axis


def test_the_first_term_of_a_ratio_changes_in_level(pairs_of):
    pairs = pairs_of(SDE.replace("SDE", "ginseng"))  # SDE is defined in the abstract's earlier sentence
    assert pairs[("HERB004609", "HGNC:959")].label == "upregulates"  # Bax
    assert pairs[("HERB004609", "HGNC:990")].label == "associated"  # Bcl-2: no direction of its own


def test_a_readout_impaired_in_a_deficient_host_is_the_lost_genes(pairs_of):
    pairs = pairs_of(TAK1)
    assert pairs[("HGNC:6859", "AXIS:FPLX:BMP_receptor")].label == "activates"  # TAK1 -> BMPR signalling
    assert pairs[("HGNC:6859", "AXIS:FPLX:BMP_receptor")].agent == "HGNC:6859"
    assert pairs[("HGNC:6859", "FPLX:SMAD1_5_9")].label == "activates"  # reduced phosphorylation without TAK1
    assert pairs_of(ATG7)[("HGNC:16935", "hsa04140")].label == "activates"  # ATG7 -> Autophagy


def test_a_gene_inside_a_cell_name_is_no_readout_of_the_host(pairs_of):
    assert pairs_of(TREGS)[("HGNC:6106", "HGNC:12695")].label == "associated"  # FOXP3, VIPR2 (VPAC2)


def test_mediators_of_an_agents_effect_give_via(pairs_of):
    pairs = pairs_of(EGF)
    for mediator in ("FPLX:p38", "FPLX:ERK", "FPLX:JNK", "FPLX:PKA", "FPLX:PKC"):
        assert pairs[("HGNC:3229", mediator)].label == "via"
        assert pairs[("HGNC:3229", mediator)].agent == "HGNC:3229"  # EGF acts through the mediator
    assert pairs_of(EP4)[("MESH:C100008", "HGNC:9596")].label == "via"  # PGA2 via EP4 (PTGER4)


def test_a_participle_naming_the_causer_of_a_change_is_no_verb(pairs_of):
    pairs = pairs_of(CALYCOPTERIN)
    assert pairs[("MESH:C533734", "HGNC:7782")].label == "upregulates"  # Nrf2: the decrease is inhibited
    assert pairs[("MESH:C533734", "HGNC:7782")].cue.text == "inhibited"
