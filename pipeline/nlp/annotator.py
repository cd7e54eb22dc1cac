"""Annotate one document: sections -> sentences -> mentions -> abbreviations -> pathways -> Docs.

The expensive steps (jieba, spaCy Doc construction) run only on sentences where the
Aho-Corasick pass found a candidate: jieba to decide a Chinese boundary, the Doc to carry
the entities of a sentence that has some.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dictionaries.loader import (
    Dictionary,
    default_cache_dir,
    read_cache,
    source_fingerprint,
    write_cache,
)
from pipeline.dictionaries.schema import COMPLEX_NOTE, Entity
from pipeline.dictionaries import latin
from pipeline.nlp import (
    common_names,
    compound_descriptions,
    compound_names,
    collective_anaphors,
    coreference,
    definite_descriptions,
    model_reversal,
    plural_anaphors,
    family_sense,
    herb_context,
    herb_senses,
    study_animals,
    herb_species,
    latin_names,
    long_forms,
    segmenter,
)
from pipeline.nlp.abbreviations import Definition, apply_definitions, find_definitions
from pipeline.nlp.discourse_case import lower_case_mentions, lower_case_names
from pipeline.nlp.generic_tails import drop_generic_tails
from pipeline.nlp.typed_greek import typed_gamma_mentions
from pipeline.nlp.named_symbols import spellings, synonym_definitions
from pipeline.nlp.boundaries import SentenceEdges
from pipeline.nlp.code_lists import code_list_mentions, paper_code_mentions, series_prefixes
from pipeline.nlp.extract_abbreviations import (
    code_stem_mentions,
    code_stems,
    extract_definitions,
    genus_abbreviations,
    genus_form_mentions,
    mark_extract_solvents,
)
from pipeline.nlp.formulas import (
    FORMULA_PREFIX,
    candidate_names,
    dictionary_words,
    word_interiors,
    drop_verb_jian,
    drop_verb_san,
    formula_entity,
    formula_mentions,
    join_herb_formulas,
)
from pipeline.nlp.gene_context import (
    is_generic_class_phrase,
    context_for,
    disease_short_forms,
    dosing_words,
    extend_right,
    gene_short_forms,
    head_noun_spans,
    learned_name_spans,
    not_gene_use,
    pathway_part_spans,
    phrase_spans,
    refine,
    ribosomal_rna_spans,
    shape_spans,
    short_form_spans,
    viral_gene_spans,
)
from pipeline.nlp.gene_partners import (
    coordinated_designators_end,
    coordinated_sibling_spans,
    elided_members,
    short_form_partner_spans,
    slash_partner_spans,
)
from pipeline.nlp.formula_modifications import removed_members
from pipeline.nlp.glued import case_glued_mentions, glued_mentions, receptor_mentions
from pipeline.nlp.zh_receptor_names import zh_receptor_mentions
from pipeline.nlp.receptor_names import (
    bracket_receptor_mentions,
    mark_ligand_modifiers,
    shared_head_mentions,
    unbracketed_name_mentions,
)
from pipeline.nlp.herb_context import (
    CURATED_PAIRS,
    PROCESSING,
    contraction_pairs,
    contraction_table,
    contractions,
    cue_glued_herbs,
    drop_comparisons,
    extend_preparations,
    head_noun_herbs,
    herb_fractions,
    list_only_names,
    strip_cue_verbs,
    prefixed_herbs,
    relink_head_nouns,
    resegment_runs,
    strip_processing,
)
from pipeline.nlp.common_names import common_name_definitions
from pipeline.nlp.common_names import english_name_mentions, english_name_table
from pipeline.nlp.herb_organs import organ_mentions
from pipeline.nlp.common_names import spellings as common_spellings
from pipeline.nlp.latin_names import (
    case_variant_mentions,
    case_variant_table,
    genitive_mentions,
    variant_mentions,
    variant_table,
)
from pipeline.nlp.linker import Linker, unmatched_candidates
from pipeline.nlp.matcher import Mention, TermIndex
from pipeline.nlp.numbered_abbreviations import numbered_mentions
from pipeline.nlp.greek_ellipsis import greek_elided_members
from pipeline.nlp.number_series import letter_range_members, series_members
from pipeline.nlp import paper_compounds, systematic_names
from pipeline.nlp.culture_conditions import high_glucose_mentions
from pipeline.nlp.pathway_lists import coordinated_pathways, drop_glued_phospho, hyphen_axes, listed_before_deng
from pipeline.nlp.pathways import (
    AXIS_PREFIX,
    compose_pathways,
    composite_entity,
    hyphen_map,
    modifies_protein_head,
    names_protein_class,
    parents_of,
    same_protein,
    split_pathway_name,
)
from pipeline.nlp.pipelines import displayed, pipeline_for
from pipeline.nlp.part_words import is_glycoside_stem, is_lab_reagent, is_part_word, names_another_protein
from pipeline.nlp.protein_descriptions import drop_protein_descriptions
from pipeline.nlp.residues import is_residue, is_sequence_unit, is_sequence_variant
from pipeline.nlp.word_forms import word_form_mentions
from pipeline.nlp.assay_reagents import REAGENTS_FILE, Reagents, mark_assay_substrates, mark_culture_antibiotics, mark_enzyme_substrates, mark_reagents, read_reagent_names, reagents_of
from pipeline.nlp.cell_lines import cell_line_names, drop_cell_lines
from pipeline.nlp.loading_controls import loading_control_ids, mark_loading_controls
from pipeline.nlp.group_labels import drop_group_labels, group_label_names
from pipeline.nlp.non_gene_names import drop_other_nomenclatures, is_immunoglobulin_isotype, is_numbered_code, names_a_supplier
from pipeline.nlp.body_lipids import mark_body_lipids
from pipeline.nlp.given_endogenous import is_given
from pipeline.nlp.zh_long_names import drop_inside_english_glosses, drop_inside_zh_gene_names
from pipeline.nlp.claimed_heads import drop_claimed_heads
from pipeline.nlp.enzyme_names import drop_enzyme_substrates, mark_serum_transaminases
from pipeline.nlp.plain_words import drop_plain_words
from pipeline.nlp.author_names import drop_author_names
from pipeline.nlp.lab_tools import drop_lab_tools
from pipeline.nlp.method_names import drop_method_names
from pipeline.nlp.defined_links import drop_symbol_fragments
from pipeline.nlp.chain_elements import chain_elements, class_noun_before_member, family_and_member, member_with_class_noun
from pipeline.nlp.family_prefix import drop_family_prefix, prefix_families
from pipeline.nlp.greek_ocr import delta_mentions, gamma_mentions
from pipeline.nlp.heading_numbers import mask_heading_number
from pipeline.nlp.transposed_symbols import transposition_links
from pipeline.nlp.disease_maps import mark_disease_maps
from pipeline.nlp.slash_maps import split_slash_maps
from pipeline.nlp.slash_families import (
    complex_family_mentions,
    families_by_members,
    ocr_one_mentions,
    shared_subunit_mentions,
    slash_family_mentions,
)
from pipeline.nlp import synonym_lists
from pipeline.nlp.initial_symbols import initial_mentions, paper_symbols
from pipeline.nlp.drug_codes import DRUG_CODE, code_definitions, code_entity, code_mentions
from pipeline.nlp.integrin_subunits import subunit_mentions
from pipeline.nlp.greek_after_bracket import bracket_greek_mentions
from pipeline.nlp.ocr_symbols import chloride_mentions, drop_phase_lookalikes, ocr_mentions
from pipeline.nlp.inducer_names import drop_inducer_names
from pipeline.nlp.name_fragments import drop_name_fragments
from pipeline.nlp.salt_formulas import salt_mentions
from pipeline.nlp.symbol_variants import symbol_variant_mentions
from pipeline.relations import constituent_anaphors, cross_sentence, model_anaphora
from pipeline.relations.pairs import ENDOGENOUS, ENDOGENOUS_NOTE, NO_PARTNER, REAGENT
from pipeline.relations.ranking import is_disease_map
from pipeline.text.sections import Paragraph, split_sections
from pipeline.text.sentences import Sentence, split_sentences

if TYPE_CHECKING:  # spaCy is imported when the first Doc is made (a second saved at start-up)
    from spacy.tokens import Doc

    from pipeline.relations.facts import DocumentFacts


@dataclass
class SentenceMentions:
    sentence: Sentence
    mentions: list[Mention]
    doc: Doc | None = None
    # gene mentions found by shape only (GCN4, IgG): no entity, so no relation; for NER output
    unlinked: list[Mention] = field(default_factory=list)


@dataclass
class AnnotatedDocument:
    doc_id: str
    paragraphs: list[Paragraph]
    sentences: list[SentenceMentions]
    definitions: dict[str, Definition]
    composites: dict[str, Entity] = field(default_factory=dict)

    @property
    def docs(self) -> list[Doc]:
        return [s.doc for s in self.sentences if s.doc is not None]


class Annotator:
    """Holds the compiled dictionary matcher; annotates documents one at a time."""

    def __init__(self, dictionary: Dictionary, index: TermIndex | None = None, make_docs: bool = True,
                 link_unmatched: bool = True):
        self.dictionary = dictionary
        self.index = index or TermIndex(dictionary)
        self.make_docs = make_docs
        self.linker = Linker(dictionary)  # lazy: loaded on the first link request only
        self.link_unmatched = link_unmatched
        # endogenous ions and metabolites (iron, ROS, ATP: curated/endogenous_compounds.tsv)
        self.endogenous = frozenset(e.id for e in dictionary.entities.values()
                                    if e.type == "compound" and ENDOGENOUS_NOTE in e.note)
        # KEGG's Human Diseases maps: a disease named as a disease is no partner (disease_maps)
        self.disease_maps = frozenset(e.id for e in dictionary.entities.values()
                                      if e.type == "pathway" and is_disease_map(e.note))
        self.reagents = self._reagents()  # FITC, PI, TdT: recognised, no relations (assay_reagents)
        segmenter.load_user_words(self.index.chinese_terms(), dictionary.content_hash)
        self._contractions: dict[str, str] | None = None  # built on the first Chinese paragraph
        self._pairs: dict[str, list[str]] | None = None  # likewise (contraction_pairs)
        self._chinese_terms: frozenset[str] | None = None
        self._prefixes: frozenset[str] | None = None
        self._herb_ids: dict[str, str | None] = {}
        self._latin_variants: dict[str, str] | None = None  # built on the first English paragraph
        self._latin_cases: dict[str, str] | None = None  # likewise (nlp/latin_names, case_variant_table)
        self._english_names: dict[str, str] | None = None  # likewise (nlp/common_names, english_name_table)
        self._colours: frozenset[str] | None = None  # herb names that are colour words (herb_senses)
        self._latin_stems: dict[str, frozenset[str]] = {}  # a herb's Latin-name stems (herb_species)
        self._receptors: dict[str, str | None] = {}  # a ligand entity's receptor (``_receptor_of_entity``)

    def _matches_whole(self, text: str) -> bool:
        """Does the dictionary match ``text`` whole, on its own?"""
        return any(m.start == 0 and m.end == len(text)
                   for m in self.index.match(text, lambda _pos: frozenset(range(len(text) + 1))))

    def _reagents(self) -> Reagents:
        folder = self.dictionary.folder
        if folder is None:
            return Reagents()
        names = read_reagent_names(Path(folder) / "curated" / REAGENTS_FILE)
        return reagents_of(names, lambda n: [(t.entity_id, self.label_of(t.entity_id)) for t in self.index.lookup(n)])

    def _cached_table(self, name: str, modules: tuple, build) -> dict[str, str]:
        """A table derived from the dictionary, kept with the derived caches (keyed by the
        dictionary's content and the source of the modules that derive it): built once per
        dictionary, read back in ~0.01 s instead of 0.1-0.3 s on every process's first paper."""
        path = None
        if self.dictionary.content_hash:
            key = f"{self.dictionary.content_hash[:16]}-{source_fingerprint(*modules)}"
            path = default_cache_dir() / f"{name}-{key}.json"
        cached = read_cache(path)
        if cached is not None:
            return json.loads(cached)
        table = build()
        write_cache(path, json.dumps(table, ensure_ascii=False).encode())
        return table

    def contraction_table(self) -> dict[str, str]:
        """Character -> herb name read from the dictionary's formulas (herb_context)."""
        if self._contractions is None:
            entities = self.dictionary.entities
            self._contractions = self._cached_table("herb-contractions", (herb_context,), lambda: (
                contraction_table(
                    (e.name_zh, [entities[m].name_zh for m in e.members if m in entities])
                    for e in entities.values() if e.type == "formula" and e.name_zh
                )))
        return self._contractions

    def contraction_pairs(self) -> dict[str, list[str]]:
        """Fixed pairs of characters -> two herb names, read from the dictionary's formulas
        (herb_context.contraction_pairs: 姜附, 荆防)."""
        if self._pairs is None:
            entities = self.dictionary.entities
            table = self.contraction_table()
            self._pairs = self._cached_table("herb-contraction-pairs", (herb_context,), lambda: (
                contraction_pairs(
                    ((e.name_zh, [entities[m].name_zh for m in e.members if m in entities])
                     for e in entities.values() if e.type == "formula" and e.name_zh), table)))
            self._pairs = {**CURATED_PAIRS, **self._pairs}
        return self._pairs

    def _formula_members(self, formula_id: str) -> list[tuple[str, str]]:
        """(herb id, Chinese name) of a dictionary formula's members (nlp/formula_modifications);
        a processed member (炙甘草) is its herb's (甘草), as strip_processing reads it."""
        entities = self.dictionary.entities
        formula = entities.get(formula_id)
        out = []
        for hid in formula.members if formula is not None else ():
            herb = entities.get(hid)
            if herb is None or not herb.name_zh:
                continue
            name = herb.name_zh
            base = self._herb_of(name[1:]) if len(name) > 2 and name[0] in PROCESSING else None
            if base is not None:
                hid, name = base, name[1:]
            out.append((hid, name))
        return out

    def colour_herbs(self) -> frozenset[str]:
        """Chinese herb names that are colour words: X色 is a word of jieba's lexicon (橘红, 琥珀,
        赭石; nlp/herb_senses.colour_names)."""
        if self._colours is None:
            names = (n for e in self.dictionary.entities.values() if e.type == "herb"
                     for n in (e.name_zh, *e.synonyms_zh) if n)
            self._colours = herb_senses.colour_names(names, segmenter.corpus_frequency)
        return self._colours

    def _herb_names(self):
        """(herb id, name) for every name and synonym of the dictionary's herbs."""
        return ((e.id, name) for e in self.dictionary.entities.values() if e.type == "herb"
                for name in (e.name, *e.synonyms))

    def latin_variants(self) -> dict[str, str]:
        """Binomial key -> herb id for epithet spellings HERB does not hold (nlp/latin_names)."""
        if self._latin_variants is None:
            self._latin_variants = self._cached_table(
                "herb-latin-variants", (latin_names, latin), lambda: variant_table(self._herb_names()))
        return self._latin_variants

    def latin_cases(self) -> dict[str, str]:
        """Lower-cased pharmaceutical Latin drug name -> herb id (nlp/latin_names)."""
        if self._latin_cases is None:
            self._latin_cases = self._cached_table(
                "herb-latin-cases", (latin_names, latin), lambda: case_variant_table(self._herb_names()))
        return self._latin_cases

    def english_names(self) -> dict[str, str]:
        """Lower-cased English herb name of two or three words -> herb id (nlp/common_names)."""
        if self._english_names is None:
            self._english_names = self._cached_table(
                "herb-english-names", (common_names, latin_names), lambda: english_name_table(self._herb_names()))
        return self._english_names

    def _whole_match(self, piece: str) -> list[Mention]:
        """Dictionary mentions of a string cut out of a glued run: every position is an edge."""
        edges = frozenset(range(len(piece) + 1))
        return self.index.match(piece, lambda _pos: edges)

    def _symbol(self, surface: str) -> tuple[str, str] | None:
        """(entity id, label) of a dictionary term spelled ``surface``, or None."""
        terms = self.index.lookup(surface)
        return (terms[0].entity_id, self.dictionary[terms[0].entity_id].label) if terms else None

    def _receptor_named(self, ligand: str) -> str | None:
        """The receptor ``<ligand>R`` names: the gene/family ``<ligand> receptor``, or ``<ligand>``
        itself when that is a receptor's name (5-HT4 is HTR4, "5-hydroxytryptamine receptor 4")."""
        for name, own in ((f"{ligand} receptor", False), (ligand, True)):
            for t in self.index.lookup(name):
                entity = self.dictionary[t.entity_id]
                if entity.label == "GENE" and (not own or any(
                        "receptor" in n.lower() for n in (entity.name, *entity.synonyms))):
                    return entity.id
        return None

    def _receptor_of_entity(self, entity_id: str) -> str | None:
        """The receptor of the GENE or COMPOUND ``entity_id`` read through its own English names, for a Chinese
        ligand name before 受体 that the dictionary lacks as "<name> receptor" (nlp/zh_receptor_names.py:
        类胰岛素样生长因子-I受体 is IGF1R via "IGF-I receptor"). "<name> receptor" or "<name>R" naming a
        receptor; the canonical name decides alone, other names need a second agreeing name."""
        if entity_id in self._receptors:
            return self._receptors[entity_id]
        entity = self.dictionary.entities.get(entity_id)
        found: str | None = None
        if entity is not None and entity.label == "COMPOUND":
            # a compound's other names are many and loose (isomers, salts): its canonical name alone
            # ("Inositol 1,4,5-Trisphosphate receptor" for 三磷酸肌醇受体, "Vitamin D receptor")
            if entity.name.isascii():  # MeSH capitalises the head of its names: "… Trisphosphate Receptor"
                found = self._receptor_named(entity.name) or next(
                    (t.entity_id for t in self.index.lookup(f"{entity.name} Receptor")
                     if self.dictionary[t.entity_id].label == "GENE"), None)
        elif entity is not None and entity.label == "GENE":
            votes: dict[str, set[str]] = {}
            for name in dict.fromkeys((entity.name, *entity.synonyms)):
                if not name or not name.isascii():
                    continue
                receptor = self._receptor_named(name) or self._receptor_symbol(name)
                if receptor is not None and receptor != entity_id:
                    if name == entity.name:
                        found = receptor
                        break
                    votes.setdefault(receptor, set()).add(name.casefold())
            if found is None and votes:
                ranked = sorted(votes.items(), key=lambda kv: -len(kv[1]))
                if len(ranked[0][1]) >= 2 and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])):
                    found = ranked[0][0]
        self._receptors[entity_id] = found
        return found

    def _receptor_symbol(self, name: str) -> str | None:
        """The receptor a symbol + R spells (IL1 -> IL1R, TNF -> TNFR), when it names a receptor."""
        if " " in name:
            return None
        for t in self.index.lookup(f"{name}R"):
            entity = self.dictionary[t.entity_id]
            if entity.label == "GENE" and any("receptor" in n.lower() for n in (entity.name, *entity.synonyms)):
                return entity.id
        return None

    def _entity_named(self, name: str, label: str) -> str | None:
        """The dictionary entity with ``label`` that a name names (``MAPK pathway``,
        ``ginsenoside Rd``), or None."""
        return next((t.entity_id for t in self.index.lookup(name)
                     if self.dictionary[t.entity_id].label == label), None)

    def _series_member(self, prefixes: list[str], seen: dict[str, str | None], code: str) -> str | None:
        """The compound a series prefix + ``code`` names (``ginsenoside `` + ``Rb1``), or None."""
        if code not in seen:
            seen[code] = next(filter(None, (self._entity_named(p + code, "COMPOUND") for p in prefixes)), None)
        return seen[code]

    def _english_name(self, entity_id: str) -> str:
        """An entity's English name ("" for one the dictionary does not hold)."""
        entity = self.dictionary.entities.get(entity_id)
        return entity.name if entity is not None else ""

    def label_of(self, entity_id: str) -> str:
        if entity_id.startswith(AXIS_PREFIX):
            return "PATHWAY"
        if entity_id.startswith(FORMULA_PREFIX) and entity_id not in self.dictionary.entities:
            return "HERB"  # a formula named in the paper only (nlp/formulas.py)
        if entity_id.startswith(paper_compounds.PAPER_COMPOUND_PREFIX):
            return "COMPOUND"  # a drug defined in the paper only (nlp/paper_compounds.py)
        if entity_id not in self.dictionary.entities and code_entity(entity_id):
            return "COMPOUND"  # a code only MeSH lists, named an agent by the paper (nlp/drug_codes.py)
        return self.dictionary[entity_id].label

    def analyse(self, doc_id: str, text: str) -> tuple[AnnotatedDocument, DocumentFacts]:
        """The annotated document and its facts (mentions at offsets into ``text``, typed pairs):
        the one code path of the batch worker (batch/worker.py) and of the spaCy component
        ``tcm_entities`` (nlp/components.py), so both find the same entities."""
        from pipeline.relations.facts import facts_of

        annotated = self.annotate(doc_id, text)
        return annotated, facts_of(annotated)

    def _named(self, surface: str, accept) -> str | None:
        """The first entity ``surface`` names in the dictionary that ``accept`` takes."""
        return next((t.entity_id for t in self.index.lookup(surface) if accept(self.dictionary[t.entity_id])), None)

    def _herb_of_zh(self, surface: str) -> str | None:
        """``_herb_of`` for Chinese substrings tried by the herb-run rules: most are no term, so
        a set of the index's Chinese surfaces answers them first (lookup folds and normalises:
        a set test is ~50x cheaper)."""
        if self._chinese_terms is None:
            self._chinese_terms = frozenset(self.index.chinese_terms())
        if surface not in self._chinese_terms:
            return None
        if surface not in self._herb_ids:  # a few thousand herb names: kept for the process
            self._herb_ids[surface] = self._herb_of(surface)
        return self._herb_ids[surface]

    def _chinese_prefixes(self) -> frozenset[str]:
        """Every prefix (2+ characters) of the index's Chinese surfaces: a herb run's path
        search stops growing a name that no term starts with."""
        if self._prefixes is None:
            self._prefixes = frozenset(t[:n] for t in self.index.chinese_terms() for n in range(2, len(t) + 1))
        return self._prefixes

    def herb_latin_stems(self, herb_id: str) -> frozenset[str]:
        """Stems of a herb's Latin-script names (pharmaceutical name and synonyms, not pinyin):
        the genera and epithets a binomial after its Chinese name may show (nlp/herb_species)."""
        if herb_id not in self._latin_stems:
            entity = self.dictionary.entities.get(herb_id)
            names = [entity.name, *entity.synonyms] if entity is not None and entity.type == "herb" else []
            pinyin = entity.pinyin.lower() if entity is not None else ""
            self._latin_stems[herb_id] = frozenset(
                s for s in herb_species.latin_stems(names) if s not in pinyin.replace(" ", ""))
        return self._latin_stems[herb_id]

    def _pharmacopoeia_herb(self, herb_id: str) -> bool:
        """Is the herb a Chinese Pharmacopoeia drug (the build's note, dictionaries/build_herbs.py)?"""
        entity = self.dictionary.entities.get(herb_id)
        return entity is not None and "Chinese Pharmacopoeia herb" in (entity.note or "")

    def _herb_of(self, surface: str) -> str | None:
        """The herb a Chinese surface names (the base of a processed herb: 甘草 of 炙甘草)."""
        return self._named(surface, lambda e: e.type == "herb")

    def _formula_of(self, surface: str) -> str | None:
        """The dictionary formula a Chinese surface names (黄连温胆汤), if any."""
        return self._named(surface, lambda e: e.type == "formula")

    def _family_names(self, family_id: str) -> list[str]:
        entity = self.dictionary.entities.get(family_id)
        return [entity.name, *entity.synonyms] if entity is not None else []

    @cached_property
    def _families_by_members(self) -> dict[frozenset[str], str]:
        """member gene ids -> family id (nlp/slash_families.py: "Smad1/5/8" is SMAD1_5_9)."""
        return families_by_members((e.id, self._member_ids(e.id))
                                   for e in self.dictionary.entities.values() if e.type == "family")

    def _is_complex(self, family_id: str) -> bool:
        """Is the family a complex: FamPlex assembles it from its parts (``COMPLEX_NOTE``: FSH of CGA and FSHB,
        NADPH oxidase), or the dictionary names it so (family_sense.names_a_complex)?"""
        entity = self.dictionary.entities.get(family_id)
        return entity is not None and (COMPLEX_NOTE in entity.note or family_sense.names_a_complex(
            [entity.name, *entity.synonyms, entity.name_zh, *entity.synonyms_zh]))

    def _family_of_members(self, members: frozenset[str]) -> str | None:
        return self._families_by_members.get(members)

    def _member_ids(self, family_id: str) -> set[str]:
        """HGNC ids of a family's member symbols (families.tsv lists symbols)."""
        entity = self.dictionary.entities.get(family_id)
        return {eid for eid in map(self._gene_of, entity.members) if eid} if entity is not None else set()

    def _symbol_name(self, entity_id: str) -> str:
        """The dictionary's canonical name of an entity (a gene's approved symbol), or ""."""
        entity = self.dictionary.entities.get(entity_id)
        return entity.name if entity is not None else ""

    def _gene_of(self, surface: str) -> str | None:
        """The gene/family a surface names in the dictionary (phospho forms' base: ERK)."""
        return self._named(surface, lambda e: e.label == "GENE")

    def _is_receptor(self, entity_id: str) -> bool:
        """Does the entity's English name or a synonym say it is a receptor (HTR2A: "5-hydroxytryptamine
        receptor 2A"; gene_context.receptor_id)?"""
        entity = self.dictionary.entities.get(entity_id)
        return entity is not None and any("receptor" in n.lower() for n in (entity.name, *entity.synonyms))

    def annotate(self, doc_id: str, text: str) -> AnnotatedDocument:
        paragraphs = split_sections(doc_id, text)
        sentences = split_sentences(paragraphs)
        by_paragraph: dict[int, list[Sentence]] = {}
        for s in sentences:
            by_paragraph.setdefault(s.paragraph.index, []).append(s)

        # formula names the dictionary lacks, read where they start a heading, title or reference
        # one lazy segmentation per paragraph, shared by the three formula rules that ask for it
        interiors = {p.index: _WordInteriors(p.text.text) for p in paragraphs}
        formula_names = {n for p in paragraphs if p.lang == "zh"
                         for n in candidate_names(p.text.text, interiors[p.index])}
        formula_names = {n for n in formula_names if not self.index.lookup(n)}
        para_mentions: dict[int, list[Mention]] = {}
        texts_all = [p.text.text for p in paragraphs]
        definitions: dict[str, Definition] = {}
        genus_forms: dict[str, str] = {}  # "N. sativa" -> herb id, from binomials written in full
        herbs_seen: dict[str, str] = {}  # herb id -> a name, English paragraphs read so far (sole_herb_code)
        gene_names: dict[int, list[tuple[int, int, str]]] = {}  # English long forms of genes (long_forms)
        texts: dict[int, str] = {}
        unlinked: dict[int, list[tuple[int, int]]] = {}  # paragraph -> candidate spans for the linker
        for pid, sents in by_paragraph.items():
            para = sents[0].paragraph
            ptext = para.text.text
            texts[pid] = ptext
            starts = [s.start for s in sents]

            cache: dict[int, SentenceEdges] = {}

            def boundaries(pos: int, _sents=sents, _starts=starts, _text=ptext, _cache=cache) -> SentenceEdges:
                i = max(0, bisect_right(_starts, pos) - 1)
                if i not in _cache:
                    s = _sents[i]
                    _cache[i] = SentenceEdges(_text[s.start:s.end], s.start)
                return _cache[i]

            # "2.3PKC信号通路…": the matcher reads past a section number glued to the heading's first name
            mentions = self.index.match(mask_heading_number(ptext, para.is_heading), boundaries)
            mentions = glued_mentions(ptext, mentions, self._whole_match)
            mentions = case_glued_mentions(ptext, mentions, self._whole_match)  # "increasedAMPK", "PLK4mRNA"
            mentions = receptor_mentions(ptext, mentions, self._receptor_named)
            mentions = zh_receptor_mentions(ptext, mentions, self._receptor_named, self._receptor_of_entity)  # "Ghrelin受体" (nlp/zh_receptor_names)
            if para.lang == "en":  # "GABA(B) receptor", "neurokinin 1 (NK1) receptor" (nlp/receptor_names)
                mentions = bracket_receptor_mentions(ptext, mentions, self._gene_of)
                mentions = unbracketed_name_mentions(ptext, mentions, self._gene_of)  # "glutamate (mGlu) receptors"
                mentions = shared_head_mentions(ptext, mentions, self._gene_of)  # "succinate and NADH dehydrogenases"
            mentions = word_form_mentions(ptext, mentions, self._entity_named)
            if para.lang == "en":  # "interferon-y": γ typed as its look-alike y (nlp/typed_greek)
                mentions = typed_gamma_mentions(ptext, mentions, self._gene_of)
            mentions = numbered_mentions(ptext, mentions, self._symbol)
            mentions = delta_mentions(ptext, mentions, self._gene_of, self.label_of)  # "PKC8" is PKCδ (OCR)
            mentions = gamma_mentions(ptext, mentions, self._gene_of, self.label_of)  # "PPARy" is PPARγ (OCR)
            mentions = symbol_variant_mentions(ptext, mentions, self._gene_of, self.dictionary.entities,
                                               self._whole_match)  # "Hsp90beta", "COX type 1"
            mentions = code_list_mentions(ptext, mentions, partial(self._entity_named, label="COMPOUND"))
            if para.section == "references":  # only the title is read
                mentions = [m for m in mentions if any(s.start <= m.start and m.end <= s.end for s in sents)]
            para_mentions[pid] = mentions
            if self.link_unmatched:
                spans = self._unmatched_spans(sents, mentions)
                if spans:
                    unlinked[pid] = spans
        if unlinked:  # one fuzzy-linker batch per document, not one per paragraph
            found = self.linker.link_spans_many([(texts[pid], spans) for pid, spans in unlinked.items()])
            for pid, links in zip(unlinked, found):
                para_mentions[pid] = self._with_links(texts[pid], para_mentions[pid], links)
        # 大鼠海马, 海马组织: homonyms the document reads as organs (nlp/herb_senses)
        organs = herb_senses.anatomical_names(p.text.text for p in paragraphs if p.lang == "zh")
        # 在金鱼上, 金鱼脑室, 斑马鱼、河豚: animal herbs the document studies, not drugs (nlp/study_animals)
        animals = study_animals.studied_animals((texts[pid], para_mentions[pid]) for pid, sents in by_paragraph.items()
                                                if sents[0].paragraph.lang == "zh")
        # 紫茎泽兰（Eupatorium adenophorum）: a name glued around a herb's is another species (nlp/herb_species)
        species = [s for pid, sents in by_paragraph.items() if sents[0].paragraph.lang == "zh"
                   for s in herb_species.other_species(texts[pid], para_mentions[pid], self.herb_latin_stems)]
        for pid, sents in by_paragraph.items():
            para = sents[0].paragraph
            ptext = texts[pid]
            mentions = para_mentions[pid]
            if para.lang == "zh":  # herb lists written without punctuation: 熟地黄山药 …
                mentions = prefixed_herbs(ptext, mentions, self._herb_of_zh)
                mentions = cue_glued_herbs(ptext, mentions, self._herb_of_zh, segmenter.corpus_frequency)
                mentions = resegment_runs(ptext, mentions, self._herb_of_zh, segmenter.corpus_frequency,
                                          self._chinese_prefixes())
                mentions = contractions(ptext, mentions, self.contraction_table(), self._herb_of,
                                        segmenter.corpus_frequency, self.contraction_pairs())
                mentions = removed_members(ptext, mentions, self._formula_members)  # 复脉汤去姜桂
                mentions = strip_cue_verbs(mentions, self._herb_of_zh)  # after the run paths: 加紫草
                mentions = drop_comparisons(ptext, mentions)
                mentions = list_only_names(ptext, mentions, self._herb_of)
                mentions = drop_verb_san(ptext, mentions, self._herb_of_zh)
                mentions = drop_verb_jian(ptext, mentions, self._herb_of_zh)
                mentions = join_herb_formulas(ptext, mentions, self._formula_of, _contiguous(para.text),
                                              interiors[para.index])
            if para.lang == "en":  # "Kalopanax pictus" for HERB's Kalopanax pictum (nlp/latin_names)
                mentions = variant_mentions(ptext, mentions, self.latin_variants())
                # "Extracts of Rhizoma polygonati odorati": HERB's Rhizoma Polygonati Odorati
                mentions = case_variant_mentions(ptext, mentions, self.latin_cases())
                # "Polygoni Multiflori (Radix)", "Red ginseng": HERB's Polygonum multiflorum, Red Ginseng
                mentions = genitive_mentions(ptext, mentions, self.latin_variants(), self.latin_cases())
                mentions = english_name_mentions(ptext, mentions, self.english_names(), self._pharmacopoeia_herb)
                # "Du-Zhong (Eucommia ulmoides Oliv.) leaves": HERB's leaf row 杜仲叶 (nlp/herb_organs)
                mentions = organ_mentions(ptext, mentions, self._herb_of)
                # "ginseng saponins": the herb (GUIDELINES 5.2)
                mentions = herb_fractions(mentions, self._herb_of)
            if para.lang == "en" and para.section != "references":  # "Nigella sativa … N. sativa"
                for short, eid, p0, p1 in genus_abbreviations(mentions):
                    genus_forms.setdefault(short, eid)
                    definitions.setdefault(short, Definition(short, "", eid, p0, p1))
                if genus_forms:  # "aqueous extract of C. militaris (AECM)": the herb, before the definitions
                    mentions = genus_form_mentions(ptext, mentions, genus_forms)
            # an organ (海马CA1区, 新鲜海马组织) or a reagent's source (山羊抗兔IgG, 辣根过氧化物酶): no
            # herb; after the Chinese herb-run rules, which add herbs after a form prefix (鲜)
            mentions = herb_senses.drop_other_senses(ptext, mentions, organs, colours=self.colour_herbs())
            mentions = study_animals.drop_study_animals(mentions, animals)
            if para.lang == "zh":  # names the herb-run rules found (海南 of 海南龙血树) are judged here
                species += herb_species.other_species(ptext, mentions, self.herb_latin_stems)
                mentions = herb_species.drop_other_species(ptext, mentions, species)
            mentions = extend_preparations(ptext, strip_processing(mentions, self._herb_of),
                                           self._herb_of_zh if para.lang == "zh" else None)
            if formula_names:
                found = formula_mentions(ptext, formula_names, mentions, interiors[para.index])
                if para.section == "references":
                    found = [m for m in found if any(s.start <= m.start and m.end <= s.end for s in sents)]
                mentions = found
            mentions = drop_name_fragments(ptext, mentions)  # "…dibenzo-p-dioxin": no Dioxins
            mentions = drop_generic_tails(ptext, mentions)  # "forkhead transcription factor 1 (FoxOl)": no HNF1A
            mentions = drop_inducer_names(ptext, mentions, self._english_name)  # "视黄酸诱导基因1样受体(RLRs)": no retinoic acid
            if para.lang == "zh":  # "胆固醇 7-羟化酶（CYP7A1）": no cholesterol (nlp/zh_long_names)
                mentions = drop_inside_zh_gene_names(ptext, mentions)
                # "一个接头蛋白" (adaptor protein): no 头蛋白 (noggin) (nlp/claimed_heads)
                mentions = drop_claimed_heads(ptext, mentions, segmenter.corpus_frequency)
                # "细胞凋亡的信号调控激酶1(apoptosis signal-regulating kinase1,ASK1)": no apoptosis (nlp/zh_long_names)
                mentions = drop_inside_english_glosses(ptext, mentions, self._english_name)
            para_mentions[pid] = mentions
            if "(" in ptext and para.section != "references":
                for d in find_definitions(ptext, para.lang, mentions, self.index, self.linker):
                    if d.entity_id is None and para.lang == "zh":  # 盐酸椒苯酮胺(PPTA): a drug no dictionary has
                        d = paper_compounds.as_compound(d, ptext, mentions, texts_all)
                    elif d.entity_id is None:  # "chloroacetaldehyde (CAA)": a systematic name no dictionary has
                        d = systematic_names.as_systematic_compound(d, ptext, mentions, texts_all)
                        if d.entity_id is not None:
                            mentions = para_mentions[pid] = systematic_names.without_inner_mentions(ptext, mentions, d)
                    definitions.setdefault(d.short, d)
                    if d.fragment is not None:  # "磷酸甘油醛脱氢酶(GAPDH)": "醛脱氢酶" (ALDH) is part of GAPDH's name
                        mentions = para_mentions[pid] = [m for m in mentions if (m.start, m.end) != d.fragment]
                    if d.renamed is not None and d.entity_id:  # "上皮型钙黏蛋白(E-cadherin)": 钙黏蛋白 names CDH1 here
                        mentions = para_mentions[pid] = [
                            replace(m, entity_id=d.entity_id, label=self.label_of(d.entity_id))
                            if (m.start, m.end) == d.renamed else m for m in mentions]
                    span = long_forms.long_form_span(ptext, d.long, d.paren_start) if para.lang == "en" else None
                    if span is not None and d.entity_id and self.label_of(d.entity_id) == "GENE":
                        gene_names.setdefault(pid, []).append((*span, d.entity_id))
                if para.lang == "en":  # "Licorice (Glycyrrhiza uralensis)", "… Harms (Goka)": the paper's herb
                    for name, eid, p0, p1 in common_name_definitions(ptext, mentions, self._pharmacopoeia_herb):
                        for spelling in common_spellings(name):
                            if definitions.get(spelling) is None or definitions[spelling].entity_id is None:
                                definitions[spelling] = Definition(spelling, "", eid, p0, p1)
                defined = {k: d.entity_id for k, d in definitions.items()}
                earlier = herbs_seen if para.lang == "en" else None
                for short, eid, p0, p1 in extract_definitions(ptext, mentions, defined, self.label_of, earlier):
                    if definitions.get(short) is None or definitions[short].entity_id is None:
                        definitions[short] = Definition(short, "", eid, p0, p1)
                        extracts = definitions.get(f"{short} extracts")  # "(PA extracts)": the finder's
                        if extracts is not None and extracts.entity_id is None:  # "PA extracts" hid PA
                            del definitions[f"{short} extracts"]
                if para.lang == "en":  # "Psoriasin (S100A7)": the word is the gene's protein
                    for name, eid, p0, p1 in synonym_definitions(ptext, mentions):
                        for spelling in spellings(name):
                            definitions.setdefault(spelling, Definition(spelling, "", eid, p0, p1))
            if para.lang == "en" and para.section != "references":
                herbs_seen.update((m.entity_id, m.text) for m in mentions
                                  if m.label == "HERB" and m.entity_id and m.entity_id not in herbs_seen)
        apply_definitions(para_mentions, texts, definitions, self.label_of)
        if species:  # a paragraph before the binomial (the title, the abstract): the paper keeps the sense
            for pid, sents in by_paragraph.items():
                if sents[0].paragraph.lang == "zh":
                    para_mentions[pid] = herb_species.drop_other_species(texts[pid], para_mentions[pid], species)
        paper_compounds.add_long_forms(para_mentions, texts, definitions)
        chinese_paper = any(p.lang == "zh" for p in paragraphs)
        english_read = [pid for pid in by_paragraph if by_paragraph[pid][0].paragraph.lang == "en"
                        and by_paragraph[pid][0].paragraph.section != "references"]
        heads = head_noun_herbs(m for pid in english_read for m in sorted(para_mentions[pid], key=lambda m: m.start))
        for pid in english_read:  # "Korean red ginseng … ginseng": the paper's herb (nlp/herb_context)
            para_mentions[pid] = relink_head_nouns(para_mentions[pid], heads)
        stems = code_stems(m for pid in english_read for m in para_mentions[pid])
        for pid in english_read:  # "EGb 761 … the EGb group" (nlp/extract_abbreviations)
            para_mentions[pid] = code_stem_mentions(texts[pid], para_mentions[pid], stems, self.label_of)
        context = context_for(str(self.dictionary.folder) if self.dictionary.folder else None)
        # "Deptor … the levels of deptor": the paper's gene in lower case too (nlp/discourse_case)
        lower = lower_case_names((m for pid in english_read for m in para_mentions[pid]), context.plain_words,
                                 self._matches_whole) if context.plain_words else {}
        for pid in english_read:
            para_mentions[pid] = lower_case_mentions(texts[pid], para_mentions[pid], lower)
        defined = frozenset(definitions)
        unnamed: dict[int, list[Mention]] = {}  # pid -> names grown into a protein with no entity (refine)
        for pid, sents in by_paragraph.items():
            unnamed[pid] = []
            para_mentions[pid] = refine(texts[pid], para_mentions[pid], context, sents[0].paragraph.lang,
                                        defined, self._gene_of, self._is_receptor, unnamed[pid])
            para_mentions[pid] = family_sense.relink_numbered_members(
                para_mentions[pid], self._family_names, self._gene_of, self._member_ids)
            para_mentions[pid] = family_sense.grow_numbered_members(  # "骨形态发生蛋白9": BMP9 (GDF2), not BMP
                texts[pid], para_mentions[pid], self._family_names, self._gene_of, self._member_ids)
            para_mentions[pid] = family_sense.relink_coordinated(  # "kinases 1 and 2": ERK, not MAPK3
                texts[pid], para_mentions[pid], self._family_names, self._gene_of, self._member_ids, partial(parents_of, self.index))
            para_mentions[pid] = slash_family_mentions(  # "Smad1/5/8": SMAD1_5_9, not three genes
                texts[pid], ocr_one_mentions(texts[pid], para_mentions[pid], self._gene_of), self._gene_of,
                self._family_of_members)
            para_mentions[pid] = shared_subunit_mentions(texts[pid], para_mentions[pid], self._gene_of)  # IL-12/23p40
            para_mentions[pid] = complex_family_mentions(  # "TSC1-TSC2复合物": FPLX:TSC, not two genes
                texts[pid], para_mentions[pid], self._family_of_members)
            for m in para_mentions[pid]:  # recognised, but no relation partner (relations/pairs.py)
                if m.entity_id in self.endogenous and not is_given(m.entity_id, texts[pid], m.start, m.end):
                    m.how = ENDOGENOUS  # unless given as a treatment, "exposure of the cells to H2O2" (given_endogenous)
            mark_reagents(para_mentions[pid], self.reagents)
            mark_assay_substrates(texts[pid], para_mentions[pid])  # "Gelatin zymography": a reagent
            mark_culture_antibiotics(texts[pid], para_mentions[pid])  # "含10%胎牛血清和1%青霉素/链霉素": the medium
            mark_enzyme_substrates(texts[pid], para_mentions[pid])  # "aniline 4-hydroxylase": a substrate
            if sents[0].paragraph.lang == "en":  # "Methanol extract of …": the solvent is no agent
                mark_extract_solvents(texts[pid], para_mentions[pid])
            mark_serum_transaminases(texts[pid], para_mentions[pid])  # ALT/AST: no relation partner
            mark_body_lipids(texts[pid], para_mentions[pid])  # cholesterol, TG: the body's own lipids
            para_mentions[pid] = long_forms.drop_inside_gene_names(para_mentions[pid], gene_names.get(pid, []))
            # "cysteine-rich domain", "丝-苏氨酸蛋白家族", "D-E-A-D", "serine/threonine kinase": a protein's description
            para_mentions[pid] = drop_protein_descriptions(texts[pid], para_mentions[pid])
            if sents[0].paragraph.lang == "en":  # "arginine to tryptophan at codon 198", "Arg124Cys": residues
                para_mentions[pid] = [m for m in para_mentions[pid] if not (m.label == "COMPOUND" and (
                    is_sequence_variant(m.text)
                    or is_sequence_unit(m.text) and is_residue(texts[pid], m.start, m.end)))
                    and not is_glycoside_stem(texts[pid], m.end, m.label)  # a Chinese title: "牡荆苷"
                    and not (m.label in ("GENE", "COMPOUND") and names_another_protein(texts[pid], m.end))]
                # a glossary line "IRAK6：白细胞介素-6受体相关激酶 interleukin-6 …": nlp/part_words.py
                if chinese_paper:  # its English abstract names the kit its Chinese text names ("by CCK-8 method")
                    for m in para_mentions[pid]:
                        if is_lab_reagent(texts[pid], m.start, m.end, m.label):
                            m.how = REAGENT
            else:  # "泛素化", "干扰素调节因子3", "Ser/Thr磷酸化", "37°C5%CO2", "CCK-8": nlp/part_words.py
                para_mentions[pid] = [m for m in para_mentions[pid]
                                      if not is_part_word(texts[pid], m.start, m.end, m.entity_id, m.label)]
                for m in para_mentions[pid]:
                    if is_lab_reagent(texts[pid], m.start, m.end, m.label):
                        m.how = REAGENT
        controls = loading_control_ids(texts, {pid: para_mentions[pid] for pid in by_paragraph})
        if controls:  # "以GAPDH为内参", "normalized to β-actin": the paper's loading control pairs with nothing
            for pid in by_paragraph:
                mark_loading_controls(para_mentions[pid], controls)

        # an English paper only: a Chinese paper's English abstract and references follow the
        # Chinese text's families (family_sense)
        english = [] if chinese_paper else list(by_paragraph)
        sole = family_sense.sole_members({m.entity_id for pid in english for m in para_mentions[pid]
                                          if m.label == "GENE" and m.entity_id}, partial(parents_of, self.index),
                                         self._is_complex)
        for pid in english:  # "PARP" beside "cleaved PARP" (PARP1): one sense per document
            para_mentions[pid] = family_sense.resolve_families(para_mentions[pid], sole, texts[pid])
        bases = compound_names.salt_bases([m for pid in english for m in para_mentions[pid]])
        synonyms: dict[str, str] = {}
        for pid in english:  # "Imatinib mesylate (Gleevec)": one compound
            for k, v in compound_names.parenthesised_synonyms(texts[pid], para_mentions[pid]).items():
                synonyms.setdefault(k, v)
        for pid in english:  # "imatinib" beside "imatinib mesylate": the salt the paper tested
            para_mentions[pid] = compound_names.one_compound(para_mentions[pid], bases, synonyms)
        links: dict[tuple[str, str], str] = {}
        for pid in by_paragraph:  # "Sag/Rbx2/Roc2": one gene's names, so Sag is RNF7 in the whole paper
            for k, v in synonym_lists.synonym_links(texts[pid], para_mentions[pid]).items():
                links.setdefault(k, v)
        if links:
            for pid in by_paragraph:
                para_mentions[pid] = synonym_lists.relink(para_mentions[pid], links)
        codes: dict[str, str] = {}
        for pid in by_paragraph:  # "Am80 (Tamibarotene)": the code is the drug in the whole paper
            for k, v in code_definitions(texts[pid], para_mentions[pid]).items():
                codes.setdefault(k, v)
        for pid in by_paragraph:
            para_mentions[pid] = code_mentions(texts[pid], para_mentions[pid], codes)
        # "Samd7" in a paper that writes Smad7: a transposed symbol is the one the paper names
        transposed = transposition_links((m for pid in by_paragraph for m in para_mentions[pid]), self._gene_of,
                                         partial(parents_of, self.index))
        if transposed:
            for pid in by_paragraph:
                para_mentions[pid] = synonym_lists.relink(para_mentions[pid], transposed)
        for pid in english:  # "alpha(5)-integrin subunit", "β1 integrin": ITGA5, ITGB1
            para_mentions[pid] = subunit_mentions(texts[pid], para_mentions[pid], self._gene_of)
        for pid in by_paragraph:  # "FOX03", "ap0A-1", "BMPR-ll": 0 for O, l for I (ocr_symbols.py)
            para_mentions[pid] = ocr_mentions(texts[pid], para_mentions[pid], self._gene_of)
            para_mentions[pid] = chloride_mentions(texts[pid], para_mentions[pid],  # "LiC1": LiCl
                                                   partial(self._entity_named, label="COMPOUND"))
            para_mentions[pid] = salt_mentions(texts[pid], para_mentions[pid],  # "Na2SeO3": sodium selenite
                                               partial(self._entity_named, label="COMPOUND"))
            para_mentions[pid] = drop_phase_lookalikes(texts[pid], para_mentions[pid])  # "sub-Gi期": G1
            para_mentions[pid] = high_glucose_mentions(texts[pid], para_mentions[pid],  # "高糖诱导的…": glucose
                                                       partial(self._entity_named, label="COMPOUND"))
            # "磷脂酶C(PLC)γ", "转化生长因子(TGF)a": the letter after the bracket names the gene
            para_mentions[pid] = bracket_greek_mentions(texts[pid], para_mentions[pid], self._gene_of)
        # "人参皂苷Rg1、Rb1 … those of Rb1": a series named in the paper, then its codes alone (nlp/code_lists)
        prefixes = series_prefixes([m for pid in by_paragraph for m in para_mentions[pid]])
        if prefixes:
            member_of = partial(self._series_member, sorted(prefixes), {})
            for pid, sents in by_paragraph.items():
                found = paper_code_mentions(texts[pid], para_mentions[pid], prefixes, member_of)
                if sents[0].paragraph.section == "references":  # only the title is read
                    found = [m for m in found if m.how != "series-code"
                             or any(s.start <= m.start and m.end <= s.end for s in sents)]
                para_mentions[pid] = found
        symbols = paper_symbols(texts, {pid: para_mentions[pid] for pid in english})
        for pid in english:  # "… report that Sag is required … . Sag inactivation …": the same gene
            para_mentions[pid] = initial_mentions(texts[pid], para_mentions[pid], symbols)

        gained: set[str] = set()
        lost: set[str] = set()
        for pid in english:  # "a mouse model expressing … MMP-1", "Sag-deficient mice": the model's gene
            g, l = model_anaphora.model_genes(texts[pid], para_mentions[pid])
            gained |= g
            lost |= l
        model_gained = next(iter(gained)) if len(gained) == 1 else None
        model_lost = next(iter(lost)) if len(lost) == 1 else None
        model_seen = False

        composites: dict[str, Entity] = {}
        annotated: list[SentenceMentions] = []
        gene_shorts = gene_short_forms(definitions, context.not_symbols) if not context.empty else frozenset()
        disease_shorts = disease_short_forms(definitions, texts.values())
        dosing = dosing_words(texts.values())
        cell_lines = cell_line_names(texts.values())  # MDA-MB-231细胞 named anywhere: no MB inside it
        group_codes = group_label_names(texts.values())  # DM1组 beside DM组: a group, not DMPK's alias
        # "MAPK/p38, MAPK/ERK1/2, MAPK/JNK": a family written before its members names the members
        prefix_fams = prefix_families(((texts[pid], para_mentions[pid]) for pid in by_paragraph),
                                      partial(parents_of, self.index))
        related = same_protein(partial(parents_of, self.index))  # a name and its bracket's symbol: one protein
        # symbols that are no gene partner: symbol-shaped non-genes, acronyms that need a gene cue
        partner_stops = context.not_symbols | context.acronyms | context.learned_acronyms | cell_lines
        # the specific compounds named so far in the document and those of its title ("the lignan glycoside")
        compounds_seen: list[compound_descriptions.Named] = []
        title_compounds: frozenset[str] = frozenset()
        plural_seen: list[plural_anaphors.Seen] = []  # the sentences so far, for "they", "these polyphenols"
        first_paragraph = next(iter(by_paragraph), None)
        for pid, sents in by_paragraph.items():
            mentions = drop_cell_lines(texts[pid], drop_plain_words(texts[pid], para_mentions[pid]), cell_lines)
            mentions = drop_group_labels(texts[pid], mentions, group_codes, self._symbol_name)  # K562-Ctrl
            mentions = drop_other_nomenclatures(texts[pid], mentions, self._symbol_name)  # CK-MB, 海马CA1区
            mentions = drop_method_names(texts[pid], mentions)  # LSD法, Dunnett's T3, Synthesis Kit, CAS号
            mentions = drop_lab_tools(texts[pid], mentions)  # pRL-TK, GFP和RFP, GST标签, (NEB)
            mentions = drop_author_names(texts[pid], mentions)  # "Ren et al.", "Son等[9]发现"
            mentions = drop_enzyme_substrates(texts[pid], mentions)  # 天门冬氨酸|氨基转氨酶: no aspartate
            mark_ligand_modifiers(texts[pid], mentions)  # "serotonin 5-HT3 receptor": no serotonin partner
            mentions = split_slash_maps(mentions, self.index)  # "PI3K/Akt pathway": the chain, not hsa04151
            mentions = member_with_class_noun(texts[pid], mentions, partial(parents_of, self.index))  # p38 MAP kinase
            mentions = class_noun_before_member(texts[pid], mentions, partial(parents_of, self.index))  # 周期蛋白CCND1
            mentions = drop_symbol_fragments(texts[pid], mentions, related)  # (β3-AR)
            mentions = compose_pathways(texts[pid], drop_glued_phospho(texts[pid], mentions), self.index)
            mentions = coordinated_pathways(texts[pid], mentions, partial(self._entity_named, label="PATHWAY"))
            mentions = listed_before_deng(texts[pid], mentions, partial(self._entity_named, label="PATHWAY"), related)
            mentions = hyphen_axes(texts[pid], mentions, related, partial(hyphen_map, index=self.index))
            mentions = chain_elements(texts[pid], mentions)  # "cAMP/PKA": the compound names the axis
            mentions = family_and_member(texts[pid], mentions, partial(parents_of, self.index))  # NF-κB/p65
            mentions = drop_family_prefix(texts[pid], mentions, prefix_fams, partial(parents_of, self.index))
            mark_disease_maps(texts[pid], mentions, self.disease_maps)  # "肝癌" is not KEGG's map
            for m in mentions:
                if (m.entity_id.startswith(FORMULA_PREFIX) and m.entity_id not in self.dictionary.entities
                        and m.entity_id not in composites):  # named in the paper only (nlp/formulas.py)
                    composites[m.entity_id] = formula_entity(m.entity_id[4:])
                if m.entity_id.startswith(paper_compounds.PAPER_COMPOUND_PREFIX) and m.entity_id not in composites:
                    composites[m.entity_id] = paper_compounds.paper_compound_entity(m.entity_id)
                if (m.how == DRUG_CODE and m.entity_id not in self.dictionary.entities
                        and m.entity_id not in composites and (entity := code_entity(m.entity_id))):
                    composites[m.entity_id] = entity  # a code only MeSH lists
                if m.how == "pathway-composition" and m.entity_id not in composites:
                    composites[m.entity_id] = composite_entity(m, self.index)
            previous: list[Mention] = []
            previous_sentence = None
            last_herbs: list[str] = []  # the herbs of the paragraph's latest sentence naming one
            classes: list[dict] = []  # class nouns defined by a list, per sentence of the paragraph
            genes_named: list[list[str]] = []  # the genes each sentence of the paragraph so far named
            for s in sents:
                inside = [m for m in mentions if m.start >= s.start and m.end <= s.end]
                pronoun = coreference.resolve(previous, s.text, s.start, inside,
                                              previous_sentence.start if previous_sentence is not None else None)
                if pronoun is not None:
                    inside = sorted([pronoun, *inside], key=lambda m: (m.start, -m.end))
                bridge = _cross_sentence_mention(previous_sentence, previous, s, inside)
                if bridge is not None:  # "This effect was nullified by Noggin": the previous agent
                    inside = sorted([bridge, *inside], key=lambda m: (m.start, -m.end))
                if bridge is None and s.lang == "en":  # "… contain antioxidant phytochemicals. These include …"
                    composed = _composition_mention(previous_sentence, previous, s, inside)
                    if composed is not None:
                        inside = sorted([composed, *inside], key=lambda m: (m.start, -m.end))
                caused = _caused_event_mentions(previous_sentence, previous, s, inside)
                if caused:  # "This inhibition was mediated by X": the targets of the previous sentence's event
                    inside = sorted([*caused, *inside], key=lambda m: (m.start, -m.end))
                if model_gained or model_lost:  # "… in the transgenic cartilage": the model's gene
                    if any(m.entity_id in (model_gained, model_lost) for m in inside):
                        model_seen = True
                    elif model_seen and bridge is None:
                        found = model_anaphora.model_anaphor(s.text, _local(inside, s.start), model_gained, model_lost)
                        if found is not None:
                            a, b, gene, how = found
                            inside = sorted([Mention(s.start + a, s.start + b, gene, "GENE", how, s.text[a:b]), *inside],
                                            key=lambda m: (m.start, -m.end))
                # "the polysaccharide fractions", "Extract treatment": the extract named before
                inside = definite_descriptions.resolve(s.text, s.start, inside, last_herbs, s.lang, NO_PARTNER)
                last_herbs = definite_descriptions.herbs_named(inside, NO_PARTNER) or last_herbs
                # "the lignan glycoside suppressed … IL-6": the compound the document named before
                if s.paragraph.section != "references":
                    inside = compound_descriptions.resolve(s.text, s.start, inside, compounds_seen, title_compounds,
                                                           s.lang, self._english_name, NO_PARTNER)
                    compound_descriptions.remember(compounds_seen, s.text, inside, self._english_name, NO_PARTNER)
                    if s.lang == "en":  # "… by quercetin, epigallocatechin gallate and curcumin … . Moreover, they …"
                        inside = plural_anaphors.resolve(s.text, s.start, inside, pid, s.index, plural_seen, s.lang,
                                                         self._english_name, NO_PARTNER)
                        plural_anaphors.remember(plural_seen, s.text, pid, s.index, inside, s.start,
                                                 self._english_name, NO_PARTNER)
                # "Wnt信号通路，此通路直接刺激…": the pathway named just before (this sentence, else the previous)
                inside = definite_descriptions.resolve_pathways(texts[pid], s.start, s.end, inside, previous, s.lang,
                                                                NO_PARTNER)
                # "… decreased antioxidant enzyme activity": the enzymes listed after that noun just before
                recent = {k: v for d in classes[-collective_anaphors.WINDOW:] for k, v in d.items()}
                inside = collective_anaphors.resolve(s.text, s.start, inside, recent, s.lang, NO_PARTNER)
                # "… elevated the cell survival, antioxidant enzyme activities": the class members named before
                inside = collective_anaphors.resolve_classes(s.text, s.start, inside, genes_named, s.lang, NO_PARTNER)
                genes_named.append([m.entity_id for m in inside if m.label == "GENE" and m.entity_id
                                    and m.how not in NO_PARTNER])
                inside = model_reversal.resolve(s.text, s.start, inside, previous_sentence and previous_sentence.text,
                                                previous_sentence.start if previous_sentence else 0, previous, s.lang,
                                                NO_PARTNER)  # "… protective effects on all the … parameters"
                defines = {}  # a definition lists at least two genes: most sentences are not moved to local offsets
                if sum(m.label == "GENE" for m in inside) >= 2:
                    defines = collective_anaphors.definitions(s.text, _local(inside, s.start), s.lang)
                classes.append({**collective_anaphors.repeated(s.text, recent, s.lang), **defines})  # a repeat renews it
                if s.paragraph.section in ("title_en", "title_zh") or (
                        pid == first_paragraph and len(sents) == 1 and s.paragraph.section == "body"):
                    title_compounds |= {m.entity_id for m in compound_descriptions.specific(
                        inside, self._english_name, NO_PARTNER)}
                previous, previous_sentence = inside, s
                item = SentenceMentions(s, inside)
                item.mentions = inside = [m for m in inside  # "胃癌（SGC-7901）": a cell line, not SGC
                                          if not (m.label == "GENE" and is_numbered_code(texts[pid], m.start, m.end))
                                          # "试剂盒购自BD公司": a supplier, not beta-D
                                          and not (m.label in ("GENE", "COMPOUND")
                                                   and names_a_supplier(texts[pid], m.start, m.end))]
                if s.lang == "en":  # "X-linked adrenoleukodystrophy (ALD)", "GG genotype": no gene
                    item.mentions = inside = [m for m in inside if not (
                        m.label == "GENE" and not_gene_use(texts[pid], m.start, m.end, disease_shorts, dosing))]
                    # "serum IgA": the antibody class, not CD79A's alias; the shape rule below keeps it
                    # an unlinked gene mention, as IgG and IgM are
                    item.mentions = inside = [m for m in inside if not (
                        m.label == "GENE" and is_immunoglobulin_isotype(m.text))]
                    # "occupancy by MerR and RNA polymerase": the enzyme, not KEGG's pathway of that
                    # name; the head-noun rule below reads it as a gene mention
                    item.mentions = inside = [m for m in inside if not names_protein_class(texts[pid], m)
                                              and not modifies_protein_head(texts[pid], m)]
                if s.lang == "en" and not context.empty:
                    spans = shape_spans(s.text, [(m.start - s.start, m.end - s.start) for m in inside],
                                        context.not_symbols)
                    spans += head_noun_spans(s.text, [(m.start - s.start, m.end - s.start) for m in inside]
                                             + spans, context.not_symbols)
                    spans += short_form_spans(s.text, gene_shorts, [(m.start - s.start, m.end - s.start)
                                                                    for m in inside] + spans)
                    item.unlinked = [_grown_gene(s, a, b, "gene-shape") for a, b in spans]
                    # "matriptase-2", "TNF receptors": grown past the short name's entity (gene_context.refine)
                    item.unlinked += [Mention(m.start, m.end, "", "GENE", "gene-grown", m.text)
                                      for m in unnamed.get(pid, ()) if s.start <= m.start and m.end <= s.end
                                      and not any(o.start < m.end and m.start < o.end
                                                  for o in [*inside, *item.unlinked])]
                    item.unlinked += [Mention(s.start + a, s.start + b, "", "GENE", "gene-learned", s.text[a:b])
                                      for a, b in learned_name_spans(s.text, context.learned_names, [
                                          (m.start - s.start, m.end - s.start) for m in [*inside, *item.unlinked]],
                                          defined, _local(inside, s.start))]
                    item.unlinked += [Mention(s.start + a, s.start + b, "", "GENE", "gene-shape", s.text[a:b])
                                      for a, b in viral_gene_spans(s.text, [
                                          (m.start - s.start, m.end - s.start) for m in [*inside, *item.unlinked]])]
                    item.unlinked += [Mention(s.start + a, s.start + b, "", "GENE", "gene-shape", s.text[a:b])
                                      for a, b in ribosomal_rna_spans(s.text, [
                                          (m.start - s.start, m.end - s.start) for m in [*inside, *item.unlinked]])]
                    item.unlinked += _partner_mentions(s, inside, item.unlinked, partner_stops)
                    # "the Wnt signaling pathway", "MAPK pathway": the pathway is linked, and its
                    # head names a gene/family (a gene mention in BC2GM and BioRED; no relation)
                    item.unlinked += [g for g in (split_pathway_name(m, self.index) for m in inside
                                                  if m.label == "PATHWAY" and m.how == "dictionary")
                                      if g is not None]
                    item.unlinked += [Mention(a, b, "", "GENE", "pathway-head", texts[pid][a:b])
                                      for m in inside if m.label == "PATHWAY" and m.how == "dictionary"
                                      for a, b in pathway_part_spans(m, self._gene_of)]
                    taken = [(m.start - s.start, m.end - s.start) for m in [*inside, *item.unlinked]
                             if m.label != "COMPOUND"]
                    phrases = [_grown_gene(s, a, b, "gene-phrase")
                               for a, b in phrase_spans(s.text, taken, context.classes, context.not_modifiers)]
                    if phrases:  # "tyrosine kinase", "chloramphenicol acetyltransferase": no compound
                        # a phrase grown over a gene mention ("Toll-like receptor (TLR) 4") takes its entity
                        linked = []
                        for p in phrases:
                            gene = next((m for m in inside if m.label == "GENE" and m.entity_id
                                         and p.start <= m.start and m.end <= p.end), None)
                            if gene is not None:
                                linked.append(Mention(p.start, p.end, gene.entity_id, "GENE", gene.how, p.text))
                        item.mentions = inside = sorted([*linked, *(m for m in inside if not any(
                            p.start <= m.start and m.end <= p.end for p in phrases))], key=lambda m: (m.start, -m.end))
                        phrases = [p for p in phrases if not any(k.start == p.start and k.end == p.end for k in linked)]
                    item.unlinked += phrases
                    if context.learned_stops:  # learned on BC2GM train: "ORF", "Ad5", "adaptor proteins"
                        item.unlinked = [m for m in item.unlinked if m.text not in context.learned_stops]
                    # curated never-genes (gene_context.tsv not-gene/metabolite) win over the learned
                    # names and shapes too: "Alu" (repeat elements; BC2GM tags it, so the list has it)
                    item.unlinked = [m for m in item.unlinked if m.text not in context.metabolites]
                    item.unlinked = [m for m in item.unlinked
                                     if not not_gene_use(texts[pid], m.start, m.end, disease_shorts, dosing)]
                    inside = [m for m in inside if not (m.how == "linker" and is_generic_class_phrase(m.text))]
                    elided = _elided_mentions(texts[pid], inside, self._gene_of)
                    item.mentions = inside = _designator_lists(texts[pid], _with(inside, elided), elided)
                    item.unlinked = _designator_lists(texts[pid], [
                        m for m in item.unlinked if not (m.how == "gene-phrase" and is_generic_class_phrase(m.text))])
                elif s.lang == "zh":  # "caspase-3、-8"
                    item.mentions = inside = _with(inside, _elided_mentions(texts[pid], inside, self._gene_of))
                if inside and self.make_docs:
                    item.doc = self._make_doc(doc_id, s, inside)
                annotated.append(item)
        return AnnotatedDocument(doc_id, paragraphs, annotated, definitions, composites)

    def _unmatched_spans(self, sents: list[Sentence], mentions: list[Mention]) -> list[tuple[int, int]]:
        """Spans of a paragraph that look like gene/protein names the dictionary missed
        (pipeline/nlp/linker.py, ``unmatched_candidates``), in paragraph offsets."""
        spans = []
        for s in sents:
            inside = [m for m in mentions if s.start <= m.start and m.end <= s.end]
            spans += [(s.start + a, s.start + b) for a, b in unmatched_candidates(s.text, inside, offset=s.start)]
        return spans

    def _with_links(self, text: str, mentions: list[Mention], links) -> list[Mention]:
        """The paragraph's mentions with the fuzzy links (``Linker.link_spans``) added."""
        linked = [Mention(a, b, r.entity_id, self.label_of(r.entity_id), "linker", text[a:b]) for a, b, r in links]
        if not linked:
            return mentions
        # a link may cover a shorter mention: haem oxygenase (family) + "-1" -> HMOX1
        kept = [m for m in mentions if not any(k.start <= m.start and m.end <= k.end for k in linked)]
        return sorted([*kept, *linked], key=lambda m: (m.start, -m.end))

    def _make_doc(self, doc_id: str, sentence: Sentence, mentions: list[Mention]) -> Doc:
        """A spaCy Doc of the sentence, tokens split at entity edges, entities as Spans."""
        from spacy.tokens import Doc, SpanGroup

        nlp = pipeline_for(sentence.lang)
        text = sentence.text
        base = sentence.start
        cuts = sorted({m.start - base for m in mentions} | {m.end - base for m in mentions})
        tokens = nlp.make_doc(text)
        words: list[str] = []
        spaces: list[bool] = []
        for tok in tokens:
            start, end = tok.idx, tok.idx + len(tok.text)
            inner = [c for c in cuts if start < c < end]
            edges = [start, *inner, end]
            for a, b in pairwise(edges):
                words.append(text[a:b])
                spaces.append(False)
            spaces[-1] = bool(tok.whitespace_)
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        doc._.doc_id = doc_id
        doc._.section = sentence.paragraph.section
        doc._.sentence_id = sentence.index
        doc._.paragraph = sentence.paragraph.index
        spans = []
        for m in mentions:
            span = doc.char_span(m.start - base, m.end - base, label=m.label, kb_id=m.entity_id)
            if span is not None:
                span._.how = m.how
                spans.append(span)
        doc.spans["entities"] = SpanGroup(doc, name="entities", spans=spans)
        doc.spans["pathways"] = SpanGroup(doc, name="pathways", spans=[s for s in spans if s._.how == "pathway-composition"])
        doc.ents = displayed(spans)
        return doc


