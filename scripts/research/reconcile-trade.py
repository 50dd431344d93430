#!/usr/bin/env python3
"""Make each state's own statistics office the primary source of trade.json's partner side.

Run by hand after build-trade-json.py (standard library only):

    python3 scripts/research/reconcile-trade.py [--date YYYY-MM-DD]

partners.json already holds, for Kazakhstan (BNS 2018-23), Kyrgyzstan (NSC 1994-2023) and Uzbekistan
(stat.uz 2010-23), the state's trade with China as its statistics office publishes it, plus official
releases that quote the office for 2024-25. This script compares trade.json's partner-reported annual
figures with those, every year the office publishes:

- A year where any flow differs by more than 1 %, or lacks a flow the office publishes, takes all of the
  office's flows for that year (so total = exports + imports still holds). The value it replaces goes
  into the note with its source; a replaced figure that is the office's own rounded (within 2 %) becomes
  a corroborating source instead.
- Every change is appended to data/revisions.json (key, old and new value, why, source, date), and the
  observation carries `revised` (the date), which the page shows in its tooltip and table.

Running it again changes nothing: reconciled years agree within 1 %.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
TRADE = os.path.join(ROOT, 'data', 'trade.json')
PARTNERS = os.path.join(ROOT, 'data', 'partners.json')
REVISIONS = os.path.join(ROOT, 'data', 'revisions.json')
SOURCES = os.path.join(ROOT, 'data', 'sources.json')
FIRST_RELEASE = '2026-11-27'

STATES = ['KAZ', 'KGZ', 'UZB']
YEARS = range(1992, 2026)  # from the first year each office publishes
THRESHOLD = 0.01
SAME_FIGURE = 0.02
# trade.json names flows from China's side; partners.json from the reporting state's.
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FLOW_OF = {'total': 'total', 'china_exports': 'imports', 'china_imports': 'exports'}
OWN_BASES = {'national-statistics', 'official-release'}
NAMES = {'KAZ': 'Kazakhstan', 'KGZ': 'Kyrgyzstan', 'UZB': 'Uzbekistan'}
OFFICES = {
    'KAZ': "Kazakhstan's Bureau of National Statistics",
    'KGZ': "Kyrgyzstan's National Statistical Committee",
    'UZB': "Uzbekistan's statistics agency",
}

# Figures whose cited page could not be re-checked, or says less than the data did (see
# scripts/research/reconcile/source-check.json): key, field, new value, note, reason, source.
CORRECTIONS = [
    ('TJK 2023 Jan-Jul partner total', 'confidence', 'uncertain',
     'The cited page is not among the stored copies, and no other page giving this figure was found: not re-checked.',
     'The cited page could not be found again, so the figure is downgraded to uncertain.',
     'khabarikhush-2023-08-31-tjk-trade'),
]

# Part-year figures found in stored pages (scripts/research/reconcile/leads-china-side.json), each quoted
# there in its own words: key, value, status, source, note.
ADDITIONS = [
    ('UZB 2021 Jan-Sep partner total', 5.4e9, 'reported', 'daryo-2021-10-23-uzb-top-partners', None),
    ('UZB 2021 Jan-Sep partner china_exports', 3.6e9, 'reported', 'daryo-2021-10-23-uzb-top-partners', None),
    ('UZB 2021 Jan-Sep partner china_imports', 1.8e9, 'reported', 'daryo-2021-10-23-uzb-top-partners', None),
    ('UZB 2025 Jan-Nov partner total', 14.7e9, 'derived', 'qazinform-2026-01-04-uzb-china-jan-nov-2025',
     "Exports + imports (computed by us). The source's own total, $14.6 bn, is rounded and lies more than "
     '0.5 % from the sum of its two flows.'),
    ('UZB 2025 Jan-Nov partner china_exports', 12.8e9, 'reported', 'qazinform-2026-01-04-uzb-china-jan-nov-2025', None),
    ('UZB 2025 Jan-Nov partner china_imports', 1.9e9, 'reported', 'qazinform-2026-01-04-uzb-china-jan-nov-2025', None),
    ('KGZ 2024 Jan-Nov china total', 19.863e9, 'reported', '24kg-2025-02-04-japarov-interview',
     "Quoted by Kyrgyzstan's president from China's customs. The same interview gives $22.071 bn for the "
     'whole of 2024, against the $22.71 bn other sources give; one of them is a slip.'),
]
ADDED_SOURCES = [
    {'id': 'daryo-2021-10-23-uzb-top-partners', 'publisher': 'Daryo.uz (citing the State Statistics Committee of Uzbekistan)',
     'title': 'Ўзбекистоннинг ташқи савдодаги топ-10 ҳамкорлари маълум қилинди',
     'url': 'https://daryo.uz/k/2021/10/23/ozbekistonning-tashqi-savdodagi-top-10-hamkorlari-malum-qilindi',
     'published': '2021-10-23',
     'covers': 'Merchandise trade with China, current US$: UZB 2021 Jan-Sep (partner-reported), total and both flows.',
     'kind': 'news'},
    {'id': 'qazinform-2026-01-04-uzb-china-jan-nov-2025', 'publisher': 'Qazinform (citing Trend and Uzbekistan’s statistics committee)',
     'title': 'Uzbekistan reports sharp rise in trade with China',
     'url': 'https://qazinform.com/news/uzbekistan-reports-sharp-rise-in-trade-with-china-53b9d6',
     'published': '2026-01-04',
     'covers': 'Merchandise trade with China, current US$: UZB 2025 Jan-Nov (partner-reported), total and both flows.',
     'kind': 'news'},
    {'id': '24kg-2025-02-04-japarov-interview', 'publisher': '24.kg (President Japarov’s interview with Xinhua)',
     'title': 'Sadyr Japarov: China is a key trade and strategic partner (title from URL)',
     'url': 'https://24.kg/english/318885_Sadyr_Japarov_China_is_a_key_trade_and_strategic_partner/',
     'published': '2025-02-04',
     'covers': 'Merchandise trade with China, current US$: KGZ 2024 Jan-Nov and 2024 (China-reported, quoted from China’s customs).',
     'kind': 'news'},
]

# A primary source that does not name the reporter, where a corroborating one does: key, new primary, reason.
SOURCE_SWAPS = [
    ('KAZ 2024 annual china total', 'astana-times-2025-01-trade-ranking',
     "The page cited first attributes the figure to a Chinese academic; The Astana Times gives the same figure "
     "from China's customs."),
]

# One series of the IMF's per reporting country: the name says whose report it is, so that two never
# read alike on a source line.
PUBLISHER_NAMES = {
    f'imf-dots-{slug}': f'IMF Direction of Trade Statistics, {name} as reporter (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)'
    for slug, name in [('china', 'China'), ('kazakhstan', 'Kazakhstan'), ('kyrgyzstan', 'Kyrgyzstan'),
                       ('tajikistan', 'Tajikistan'), ('turkmenistan', 'Turkmenistan'), ('uzbekistan', 'Uzbekistan')]
}

# What each DOTS series is used for on trade.json's partner side, once the offices come first.
COVERS_IN_TRADE = {
    'imf-dots-kazakhstan': 'In trade.json: 1992-2017; from 2018 the BNS figure.',
    'imf-dots-kyrgyzstan': ('In trade.json: every year where it lies within 1 % of the NSC figure (most years '
                            'to 2020); the NSC figure where they differ and from 2021.'),
    'imf-dots-uzbekistan': 'In trade.json: no longer used (the statistics agency from 2010); named in notes.',
}


def bn(value):
    return f'${value / 1e9:.2f} bn' if value >= 1e9 else f'${value / 1e6:.1f} m'


def key_of(o):
    return f"{o['partner']} {o['year']} {o['period']} {o['reporter']} {o['flow']}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--date', default='2026-12-01')
    date = parser.parse_args().date

    trade = json.load(open(TRADE, encoding='utf-8'))
    partners = json.load(open(PARTNERS, encoding='utf-8'))
    revisions = (
        json.load(open(REVISIONS, encoding='utf-8'))
        if os.path.exists(REVISIONS)
        else {'asOf': date, 'since': FIRST_RELEASE, 'revisions': []}
    )

    own = {
        (o['reporter'], o['year'], o['flow']): o
        for o in partners['observations']
        if o['partner'] == 'CHN' and o['period'] == 'annual' and o['basis'] in OWN_BASES
    }
    rows = {key_of(o): o for o in trade['observations']}
    logged = []

    for state in STATES:
        for year in YEARS:
            office = {flow: own.get((state, year, FLOW_OF[flow])) for flow in FLOW_OF}
            office = {flow: o for flow, o in office.items() if o}
            if not office:
                continue
            current = {flow: rows.get(f'{state} {year} annual partner {flow}') for flow in FLOW_OF}

            def differs(flow):
                row = current[flow]
                return row is None or abs(row['value'] - office[flow]['value']) > THRESHOLD * office[flow]['value']

            if not any(differs(flow) for flow in office):
                continue
            for flow, figure in office.items():
                old = current[flow]
                new = revised_row(state, year, flow, figure, old, date)
                reason = reason_for(state, year, old, figure, differs(flow))
                logged.append({
                    'date': date,
                    'file': 'trade.json',
                    'key': key_of(new),
                    'field': 'value',
                    'old': old['value'] if old else None,
                    'new': new['value'],
                    'reason': reason,
                    'source': figure['source'],
                })
                if old:
                    trade['observations'][trade['observations'].index(old)] = new
                else:
                    trade['observations'].append(new)
                rows[key_of(new)] = new

    for key, value, status, source, note in ADDITIONS:
        if key in rows:
            continue
        partner, year, period, reporter, flow = key.split(' ')
        row = {'partner': partner, 'year': int(year), 'period': period, 'reporter': reporter, 'flow': flow,
               'value': int(value), 'unit': 'USD', 'source': source, 'status': status, 'confidence': 'single-source'}
        if note:
            row['note'] = note
        row['revised'] = date
        trade['observations'].append(row)
        rows[key] = row
        logged.append({'date': date, 'file': 'trade.json', 'key': key, 'field': 'value', 'old': None, 'new': int(value),
                       'reason': 'A part-year figure found in stored sources, not yet in the data.', 'source': source})
    sources = json.load(open(SOURCES, encoding='utf-8'))
    known = {x['id'] for x in sources['sources']}
    covers_changed = False
    for x in sources['sources']:
        name = PUBLISHER_NAMES.get(x['id'])
        if name and x['publisher'] != name:
            x['publisher'] = name
            covers_changed = True
        extra = COVERS_IN_TRADE.get(x['id'])
        if extra and extra not in x['covers']:
            x['covers'] = f"{x['covers']} {extra}"
            covers_changed = True
    if covers_changed or any(x['id'] not in known for x in ADDED_SOURCES):
        sources['sources'] += [x for x in ADDED_SOURCES if x['id'] not in known]
        with open(SOURCES, 'w', encoding='utf-8') as f:
            json.dump(sources, f, ensure_ascii=False, indent=2)
            f.write('\n')

    for key, primary, reason in SOURCE_SWAPS:
        row = rows[key]
        if row['source'] == primary:
            continue
        logged.append({'date': date, 'file': 'trade.json', 'key': key, 'field': 'source', 'old': row['source'],
                       'new': primary, 'reason': reason, 'source': primary})
        row['corroboratedBy'] = sorted({*(c for c in row.get('corroboratedBy', []) if c != primary), row['source']})
        row['source'] = primary
        row['revised'] = date

    for key, field, value, note, reason, source in CORRECTIONS:
        row = rows[key]
        if row.get(field) == value:
            continue
        logged.append({'date': date, 'file': 'trade.json', 'key': key, 'field': field, 'old': row.get(field),
                       'new': value, 'reason': reason, 'source': source})
        row[field] = value
        row['note'] = f"{row['note']} {note}" if row.get('note') else note
        row['revised'] = date

    order = {'china': 0, 'partner': 1}
    trade['observations'].sort(key=lambda o: (
        ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CA5'].index(o['partner']), o['year'],
        MONTHS.index(o['period'][4:]) if o['period'] != 'annual' else 99, order[o['reporter']],
        ['total', 'china_exports', 'china_imports'].index(o['flow'])))
    kept = [r for r in revisions['revisions'] if (r['date'], r['key']) not in {(x['date'], x['key']) for x in logged}]
    revisions['revisions'] = kept + logged
    revisions['asOf'] = max([revisions['asOf'], date])

    with open(TRADE, 'w', encoding='utf-8') as f:
        json.dump(trade, f, ensure_ascii=False, indent=2)
        f.write('\n')
    with open(REVISIONS, 'w', encoding='utf-8') as f:
        json.dump(revisions, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'{len(logged)} revisions logged; {len(revisions["revisions"])} in data/revisions.json')


def revised_row(state, year, flow, figure, old, date):
    office_is_total = flow == 'total' and figure['basis'] == 'national-statistics' and state != 'KAZ'
    row = {
        'partner': state, 'year': year, 'period': 'annual', 'reporter': 'partner', 'flow': flow,
        'value': figure['value'], 'unit': 'USD', 'source': figure['source'],
    }
    notes = []
    corroborated = []
    if old and old['source'] != figure['source']:
        same = abs(old['value'] - figure['value']) <= SAME_FIGURE * figure['value'] and not old['source'].startswith('imf-dots')
        others = [c for c in old.get('corroboratedBy', []) if c != figure['source']]
        if same:
            corroborated += [old['source'], *others]
        else:
            cited = ', '.join(f'source: {c}' for c in [old['source'], *others])
            notes.append(f"Until {date} this row gave {bn(old['value'])} ({cited}).")
    if corroborated:
        row['corroboratedBy'] = sorted(set(corroborated))
    if office_is_total:
        notes.insert(0, "Exports + imports from the statistics office's two tables (the total is our sum).")
    if figure.get('note') and figure['basis'] == 'official-release':
        notes.append(figure['note'])
    row['status'] = 'derived' if office_is_total else 'reported'
    row['confidence'] = 'verified' if corroborated else 'single-source'
    if notes:
        row['note'] = ' '.join(notes)
    row['revised'] = date
    return row


def reason_for(state, year, old, figure, differs):
    office = OFFICES[state]
    if old is not None and not differs:
        return (f"The figure of {office} for {year}, taken with the year's other flows so that exports and "
                f"imports add up to its total; the value it replaces was within 1 %.")
    if old is None:
        return f"Filled from {office}: {NAMES[state]}'s own figure for {year}, which the data lacked."
    if old['source'].startswith('imf-dots') or old['source'].startswith('hozir'):
        return (f"{office[0].upper()}{office[1:]} publishes its own figure for {year}; it replaces the "
                f"{'IMF DOTS' if old['source'].startswith('imf-dots') else 'ADB/EIU compilation'} value, which differs.")
    return f"The figure of {office} for {year} replaces a published figure that differs from it by more than 1 %."


if __name__ == '__main__':
    main()
