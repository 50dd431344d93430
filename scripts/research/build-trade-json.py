#!/usr/bin/env python3
"""Build data/trade.json from the research table /work/shared/research/trade.csv.

This script documents how data/trade.json was curated (provenance). It is NOT run by the app's
build; run it by hand (python3, standard library only) after changing the research table:

    python3 scripts/research/build-trade-json.py [--phase1]

What it does
  1. Classifies each CSV row as China-reported ("china": GACC directly, or IMF DOTS with China as
     reporter) or partner-reported ("partner": the partner's statistics, IMF DOTS with the partner
     as reporter, national statistics offices, EDB compilations). A few rows of unknown or unnamed
     basis are set aside and only mentioned in notes.
  2. Groups rows by (partner, year, period, reporter, flow) and keeps ONE observation per key:
     IMF DOTS first for 1992-2020 (one consistent series), except Uzbekistan's partner side where
     the national statistics (ADB/EIU table) replace DOTS figures the research found implausible;
     otherwise the most precise figure, then the one most sources give, then the stronger publisher.
     Sources giving the same figure (within 2 %, i.e. rounding) go to corroboratedBy; sources giving
     a materially different figure are named in the note.
  3. Adds total = exports + imports (status "derived") where both flows exist but no total.
  4. Checks total against exports + imports (0.5 %) and applies the hand decisions in CONFLICTS.
  5. Writes data/trade.json and scripts/research/sources-trade.json (merged into data/sources.json
     by merge-sources.py).
"""
import csv
import json
import math
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
from trade_sources import TRADE_SOURCES  # noqa: E402

CSV_PATH = '/work/shared/research/trade.csv'
AS_OF = '2026-11-27'
SAME_FIGURE = 0.02      # relative difference treated as rounding of the same figure
FLOW_TOLERANCE = 0.005  # total vs exports + imports
PARTNERS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CA5']
FLOWS = ['total', 'china_exports', 'china_imports']
NAMES = {'KAZ': 'Kazakhstan', 'KGZ': 'Kyrgyzstan', 'TJK': 'Tajikistan', 'TKM': 'Turkmenistan',
         'UZB': 'Uzbekistan', 'CA5': 'the five Central Asian states'}

# Publisher strength, used only to break ties between equally precise figures.
PUBLISHER_RANK = [
    ('imf-dots', 10), ('gov-cn', 9), ('cgtn', 8), ('xinhua', 7), ('kazinform', 8), ('intellinews', 8),
    ('nca-', 7), ('trend-', 7), ('astana-times', 7), ('24kg', 7), ('timesca', 7), ('daryo', 7),
    ('tass', 7), ('china-pictorial', 7), ('china-daily', 7), ('caspian-post', 6), ('orda', 6),
]


def rank_of(source_id):
    for prefix, r in PUBLISHER_RANK:
        if source_id.startswith(prefix):
            return r
    return 4


def fmt_usd(v):
    if v >= 1e9:
        s = f'{v / 1e9:.3f}'.rstrip('0').rstrip('.')
        return f'${s} bn'
    s = f'{v / 1e6:.1f}'.rstrip('0').rstrip('.')
    return f'${s} m'


def sig_digits(v):
    s = str(int(round(v))).rstrip('0')
    return len(s) if s else 1


def classify(row):
    """Return (reporter, series) or (None, reason) for rows set aside."""
    rep = row['reporter']
    if rep.startswith('IMF DOTS: China-reported'):
        return 'china', 'dots'
    if rep.startswith('IMF DOTS:'):
        return 'partner', 'dots'
    if rep.startswith('unknown'):
        return None, 'unknown basis (Wikipedia mirror)'
    if 'CIFA' in rep:
        return None, 'unnamed data source (CIFA)'
    if rep.startswith('Kazakhstan Ministry of Trade and Integration (as reported)'):
        return None, 'regional figure inconsistent with every other source'
    if rep.startswith('Uzbekistan national statistics (via ADB'):
        return 'partner', 'adb'
    if rep.startswith('China MOFCOM (as cited in secondary table)'):
        return 'china', 'mofcom-table'
    if 'Chinese customs' in rep or 'Chinese-customs' in rep or rep.startswith('China'):
        return 'china', 'news'
    return 'partner', 'news'


def load_rows():
    rows = []
    set_aside = []
    with open(CSV_PATH, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            reporter, series = classify(r)
            src = TRADE_SOURCES[r['source_url']]
            item = {
                'partner': r['partner_iso3'], 'year': int(r['year']), 'period': r['period'],
                'reporter': reporter, 'series': series, 'flow': r['flow'],
                'value': int(r['value_usd']), 'source': src[0], 'publisher': src[1],
                'csv_confidence': r['confidence'], 'excerpt': r['excerpt'], 'csv_reporter': r['reporter'],
            }
            item['computed'] = item['excerpt'].startswith('Computed:')
            item['e_flag'] = series == 'dots' and bool(re.search(r'\d e\b', item['excerpt']))
            if reporter is None:
                item['reason'] = series
                set_aside.append(item)
            else:
                rows.append(item)
    return rows, set_aside


def flow_words(flow, reporter, partner):
    if flow == 'total':
        return 'total trade'
    if reporter == 'partner' and partner != 'CA5':
        return {'china_exports': f"{NAMES[partner]}'s imports from China",
                'china_imports': f"{NAMES[partner]}'s exports to China"}[flow]
    return {'china_exports': "China's exports", 'china_imports': "China's imports"}[flow]


def label(row):
    """Short name of who gives a figure, for notes."""
    if row['series'] == 'mofcom-table':
        return 'a MOFCOM figure quoted in a secondary table (hozir.org)'
    pub = re.sub(r'\s*\(.*\)\s*$', '', row['publisher'])
    inner = re.search(r'\((.*)\)\s*$', row['publisher'])
    if inner and re.match(r'(citing|relaying|via|Eurasianet|mirror|republished|repost)', inner.group(1)):
        pub = f"{pub} ({inner.group(1)})"
    return pub


def same_figure(primary, other):
    """True if `other` is `primary` written with fewer digits: rounded (half a unit of its last digit)
    or truncated (less than one unit below), as news reports do with GACC figures."""
    if other == primary:
        return True
    digits = sig_digits(other)
    unit = 10 ** (len(str(int(other))) - digits)
    diff = primary - other
    return -0.5 * unit - 1e-6 <= diff < unit


def choose(rows):
    """Pick the primary row of one key; return (primary, corroborating rows, differing rows)."""
    def key(r):
        series_first = 1 if r['series'] in ('dots', 'adb') else 0
        same = sum(1 for o in rows if o['value'] == r['value'])
        conf = {'verified': 2, 'single-source': 1, 'uncertain': 0}[r['csv_confidence']]
        return (series_first, conf > 0, sig_digits(r['value']) if r['series'] == 'news' else 0,
                same, conf, rank_of(r['source']))
    ordered = sorted(rows, key=key, reverse=True)
    primary = ordered[0]
    corro, differ = [], []
    seen = {primary['source']}
    for r in ordered[1:]:
        if r['source'] in seen:
            continue
        seen.add(r['source'])
        ok = same_figure(primary['value'], r['value']) and r['series'] != 'mofcom-table'
        (corro if ok else differ).append(r)
    return primary, corro, differ


# How a figure reached us when it is not a GACC release quoted directly (by csv reporter label).
BASIS_NOTES = {
    'China (President Xi Jinping, article; Chinese customs basis)': "Figure given by Xi Jinping in an article; China's customs basis.",
    'China (Ambassador Zhang Xiao; Chinese customs basis)': "Figure given by China's ambassador to Kazakhstan; China's customs basis.",
    'China (ambassador Zhang Xiao, Chinese customs basis)': "Figure given by China's ambassador to Kazakhstan; China's customs basis.",
    'China (Ambassador Sun Weidong; Chinese customs basis)': "Figure given by China's ambassador to Turkmenistan; China's customs basis.",
    'China (Ambassador Sun Weidong; Chinese customs statistics)': "Figure given by China's ambassador to Turkmenistan; China's customs basis.",
    'China (Ambassador Xiao Qinghua; Chinese customs basis)': "Figure given by China's ambassador to Turkmenistan; China's customs basis.",
    'China (CCTV; Chinese customs basis)': "Figure from CCTV; China's customs basis.",
    'China (as quoted by Kyrgyz Deputy PM; Chinese customs basis)': "Figure quoted by Kyrgyzstan's deputy prime minister from the Chinese side's data.",
    'China (Xinhua-cited; Chinese customs basis)': "Approximate figure attributed to Chinese customs data via Xinhua.",
    'China (China Daily, Chinese customs basis)': "Figure from China Daily; China's customs basis.",
    'China (Chinese customs basis; republished Chinese article)': "Figure from a republished Chinese article; China's customs basis.",
    'China (Chinese customs basis, via Uzbek media)': "Approximate figure attributed to Chinese customs data via Uzbek media.",
    'China MOFCOM (spokesman Yao Jian; Chinese customs basis)': "Figure given by a MOFCOM spokesman; China's customs basis.",
    'China (Chinese customs basis; Chinese media)': "Figure from Chinese media; China's customs basis.",
    'China (Chinese official/media; Chinese customs basis)': "Figure from Chinese media; China's customs basis.",
    'Eurasian Development Bank (compiled from Central Asian national statistics)': "Compiled by the Eurasian Development Bank from the Central Asian states' national statistics.",
    'China GACC (basis inferred from magnitude; source does not name reporter)': "The source does not name its data; the magnitude matches China's customs figures.",
}

# Notes for rows the research marked uncertain (approximate wording, inferred basis, and the like).
UNCERTAIN_NOTES = {
    ('KGZ', 2022, 'Jan-Nov', 'partner', 'total'): "The source does not name its data; the magnitude matches Kyrgyzstan's own statistics rather than China's customs.",
    ('KGZ', 2024, 'Jan-Jul', 'china', 'total'): 'Approximate figure ("almost $11 bn").',
    ('KGZ', 2024, 'annual', 'partner', 'china_imports'): "Kyrgyzstan's figure for its exports to China; reported as a jump of about 93 times on 2023, unexplained (possibly precious metals).",
    ('CA5', 2015, 'annual', 'partner', 'china_imports'): "Central Asian states' exports to China from their own statistics, as compiled by China Briefing; Turkmenistan publishes none, so the basis of its part is unclear.",
    ('CA5', 2019, 'annual', 'partner', 'china_imports'): "Central Asian states' exports to China from their own statistics, as compiled by China Briefing; Turkmenistan publishes none, so the basis of its part is unclear.",
}

# Hand decisions for keys whose published total and published flows do not add up (see README).
# key -> which flows to drop from the observations (they are kept in the note of the total).
# 'flows': keep the published total, leave the flows out (named in the note).
# 'rounded': the published total is rounded to $0.1 bn and falls outside 0.5 % of its own flows; the
#            total kept is exports + imports (derived) and the published figure goes in the note.
CONFLICTS = {
    ('TKM', 2025, 'Jan-Oct', 'china'): 'flows',
    ('UZB', 2020, 'Jan-May', 'partner'): 'rounded',
    ('UZB', 2024, 'Jan-Feb', 'partner'): 'rounded',
    ('UZB', 2024, 'Jan-Jun', 'partner'): 'rounded',
}


def build(phase1=False):
    rows, set_aside = load_rows()

    # Uzbekistan, partner side: where the national statistics table (ADB 1992-2001, EIU 2002-2012)
    # has a year, it replaces IMF DOTS for that year (DOTS UZB-reported 2000-2016 is implausible and
    # 1992-1999 is IMF estimates).
    adb_years = {r['year'] for r in rows if r['series'] == 'adb'}
    replaced = defaultdict(list)
    kept = []
    for r in rows:
        if r['partner'] == 'UZB' and r['reporter'] == 'partner' and r['series'] == 'dots' and r['year'] in adb_years:
            replaced[(r['year'], r['flow'])].append(r)
        else:
            kept.append(r)
    rows = kept

    groups = defaultdict(list)
    for r in rows:
        groups[(r['partner'], r['year'], r['period'], r['reporter'], r['flow'])].append(r)

    obs = {}
    for k, rs in groups.items():
        partner, year, period, reporter, flow = k
        primary, corro, differ = choose(rs)
        notes = []
        status = 'reported'
        confidence = None
        src = primary['source']
        if primary['series'] == 'dots':
            if primary['computed']:
                if partner == 'CA5':
                    notes.append('Sum of the five partners as reported by China in IMF DOTS (computed by us).')
                else:
                    notes.append('Exports + imports (IMF DOTS publishes the two flows; the total is our sum).')
                status = 'derived'
            if primary['e_flag']:
                status = 'estimate'
                notes.append('IMF estimate (flagged "e" in DOTS), not a figure reported by the country.')
                confidence = 'uncertain'
            if reporter == 'partner' and partner == 'TKM':
                status = 'estimate'
                confidence = 'uncertain'
                notes.append('Turkmenistan publishes no bilateral trade statistics; IMF DOTS fills its side from '
                             "China's mirror data (its imports track China's exports about 6 % higher), so this is "
                             'an IMF-derived mirror estimate, not Turkmen data.')
            if reporter == 'partner' and partner == 'UZB' and 2000 <= year <= 2016:
                confidence = 'uncertain'
                notes.append('IMF DOTS figures with Uzbekistan as reporter are implausible for 2000-2016 (e.g. 2000 '
                             "imports from China of $1.1 bn against China's recorded exports of $39 m); treat with care.")
        if primary['series'] == 'adb':
            notes.append("Uzbekistan's national statistics as tabulated in a book chapter (ADB Key Indicators "
                         'for 1992-2001, EIU country reports for 2002-2012), read from a document mirror.')
            dots = replaced.get((year, flow))
            if dots:
                d = dots[0]
                why = 'an IMF estimate' if d['e_flag'] else 'implausible for these years'
                notes.append(f'IMF DOTS (Uzbekistan as reporter) gives {fmt_usd(d["value"])} here, {why}; not used.')
        if primary['series'] == 'adb' and flow == 'total':
            missing = [f for f in ('china_exports', 'china_imports') if (year, f) in replaced and
                       not any(r['series'] == 'adb' and r['year'] == year and r['flow'] == f for r in rows)]
            if missing:
                vals = ', '.join(f"{flow_words(f, 'partner', 'UZB')} {fmt_usd(replaced[(year, f)][0]['value'])}"
                                 for f in missing)
                notes.append(f'The source gives no split by flow; IMF DOTS estimates ({vals}) are left out because '
                             'they do not add up to this total.')
        if primary['series'] == 'news':
            basis = BASIS_NOTES.get(primary['csv_reporter'])
            if basis:
                notes.append(basis)
            if primary['csv_confidence'] == 'uncertain':
                confidence = 'uncertain'
                if k not in UNCERTAIN_NOTES:
                    raise SystemExit(f'uncertain primary without a hand note: {k}')
            if k in UNCERTAIN_NOTES:
                notes.append(UNCERTAIN_NOTES[k])
        if primary['series'] == 'mofcom-table':
            confidence = 'uncertain'

        if differ:
            parts = [f"{label(r)} gives {fmt_usd(r['value'])} (source: {r['source']})" for r in differ]
            notes.append('Other figures for the same measure: ' + '; '.join(parts) + '.')
        if corro and any(r['value'] != primary['value'] for r in corro):
            notes.append('Corroborating sources give the figure rounded.')

        if confidence is None:
            confidence = 'verified' if corro else 'single-source'
        o = {
            'partner': partner, 'year': year, 'period': period, 'reporter': reporter, 'flow': flow,
            'value': primary['value'], 'unit': 'USD', 'source': src,
        }
        cb = sorted({r['source'] for r in corro} - {src})
        if cb:
            o['corroboratedBy'] = cb
        o['status'] = status
        o['confidence'] = confidence
        o['_notes'] = notes
        obs[k] = o

    # ---- hand-curated additions and adjustments
    add_specific_notes(obs, set_aside)

    # ---- derived totals where both flows exist but no total
    triples = defaultdict(dict)
    for k, o in obs.items():
        triples[k[:4]][k[4]] = o
    for k4, fl in triples.items():
        if 'total' in fl or 'china_exports' not in fl or 'china_imports' not in fl:
            continue
        if CONFLICTS.get(k4):
            continue
        x, m = fl['china_exports'], fl['china_imports']
        conf_order = ['uncertain', 'single-source', 'verified']
        conf = min(x['confidence'], m['confidence'], key=conf_order.index)
        if conf == 'verified':
            conf = 'single-source' if not (x.get('corroboratedBy') and m.get('corroboratedBy')) else 'verified'
        status = 'estimate' if 'estimate' in (x['status'], m['status']) else 'derived'
        note = ['Exports + imports (computed by us; no published total for this key).']
        if x['source'] != m['source']:
            note.append(f"Exports from {x['source']}, imports from {m['source']}.")
        if status == 'estimate':
            note.append('Both flows are estimates, so the sum is too.')
        o = {'partner': k4[0], 'year': k4[1], 'period': k4[2], 'reporter': k4[3], 'flow': 'total',
             'value': x['value'] + m['value'], 'unit': 'USD', 'source': x['source'],
             'status': status, 'confidence': conf, '_notes': note}
        obs[k4 + ('total',)] = o
        fl['total'] = o

    # ---- total vs flows
    problems = []
    for k4, fl in triples.items():
        if len(fl) == 3:
            t, x, m = fl['total'], fl['china_exports'], fl['china_imports']
            rel = abs(t['value'] - (x['value'] + m['value'])) / t['value']
            if rel > FLOW_TOLERANCE:
                if CONFLICTS.get(k4) == 'flows':
                    t['_notes'].append(
                        f"The same source gives China's exports of {fmt_usd(x['value'])} and imports of "
                        f"{fmt_usd(m['value'])}, which add up to {fmt_usd(x['value'] + m['value'])}, not to this "
                        'total; the two flows are left out until the inconsistency is resolved.')
                    t['confidence'] = 'uncertain'
                    del obs[k4 + ('china_exports',)]
                    del obs[k4 + ('china_imports',)]
                elif CONFLICTS.get(k4) == 'rounded':
                    t['_notes'] = [f"Exports + imports (computed by us). The source's own total, {fmt_usd(t['value'])}, "
                                   'is rounded and lies more than 0.5 % from the sum of its two flows.']
                    t['value'] = x['value'] + m['value']
                    t['status'] = 'derived'
                    t.pop('corroboratedBy', None)
                    t['confidence'] = 'single-source'
                else:
                    problems.append((k4, t['value'], x['value'], m['value'], rel))
    for p in problems:
        print('UNRESOLVED total != exports + imports:', p, file=sys.stderr)

    out = []
    for k, o in obs.items():
        if phase1 and not (o['reporter'] == 'china' and o['flow'] == 'total' and o['period'] == 'annual'
                           and (o['year'] >= 2015 or o['partner'] == 'CA5' and o['year'] >= 2022)):
            continue
        notes = o.pop('_notes')
        if notes:
            o['note'] = ' '.join(notes)
        out.append(o)

    period_order = lambda p: (1, 0) if p == 'annual' else (0, MONTHS.index(p.split('-')[1]))
    out.sort(key=lambda o: (PARTNERS.index(o['partner']), o['year'], period_order(o['period']),
                            ['china', 'partner'].index(o['reporter']), FLOWS.index(o['flow'])))
    return out, set_aside, problems


MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def add_note(obs, key, text):
    if key in obs:
        obs[key]['_notes'].append(text)


def add_specific_notes(obs, set_aside):
    """Notes that need knowledge from trade-notes.md rather than from the rows themselves."""
    for r in set_aside:
        key = (r['partner'], r['year'], r['period'], 'china', r['flow'])
        if 'CIFA' in r['reason'] or 'CIFA' in r['csv_reporter']:
            add_note(obs, ('TKM', 2024, 'annual', 'china', 'total'),
                     f"The China International Freight Forwarders Association gives {fmt_usd(r['value'])} without "
                     f"naming its data source (source: {r['source']}); not used.")
        elif r['reason'].startswith('unknown'):
            add_note(obs, key, f"A Wikipedia mirror gives {fmt_usd(r['value'])} for {flow_words(r['flow'], 'china', 'TKM')} "
                     f"without a stated basis (source: {r['source']}); not used.")
        elif r['reason'].startswith('regional'):
            add_note(obs, ('CA5', 2022, 'annual', 'china', 'total'),
                     "A Kazakh deputy prime minister was reported (The Astana Times, April 2023) as putting 2022 "
                     f"Central Asia-China trade at over $32 bn (source: {r['source']}); that cannot be reconciled with "
                     "this figure or with Kazakhstan's own $24 bn, so it is treated as a misreport and not used.")
    add_note(obs, ('CA5', 2013, 'annual', 'china', 'total'),
             'That Xinhua text converts the 2013 GACC figure of CNY 312.04 bn to $43.48 bn at a 2025 exchange '
             'rate; at 2013 rates it is about $50 bn, in line with this sum.')
    add_note(obs, ('KGZ', 2024, 'annual', 'china', 'china_imports'),
             'Recorded Kyrgyz exports to China jump from $80 m (2023) to $2.8 bn (2024) and $5.2 bn (2025) in '
             "China's data; the research found no explanation (possibly precious metals).")
    add_note(obs, ('KGZ', 2025, 'annual', 'china', 'china_imports'),
             "Part of an unexplained jump in China's recorded imports from Kyrgyzstan ($80 m in 2023).")
    add_note(obs, ('UZB', 2024, 'annual', 'partner', 'total'),
             "The EDB's figure is far above both China's customs ($13.78 bn) and Uzbekistan's own January-October "
             '2024 figure ($10.2 bn); the research could not explain it.')
    add_note(obs, ('TKM', 2024, 'annual', 'partner', 'total'),
             "Turkmenistan publishes no bilateral trade statistics; the EDB's figure equals China's customs figure, "
             'so it is most likely a mirror value.')
    if ('TKM', 2024, 'annual', 'partner', 'total') in obs:
        obs[('TKM', 2024, 'annual', 'partner', 'total')]['status'] = 'estimate'
        obs[('TKM', 2024, 'annual', 'partner', 'total')]['confidence'] = 'uncertain'
    add_note(obs, ('CA5', 2024, 'annual', 'partner', 'total'),
             "Turkmenistan's part appears to be China's mirror figure.")
    key = ('KAZ', 2024, 'Jan-Oct', 'china', 'total')
    add_note(obs, key,
             "The Astana Times' report on the Chengdu foreign ministers' meeting (December 2024) gives the same "
             '$36.5 bn, 11 % up on a year earlier, without naming its data. The figure is for January-October 2024, '
             'not 2023 as some accounts have it; bne IntelliNews compares it with $39.8 bn for January-October 2025.')
    if key in obs:
        obs[key]['corroboratedBy'] = sorted(set(obs[key].get('corroboratedBy', [])) | {'astana-times-fm5-chengdu'})
    add_note(obs, ('CA5', 2021, 'annual', 'china', 'total'),
             'Only approximate figures were found ("just over $49.5 bn", "$50 bn").')
    key = ('CA5', 2021, 'annual', 'china', 'total')
    if key in obs:
        obs[key]['confidence'] = 'uncertain' if obs[key]['confidence'] == 'single-source' else obs[key]['confidence']
    add_note(obs, ('KAZ', 2021, 'annual', 'china', 'total'),
             'Rounded figure quoted by Xi Jinping; no exact GACC figure for 2021 was found.')


def describe(cov):
    parts = []
    for (rep, partner, period), years in sorted(cov.items()):
        ys = sorted(years)
        span = f'{ys[0]}-{ys[-1]}' if len(ys) > 2 and ys[-1] - ys[0] + 1 == len(ys) else ', '.join(map(str, ys))
        side = 'China-reported' if rep == 'china' else 'partner-reported'
        per = '' if period == 'annual' else f' {period}'
        parts.append(f'{partner} {span}{per} ({side})')
    return '; '.join(parts)


def main():
    phase1 = '--phase1' in sys.argv
    out, set_aside, problems = build(phase1)
    used = set()
    covers = defaultdict(lambda: defaultdict(set))
    mentioned = defaultdict(lambda: defaultdict(set))
    for o in out:
        for sid in [o['source']] + o.get('corroboratedBy', []):
            used.add(sid)
            covers[sid][(o['reporter'], o['partner'], o['period'])].add(o['year'])
        for sid in re.findall(r'\(source: ([a-z0-9-]+)\)', o.get('note', '')):
            used.add(sid)
            mentioned[sid][(o['reporter'], o['partner'], o['period'])].add(o['year'])
    by_id = {v[0]: (url, v) for url, v in TRADE_SOURCES.items()}
    sources = []
    for sid in sorted(used):
        url, (_, publisher, title, published, kind) = by_id[sid]
        s = {'id': sid, 'publisher': publisher, 'title': title, 'url': url}
        if published:
            s['published'] = published
        text = []
        if covers[sid]:
            text.append('Merchandise trade with China, current US$: ' + describe(covers[sid]) + '.')
        if mentioned[sid]:
            text.append('A differing or unused figure, named in the note of: ' + describe(mentioned[sid]) + '.')
        s['covers'] = ' '.join(text)
        s['kind'] = kind
        sources.append(s)
    with open(os.path.join(ROOT, 'data', 'trade.json'), 'w', encoding='utf-8') as f:
        json.dump({'asOf': AS_OF, 'observations': out}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    with open(os.path.join(HERE, 'sources-trade.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'{len(out)} observations, {len(sources)} sources; set aside {len(set_aside)} rows; '
          f'{len(problems)} unresolved total/flow conflicts', file=sys.stderr)


if __name__ == '__main__':
    main()