def _cross_sentence_mention(previous_sentence, previous: list[Mention], s, inside: list[Mention]) -> Mention | None:
    """A mention of the previous sentence's agent at the anaphor opening ``s`` ("This effect",
    "Those include", 该作用), marked ``cross_sentence.CROSS_SENTENCE``; None when the rule of
    relations/cross_sentence.py does not apply. Paragraph offsets."""
    if previous_sentence is None or not previous or not inside:
        return None
    found = cross_sentence.bridge(previous_sentence.text, _local(previous, previous_sentence.start),
                                  s.text, _local(inside, s.start), s.lang)
    if found is None:
        return None
    a, b, agent, how = found
    return Mention(s.start + a, s.start + b, agent.entity_id, agent.label, how, s.text[a:b])


def _composition_mention(previous_sentence, previous: list[Mention], s, inside: list[Mention]) -> Mention | None:
    """A mention of the herb whose constituents the previous sentence reported, at the anaphor opening ``s`` that
    lists them ("These include", "Some of the isolated compounds (…)"), marked ``cross_sentence.COMPOSITION``; None
    when the rule of relations/constituent_anaphors.py does not apply. Paragraph offsets."""
    if previous_sentence is None or not previous or not inside:
        return None
    found = constituent_anaphors.bridge(previous_sentence.text, _local(previous, previous_sentence.start),
                                        s.text, _local(inside, s.start))
    if found is None:
        return None
    a, b, herb, how = found
    return Mention(s.start + a, s.start + b, herb.entity_id, herb.label, how, s.text[a:b])


