"""Gene mentions that name something else on real papers (stop 34, gene precision): a short form a
Chinese paper defines after a non-gene name, the comparative-Ct notation, primer sequences written in
triplets, a number whose decimal continues after a symbol-shaped head, and a paper's loading control.
Sentences copied from the papers named in each test (corpus/validation, corpus/new_papers, the sample
batch /work/shared/data/dev/chinaxiv/sample)."""

from nlp_helpers import genes, named

from pipeline.nlp.abbreviations import names_a_gene_zh


# --- "中文名(SHORT)": the short form of a non-gene Chinese name is no gene ------------------------------

def test_a_short_form_defined_after_a_chinese_non_gene_name_is_no_gene(annotator):
    # validation ChinaXiv-201712.00990V1: ABR (auditory brainstem response) is no ABR gene, here or later
    text = ("1.3.3听性脑干反应检测各组豚鼠在完成给药后检测听性脑干反应(ABR)。测试采用本单位\"听觉电生理动物实验\"测听平台，"
            "所有豚鼠的ABR检测操作均于隔音屏蔽室中在全麻下进行。")
    assert "ABR" not in genes(annotator, text)
    # validation ChinaXiv-201711.01148V1: EMB (eosin methylene blue) is no EMB gene
    text = "大肠杆菌和乳酸菌的接种与培养：大肠杆菌和乳酸菌分别采用伊红美蓝（EMB）和MRS 培养基平板进行培养，采用菌落记数法进行统计。"
    assert "EMB" not in genes(annotator, text)
    # validation ChinaXiv-201712.01073V1: ECL (enhanced chemiluminescence) is no CCL21 alias
    text = "1h,TBST充分洗涤后，用增强化学发光系统(ECL)检测膜上信号。"
    assert "ECL" not in genes(annotator, text)


def test_a_short_form_defined_after_a_chinese_gene_name_stays_the_gene(annotator):
    # the Chinese name ends in a protein head noun (蛋白, 酶, 因子, 受体 …): the short form's own gene
    assert names_a_gene_zh("检测骨形态发生蛋白-2")
    assert names_a_gene_zh("血红素加氧酶-1")
    assert names_a_gene_zh("核因子κB受体活化因子配体")
    assert names_a_gene_zh("丙酮酸激酶M2 型")  # validation ChinaXiv-201811.00118V1: "…M2 型（PKM2）"
    assert not names_a_gene_zh("检测听性脑干反应")
    assert not names_a_gene_zh("SD无特定病原体")
    # jin2025 review: "哺乳动物雷帕霉素蛋白(mTOR)" defines mTOR
    found = named(annotator, "哺乳动物雷帕霉素蛋白(mTOR)是一种丝氨酸/苏氨酸蛋白激酶。")
    assert ("mTOR", "HGNC:3942") in found


# --- the comparative Ct method (Livak & Schmittgen 2001): ΔCt, ΔΔCt, ΔΔP are no genes ----------------------

def test_comparative_ct_notation_is_no_gene(annotator):
    # sample ChinaXiv-201801.00686V1: ΔCt (DCT), ΔΔCt (DDT's alias DDCT)
    text = "相对表达量=2·ΔΔCtΔCt=目的基因平均Ct值-内参照基因平均Ct值， ΔΔCt=实验组△Ct-对照组ΔCt。"
    assert genes(annotator, text) == []
    # sample ChinaXiv-201712.00938V1 and ChinaXiv-201801.00669V1: the Δ lost in conversion
    assert genes(annotator, "采用2-DDCt法进行统计分析。") == []
    # validation ChinaXiv-201712.00816V1: a significance mark (ΔΔP is TIMM8A's alias DDP)
    assert genes(annotator, "P<0.01 vs Control group; P<0.01us Model group; ΔΔP<0.01Us KA group.") == []


# --- primers written in triplets: no gene inside a nucleotide sequence ---------------------------------------

def test_triplets_of_a_primer_sequence_are_no_genes(annotator):
    # sample ChinaXiv-201801.00630V1 (primer table): GAC (GLS), CCA (FBN2), CGT (UGT8), ATC (ATM), TG-3 (TG)
    assert genes(annotator, "Forward | 5'-AAG CCT GAC CCA TCT CAG AA-3'") == []
    assert genes(annotator, "Forward | 5'-GAG AGG GAAATC GTG CGT GAC-3'") == []
    assert genes(annotator, "Reverse | 5'-ACG TGG GGG ATG TAG TTC TG-3'") == []


def test_a_gene_written_beside_a_sequence_word_stays(annotator):
    # the rule needs a run of nucleotides: a symbol among other words keeps its gene (CAT: catalase)
    found = genes(annotator, "SOD、CAT和GSH-Px活性均显著升高。")
    assert "CAT" in found


# --- a decimal number is no symbol: "P50.05" (P<0.05 with its "<" lost), "PH4.5" (pH 4.5) ------------------

