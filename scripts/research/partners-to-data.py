"""Installs the staged partners dataset (scripts/research/partners/partners.json, built by
build-partners-json.py) as data/partners.json, and its sources into data/sources.json.

    /usr/bin/python3 scripts/research/partners-to-data.py [--data DIR]

- data/partners.json: the partner groups and the observations, one observation a line (the file is
  fetched by the page, so it is kept compact); sources are listed once, in sources.json.
- data/sources.json: each staged source is added once. A source already there with the same URL keeps
  its id, and what the partners file takes from it is added to its `covers`; an id already used by a
  different URL is an error. `via` (the repository file and commit a file came from) is kept.
Idempotent: a second run changes nothing.
"""
import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument('--data', default=os.path.join(here, '..', '..', 'data'))
parser.add_argument('--staged', default=os.path.join(here, 'partners', 'partners.json'))
args = parser.parse_args()

staged = json.load(open(args.staged, encoding='utf-8'))
sources_path = os.path.join(args.data, 'sources.json')
sources = json.load(open(sources_path, encoding='utf-8'))
by_id = {s['id']: s for s in sources['sources']}

for s in staged['sources']:
    current = by_id.get(s['id'])
    if current is None:
        entry = {k: s[k] for k in ('id', 'publisher', 'title', 'url', 'covers', 'kind') if k in s}
        if 'via' in s:
            entry['via'] = s['via']
        sources['sources'].append(entry)
        by_id[s['id']] = entry
        continue
    if current['url'] != s['url']:
        sys.exit(f"source id {s['id']} names another URL in data/sources.json: {current['url']}")
    addition = f" Trade by partner (partners.json): {s['covers']}"
    if s['covers'] not in current['covers']:
        current['covers'] = current['covers'].rstrip() + addition
    if 'via' in s and 'via' not in current:
        current['via'] = s['via']

sources['sources'].sort(key=lambda s: s['id'])
with open(sources_path, 'w', encoding='utf-8') as f:
    json.dump(sources, f, ensure_ascii=False, indent=2)
    f.write('\n')

KEYS = ('reporter', 'partner', 'year', 'period', 'flow', 'value', 'source', 'basis', 'confidence', 'note')
observations = [{k: o[k] for k in KEYS if k in o} for o in staged['observations']]
with open(os.path.join(args.data, 'partners.json'), 'w', encoding='utf-8') as f:
    f.write('{\n')
    f.write(f'  "asOf": {json.dumps(staged["asOf"])},\n')
    f.write('  "partners": ' + json.dumps(staged['partners'], ensure_ascii=False) + ',\n')
    f.write('  "observations": [\n')
    f.write(',\n'.join('    ' + json.dumps(o, ensure_ascii=False) for o in observations))
    f.write('\n  ]\n}\n')
print(f"data/partners.json: {len(observations)} observations; data/sources.json: {len(sources['sources'])} sources")