def _caused_event_mentions(previous_sentence, previous: list[Mention], s, inside: list[Mention]) -> list[Mention]:
    """Mentions of the targets of the previous sentence's event at the anaphor opening ``s`` that names its cause
    ("This inhibition was mediated by X"), marked ``cross_sentence.CAUSED_HOWS``; empty when the rule of
    relations/cross_sentence.py (``caused_event``) does not apply. Paragraph offsets."""
    if previous_sentence is None or not previous or not inside:
        return []
    found = cross_sentence.caused_event(previous_sentence.text, _local(previous, previous_sentence.start),
                                        s.text, _local(inside, s.start), s.lang)
    return [Mention(s.start + a, s.start + b, t.entity_id, t.label, how, s.text[a:b]) for a, b, t, how in found]


def _local(mentions: list[Mention], offset: int) -> list[Mention]:
    """Mentions moved to sentence offsets (paragraph offset ``offset`` is 0)."""
    return [Mention(m.start - offset, m.end - offset, m.entity_id, m.label, m.how, m.text) for m in mentions]


_FORM_WORDS: frozenset[str] | None = None
_FORM_FIRST_CHARS = "汤散丸丹饮膏方胶颗液子囊粒剂"  # a formula name's last character, or the next one


class _WordInteriors:
    """Offsets of ``text`` inside an ordinary jieba word starting with a dosage-form character
    (散落, 方差: nlp/formulas.word_interiors); ``pos in`` segments only the block around ``pos``.

    jieba's ``cut`` splits its input into blocks (runs of ``jieba.re_han_default``: CJK, Latin
    letters, digits, ``+#&._%-``) and segments each block on its own (``get_DAG`` and the route
    never look past a block); every other character is a token of its own or a whitespace
    token, none of them a dosage-form word. So a word holding ``pos`` strictly inside lies in the
    block holding both ``pos - 1`` and ``pos``, and segmenting that block alone gives the same
    words at the same offsets as segmenting the whole paragraph (tests/test_speed_stop32.py):
    a paragraph's 1-3 questions segment a clause each instead of the paragraph (3.7 of 32
    profiled s of the benchmark's annotate phase went to whole-paragraph segmentations)."""

    __slots__ = ("_blocks", "_starts", "_inside", "text")

    def __init__(self, text: str):
        self.text = text
        self._blocks: list[tuple[int, int]] | None = None  # jieba's blocks (start, end), in order
        self._starts: list[int] = []
        self._inside: dict[int, frozenset[int]] = {}  # block start -> interiors in that block

    def __contains__(self, pos: object) -> bool:
        from pipeline.nlp._jieba import jieba

        if self._blocks is None:
            self._blocks = [m.span() for m in jieba.re_han_default.finditer(self.text)]
            self._starts = [a for a, _ in self._blocks]
        if not isinstance(pos, int):
            return False
        i = bisect_right(self._starts, pos - 1) - 1
        if i < 0:
            return False
        start, end = self._blocks[i]
        if not start <= pos - 1 < pos < end:
            return False
        inside = self._inside.get(start)
        if inside is None:
            global _FORM_WORDS
            if _FORM_WORDS is None:
                with jieba.dt.get_dict_file() as f:
                    _FORM_WORDS = dictionary_words(f.read(), _FORM_FIRST_CHARS)
            inside = self._inside[start] = frozenset(
                start + p for p in word_interiors(jieba.tokenize(self.text[start:end], HMM=False), _FORM_WORDS))
        return pos in inside


