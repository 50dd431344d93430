#!/usr/bin/env python3
"""Bring in what stored sources report of the C+C5 mechanism after the Astana summit (June 2025).

Run by hand after build-events-json.py (standard library only); running it again changes nothing:

    python3 scripts/research/add-events-2025-2026.py [--date YYYY-MM-DD]

The leads, each with the exact words of its source, are in scripts/research/reconcile/leads-events.json
(gathered December 2026 from stored copies of public pages). Each new event, and each change to an
existing one, is logged in data/revisions.json.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
EVENTS = os.path.join(ROOT, 'data', 'events.json')
SOURCES = os.path.join(ROOT, 'data', 'sources.json')
REVISIONS = os.path.join(ROOT, 'data', 'revisions.json')

SOURCES_NEW = [
    {'id': 'people-cn-2025-07-22-ca-centres', 'publisher': "People's Daily Online (photos by Xinjiang Daily)",
     'title': 'China-Central Asia cooperation centers on poverty reduction, education exchange inaugurated',
     'url': 'http://en.people.cn/n3/2025/0722/c90000-20343653.html', 'published': '2025-07-22',
     'covers': "Inauguration in Xinjiang of the China–Central Asia poverty reduction and education exchange "
               "cooperation centres; Sun Weidong named as the Secretariat's Secretary-General.", 'kind': 'news'},
    {'id': '24kg-2025-06-18-cooperation-centres', 'publisher': '24.kg',
     'title': 'Heads of Central Asian states participate in opening of cooperation centers',
     'url': 'https://24.kg/english/333092_Heads_of_Central_Asian_states_participate_in_opening_of_cooperation_centers/',
     'published': '2025-06-18',
     'covers': 'The six leaders open the new cooperation centres by video on the sidelines of the Astana summit.',
     'kind': 'news'},
    {'id': 'seeningxia-2025-08-01-desertification-centre', 'publisher': 'seeningxia.com',
     'title': '[Report: China-Central Asia Cooperation Center for Desertification Prevention and Control inaugurated]',
     'url': 'http://www.seeningxia.com/2025-08/01/c_1113854.htm', 'published': '2025-08-01',
     'covers': 'Inauguration of the desertification cooperation centre at the Ningxia Forestry and Grassland '
               'Administration on 30 July (2025, from the page address).', 'kind': 'news'},
    {'id': 'gmw-2026-01-20-trade-over-100bn', 'publisher': 'Guangming Online (from CCTV News)',
     'title': '视频丨货物贸易额首破千亿美元 中国中亚合作何以如此密切?记者观察',
     'url': 'https://politics.gmw.cn/2026-01/20/content_38547721.htm', 'published': '2026-01-20',
     'covers': 'The China–Central Asia trade facilitation (smooth trade) cooperation platform unveiled during '
               'the second summit and based in Nanjing; 14 ministerial platforms in operation.', 'kind': 'news'},
    {'id': 'mts-kg-2026-chinese-ambassador-trade', 'publisher': 'MTS.kg',
     'title': "[Report: China's ambassador to Kyrgyzstan on China–Central Asia trade passing $100 bn]",
     'url': 'https://mts.kg/en/politika/7785-posol-knr-v-kr-tovarooborot-kitaja-so-stranami-ca-vpervye-prevysil-100-mlrd.html',
     'covers': 'The smooth-trade cooperation platform at work in Nanjing; China–Central Asia trade of '
               '$106.3 bn in 2025.', 'kind': 'news'},
    {'id': 'tm-embassy-by-2025-04-14-secretary-general', 'publisher': 'Embassy of Turkmenistan in Belarus',
     'title': 'Встреча с назначенным Генеральным секретарём Секретариата формата «Центральная Азия – Китай»',
     'url': 'https://belarus.tmembassy.gov.tm/ru/news/145117', 'published': '2025-04-14',
     'covers': "Turkmenistan's deputy foreign minister meets Sun Weidong, the designated Secretary-General of "
               'the Central Asia–China Secretariat, in Ashgabat on 14 April 2025.', 'kind': 'official'},
    {'id': 'nca-2025-08-02-secretariat-youth', 'publisher': 'News Central Asia (nCa)',
     'title': "Visit to Xi'an: Turkmen delegation meets with Secretary General of the Central Asia – China format",
     'url': 'https://www.newscentralasia.net/2025/08/02/visit-to-xian-turkmen-delegation-meets-with-secretary-general-of-the-central-asia-china-format/',
     'published': '2025-08-02',
     'covers': "Sun Weidong, Secretary General of the Secretariat, at its Xi'an headquarters (1 August 2025).",
     'kind': 'news'},
    {'id': 'centrasia-2026-01-26-deputy-secretary-general', 'publisher': 'CentrAsia (citing UzDaily.uz)',
     'title': '[Report: Uzbek diplomat Nurali Irzaev takes office as Deputy Secretary-General of the Secretariat]',
     'url': 'https://centrasia.org/newsA.php?st=1769431140', 'published': '2026-01-26',
     'covers': "Nurali Irzaev begins work in Xi'an as Deputy Secretary-General of the Central Asia–China "
               'Secretariat (January 2026).', 'kind': 'news'},
    {'id': 'sputnik-uz-2025-09-25-kgz-ratification', 'publisher': 'Sputnik Uzbekistan',
     'title': "Қирғизистон парламенти Марказий Осиё ва Хитой дўстлик шартномасини ... (Uzbek-language report)",
     'url': 'https://sputniknews.uz/amp/20250925/kyrgyzstan-central-asia-china-shartnoma-52232591.html',
     'published': '2025-09-25',
     'covers': "Kyrgyzstan's parliament approves the law ratifying the treaty on permanent good-neighbourliness "
               '(report of 25 September 2025, the day of the vote not given).', 'kind': 'news'},
]

EVENTS_NEW = [
    {'id': 'cc5-trade-platform-nanjing', 'kind': 'milestone',
     'title': 'China–Central Asia trade facilitation cooperation platform unveiled, based in Nanjing',
     'label': 'Trade platform', 'start': '2025-06', 'status': 'held', 'city': 'Nanjing', 'country': 'CHN',
     'coordinates': [118.7969, 32.0603], 'format': 'in-person',
     'outcomes': ['A platform for smooth trade between China and the five, unveiled during the second summit',
                  'Based in Nanjing, Jiangsu, to match Central Asian demand with Chinese suppliers'],
     'related': {'events': ['cc5-summit-02']},
     'sources': ['gmw-2026-01-20-trade-over-100bn', 'mts-kg-2026-chinese-ambassador-trade'],
     'confidence': 'verified',
     'note': 'Unveiled during the summit of June 2025; no separate launch date in Nanjing was found.'},
    {'id': 'cc5-centres-poverty-education', 'kind': 'milestone',
     'title': 'China–Central Asia poverty reduction and education exchange cooperation centres inaugurated in Xinjiang',
     'label': 'Two centres', 'start': '2025-07-21', 'status': 'held', 'city': None, 'country': 'CHN',
     'coordinates': None, 'format': 'in-person',
     'participants': ['Chen Xiaojiang (CHN, Xinjiang party secretary)', 'Erkin Tuniyaz (CHN, Xinjiang government)',
                      'Sun Weidong (Secretary-General of the Secretariat)'],
     'outcomes': ['Two centres agreed at the second summit open at Xinjiang\u2019s departments of agriculture and '
                  'of education', 'The six leaders had opened them by video on the summit\u2019s sidelines in June'],
     'related': {'events': ['cc5-summit-02']},
     'sources': ['people-cn-2025-07-22-ca-centres', '24kg-2025-06-18-cooperation-centres'],
     'confidence': 'single-source',
     'note': 'Only one source reports the inauguration of 21 July (the other, the video opening in June). '
             'The city is not stated, so the event is not placed on the map.'},
    {'id': 'cc5-centre-desertification', 'kind': 'milestone',
     'title': 'China–Central Asia cooperation centre for desertification prevention and control inaugurated in Ningxia',
     'label': 'Desertification', 'start': '2025-07-30', 'status': 'held', 'city': None, 'country': 'CHN',
     'coordinates': None, 'format': 'in-person',
     'outcomes': ['Opened at the Ningxia Forestry and Grassland Administration'],
     'related': {'events': ['cc5-summit-02']},
     'sources': ['seeningxia-2025-08-01-desertification-centre'],
     'confidence': 'single-source',
     'note': 'The day is from one regional site; the year from its page address. A China News Service report '
             'of January 2026 that says the centre has run in Ningxia since 2025 was found only on copying '
             'sites and is not cited. The city is not stated.'},
    {'id': 'cc5-secretariat-secretary-general', 'kind': 'secretariat',
     'title': 'Sun Weidong, Secretary-General of the China–Central Asia Secretariat',
     'label': 'Secretary-General', 'start': '2025-04-14', 'status': 'held', 'city': 'Ashgabat', 'country': 'TKM',
     'coordinates': [58.3833, 37.95], 'format': 'in-person',
     'participants': ['Sun Weidong (designated Secretary-General)', 'Akhmed Gurbanov (TKM Deputy FM)'],
     'outcomes': ['The earliest report found that names him Secretary-General (designated), at a meeting in '
                  'Ashgabat', 'Named as Secretary-General at the Secretariat\u2019s events of July and August 2025'],
     'related': {'events': ['cc5-secretariat-launch']},
     'sources': ['tm-embassy-by-2025-04-14-secretary-general', 'people-cn-2025-07-22-ca-centres',
                 'nca-2025-08-02-secretariat-youth'],
     'confidence': 'verified',
     'note': 'No date of appointment was found: the date is that of the earliest report, which calls him '
             '\u201cdesignated\u201d. At the launch in 2024 the Secretariat was headed by an Executive Director, Wu Yingqin.'},
    {'id': 'cc5-secretariat-deputy-2026', 'kind': 'secretariat',
     'title': 'Nurali Irzaev (Uzbekistan) takes office as Deputy Secretary-General of the Secretariat',
     'label': 'Deputy SG', 'start': '2026-01', 'status': 'held', 'city': "Xi'an", 'country': 'CHN',
     'coordinates': [108.9398, 34.3416], 'format': 'in-person',
     'outcomes': ['An Uzbek diplomat joins the Secretariat\u2019s leadership in Xi\u2019an'],
     'related': {'events': ['cc5-secretariat-secretary-general']},
     'sources': ['centrasia-2026-01-26-deputy-secretary-general'],
     'confidence': 'single-source',
     'note': 'One aggregator, citing UzDaily; the day he took office is not given.'},
]

# Changes to events already published: id, field, new value, reason, source.
EVENT_CHANGES = [
    ('cc5-secretariat-launch', 'note',
     'Wu Yingqin was named its first Executive Director. From April 2025 Sun Weidong is reported as the '
     'Secretariat\u2019s Secretary-General (see that entry).',
     'The note said no later appointment was found; sources from 2025 name a Secretary-General.',
     'tm-embassy-by-2025-04-14-secretary-general'),
    ('cc5-treaty-ratification-kgz', 'note',
     'Date of the parliamentary vote, from one source; a second (Sputnik Uzbekistan, 25 Sep 2025) reports '
     'the vote without its day. The president\u2019s signature and the treaty\u2019s entry into force were not '
     'found. A late-2025 report says Turkmenistan also ratified, without a date.',
     'A second publisher reports the ratification.', 'sputnik-uz-2025-09-25-kgz-ratification'),
]
ADD_SOURCES = {'cc5-treaty-ratification-kgz': ['sputnik-uz-2025-09-25-kgz-ratification']}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--date', default='2026-12-01')
    date = parser.parse_args().date
    events = json.load(open(EVENTS, encoding='utf-8'))
    sources = json.load(open(SOURCES, encoding='utf-8'))
    revisions = json.load(open(REVISIONS, encoding='utf-8'))
    log = []

    known = {s['id'] for s in sources['sources']}
    sources['sources'] += [s for s in SOURCES_NEW if s['id'] not in known]

    by_id = {e['id']: e for e in events['events']}
    for event in EVENTS_NEW:
        if event['id'] in by_id:
            continue
        events['events'].append(event)
        log.append({'date': date, 'file': 'events.json', 'key': event['id'], 'field': 'event', 'old': None,
                    'new': event['id'], 'reason': 'Reported by stored sources after the Astana summit; not yet in the data.',
                    'source': event['sources'][0]})
    for event_id, field, value, reason, source in EVENT_CHANGES:
        event = by_id[event_id]
        if event.get(field) == value:
            continue
        log.append({'date': date, 'file': 'events.json', 'key': event_id, 'field': field, 'old': event.get(field),
                    'new': value, 'reason': reason, 'source': source})
        event[field] = value
    for event_id, extra in ADD_SOURCES.items():
        by_id[event_id]['sources'] += [s for s in extra if s not in by_id[event_id]['sources']]

    events['events'].sort(key=lambda e: e['start'])  # stable: same-day events keep their order
    revisions['revisions'] += log
    for path, data in ((EVENTS, events), (SOURCES, sources), (REVISIONS, revisions)):
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write('\n')
    print(f'{len(log)} revisions logged')


if __name__ == '__main__':
    main()
