"""Writes data/events.ru.json and data/events.zh.json from events-ru-zh.json, and adds the sources of the
official titles to data/sources.json. Idempotent: running it again changes nothing."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
research = json.loads((pathlib.Path(__file__).parent / 'events-ru-zh.json').read_text())
events = json.loads((ROOT / 'data/events.json').read_text())['events']

# The official titles' sources, as sources.json records them (the page titles are the research's).
SOURCES = {
    ('ru', 'cc5-summit-01'): dict(
        id='china-org-cn-ru-2023-05-20-summit-01',
        publisher='China.org.cn, Russian edition (State Council Information Office of the PRC), text by Xinhua',
        published='2023-05-20',
        covers='The Russian name of the 1st China–Central Asia Summit (Xi\u2019an, 2023-05-18), as events.ru.json gives it.',
        kind='news',
    ),
    ('zh', 'cc5-fm-03'): dict(
        id='people-cpc-2022-06-09-fm-03',
        publisher='People\u2019s Daily, on CPC News (cpc.people.com.cn)',
        published='2022-06-09',
        covers='The Chinese name of the 3rd China–Central Asia Foreign Ministers\u2019 Meeting (2022-06-08), as events.zh.json gives it.',
        kind='news',
    ),
    ('zh', 'cc5-emergency-01'): dict(
        id='mem-gov-cn-2024-05-27-emergency-01',
        publisher='Ministry of Emergency Management of the PRC',
        published='2024-05-27',
        covers='The Chinese name of the China–Central Asia Ministerial Meeting on Emergency Management (Urumqi, 2024-05-30), as events.zh.json gives it.',
        kind='official',
    ),
    ('zh', 'cc5-fm-06'): dict(
        id='imsilkroad-xinhua-2025-04-fm-06',
        publisher='Xinhua, on Xinhua Silk Road (imsilkroad.com)',
        covers='The Chinese name of the 6th Central Asia–China Foreign Ministers\u2019 Meeting (Almaty, 2025-04-26), as events.zh.json gives it.',
        kind='news',
    ),
}

# Short labels must fit the time axis as the English ones do (24 characters).
LABELS = {('ru', 'cc5-cku-rail-agreement'): 'Ж/д соглашение', ('ru', 'cc5-treaty-ratification-kgz'): 'Кыргызстан: ратификация'}

sources_path = ROOT / 'data/sources.json'
sources = json.loads(sources_path.read_text())
known = {s['id'] for s in sources['sources']}

for lang in ('ru', 'zh'):
    out = []
    for event in events:
        words = research[event['id']][lang]
        entry = {'id': event['id'], 'title': words['title'], 'titleOrigin': words['titleOrigin']}
        if words['titleOrigin'] == 'official':
            meta = SOURCES[(lang, event['id'])]
            page = words['titleSource']
            entry['titleSource'] = meta['id']
            if meta['id'] not in known:
                record = {'id': meta['id'], 'publisher': meta['publisher'], 'title': page['title'], 'url': page['url']}
                if 'published' in meta:
                    record['published'] = meta['published']
                record.update(covers=meta['covers'], kind=meta['kind'])
                sources['sources'].append(record)
                known.add(meta['id'])
        for field in ('label', 'city', 'chair', 'participants', 'outcomes'):
            if field in words:
                entry[field] = words[field]
        if (lang, event['id']) in LABELS:
            entry['label'] = LABELS[(lang, event['id'])]
        out.append(entry)
    document = {
        'asOf': '2026-12-02',
        'language': lang,
        'events': out,
    }
    (ROOT / f'data/events.{lang}.json').write_text(json.dumps(document, ensure_ascii=False, indent=2) + '\n')

sources_path.write_text(json.dumps(sources, ensure_ascii=False, indent=2) + '\n')