def _contiguous(text) -> Callable[[int], bool]:
    """Whether characters i - 1 and i of an OffsetText were adjacent in the original file."""
    return lambda i: 0 < i < len(text) and text.starts[i] == text.ends[i - 1]


def _grown_gene(sentence: Sentence, start: int, end: int, how: str) -> Mention:
    """An unlinked gene mention at sentence offsets start:end, grown over the rest of its name
    (gene_context.extend_right), in paragraph offsets."""
    m = extend_right(sentence.text, Mention(start, end, "", "GENE", how, sentence.text[start:end]))
    return Mention(sentence.start + m.start, sentence.start + m.end, "", "GENE", how, m.text)


def _partner_mentions(sentence: Sentence, inside: list[Mention], unlinked: list[Mention],
                      excluded: frozenset[str]) -> list[Mention]:
    """Unlinked gene mentions for the symbols a sentence pairs with its gene mentions ("SF2/ASF",
    "cdc18 and cdc14"; nlp/gene_partners.py), in paragraph offsets."""
    genes = [(m.start - sentence.start, m.end - sentence.start) for m in [*inside, *unlinked] if m.label == "GENE"]
    if not genes:
        return []
    taken = [(m.start - sentence.start, m.end - sentence.start) for m in [*inside, *unlinked]]
    spans = slash_partner_spans(sentence.text, genes, taken, excluded)
    spans += short_form_partner_spans(sentence.text, genes, [*taken, *spans], excluded)
    spans += coordinated_sibling_spans(sentence.text, [*genes, *spans], [*taken, *spans], excluded)
    return [Mention(sentence.start + a, sentence.start + b, "", "GENE", "gene-partner", sentence.text[a:b])
            for a, b in spans]


