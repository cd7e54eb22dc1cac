"""Stop 26 (issue 14): candidate (Chinese drug name, English name, compound id) pairs: "中文名(English name" in the
development ChinaXiv papers (held-out pool excluded), the Chinese name in a Chinese drug lexicon of
--sources/lexicons, the English name a compound the dictionary knows without a Chinese name.

The Chinese lexicons give no ids; the paper's English name gives one. Candidates are printed as
"English name, Chinese name, id, papers" and read one by one before a row goes into
dictionaries/curated/drugs_zh.tsv (the suffix heuristic also yields 磷酸 for cAMP, 抑制剂 for
SB 203580). Run from the repository root: python bench/mine_drug_names_zh.py > candidates.tsv"""
import json, re, sys
from pathlib import Path
from collections import Counter, defaultdict
sys.path.insert(0, '.')
import os
SOURCES = Path(os.environ.get('TCM_SOURCES', '../shared/data'))
# documents never to read (the held-out pool of this stop), one id a line
POOL = os.environ.get('HELDOUT_POOL', '/work/notes/heldout2_pool.txt')
from pipeline.dictionaries.loader import load_dictionary
pool = {l.strip() for l in open(POOL) if l.strip() and not l.startswith('#')}
lex = set()
for f in ['rime_clinic/cn_medicine_list_origin.txt', 'qasystem_medicalkg/drug.txt', 'THUOCL_medical.txt']:
    for line in open(str(SOURCES / 'lexicons') + '/' + f, encoding='utf-8'):
        w = line.strip().split('\t')[0]
        if w and not w.startswith('#') and w != '---':
            lex.add(w)
print('lexicon words', len(lex), file=sys.stderr)
d = load_dictionary(Path('dictionaries'))
by_name = defaultdict(set)
for e in d.entities.values():
    if e.type != 'compound':
        continue
    for n in [e.name, *e.synonyms]:
        by_name[n.casefold()].add(e.id)
docs = []
for line in open(SOURCES / 'dev/chinaxiv/chinaxiv_dev120.jsonl', encoding='utf-8'):
    r = json.loads(line)
    if r['id'] in pool:
        continue
    docs.append((r['id'], r['text']))
for p in SOURCES / 'dev/chinaxiv/sample'.iterdir():
    if p.stem in pool or any(x in p.name for x in pool):
        continue
    docs.append((p.stem, p.read_text(encoding='utf-8', errors='ignore')))
pat = re.compile(r"([\u4e00-\u9fff]{2,12})\s*[(（]\s*([A-Za-z][A-Za-z0-9 \-]{2,40}?)\s*[,，;；)）]")
found = defaultdict(set)
for did, text in docs:
    for m in pat.finditer(text):
        zh, en = m.group(1), m.group(2).strip()
        # the longest suffix of the Chinese run that is a lexicon word
        cand = next((zh[i:] for i in range(len(zh) - 1) if zh[i:] in lex), None)
        if cand is None:
            continue
        ids = by_name.get(en.casefold())
        if not ids or len(ids) != 1:
            continue
        eid = next(iter(ids))
        e = d.entities[eid]
        known = {e.name_zh, *e.synonyms_zh}
        if cand in known:
            continue
        found[(cand, e.name, eid)].add(did)
print('docs', len(docs), file=sys.stderr)
for (zh, en, eid), ds in sorted(found.items()):
    print(f"{en}\t{zh}\t{eid}\t{' '.join(sorted(ds))}")