def test_a_symbol_whose_number_goes_on_as_a_decimal_is_no_gene(annotator):
    # validation ChinaXiv-201711.01148V1: "(P<0.05)" written "(P50.05)" (P50 is NFKB1's alias)
    text = "由表6可知，饲粮中添加苜蓿皂苷对仔猪肝脏、十二指肠、空肠和回肠中SODmRNA的表达量没有显著影响(P50.05)；"
    assert "P50" not in genes(annotator, text)
    # validation ChinaXiv-201712.01000V1: "pH 4.5" written "PH4.5" (PH4 is P4HTM's alias)
    text = "单次腹腔注射链脲佐菌素(streptozotocin,STZ)(60 mg/kg,溶入PH4.5,0.1mmol/L的柠檬酸-柠檬酸钠缓冲液)建立糖尿病模型"
    assert "PH4" not in genes(annotator, text)


# --- a paper's loading control is a measuring device there: kept as a gene, paired with nothing --------------

def _hows(annotator, text):
    adoc = annotator.annotate("t", text)
    return {(m.text, m.how) for item in adoc.sentences for m in item.mentions if m.label == "GENE"}


def test_the_papers_loading_control_pairs_with_nothing(annotator):
    # new_papers ChinaXiv-201712.00938V1 (the primer sentence) and a later "以β-actin作为内参"
    text = ("E-cadherin、vimentin、GRP78及内参照β-actin引物由生工生物工程上海(股份)有限公司合成。"
            "以β-actin作为内参。ImageJ软件分析确定杂交条带的相对吸光度值。")
    found = _hows(annotator, text)
    assert ("β-actin", "reagent") in found
    assert ("E-cadherin", "reagent") not in found and any(t == "E-cadherin" for t, _ in found)
    # validation ChinaXiv-201812.00642V1: the control named in one paragraph is the control in the next
    text = ("以GAPDH为内参照，检测各组细胞 BMP7、Runx2、OCN、OPN 的表达水平。\n\n"
            "鼠抗人GAPDH、辣根过氧化物酶标记山羊抗鼠和山羊抗兔IgG均购自北京中杉金桥生物技术有限公司。")
    assert {h for t, h in _hows(annotator, text) if t == "GAPDH"} == {"reagent"}
    # validation ChinaXiv-201811.00118V1 (figure legend; its "$\\beta$ -actin" as the reader renders it)
    found = _hows(annotator, "(b) Western blot was performed to measure PKM2 protein levels, normalized to "
                             "β-actin (c） The relative protein levels of PKM2.")
    assert ("β-actin", "reagent") in found and ("PKM2", "reagent") not in found


def test_a_total_protein_a_phospho_form_is_normalised_to_stays_a_partner(annotator):
    from pipeline.nlp.loading_controls import is_named_as_control
    text = "p-Akt levels were normalized to total Akt."
    adoc = annotator.annotate("t", text)
    akt = [m for item in adoc.sentences for m in item.mentions if m.text == "Akt"]
    assert akt and not any(is_named_as_control(text, m) for m in akt)


def test_a_gene_name_glossing_a_chinese_word_stays_the_gene(annotator):
    # validation ChinaXiv-201712.01000V1: "对照(B-actin)" is β-actin, no definition of 对照
    text = ("Westernblotting条带经凝胶成像分析系统扫描处理,用FUSION软件(版本号FusionFX7)比较各组与对照(B-actin)光密度值"
            "(D280nm)分析条带灰度值,计算相对表达量。")
    assert ("B-actin", "HGNC:132") in named(annotator, text)


# --- the fuzzy linker: a generic head noun and its number alone is the tail of a longer name --------------

def test_a_generic_head_and_its_number_is_not_linked_alone(annotator):
    # validation ChinaXiv-201711.00749V1: "protein1" linked to ANXA2; SKP1 is the gene named
    text = "2.5S期激酶相关蛋白1(s-phase kinase association protein1,SKP1)对TGF-β1/Smads信号通路的调节"
    found = named(annotator, text)
    assert not any(t == "protein1" for t, _ in found) and ("SKP1", "HGNC:10899") in found
    # sample ChinaXiv-201711.01551V1: "kinase 1" linked to CPN1; S6K1 is RPS6KB1
    text = ("mTOR的下游分子核糖体S6激酶1(ribosome protein subunit 6 kinase 1,S6K1)的磷酸化程度增加[15]。")
    found = named(annotator, text)
    assert not any(e == "HGNC:2312" for _, e in found) and ("S6K1", "HGNC:10436") in found


def test_the_blot_washing_buffer_is_no_gene(annotator):
    # new_papers ChinaXiv-201712.00816V1: TBS (Tris-buffered saline) is an alias of SALL1
    text = "次日TBST、TBS洗膜后二抗室温孵育1h经过ECL化学发光，采集图像光密度。"
    assert "TBS" not in genes(annotator, text)