def _designator_lists(text: str, mentions: list[Mention], elided: list[Mention] = ()) -> list[Mention]:
    """Gene mentions grown over the designators listed after them ("factors 1 and 2",
    "alpha, beta, and delta"; nlp/gene_partners.coordinated_designators_end), paragraph offsets;
    never over an ``elided`` member, a mention of its own (``_elided_mentions``)."""
    out = []
    for m in mentions:
        end = coordinated_designators_end(text, m.start, m.end) if m.label == "GENE" else m.end
        if any(m.end <= e.start < end for e in elided):
            end = m.end
        out.append(m if end == m.end else replace(m, end=end, text=text[m.start:end]))
    return out


ELIDED_MEMBER = "elided-member"  # relations/pairs.py reads it: items of one coordination


def _elided_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """A gene mention of its own for each member a linked gene name's coordination writes as its
    designator alone ("caspase-3, -8, and -9": CASP8 on "8", CASP9 on "9"; "dickkopf-1 and -2",
    "receptor-alpha/beta", "caspase-3、-8"; nlp/gene_partners.elided_members), linked to the
    dictionary's gene for the full name; the same for numbers written alone after a numbered name
    ("STAT1、2、3、4、5A、5B 和6", "STAT1~4": nlp/number_series.py). All members or none: when one full name is no gene
    of the dictionary (or the first's own), the coordination stays one mention."""
    out = []
    for m in mentions:
        if m.label != "GENE" or not m.entity_id or m.how == ELIDED_MEMBER:
            continue
        # "caspase-3, -8", "Smad1/5/8"; else the numbers alone: "STAT1、2、3", "STAT1~4" (nlp/number_series.py)
        # "IL-1α and -β", "HIF-1α and -2α": a Greek designator joined to a number (nlp/greek_ellipsis.py)
        members = (greek_elided_members(text, m.start, m.end) or elided_members(text, m.start, m.end)
                   or series_members(text, m.start, m.end)
                   or letter_range_members(text, m.start, m.end))  # "RagA-D"
        # the stem's written case was accepted on the linked first name ("Ikk-a"): a member the
        # case rules refuse ("Ikk-β") is looked up in capitals
        ids = [gene_of(name) or gene_of(name.upper()) for _, _, name in members]
        if members and all(i and i != m.entity_id for i in ids):
            if members[0][0] < m.end:  # "RagA-D" grown as one name: the first member keeps "RagA"
                m.end = len(text[:members[0][0] - 1].rstrip())
                m.text = text[m.start:m.end]
            out += [Mention(a, b, i, "GENE", ELIDED_MEMBER, text[a:b]) for (a, b, _), i in zip(members, ids)]
    return out


def _with(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """``mentions`` and ``added`` in text order, the added ones where no mention is."""
    added = [a for a in added if not any(m.start < a.end and a.start < m.end for m in mentions)]
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions
