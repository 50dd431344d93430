#!/usr/bin/env python3
"""Merge scripts/research/sources-trade.json and sources-events.json into data/sources.json.
A source used by both files (same URL) appears once, with both uses in `covers`. Sorted by id."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
AS_OF = '2026-11-27'

merged = {}
for name in ('sources-trade.json', 'sources-events.json'):
    for s in json.load(open(os.path.join(HERE, name), encoding='utf-8')):
        if s['id'] in merged:
            prev = merged[s['id']]
            assert prev['url'] == s['url'], (s['id'], prev['url'], s['url'])
            if s['covers'] not in prev['covers']:
                prev['covers'] = prev['covers'] + ' ' + s['covers']
        else:
            merged[s['id']] = dict(s)
urls = {}
for s in merged.values():
    assert s['url'] not in urls, ('duplicate url', s['url'], s['id'], urls.get(s['url']))
    urls[s['url']] = s['id']
order = ['id', 'publisher', 'title', 'url', 'published', 'covers', 'kind']
out = [{k: s[k] for k in order if k in s} for s in sorted(merged.values(), key=lambda s: s['id'])]
with open(os.path.join(ROOT, 'data', 'sources.json'), 'w', encoding='utf-8') as f:
    json.dump({'asOf': AS_OF, 'sources': out}, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(f'{len(out)} sources')
