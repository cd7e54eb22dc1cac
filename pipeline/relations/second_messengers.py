"""Second messengers and the lipids they are cut from: recognised compounds that rank as no partner.

A hormone or drug acts at a receptor, and the signal is carried inside the cell by small molecules the cell
makes itself: cAMP and cGMP (made by adenylyl/guanylyl cyclase), IP3 and DAG (cut from PIP2 by phospholipase
C), PIP3 (made from PIP2 by PI3K), the inositol phosphates, cyclic ADP-ribose, and the GTP/GDP a G protein
binds (Alberts et al., *Molecular Biology of the Cell*, 6th ed., ch. 15, "Signaling through G-protein-coupled
receptors"; Berridge 1993, Nature 361:315, for the inositol lipids). A review of a signalling system names them
in every step of the cascade it describes ("激活PLC，PLC水解PIP2生成IP3和DAG…",
"当细胞上的G偶联蛋白受体接受刺激最终产生IP3, Ca2+浓度升高,PKC便会…被DAG活化", validation46_zh
ChinaXiv-201711.00400V1), so each is paired with every kinase and receptor the sentence names, with the
cascade's cue. The gold counts them rarely: they are endogenous metabolites (GUIDELINES 1, "Endogenous ions and
metabolites are not entities … except when the text uses them as an administered treatment"), as calcium and
ATP already are (the curated endogenous list, relations/pairs.py ENDOGENOUS_NOTE). A reviewer still annotated
a few of them as agents ("DAG结合于质膜上,可活化与质膜结合的PKC"), so they are not removed from the relations
(recall is unchanged) but ranked as the other no-partner entities are (ranking.py ``no_partner``: the
disease-map factor).

Measured (stop 47) on the (document, pair) units of the seventeen development gold sets (bench/rank_units.py):
the units with one of these compounds are gold in 10 of 131 (8 %), against 37 % of all units; 43 stood in the top
|gold| of their set (6 of them gold). A rank term fitted on them with each set left out (bench/rank_loso.py): -2.4,
P@|gold| up on 3 sets, down on none. As no partner, in the default run: P@|gold| validation45_zh 0.594 -> 0.608,
validation46_zh 0.443 -> 0.472, validation_zh 0.760 -> 0.762, validation38_zh 0.734 -> 0.727 (its gold "PLC
upregulates DAG" and "PLC upregulates IP" below the cut); average precision up on 4 sets (validation46_zh 0.331 ->
0.365), down on 2 (validation38_zh 0.702 -> 0.699, new_papers_zh 0.867 -> 0.866).

Not in the class: compounds of the same families given as tools or treatments (8-Br-cAMP, dibutyryl-cAMP, forskolin
are their own entities) and myo-inositol, a supplement given to patients.
"""

from __future__ import annotations

SECOND_MESSENGERS = frozenset({
    "MESH:D000242",  # Cyclic AMP (cAMP, 环磷酸腺苷)
    "MESH:D006152",  # Cyclic GMP (cGMP, 环磷酸鸟苷)
    "MESH:D015544",  # Inositol 1,4,5-Trisphosphate (IP3, 三磷酸肌醇)
    "MESH:D007295",  # Inositol Phosphates (IP, 磷酸肌醇: "PLC催化PIP2分子水解成磷酸肌醇(IP)和二酰基甘油(DAG)")
    "CPD:diacylglycerol",  # DAG (二酰基甘油)
    "MESH:D036563",  # Cyclic ADP-Ribose
    "MESH:D006160",  # Guanosine Triphosphate (GTP): what a G protein binds when active
    "MESH:D006153",  # Guanosine Diphosphate (GDP)
    "MESH:D019269",  # Phosphatidylinositol 4,5-Diphosphate (PIP2): what PLC cuts into IP3 and DAG
    "MESH:C060974",  # phosphatidylinositol 3,4,5-triphosphate (PIP3): what PI3K makes from PIP2
    "MESH:D018129",  # Phosphatidylinositol Phosphates
    "CPD:phosphatidylinositol",  # PI, the lipid the phosphoinositides are made from
})


def is_second_messenger(entity_id: str) -> bool:
    """Is the compound id a second messenger or one of the inositol lipids it is cut from (module docstring)?"""
    return str(entity_id or "") in SECOND_MESSENGERS
