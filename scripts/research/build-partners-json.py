#!/usr/bin/python3
"""Build scripts/research/partners/partners.json.

Merchandise trade of the five Central Asian states with their main partners, as each state reports it
(reporter = the Central Asian state), 1992-2025, current US$.

Inputs (read-only), under the research directory (default: <repo>/../shared/research, or --research DIR):
  imf-dots/DOTS_{103,109,192,201,210}.xlsx       IMF DOTS extracts, US$ millions (sheet 1 exports FOB,
                                                 sheet 2 imports CIF)
  national-stats/kaz-bns-by-country-YYYY.xls     Kazakhstan BNS, thousand US$
  national-stats/kgz-nsc-4.03.00.18-...xlsx      Kyrgyzstan NSC exports by partner, thousand US$
  national-stats/kgz-nsc-4.03.00.20-...xlsx      Kyrgyzstan NSC imports by partner, thousand US$
  national-stats/uzb-stat-sdmx-{1105,1176}-...csv Uzbekistan statistics agency, thousand US$
Figures from official releases quoted in stored news pages (2021-2025) are entered by hand below
(RELEASES), each with its URL and the wording of the figure.

The script is deterministic (same inputs -> byte-identical output). It runs the consistency checks
and exits with status 1, printing file, row and rule, if any check fails. It also writes
scripts/research/partners/build-report.md (cross-checks and DOTS-vs-national differences).

Run with /usr/bin/python3 (Debian's python3-openpyxl and python3-xlrd).
"""
import argparse
import csv
import json
import os
import sys
from collections import defaultdict

try:
    import openpyxl
    import xlrd
except ImportError as exc:  # pragma: no cover
    sys.exit("needs openpyxl and xlrd (apt: python3-openpyxl python3-xlrd; run with /usr/bin/python3): %s" % exc)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(HERE, "partners")
AS_OF = "2026-12-01"

STATES = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
CA_NAMES = {"KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan", "TJK": "Tajikistan", "TKM": "Turkmenistan",
            "UZB": "Uzbekistan"}
EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
        "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]
PARTNERS = [
    ("CHN", "China"), ("RUS", "Russia"), ("EU27", "European Union (27, today's members throughout)"),
    ("TUR", "Türkiye"), ("USA", "United States"), ("KOR", "South Korea"), ("JPN", "Japan"), ("IRN", "Iran"),
    ("KAZ", "Kazakhstan"), ("KGZ", "Kyrgyzstan"), ("TJK", "Tajikistan"), ("TKM", "Turkmenistan"),
    ("UZB", "Uzbekistan"), ("WORLD", "World (all partners)"),
]
PARTNER_CODES = [c for c, _ in PARTNERS]
FLOWS = ["exports", "imports", "total"]

REPO_ML = "mary-lev/eu-export-sanctions"
COMMIT_ML = "4b6a5dfc864ab3352104974a4516458fd7347b38"
REPO_DOTS = "SamLeBlanc/Direction-of-Trade-Map"
COMMIT_DOTS = "a0b40afbac7cefc59a4b35c1ebe541ac546aafad"

# --------------------------------------------------------------------------------------------------
# Name matching
# --------------------------------------------------------------------------------------------------
# IMF DOTS partner rows (English, IMF spelling). Belgium-Luxembourg and Czechoslovakia are reported for
# early years only; their whole territory belongs to today's EU27, so they are part of the EU27 sum.
DOTS_NAMES = {
    "CHN": ["China, P.R.: Mainland"], "RUS": ["Russian Federation"], "TUR": ["Turkey"],
    "USA": ["United States"], "KOR": ["Korea, Rep. of"], "JPN": ["Japan"], "IRN": ["Iran, Islamic Rep. of"],
    "KAZ": ["Kazakhstan, Rep. of"], "KGZ": ["Kyrgyz Rep."], "TJK": ["Tajikistan, Rep. of"],
    "TKM": ["Turkmenistan"], "UZB": ["Uzbekistan, Rep. of"], "WORLD": ["World"],
}
DOTS_EU_ROWS = ["Austria", "Belgium", "Belgium-Luxembourg", "Bulgaria", "Croatia, Rep. of", "Cyprus",
                "Czech Rep.", "Czechoslovakia", "Denmark", "Estonia, Rep. of", "Finland", "France", "Germany",
                "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta",
                "Netherlands, The", "Poland, Rep. of", "Portugal", "Romania", "Slovak Rep.",
                "Slovenia, Rep. of", "Spain", "Sweden"]
DOTS_FILES = {"KAZ": "DOTS_103.xlsx", "KGZ": "DOTS_109.xlsx", "TJK": "DOTS_192.xlsx",
              "TKM": "DOTS_201.xlsx", "UZB": "DOTS_210.xlsx"}

# Kazakhstan BNS (Russian names, column 0)
KAZ_NAMES = {
    "CHN": "Китай", "RUS": "Россия", "TUR": "Турция", "USA": "Соединенные Штаты Америки",
    "KOR": "Республика Корея", "JPN": "Япония", "IRN": "Иран, Исламская Республика",
    "KGZ": "Кыргызстан", "TJK": "Таджикистан", "TKM": "Туркменистан", "UZB": "Узбекистан",
}
KAZ_EU = {"AUT": "Австрия", "BEL": "Бельгия", "BGR": "Болгария", "HRV": "Хорватия", "CYP": "Кипр",
          "CZE": "Чешская Республика", "DNK": "Дания", "EST": "Эстония", "FIN": "Финляндия", "FRA": "Франция",
          "DEU": "Германия", "GRC": "Греция", "HUN": "Венгрия", "IRL": "Ирландия", "ITA": "Италия",
          "LVA": "Республика Латвия", "LTU": "Литва", "LUX": "Люксембург", "MLT": "Мальта",
          "NLD": "Нидерланды", "POL": "Польша", "PRT": "Португалия", "ROU": "Румыния", "SVK": "Словакия",
          "SVN": "Словения", "ESP": "Испания", "SWE": "Швеция"}
KAZ_UK = "Соединенное Королевство"
KAZ_EU_AGG = "Страны ЕС"
# For each year: (file, sheet) of the latest vintage in the research folder.
KAZ_SHEETS = {2018: ("kaz-bns-by-country-2019.xls", "12_2018"), 2019: ("kaz-bns-by-country-2020.xls", "12_2019"),
              2020: ("kaz-bns-by-country-2021.xls", "12_2020"), 2021: ("kaz-bns-by-country-2022.xls", "2021"),
              2022: ("kaz-bns-by-country-2023.xls", "2022"), 2023: ("kaz-bns-by-country-2023.xls", "2023")}
KAZ_OLDER = {2019: ("kaz-bns-by-country-2019.xls", "12_2019"), 2020: ("kaz-bns-by-country-2020.xls", "12_2020"),
             2021: ("kaz-bns-by-country-2021.xls", "12_2021"), 2022: ("kaz-bns-by-country-2022.xls", "2022")}
KAZ_REPO_NAMES = {
    "kaz-bns-by-country-2019.xls": "Основные показатели внешней торговли_2019.xls",
    "kaz-bns-by-country-2020.xls": "Основные показатели внешней торговли_2020.xls",
    "kaz-bns-by-country-2021.xls": "Основные показатели внешней торговли_2021.xls",
    "kaz-bns-by-country-2022.xls": "Основные показатели внешней торговли по странам_2022.xls",
    "kaz-bns-by-country-2023.xls": "Основные показатели внешней торговли по странам_2023.xls",
}

# Kyrgyzstan NSC (English names, column 2)
KGZ_NAMES = {"CHN": "China", "RUS": "Russia", "TUR": "Turkey", "USA": "USA", "KOR": "The Republic of Korea",
             "JPN": "Japan", "IRN": "Iran", "KAZ": "Kazakhstan", "TJK": "Tajikistan", "TKM": "Turkmenistan",
             "UZB": "Uzbekistan", "WORLD": "Total"}
KGZ_EU = {"AUT": "Austria", "BEL": "Belgium", "BGR": "Bulgaria", "HRV": "Croatia", "CYP": "Cyprus",
          "CZE": "Czech Republic", "DNK": "Denmark", "EST": "Estonia", "FIN": "Finland", "FRA": "France",
          "DEU": "Germany", "GRC": "Greece", "HUN": "Hungary", "IRL": "Ireland", "ITA": "Italy", "LVA": "Latvia",
          "LTU": "Lithuania", "LUX": "Luxembourg", "MLT": "Malta", "NLD": "Netherlands", "POL": "Poland",
          "PRT": "Portugal", "ROU": "Romania", "SVK": "Slovakia", "SVN": "Slovenia", "ESP": "Spain",
          "SWE": "Sweden"}
KGZ_FILES = {"exports": ("kgz-nsc-4.03.00.18-exports-by-partner-1994-2023.xlsx", None),
             "imports": ("kgz-nsc-4.03.00.20-imports-by-partner-1994-2023.xlsx", "import")}

# Uzbekistan (ISO 3166 numeric codes, column "Code")
UZB_CODES = {"CHN": "156", "RUS": "643", "TUR": "792", "USA": "840", "KOR": "410", "JPN": "392", "IRN": "364",
             "KAZ": "398", "KGZ": "417", "TJK": "762", "TKM": "795"}
UZB_EU = {"AUT": "040", "BEL": "056", "BGR": "100", "HRV": "191", "CYP": "196", "CZE": "203", "DNK": "208",
          "EST": "233", "FIN": "246", "FRA": "250", "DEU": "276", "GRC": "300", "HUN": "348", "IRL": "372",
          "ITA": "380", "LVA": "428", "LTU": "440", "LUX": "442", "MLT": "470", "NLD": "528", "POL": "616",
          "PRT": "620", "ROU": "642", "SVK": "703", "SVN": "705", "ESP": "724", "SWE": "752"}
UZB_FILES = {"exports": "uzb-stat-sdmx-1105-exports-by-partner-2010-2023.csv",
             "imports": "uzb-stat-sdmx-1176-imports-by-partner-2010-2023.csv"}

# --------------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------------
def gh(repo, commit, path):
    return "%s %s at commit %s" % (repo, path, commit)


SOURCES = [
    {"id": "imf-dots-kazakhstan", "publisher": "IMF Direction of Trade Statistics (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)",
     "title": "Direction of Trade Statistics: Kazakhstan as reporter (DOTS_103.xlsx), exports FOB and imports CIF by partner, US$ millions",
     "url": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_103.xlsx",
     "covers": "Reporter KAZ; exports (FOB) to and imports (CIF) from every partner, annual 1992-2020, US$ millions (stored here as US$); values flagged ' e' are IMF estimates. Used for 1992-2017 (from 2018 the BNS table is primary).",
     "kind": "statistics", "via": gh(REPO_DOTS, COMMIT_DOTS, "data/DOTS/DOTS_103.xlsx")},
    {"id": "imf-dots-kyrgyzstan", "publisher": "IMF Direction of Trade Statistics (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)",
     "title": "Direction of Trade Statistics: Kyrgyz Republic as reporter (DOTS_109.xlsx), exports FOB and imports CIF by partner, US$ millions",
     "url": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_109.xlsx",
     "covers": "Reporter KGZ; exports (FOB) to and imports (CIF) from every partner, annual 1992-2020, US$ millions (stored here as US$). Used for 1992-1993 (from 1994 the NSC tables are primary).",
     "kind": "statistics", "via": gh(REPO_DOTS, COMMIT_DOTS, "data/DOTS/DOTS_109.xlsx")},
    {"id": "imf-dots-tajikistan", "publisher": "IMF Direction of Trade Statistics (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)",
     "title": "Direction of Trade Statistics: Tajikistan as reporter (DOTS_192.xlsx), exports FOB and imports CIF by partner, US$ millions",
     "url": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_192.xlsx",
     "covers": "Reporter TJK; exports (FOB) to and imports (CIF) from every partner, annual 1992-2020, US$ millions (stored here as US$); values flagged ' e' are IMF estimates. Used for all years 1992-2020 (no Tajik table found).",
     "kind": "statistics", "via": gh(REPO_DOTS, COMMIT_DOTS, "data/DOTS/DOTS_192.xlsx")},
    {"id": "imf-dots-turkmenistan", "publisher": "IMF Direction of Trade Statistics (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)",
     "title": "Direction of Trade Statistics: Turkmenistan as reporter (DOTS_201.xlsx), exports FOB and imports CIF by partner, US$ millions (IMF-derived estimates)",
     "url": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_201.xlsx",
     "covers": "Reporter slot TKM, but Turkmenistan publishes no partner statistics: the IMF fills these rows from partner (mirror) data. Exports (FOB) and imports (CIF), annual 1992-2020, US$ millions (stored here as US$). All used rows are basis 'mirror-estimate'.",
     "kind": "statistics", "via": gh(REPO_DOTS, COMMIT_DOTS, "data/DOTS/DOTS_201.xlsx")},
    {"id": "imf-dots-uzbekistan", "publisher": "IMF Direction of Trade Statistics (extract published in github.com/SamLeBlanc/Direction-of-Trade-Map)",
     "title": "Direction of Trade Statistics: Uzbekistan as reporter (DOTS_210.xlsx), exports FOB and imports CIF by partner, US$ millions",
     "url": "https://github.com/SamLeBlanc/Direction-of-Trade-Map/blob/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS/DOTS_210.xlsx",
     "covers": "Reporter UZB; exports (FOB) to and imports (CIF) from every partner, annual 1992-2020, US$ millions (stored here as US$); values flagged ' e' are IMF estimates. Used for 1992-2009 (from 2010 the statistics agency's SDMX series is primary).",
     "kind": "statistics", "via": gh(REPO_DOTS, COMMIT_DOTS, "data/DOTS/DOTS_210.xlsx")},
    {"id": "bns-kz-foreign-trade-by-country", "publisher": "Bureau of National Statistics of the Republic of Kazakhstan (Agency for Strategic Planning and Reforms)",
     "title": "Основные показатели внешней торговли Республики Казахстан (по странам), annual tables 2018-2023",
     "url": "https://stat.gov.kz/en/industries/economy/foreign-market/spreadsheets/?year=2021&name=47218&period=&type=",
     "covers": "Reporter KAZ; turnover, exports and imports by partner country and group, annual 2018-2023, thousand US$ (stored here as US$). One sheet per year; the latest vintage in the files is used (2023: publication of 25.07.2024).",
     "kind": "statistics",
     "via": "%s data/kazakhstan_data/ (files %s) at commit %s; the URL is the BNS page the repository names as its source" % (
         REPO_ML, "; ".join(KAZ_REPO_NAMES[k] for k in sorted(KAZ_REPO_NAMES)), COMMIT_ML)},
    {"id": "nsc-kg-exports-by-partner", "publisher": "National Statistical Committee of the Kyrgyz Republic",
     "title": "4.03.00.18 Географическое распределение экспорта товаров (Geographic distribution of exports of goods), 1994-2023",
     "url": "https://stat.gov.kg/ru/statistics/vneshneekonomicheskaya-deyatelnost/",
     "covers": "Reporter KGZ; exports by partner, annual 1994-2023, thousand US$ (stored here as US$). Totals (turnover) in this dataset are exports from this table + imports from table 4.03.00.20.",
     "kind": "statistics",
     "via": "%s data/kyrgyzstan_data/4.03.00.18  Географическое распределение экспорта товаров     ..xlsx at commit %s; the URL is the NSC section page the repository names as its source" % (REPO_ML, COMMIT_ML)},
    {"id": "nsc-kg-imports-by-partner", "publisher": "National Statistical Committee of the Kyrgyz Republic",
     "title": "4.03.00.20 Географическое распределение импорта товаров (Geographic distribution of imports of goods), 1994-2023",
     "url": "https://stat.gov.kg/ru/statistics/vneshneekonomicheskaya-deyatelnost/",
     "covers": "Reporter KGZ; imports by partner, annual 1994-2023 (2023 marked preliminary), thousand US$ (stored here as US$).",
     "kind": "statistics",
     "via": "%s data/kyrgyzstan_data/4.03.00.20 Географическое распределение импорта товаров..xlsx at commit %s; the URL is the NSC section page the repository names as its source" % (REPO_ML, COMMIT_ML)},
    {"id": "stat-uz-sdmx-1105-exports", "publisher": "Statistics Agency under the President of the Republic of Uzbekistan (now National Statistics Committee)",
     "title": "SDMX dataset 1105: exports of goods by partner country, 2010-2023",
     "url": "https://stat.uz/en/official-statistics/merchandise-trade",
     "covers": "Reporter UZB; exports by partner (228 rows incl. 'Other countries'), annual 2010-2023, thousand US$ (stored here as US$). No world or EU row: WORLD and EU27 are sums of partner rows. Totals = exports (1105) + imports (1176).",
     "kind": "statistics", "via": gh(REPO_ML, COMMIT_ML, "data/uzbekistan_data/sdmx_data_1105.csv") + "; the URL is the stat.uz page the repository names as its source"},
    {"id": "stat-uz-sdmx-1176-imports", "publisher": "Statistics Agency under the President of the Republic of Uzbekistan (now National Statistics Committee)",
     "title": "SDMX dataset 1176: imports of goods by partner country, 2010-2023",
     "url": "https://stat.uz/en/official-statistics/merchandise-trade",
     "covers": "Reporter UZB; imports by partner (234 rows incl. 'Other countries'), annual 2010-2023, thousand US$ (stored here as US$). No world or EU row: WORLD and EU27 are sums of partner rows.",
     "kind": "statistics", "via": gh(REPO_ML, COMMIT_ML, "data/uzbekistan_data/sdmx_data_1176.csv") + "; the URL is the stat.uz page the repository names as its source"},
]

# Official figures quoted in stored news pages. 'precision' is the rounding of the quoted figure (used
# only to judge whether it agrees with a table figure); 'wording' is the qualifier in the source.
NEWS_SOURCES = [
    {"id": "trend-2025-01-uzb-2024-trade", "publisher": "Trend News Agency",
     "title": "Uzbekistan's foreign trade turnover in 2024 (Trend, 21 January 2025)",
     "url": "https://en.trend.az/casia/uzbekistan/3995614.html",
     "covers": "Quotes Uzbekistan's Statistics Agency. UZB 2024 annual: world turnover, exports, imports; turnover with China, Russia, Kazakhstan; UZB 2023 world turnover (revised), current US$.",
     "kind": "news"},
    {"id": "trend-2024-11-uzb-jan-oct-2024", "publisher": "Trend News Agency",
     "title": "Uzbekistan's foreign trade turnover, January-October 2024 (Trend, 23 November 2024)",
     "url": "https://en.trend.az/casia/uzbekistan/3974263.html",
     "covers": "Quotes Uzbekistan's Statistics Agency. UZB Jan-Oct 2024: world turnover, exports, imports; turnover with China, Russia, Kazakhstan, current US$.",
     "kind": "news"},
    {"id": "prime-2026-01-uzb-rus-2025", "publisher": "PRIME (1prime.ru)",
     "title": "Торговый оборот Узбекистана с Россией вырос на 8,5 процента (22 January 2026)",
     "url": "https://1prime.ru/20260122/oborot-866784633.html",
     "covers": "Quotes Uzbekistan's National Statistics Committee. UZB 2025 annual: world turnover, exports, imports; trade with Russia (turnover, exports, imports), current US$.",
     "kind": "news"},
    {"id": "caspianpost-china-trade-boom", "publisher": "Caspian Post",
     "title": "What's driving China's trade boom with Central Asia",
     "url": "https://caspianpost.com/economics/what-s-driving-china-s-trade-boom-with-central-asia",
     "covers": "Quotes Uzbekistan's National Statistics Committee for UZB-China turnover 2025 annual, current US$ (other figures on the page are China's customs data and are not used here).",
     "kind": "news"},
    {"id": "trend-2024-05-kgz-kaz-2023", "publisher": "Trend News Agency",
     "title": "Kyrgyzstan and Kazakhstan aim to boost trade turnover to $3 billion (Trend, 24 May 2024)",
     "url": "https://en.trend.az/casia/kyrgyzstan/3903697.html",
     "covers": "Quotes Kyrgyzstan's statistics committee: KGZ-KAZ turnover, exports, imports 2022 and 2023 (used as a cross-check of the NSC tables).",
     "kind": "news"},
    {"id": "trend-2025-03-kgz-chn-2024", "publisher": "Trend News Agency",
     "title": "China and Kyrgyzstan plan to raise trade turnover to $45 billion by 2030 (Trend, 17 March 2025)",
     "url": "https://en.trend.az/casia/kyrgyzstan/4019299.html",
     "covers": "Quotes the National Statistics Committee of Kyrgyzstan: KGZ-China turnover 2024 annual, current US$.",
     "kind": "news"},
    {"id": "24kg-kgz-china-2024-national", "publisher": "24.kg",
     "title": "Trade turnover between Kyrgyzstan and China increases by 44.7 percent in 2024 (title from URL)",
     "url": "https://24.kg/english/336366_Trade_turnover_between_Kyrgyzstan_and_China_increases_by_447_percent_in_2024/",
     "covers": "Quotes Kyrgyz Deputy Chairman of the Cabinet B. Torobaev: KGZ-China turnover 2024 and KGZ exports to China 2024 (named in notes only; see NOTES.md).",
     "kind": "news"},
    {"id": "24kg-2025-china-reports-2024-trade", "publisher": "24.kg",
     "title": "Trade with Kyrgyzstan increased by almost $3 billion in 2024, China reports (title from URL)",
     "url": "https://24.kg/english/317870_Trade_with_Kyrgyzstan_increased_by_almost_3_billion_in_2024_China_reports__/",
     "covers": "Quotes the National Statistical Committee of the Kyrgyz Republic: KGZ-China turnover Jan-Nov 2024, current US$ (the page's other figures are China's customs data, not used here).",
     "kind": "news"},
    {"id": "finmarket-vch-kgz-rus-2024", "publisher": "Finmarket (republished by vch.ru)",
     "title": "Товарооборот России и Киргизии вырос в 2024 году на 17%",
     "url": "http://wap.vch.ru/event/view.html?alias=tovarooborot_rossii_i_kirgizii_vyros_v_2024_godu_na_17_",
     "covers": "Quotes Kyrgyz Foreign Minister Zh. Kulubaev citing Kyrgyz data: KGZ-Russia turnover 2024 annual, current US$.",
     "kind": "news"},
    {"id": "intellinews-china-eclipses-russia-2023", "publisher": "bne IntelliNews",
     "title": "China eclipses Russia as Central Asia's top trade partner in 2023",
     "url": "https://intellinews.com/china-eclipses-russia-as-central-asia-s-top-trade-partner-in-2023-306080",
     "covers": "Quotes Kazakhstan's National Statistics Bureau: KAZ turnover with China and Russia, Jan-Sep 2023, current US$.",
     "kind": "news"},
    {"id": "astanatimes-2024-02-digest", "publisher": "The Astana Times",
     "title": "News digest: foreign media on Kazakhstan's trade partners, tourism, Middle Corridor and more (February 2024)",
     "url": "https://astanatimes.com/2024/02/news-digest-foreign-media-on-kazakhstans-trade-partners-tourism-middle-corridor-and-more/",
     "covers": "Quotes Kazakhstan's Center for Trade Policy Development (via Azernews): KAZ 2023 turnover with China, Russia and Italy (named in notes of the BNS 2023 rows only).",
     "kind": "news"},
    {"id": "trend-2024-05-kaz-tur-2023", "publisher": "Trend News Agency",
     "title": "Trade turnover between Kazakhstan and Türkiye to reach $10 billion (Trend, 20 May 2024)",
     "url": "https://en.trend.az/casia/kazakhstan/3901538.html",
     "covers": "KAZ-Türkiye turnover, exports and imports 2023 (corroborates the BNS 2023 rows).",
     "kind": "news"},
    {"id": "tass-2024-01-tjk-rus-2023", "publisher": "TASS",
     "title": "Tajikistan-Russia trade in 2023 (TASS, 23 January 2024)",
     "url": "https://tass.com/economy/1736063",
     "covers": "Quotes the Statistics Agency under the President of Tajikistan: TJK 2023 annual trade with Russia (turnover, imports), Kazakhstan (exports, imports), Uzbekistan and Kyrgyzstan (turnover); TJK-Russia turnover 2022, current US$.",
     "kind": "news"},
    {"id": "tass-2024-05-tjk-jan-apr-2024", "publisher": "TASS",
     "title": "Russia remains Tajikistan's main trade partner in January-April 2024 (TASS, 31 May 2024)",
     "url": "https://tass.com/economy/1796443",
     "covers": "Quotes the Agency for Statistics under the President of Tajikistan: TJK Jan-Apr 2024 trade with Russia, China, Kazakhstan and the world, current US$.",
     "kind": "news"},
    {"id": "tass-2024-07-tjk-jan-may-2024", "publisher": "TASS",
     "title": "Tajikistan-Russia trade in January-May 2024 (TASS, 1 July 2024)",
     "url": "https://tass.com/economy/1810877",
     "covers": "Quotes the Statistics Agency under the President of Tajikistan: TJK Jan-May 2024 trade with Russia, China, Kazakhstan and the world, current US$.",
     "kind": "news"},
    {"id": "tass-2024-08-tjk-rus-jan-jul-2024", "publisher": "TASS",
     "title": "Tajikistan-Russia trade exceeds $1.1 bln in 2024 (TASS, 20 August 2024)",
     "url": "https://tass.com/economy/1831317",
     "covers": "Quotes Tajikistan's statistical agency: TJK-Russia turnover, imports and exports Jan-Jul 2024; turnover H1 2024, current US$.",
     "kind": "news"},
    {"id": "tass-2025-07-tjk-jan-may-2025", "publisher": "TASS",
     "title": "China and Russia remain Tajikistan's main trade partners (TASS, 15 July 2025)",
     "url": "https://tass.com/economy/1989817",
     "covers": "Quotes the Agency of Statistics under the President of Tajikistan (via Asia-Plus) for TJK Jan-May 2025 trade with China and Russia, and the Customs Service of Tajikistan for TJK world trade 2024 annual, current US$.",
     "kind": "news"},
    {"id": "orda-2025-china-ca-2024", "publisher": "Orda.kz",
     "title": "China's trade with Central Asia hits $94.8 billion in 2024",
     "url": "https://en.orda.kz/chinas-trade-with-central-asia-hits-948-billion-in-2024-4874/",
     "covers": "Quotes Tajikistan's statistical agency (via Asia-Plus): TJK-China turnover 2024 annual, current US$ (the page's other figures are China's customs data, not used here).",
     "kind": "news"},
    {"id": "eadaily-2022-04-tjk-q1-2022", "publisher": "EADaily (citing Avesta.tj)",
     "title": "СМИ: Россия - основной партнер Таджикистана по общему товарообороту (28 April 2022)",
     "url": "https://eadaily.com/ru/news/2022/04/28/smi-rossiya-osnovnoy-partner-tadzhikistana-po-obshchemu-tovarooborotu",
     "covers": "Tajik statistics via Avesta.tj: TJK turnover with Russia and China, Jan-Mar 2022, current US$.",
     "kind": "news"},
    {"id": "menafn-trend-2024-01-tkm-tur-2023", "publisher": "MENAFN (Trend News Agency)",
     "title": "Turkmenistan, Türkiye strengthen trade bonds with rising turnover (31 January 2024)",
     "url": "https://menafn.com/1107790316/Turkmenistan-Tu%CC%88rkiye-Strengthen-Trade-Bonds-With-Rising-Turnover",
     "covers": "Türkiye's ambassador in Ashgabat: TKM-Türkiye turnover 2023 (Türkiye's side; mirror figure, not Turkmen statistics).",
     "kind": "news"},
    {"id": "turkishnewsworld-tkm-tur-2024", "publisher": "Turkish News World (German edition, citing Orient.tm)",
     "title": "Der Handelsumsatz zwischen Turkmenistan und der Türkei übersteigt im Jahr 2024 2 Milliarden US-Dollar",
     "url": "https://de.turkishnewsworld.com/der-handelsumsatz-zwischen-turkmenistan-und-der-tuerkei-uebersteigt-im-jahr-2024-2-milliarden-us-dollar-im-orient",
     "covers": "Türkiye's ambassador in Ashgabat: TKM-Türkiye turnover 2024 (Türkiye's side; mirror figure, not Turkmen statistics).",
     "kind": "news"},
    {"id": "trend-2025-02-tkm-tur-2024", "publisher": "Trend News Agency",
     "title": "Türkiye aims to increase trade volume with Turkmenistan to $5 billion (Trend, 25 February 2025)",
     "url": "https://en.trend.az/casia/turkmenistan/4010209.html",
     "covers": "TKM-Türkiye turnover 2024, rounded (corroborates the ambassador's figure).",
     "kind": "news"},
]

B = 1e9
M = 1e6
# reporter, partner, year, period, flow, value, source, basis, wording/precision, extra note
RELEASES = [
    # ---- Uzbekistan 2024 / 2025 annual, Jan-Oct 2024
    dict(r="UZB", p="WORLD", y=2024, per="annual", f="total", v=65.9 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2024, per="annual", f="exports", v=26.9 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2024, per="annual", f="imports", v=38.9 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="CHN", y=2024, per="annual", f="total", v=12.4 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="RUS", y=2024, per="annual", f="total", v=11.6 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="KAZ", y=2024, per="annual", f="total", v=4.2 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2024, per="Jan-Oct", f="total", v=54.3 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2024, per="Jan-Oct", f="exports", v=22.4 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2024, per="Jan-Oct", f="imports", v=31.9 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="CHN", y=2024, per="Jan-Oct", f="total", v=10.2 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="RUS", y=2024, per="Jan-Oct", f="total", v=9.6 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="KAZ", y=2024, per="Jan-Oct", f="total", v=3.4 * B, s="trend-2024-11-uzb-jan-oct-2024", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2025, per="annual", f="total", v=81.2 * B, s="prime-2026-01-uzb-rus-2025", prec=0.1 * B),
    dict(r="UZB", p="WORLD", y=2025, per="annual", f="exports", v=33.812 * B, s="prime-2026-01-uzb-rus-2025", prec=0.001 * B),
    dict(r="UZB", p="WORLD", y=2025, per="annual", f="imports", v=47.355 * B, s="prime-2026-01-uzb-rus-2025", prec=0.001 * B),
    dict(r="UZB", p="RUS", y=2025, per="annual", f="total", v=12.986 * B, s="prime-2026-01-uzb-rus-2025", prec=0.001 * B),
    dict(r="UZB", p="RUS", y=2025, per="annual", f="exports", v=4.342 * B, s="prime-2026-01-uzb-rus-2025", prec=0.001 * B),
    dict(r="UZB", p="RUS", y=2025, per="annual", f="imports", v=8.644 * B, s="prime-2026-01-uzb-rus-2025", prec=0.001 * B),
    dict(r="UZB", p="CHN", y=2025, per="annual", f="total", v=17.2 * B, s="caspianpost-china-trade-boom", prec=0.1 * B),
    # ---- Kyrgyzstan 2024
    dict(r="KGZ", p="CHN", y=2024, per="annual", f="total", v=5.5 * B, s="trend-2025-03-kgz-chn-2024", prec=0.1 * B,
         note="24.kg (source: 24kg-kgz-china-2024-national) quotes Deputy Chairman of the Cabinet B. Torobaev with $5.3 bn (+44.7 %) and Kyrgyz exports to China of $2.04 bn ('93 times' 2023); that growth rate does not fit the NSC 2023 table ($5.43 bn), so one of the two is revised or misquoted; the 24.kg figures are not used as observations."),
    dict(r="KGZ", p="CHN", y=2024, per="Jan-Nov", f="total", v=5.1 * B, s="24kg-2025-china-reports-2024-trade", prec=0.1 * B),
    dict(r="KGZ", p="RUS", y=2024, per="annual", f="total", v=3.2 * B, s="finmarket-vch-kgz-rus-2024", prec=0.1 * B,
         note="Stated by Foreign Minister Zh. Kulubaev 'according to the Kyrgyz side' (по данным киргизской стороны); not an NSC table."),
    # ---- Kazakhstan, partial 2023
    dict(r="KAZ", p="CHN", y=2023, per="Jan-Sep", f="total", v=21.7 * B, s="intellinews-china-eclipses-russia-2023", prec=0.1 * B),
    dict(r="KAZ", p="RUS", y=2023, per="Jan-Sep", f="total", v=18.9 * B, s="intellinews-china-eclipses-russia-2023", prec=0.1 * B),
    # ---- Tajikistan
    dict(r="TJK", p="CHN", y=2022, per="Jan-Mar", f="total", v=344.4 * M, s="eadaily-2022-04-tjk-q1-2022", prec=0.1 * M, wording="более $344,4 млн (more than)"),
    dict(r="TJK", p="RUS", y=2022, per="Jan-Mar", f="total", v=364.9 * M, s="eadaily-2022-04-tjk-q1-2022", prec=0.1 * M,
         note="Figure as quoted in partners-notes.md from this page; the stored page itself was not re-read for this figure (the China figure on the same page was)."),
    dict(r="TJK", p="RUS", y=2022, per="annual", f="total", v=1.6 * B, s="tass-2024-01-tjk-rus-2023", prec=0.1 * B, wording="exceeded $1.6 bln"),
    dict(r="TJK", p="RUS", y=2023, per="annual", f="total", v=1.7 * B, s="tass-2024-01-tjk-rus-2023", prec=0.1 * B, wording="surpassing $1.7 bln",
         note="Later TASS reports (source: tass-2024-07-tjk-jan-may-2024; tass-2024-08-tjk-rus-jan-jul-2024) say 'about $1.8 billion' for 2023. The same TASS page gives Tajik exports to Russia as '$134.7 bln', an evident unit error, so no export figure is stored."),
    dict(r="TJK", p="RUS", y=2023, per="annual", f="imports", v=1.58 * B, s="tass-2024-01-tjk-rus-2023", prec=0.01 * B),
    dict(r="TJK", p="KAZ", y=2023, per="annual", f="exports", v=255.8 * M, s="tass-2024-01-tjk-rus-2023", prec=0.1 * M, wording="roughly $255.8 mln"),
    dict(r="TJK", p="KAZ", y=2023, per="annual", f="imports", v=893 * M, s="tass-2024-01-tjk-rus-2023", prec=1 * M, wording="nearly $893 mln"),
    dict(r="TJK", p="UZB", y=2023, per="annual", f="total", v=500 * M, s="tass-2024-01-tjk-rus-2023", prec=100 * M, wording="more than $500 mln"),
    dict(r="TJK", p="KGZ", y=2023, per="annual", f="total", v=11.7 * M, s="tass-2024-01-tjk-rus-2023", prec=0.1 * M, wording="around $11.7 mln"),
    dict(r="TJK", p="WORLD", y=2024, per="annual", f="total", v=8.9 * B, s="tass-2025-07-tjk-jan-may-2025", prec=0.1 * B, wording="over $8.9 bln",
         note="Figure of the Customs Service of Tajikistan (not the statistics agency)."),
    dict(r="TJK", p="CHN", y=2024, per="annual", f="total", v=1.96 * B, s="orda-2025-china-ca-2024", prec=0.01 * B, wording="approximately $1.96 billion"),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Apr", f="total", v=636.8 * M, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * M),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Apr", f="imports", v=600.7 * M, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * M, wording="about $600.7 mln"),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Apr", f="exports", v=36.1 * M, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * M),
    dict(r="TJK", p="CHN", y=2024, per="Jan-Apr", f="total", v=548.7 * M, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * M, wording="more than $548.7 mln"),
    dict(r="TJK", p="KAZ", y=2024, per="Jan-Apr", f="total", v=441.6 * M, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * M),
    dict(r="TJK", p="WORLD", y=2024, per="Jan-Apr", f="total", v=2.7 * B, s="tass-2024-05-tjk-jan-apr-2024", prec=0.1 * B, wording="more than $2.7 bln"),
    dict(r="TJK", p="RUS", y=2024, per="Jan-May", f="total", v=823 * M, s="tass-2024-07-tjk-jan-may-2024", prec=1 * M, wording="exceeded $823 million"),
    dict(r="TJK", p="RUS", y=2024, per="Jan-May", f="imports", v=770.3 * M, s="tass-2024-07-tjk-jan-may-2024", prec=0.1 * M),
    dict(r="TJK", p="RUS", y=2024, per="Jan-May", f="exports", v=52.8 * M, s="tass-2024-07-tjk-jan-may-2024", prec=0.1 * M, wording="about $52.8 million"),
    dict(r="TJK", p="CHN", y=2024, per="Jan-May", f="total", v=726.8 * M, s="tass-2024-07-tjk-jan-may-2024", prec=0.1 * M,
         note="The page writes '$726.8' without a unit; millions are implied by the context (second partner after Russia's $823 million)."),
    dict(r="TJK", p="KAZ", y=2024, per="Jan-May", f="total", v=550 * M, s="tass-2024-07-tjk-jan-may-2024", prec=1 * M),
    dict(r="TJK", p="WORLD", y=2024, per="Jan-May", f="total", v=3.78 * B, s="tass-2024-07-tjk-jan-may-2024", prec=0.01 * B),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Jun", f="total", v=968.5 * M, s="tass-2024-08-tjk-rus-jan-jul-2024", prec=0.1 * M),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Jul", f="total", v=1118 * M, s="tass-2024-08-tjk-rus-jan-jul-2024", prec=1 * M),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Jul", f="imports", v=1054 * M, s="tass-2024-08-tjk-rus-jan-jul-2024", prec=1 * M),
    dict(r="TJK", p="RUS", y=2024, per="Jan-Jul", f="exports", v=63.7 * M, s="tass-2024-08-tjk-rus-jan-jul-2024", prec=0.1 * M),
    dict(r="TJK", p="CHN", y=2025, per="Jan-May", f="total", v=964 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M),
    dict(r="TJK", p="CHN", y=2025, per="Jan-May", f="exports", v=177 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M, wording="over $177 mln"),
    dict(r="TJK", p="CHN", y=2025, per="Jan-May", f="imports", v=787 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M, wording="approximately $787 mln"),
    dict(r="TJK", p="RUS", y=2025, per="Jan-May", f="total", v=900 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M, wording="almost $900 mln"),
    dict(r="TJK", p="RUS", y=2025, per="Jan-May", f="exports", v=42 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M),
    dict(r="TJK", p="RUS", y=2025, per="Jan-May", f="imports", v=858 * M, s="tass-2025-07-tjk-jan-may-2025", prec=1 * M),
    # ---- Turkmenistan: Türkiye's side only (mirror)
    dict(r="TKM", p="TUR", y=2023, per="annual", f="total", v=2.5 * B, s="menafn-trend-2024-01-tkm-tur-2023", prec=0.1 * B, wording="over $2.5 billion", basis="mirror-estimate"),
    dict(r="TKM", p="TUR", y=2024, per="annual", f="total", v=2.166 * B, s="turkishnewsworld-tkm-tur-2024", prec=0.001 * B, basis="mirror-estimate"),
]
# Figures that corroborate (or contradict) an observation made from another source: they are named in
# that observation's note and, when consistent with it, make it 'verified'.
CORROBORATIONS = [
    dict(r="TKM", p="TUR", y=2024, per="annual", f="total", v=2.1 * B, s="trend-2025-02-tkm-tur-2024", prec=0.1 * B),
    dict(r="KAZ", p="TUR", y=2023, per="annual", f="total", v=6.0 * B, s="trend-2024-05-kaz-tur-2023", prec=1 * B),
    dict(r="KAZ", p="TUR", y=2023, per="annual", f="exports", v=4.0 * B, s="trend-2024-05-kaz-tur-2023", prec=1 * B),
    dict(r="KAZ", p="TUR", y=2023, per="annual", f="imports", v=2.0 * B, s="trend-2024-05-kaz-tur-2023", prec=1 * B),
    dict(r="KAZ", p="CHN", y=2023, per="annual", f="total", v=31.5 * B, s="astanatimes-2024-02-digest", prec=0.1 * B),
    dict(r="KAZ", p="RUS", y=2023, per="annual", f="total", v=26.0 * B, s="astanatimes-2024-02-digest", prec=0.1 * B),
    dict(r="KGZ", p="KAZ", y=2023, per="annual", f="total", v=1.317 * B, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * B),
    dict(r="KGZ", p="KAZ", y=2023, per="annual", f="exports", v=455.702 * M, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * M),
    dict(r="KGZ", p="KAZ", y=2023, per="annual", f="imports", v=862.182 * M, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * M),
    dict(r="KGZ", p="KAZ", y=2022, per="annual", f="total", v=1.181 * B, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * B),
    dict(r="KGZ", p="KAZ", y=2022, per="annual", f="exports", v=410.888 * M, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * M),
    dict(r="KGZ", p="KAZ", y=2022, per="annual", f="imports", v=770.215 * M, s="trend-2024-05-kgz-kaz-2023", prec=0.001 * M),
    dict(r="UZB", p="WORLD", y=2023, per="annual", f="total", v=63.5 * B, s="trend-2025-01-uzb-2024-trade", prec=0.1 * B),
    dict(r="TJK", p="RUS", y=2024, per="Jan-May", f="total", v=823.1 * M, s="tass-2024-07-tjk-jan-may-2024", prec=None, skip=True),
]

# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------
ERRORS = []


def fail(file, row, rule, msg):
    ERRORS.append("%s | %s | %s | %s" % (file, row, rule, msg))


def usd(x):
    return int(round(x))


def fmt(v):
    v = float(v)
    if abs(v) >= 1e9:
        return "$%.3f bn" % (v / 1e9)
    if abs(v) >= 1e6:
        return "$%.2f m" % (v / 1e6)
    return "$%.0f" % v


def pct(a, b):
    return (a - b) / b * 100.0 if b else float("inf")


# --------------------------------------------------------------------------------------------------
# readers
# --------------------------------------------------------------------------------------------------
def parse_dots_cell(v):
    """Return (value_in_millions, is_estimate) or None."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v), False
    s = str(v).strip()
    if not s:
        return None
    est = False
    if s.endswith(" e"):
        est = True
        s = s[:-2]
    s = s.replace(",", "")
    try:
        return float(s), est
    except ValueError:
        raise ValueError("unparsed DOTS cell %r" % v)


def read_dots(path):
    """{flow: {row_name: {year: (millions, est)}}}, plus list of duplicate names."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out = {}
    for flow, ws in zip(["exports", "imports"], wb.worksheets[:2]):
        rows = list(ws.iter_rows(values_only=True))
        header = rows[6]
        years = {}
        for j, h in enumerate(header):
            if h is not None and str(h).strip().isdigit():
                years[j] = int(str(h).strip())
        table = {}
        for i, r in enumerate(rows[7:], start=8):
            name = r[1]
            if not name:
                continue
            vals = {}
            for j, y in years.items():
                try:
                    c = parse_dots_cell(r[j] if j < len(r) else None)
                except ValueError as e:
                    fail(path, i, "parse", str(e))
                    c = None
                if c is not None:
                    vals[y] = c
            if name in table and table[name] != vals:
                fail(path, i, "duplicate-row", "row %r appears twice with different values" % name)
            table[name] = vals
        out[flow] = table
    return out


def read_kaz_sheet(path, sheet):
    wb = xlrd.open_workbook(path)
    sh = wb.sheet_by_name(sheet)
    rows = {}
    for r in range(sh.nrows):
        name = str(sh.cell_value(r, 0)).strip()
        if not name:
            continue
        key = "Всего" if name.startswith("Всего") else name

        def num(c):
            v = sh.cell_value(r, c)
            if v == "" or v is None:
                return None
            if isinstance(v, str):
                v = v.strip().replace(",", ".").replace(" ", "")
                if v in ("", "-"):
                    return None
                try:
                    return float(v)
                except ValueError:
                    return None
            return float(v)
        vals = {"total": num(1), "exports": num(3), "imports": num(5)}
        if all(x is None for x in vals.values()):
            continue
        if key in rows and key != "Всего":
            fail(path, r + 1, "duplicate-row", "%s sheet %s: %r twice" % (os.path.basename(path), sheet, key))
        if key not in rows:
            rows[key] = (vals, r + 1)
    return rows


def read_kgz(path, sheet):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    hdr_i = None
    for i, r in enumerate(rows):
        if len(r) > 3 and r[3] in (1994, "1994"):
            hdr_i = i
            break
    if hdr_i is None:
        raise SystemExit("%s: header row with 1994 not found" % path)
    years = {}
    prelim = set()
    for j, h in enumerate(rows[hdr_i]):
        if h is None or j < 3:
            continue
        s = str(h).strip()
        if s[:4].isdigit():
            years[j] = int(s[:4])
            if s != s[:4]:
                prelim.add(int(s[:4]))
    table = {}
    for i, r in enumerate(rows[hdr_i + 1:], start=hdr_i + 2):
        name = r[2]
        if not name:
            continue
        name = str(name).strip()
        vals = {}
        for j, y in years.items():
            v = r[j] if j < len(r) else None
            if isinstance(v, (int, float)):
                vals[y] = float(v)
        if name in table:
            if table[name][0] != vals:
                fail(path, i, "duplicate-row", "row %r appears twice with different values" % name)
            continue
        table[name] = (vals, i)
    return table, prelim


def read_uzb(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        years = [(j, int(h)) for j, h in enumerate(header) if h.strip().isdigit()]
        table = {}
        for i, r in enumerate(rd, start=2):
            if not r or not r[0].strip():
                continue
            code = r[0].strip()
            code = code.zfill(3) if code != "0" else "0"
            vals = {}
            for j, y in years:
                s = r[j].strip() if j < len(r) else ""
                if s:
                    vals[y] = float(s)
            if code in table:
                fail(path, i, "duplicate-row", "code %s twice" % code)
            table[code] = (vals, i, r[3] if len(r) > 3 else "")
    return table


# --------------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--research", default=os.path.normpath(os.path.join(REPO, "..", "shared", "research")))
    ap.add_argument("--out", default=os.path.join(OUT_DIR, "partners.json"))
    args = ap.parse_args()
    RD = args.research
    NS = os.path.join(RD, "national-stats")
    DD = os.path.join(RD, "imf-dots")

    obs = {}          # key -> record
    provenance = {}   # key -> "file | row"
    report = []       # lines for build-report.md
    dots_vs_nat = []  # (reporter, partner, year, flow, nat, dots, diff%)

    def key(r, p, y, per, f):
        return (r, p, y, per, f)

    def add(r, p, y, per, f, value, source, basis, conf, note, prov):
        k = key(r, p, y, per, f)
        if k in obs:
            fail(prov, "-", "duplicate-key", "%s already from %s" % (k, provenance[k]))
            return
        rec = {"reporter": r, "partner": p, "year": y, "period": per, "flow": f, "value": usd(value),
               "source": source, "basis": basis, "confidence": conf}
        if note:
            rec["note"] = note
        obs[k] = rec
        provenance[k] = prov

    # ---------------- DOTS (all years, kept aside; used where no national table exists)
    dots = {}
    dots_eu_agg = {}
    for st in STATES:
        path = os.path.join(DD, DOTS_FILES[st])
        d = read_dots(path)
        for flow in ("exports", "imports"):
            tbl = d[flow]
            for code, names in DOTS_NAMES.items():
                if code == st:
                    continue
                for nm in names:
                    if nm not in tbl:
                        fail(path, "-", "name-match", "row %r not found (%s)" % (nm, flow))
                        continue
                    for y, (v, e) in tbl[nm].items():
                        dots[(st, code, y, flow)] = (v, e, "%s sheet %s row %r" % (DOTS_FILES[st], flow, nm))
            # EU27 = sum of member rows
            missing = [nm for nm in DOTS_EU_ROWS if nm not in tbl]
            for nm in missing:
                fail(path, "-", "name-match", "EU member row %r not found (%s)" % (nm, flow))
            years = sorted({y for nm in DOTS_EU_ROWS if nm in tbl for y in tbl[nm]})
            for y in years:
                parts = [(nm, tbl[nm][y]) for nm in DOTS_EU_ROWS if nm in tbl and y in tbl[nm]]
                v = sum(x[1][0] for x in parts)
                e = any(x[1][1] for x in parts)
                both_bl = any(nm == "Belgium-Luxembourg" for nm, _ in parts) and any(nm in ("Belgium", "Luxembourg") for nm, _ in parts)
                both_cs = any(nm == "Czechoslovakia" for nm, _ in parts) and any(nm in ("Czech Rep.", "Slovak Rep.") for nm, _ in parts)
                extra = []
                if both_bl:
                    extra.append("Belgium-Luxembourg and Belgium/Luxembourg rows both have values this year (summed)")
                if both_cs:
                    extra.append("Czechoslovakia and Czech/Slovak rows both have values this year (summed)")
                dots[(st, "EU27", y, flow)] = (v, e, "%s sheet %s: sum of %d EU27 member rows" % (DOTS_FILES[st], flow, len(parts)),
                                               len(parts), [nm for nm, _ in parts], extra)
            if "European Union" in tbl:
                for y, (v, e) in tbl["European Union"].items():
                    dots_eu_agg[(st, y, flow)] = v
            if "United Kingdom" in tbl:
                for y, (v, e) in tbl["United Kingdom"].items():
                    dots_eu_agg[(st, y, flow, "GBR")] = v
            # estimate flags anywhere in the year (for WORLD notes)
            for nm, vals in tbl.items():
                for y, (v, e) in vals.items():
                    if e:
                        dots_eu_agg.setdefault(("est-any", st, y, flow), 0)
                        dots_eu_agg[("est-any", st, y, flow)] += 1

    # ---------------- Kazakhstan BNS
    nat_years = {"KAZ": set(), "KGZ": set(), "UZB": set()}
    eu_agg_notes = []
    for y in sorted(KAZ_SHEETS):
        fn, sheet = KAZ_SHEETS[y]
        path = os.path.join(NS, fn)
        rows = read_kaz_sheet(path, sheet)
        nat_years["KAZ"].add(y)
        label = "%s sheet %s" % (fn, sheet)
        if "Всего" not in rows:
            fail(path, "-", "name-match", "total row not found in %s" % sheet)
            continue
        world_vals, wrow = rows["Всего"]
        for f in FLOWS:
            if world_vals[f] is not None:
                add("KAZ", "WORLD", y, "annual", f, world_vals[f] * 1000, "bns-kz-foreign-trade-by-country",
                    "national-statistics", "single-source", "BNS row 'Всего' (all partners).", "%s row %d" % (label, wrow))
        for code, nm in KAZ_NAMES.items():
            if nm not in rows:
                fail(path, "-", "name-match", "%r not found in %s" % (nm, sheet))
                continue
            vals, rr = rows[nm]
            for f in FLOWS:
                if vals[f] is not None:
                    add("KAZ", code, y, "annual", f, vals[f] * 1000, "bns-kz-foreign-trade-by-country",
                        "national-statistics", "single-source", None, "%s row %d" % (label, rr))
        # EU27 from members
        miss = [nm for nm in KAZ_EU.values() if nm not in rows]
        for f in FLOWS:
            s = 0.0
            n = 0
            for iso, nm in KAZ_EU.items():
                if nm in rows and rows[nm][0][f] is not None:
                    s += rows[nm][0][f]
                    n += 1
            agg = rows.get(KAZ_EU_AGG, (None,))[0]
            aggv = agg[f] if agg else None
            ukv = rows[KAZ_UK][0][f] if KAZ_UK in rows else None
            note = "Sum of %d EU27 member rows of the BNS table" % n
            if miss:
                note += " (no row for: %s)" % ", ".join(miss)
            if aggv is not None:
                d27 = pct(s, aggv)
                d28 = pct(s + (ukv or 0), aggv)
                if abs(d27) < 0.01:
                    memb = "equals this 27-member sum"
                elif abs(d28) < 0.01:
                    memb = "equals the 27 members plus the United Kingdom (EU28)"
                else:
                    memb = "differs from the 27-member sum by %.2f %%" % d27
                note += "; BNS's own 'Страны ЕС' row gives %s, which %s." % (fmt(aggv * 1000), memb)
                eu_agg_notes.append(("KAZ", y, f, s * 1000, aggv * 1000, memb))
            add("KAZ", "EU27", y, "annual", f, s * 1000, "bns-kz-foreign-trade-by-country", "national-statistics",
                "single-source", note, "%s EU member rows" % label)
        # turnover consistency inside the table is checked later with all others.
    # vintages
    for y, (fn, sheet) in sorted(KAZ_OLDER.items()):
        old = read_kaz_sheet(os.path.join(NS, fn), sheet)
        for code in ["WORLD"] + list(KAZ_NAMES):
            nm = "Всего" if code == "WORLD" else KAZ_NAMES[code]
            if nm not in old:
                continue
            for f in FLOWS:
                k = key("KAZ", code, y, "annual", f)
                ov = old[nm][0][f]
                if k in obs and ov is not None:
                    d = pct(obs[k]["value"], ov * 1000)
                    if abs(d) > 0.1:
                        report.append("- KAZ %s %d %s: latest vintage %s vs earlier vintage (%s sheet %s) %s (%.2f %%)" % (
                            code, y, f, fmt(obs[k]["value"]), fn, sheet, fmt(ov * 1000), d))

    # ---------------- Kyrgyzstan NSC
    kgz = {}
    kgz_prelim = {}
    kgz_rows = {}
    for flow, (fn, sheet) in KGZ_FILES.items():
        path = os.path.join(NS, fn)
        table, prelim = read_kgz(path, sheet)
        kgz[flow] = table
        kgz_prelim[flow] = prelim
        for code, nm in list(KGZ_NAMES.items()) + [(iso, nm) for iso, nm in KGZ_EU.items()]:
            if nm not in table:
                fail(path, "-", "name-match", "row %r not found" % nm)
    years_kgz = sorted({y for flow in kgz for nm in kgz[flow] for y in kgz[flow][nm][0]})
    for y in years_kgz:
        nat_years["KGZ"].add(y)
    src = {"exports": "nsc-kg-exports-by-partner", "imports": "nsc-kg-imports-by-partner"}
    for y in years_kgz:
        for code in list(KGZ_NAMES) + ["EU27"]:
            flows_here = {}
            for flow in ("exports", "imports"):
                fn = KGZ_FILES[flow][0]
                tbl = kgz[flow]
                if code == "EU27":
                    n = 0
                    s = 0.0
                    for iso, nm in KGZ_EU.items():
                        if nm in tbl and y in tbl[nm][0]:
                            s += tbl[nm][0][y]
                            n += 1
                    note = "Sum of %d EU27 member rows with a value ('-' = none recorded)" % n
                    aggv = tbl.get("The EU", ({},))[0].get(y)
                    ukv = None
                    for uk in ("Great Britain (United Kingdom)", "Great Britain"):
                        if uk in tbl and y in tbl[uk][0]:
                            ukv = tbl[uk][0][y]
                    if aggv is not None:
                        d27 = pct(s, aggv)
                        d28 = pct(s + (ukv or 0), aggv)
                        if abs(d27) < 0.05:
                            memb = "equals this 27-member sum"
                        elif abs(d28) < 0.05:
                            memb = "equals the 27 members plus the United Kingdom"
                        else:
                            memb = "differs from the 27-member sum by %.1f %% (%s with the UK added)" % (d27, "%.1f %%" % d28)
                        note += "; the NSC's own 'EU' row gives %s, which %s" % (fmt(aggv * 1000), memb)
                        eu_agg_notes.append(("KGZ", y, flow, s * 1000, aggv * 1000, memb))
                    unsp = tbl.get("European Union (EU)", ({},))[0].get(y)
                    if unsp:
                        note += "; excludes the row 'European Union (EU)' (EU origin, country not specified): %s" % fmt(unsp * 1000)
                    note += "."
                    if n == 0:
                        continue
                    val = s
                    prov = "%s EU member rows, column %d" % (fn, y)
                else:
                    nm = KGZ_NAMES[code]
                    if nm not in tbl or y not in tbl[nm][0]:
                        continue
                    val = tbl[nm][0][y]
                    prov = "%s row %d (%s), column %d" % (fn, tbl[nm][1], nm, y)
                    note = None
                if y in kgz_prelim[flow]:
                    note = ((note + " ") if note else "") + "Preliminary (footnote 1 of the NSC table)."
                flows_here[flow] = val
                add("KGZ", code, y, "annual", flow, val * 1000, src[flow], "national-statistics", "single-source", note, prov)
            if "exports" in flows_here and "imports" in flows_here:
                pre = any(y in kgz_prelim[f] for f in ("exports", "imports"))
                note = "total = exports (NSC table 4.03.00.18) + imports (NSC table 4.03.00.20), same year."
                if pre:
                    note += " Imports preliminary."
                add("KGZ", code, y, "annual", "total", (flows_here["exports"] + flows_here["imports"]) * 1000,
                    "nsc-kg-exports-by-partner", "national-statistics", "single-source", note, "sum KGZ %s %d" % (code, y))

    # ---------------- Uzbekistan
    uzb = {f: read_uzb(os.path.join(NS, fn)) for f, fn in UZB_FILES.items()}
    src_u = {"exports": "stat-uz-sdmx-1105-exports", "imports": "stat-uz-sdmx-1176-imports"}
    years_uzb = sorted({y for f in uzb for c in uzb[f] for y in uzb[f][c][0]})
    for f in uzb:
        for code in list(UZB_CODES.values()) + list(UZB_EU.values()):
            if code not in uzb[f]:
                fail(UZB_FILES[f], "-", "name-match", "code %s not found" % code)
    for y in years_uzb:
        nat_years["UZB"].add(y)
        for code in list(UZB_CODES) + ["EU27", "WORLD"]:
            fl = {}
            for f in ("exports", "imports"):
                tbl = uzb[f]
                fn = UZB_FILES[f]
                if code == "WORLD":
                    vals = [tbl[c][0][y] for c in tbl if y in tbl[c][0]]
                    v = sum(vals)
                    note = "Sum of all %d partner rows of the dataset (it has no world row), including 'Other countries' (%s)." % (
                        len(vals), fmt(tbl["0"][0].get(y, 0) * 1000) if "0" in tbl else "n/a")
                    prov = "%s all rows, column %d" % (fn, y)
                elif code == "EU27":
                    parts = [tbl[c][0][y] for c in UZB_EU.values() if c in tbl and y in tbl[c][0]]
                    v = sum(parts)
                    note = "Sum of %d EU27 member rows (the dataset has no EU row)." % len(parts)
                    prov = "%s EU member rows, column %d" % (fn, y)
                else:
                    c = UZB_CODES[code]
                    if c not in tbl or y not in tbl[c][0]:
                        continue
                    v = tbl[c][0][y]
                    note = None
                    prov = "%s row %d (code %s), column %d" % (fn, tbl[c][1], c, y)
                fl[f] = v
                add("UZB", code, y, "annual", f, v * 1000, src_u[f], "national-statistics", "single-source", note, prov)
            if len(fl) == 2:
                add("UZB", code, y, "annual", "total", (fl["exports"] + fl["imports"]) * 1000, "stat-uz-sdmx-1105-exports",
                    "national-statistics", "single-source",
                    "total = exports (SDMX 1105) + imports (SDMX 1176), same year.", "sum UZB %s %d" % (code, y))

    # ---------------- DOTS: compare with national where both exist; use where no national year
    dots_src = {"KAZ": "imf-dots-kazakhstan", "KGZ": "imf-dots-kyrgyzstan", "TJK": "imf-dots-tajikistan",
                "TKM": "imf-dots-turkmenistan", "UZB": "imf-dots-uzbekistan"}
    dots_years = sorted({k[2] for k in dots})
    for st in STATES:
        for code in PARTNER_CODES:
            if code == st:
                continue
            for y in dots_years:
                fl = {}
                for f in ("exports", "imports"):
                    dk = (st, code, y, f)
                    if dk in dots:
                        fl[f] = dots[dk]
                if not fl:
                    continue
                tot = None
                if len(fl) == 2:
                    tot = (fl["exports"][0] + fl["imports"][0], fl["exports"][1] or fl["imports"][1], "sum")
                if y in nat_years.get(st, set()):
                    # compare
                    for f, dv in list(fl.items()) + ([("total", tot)] if tot else []):
                        k = key(st, code, y, "annual", f)
                        if k not in obs:
                            continue
                        nat = obs[k]["value"]
                        dval = dv[0] * 1e6
                        d = pct(dval, nat) if nat else float("inf")
                        dots_vs_nat.append((st, code, y, f, nat, dval, d))
                        tag = "IMF DOTS (%s as reporter%s) gives %s" % (
                            st, "; exports FOB" if f == "exports" else ("; imports CIF" if f == "imports" else "; exports + imports"), fmt(dval))
                        if dv[1]:
                            tag += " (IMF estimate)"
                        if nat and abs(d) <= 1.0:
                            obs[k]["confidence"] = "verified"
                            extra = "%s, within 1 %% of this figure." % tag
                        else:
                            extra = "%s, %+.1f %% against this figure." % (tag, d)
                        obs[k]["note"] = (obs[k].get("note", "") + " " + extra).strip()
                    continue
                basis = "mirror-estimate" if st == "TKM" else "imf-dots"
                for f, dv in fl.items():
                    v, e = dv[0], dv[1]
                    notes = []
                    if st == "TKM":
                        notes.append("Not Turkmenistan's own statistics: Turkmenistan publishes no partner data; the IMF derives this row from partner (mirror) data.")
                    if e:
                        notes.append("Value flagged ' e' (IMF estimate) in DOTS.")
                    if st == "UZB" and y >= 2000:
                        notes.append("Caution: where this DOTS series and the statistics agency's own figures overlap (2010-2020), most Uzbek DOTS values differ by more than 1 % and many by over 50 % (see NOTES.md).")
                    if code == "EU27":
                        notes.append("EU27 = %s (today's 27 members)." % dv[2].split(": ", 1)[1])
                        if "Czechoslovakia" in dv[4]:
                            notes.append("Includes Czechoslovakia (its whole territory is now Czechia + Slovakia).")
                        if "Belgium-Luxembourg" in dv[4]:
                            notes.append("Includes the combined Belgium-Luxembourg row.")
                        notes.extend(dv[5])
                        agg = dots_eu_agg.get((st, y, f))
                        if agg is not None:
                            notes.append("DOTS's own 'European Union' row gives %s." % fmt(agg * 1e6))
                    if code == "WORLD" and dots_eu_agg.get(("est-any", st, y, f)):
                        notes.append("DOTS world total; %d partner values in this year and flow are IMF estimates." % dots_eu_agg[("est-any", st, y, f)])
                    if f == "exports":
                        notes.append("Exports FOB.")
                    else:
                        notes.append("Imports CIF.")
                    conf = "estimate" if (e or st == "TKM") else "single-source"
                    add(st, code, y, "annual", f, v * 1e6, dots_src[st], basis, conf, " ".join(notes), dv[2])
                if tot:
                    notes = ["total = exports (FOB) + imports (CIF), both from IMF DOTS, same year."]
                    if st == "TKM":
                        notes.append("Mirror-based IMF estimate, not Turkmen statistics.")
                    elif tot[1]:
                        notes.append("At least one flow is an IMF estimate.")
                    conf = "estimate" if (tot[1] or st == "TKM") else "single-source"
                    add(st, code, y, "annual", "total", tot[0] * 1e6, dots_src[st], basis, conf, " ".join(notes), "sum DOTS %s %s %d" % (st, code, y))

    # ---------------- releases
    for rel in RELEASES:
        k = key(rel["r"], rel["p"], rel["y"], rel["per"], rel["f"])
        notes = []
        if rel.get("wording"):
            notes.append("Source wording: '%s' (approximate or a bound, not an exact figure)." % rel["wording"])
        if rel["r"] == "TKM":
            notes.append("Not Turkmenistan's own statistics: figure given by Türkiye's ambassador (Türkiye's side).")
        if rel.get("note"):
            notes.append(rel["note"])
        if k in obs:
            fail("RELEASES", rel["s"], "duplicate-key", "release figure collides with %s" % provenance[k])
            continue
        add(rel["r"], rel["p"], rel["y"], rel["per"], rel["f"], rel["v"], rel["s"], rel.get("basis", "official-release"),
            "estimate" if rel.get("basis") == "mirror-estimate" else "single-source", " ".join(notes) if notes else None, "RELEASES %s" % rel["s"])
    # totals from two release flows of the same source and period, where the source gives no turnover
    rel_keys = defaultdict(dict)
    for rel in RELEASES:
        rel_keys[(rel["r"], rel["p"], rel["y"], rel["per"], rel["s"])][rel["f"]] = rel
    for (r, p_, y, per, s_), fl in sorted(rel_keys.items()):
        if "exports" in fl and "imports" in fl and "total" not in fl and key(r, p_, y, per, "total") not in obs:
            approx = any(fl[f].get("wording") for f in ("exports", "imports"))
            note = "total = exports + imports, both from this source, same period (the source gives no turnover figure)."
            if approx:
                note += " Both flows are approximate in the source, so the total is approximate too."
            add(r, p_, y, per, "total", fl["exports"]["v"] + fl["imports"]["v"], s_, fl["exports"].get("basis", "official-release"),
                "single-source", note, "sum RELEASES %s" % s_)
    cross = []
    for c in CORROBORATIONS:
        if c.get("skip"):
            continue
        k = key(c["r"], c["p"], c["y"], c["per"], c["f"])
        if k not in obs:
            fail("CORROBORATIONS", c["s"], "missing-target", "no observation %s" % (k,))
            continue
        o = obs[k]
        # consistent if the quoted figure is the table figure rounded (within half a unit) or truncated
        # (up to one unit below) to the digits the publication gives
        diff = o["value"] - c["v"]
        ok = -c["prec"] / 2.0 - 1 <= diff < c["prec"] + 1
        cross.append((k, o["value"], c["v"], c["s"], ok))
        if ok:
            o["confidence"] = "verified" if o["confidence"] != "estimate" else o["confidence"]
            o["note"] = (o.get("note", "") + " Corroborated by %s (source: %s)." % (fmt(c["v"]), c["s"])).strip()
        else:
            o["note"] = (o.get("note", "") + " %s (source: %s) gives %s (%+.1f %%)." % (
                "Another publication", c["s"], fmt(c["v"]), pct(c["v"], o["value"]))).strip()

    # ---------------- checks
    by_key = obs
    groups = defaultdict(dict)
    for k, o in obs.items():
        groups[(k[0], k[2], k[3], k[4])][k[1]] = o
    for g, parts in sorted(groups.items()):
        w = parts.get("WORLD")
        if not w:
            continue
        s = 0
        for p, o in parts.items():
            if p == "WORLD":
                continue
            s += o["value"]
            if o["value"] > w["value"]:
                fail(provenance[key(g[0], p, g[1], g[2], g[3])], "-", "partner<=WORLD",
                     "%s %s %d %s %s: %d > WORLD %d" % (g[0], p, g[1], g[2], g[3], o["value"], w["value"]))
        if s > w["value"]:
            fail(provenance[key(g[0], "WORLD", g[1], g[2], g[3])], "-", "sum(partners)<=WORLD",
                 "%s %d %s %s: listed partners sum %d > WORLD %d" % (g[0], g[1], g[2], g[3], s, w["value"]))
    xm = 0
    for k, o in obs.items():
        if k[4] != "total":
            continue
        e = obs.get(key(k[0], k[1], k[2], k[3], "exports"))
        i = obs.get(key(k[0], k[1], k[2], k[3], "imports"))
        if e and i:
            xm += 1
            if o["value"] == 0:
                continue
            d = abs(e["value"] + i["value"] - o["value"]) / o["value"] * 100
            if d > 0.5:
                fail(provenance[k], "-", "exports+imports=total",
                     "%s: %d + %d vs %d (%.2f %%)" % (k, e["value"], i["value"], o["value"], d))
    seen = set()
    for o in obs.values():
        kk = (o["reporter"], o["partner"], o["year"], o["period"], o["flow"])
        if kk in seen:
            fail("output", "-", "duplicate", str(kk))
        seen.add(kk)
        if o["partner"] == o["reporter"]:
            fail("output", "-", "self-partner", str(kk))
        if o["partner"] not in PARTNER_CODES:
            fail("output", "-", "partner-list", str(kk))
    used_src = {o["source"] for o in obs.values()}
    src_ids = {s["id"] for s in SOURCES + NEWS_SOURCES}
    for s in used_src - src_ids:
        fail("output", "-", "source-missing", s)
    for c in CORROBORATIONS:
        if not c.get("skip"):
            used_src.add(c["s"])
    used_src.add("24kg-kgz-china-2024-national")  # named in a note

    # ---------------- cross-checks from partners-notes.md
    def v(r, p, y, f, per="annual"):
        o = obs.get(key(r, p, y, per, f))
        return o["value"] if o else None

    checks = []

    def chk(label, actual, expected, tol_abs):
        if actual is None:
            checks.append((label, "missing", None, expected))
            return
        ok = abs(actual - expected) <= tol_abs
        checks.append((label, "matched" if ok else "differs", actual, expected))

    chk("KAZ-CHN 2021 total (BNS) = $18.00 bn", v("KAZ", "CHN", 2021, "total"), 18.00e9, 0.005e9)
    chk("KAZ-CHN 2022 total (BNS) = $24.20 bn", v("KAZ", "CHN", 2022, "total"), 24.20e9, 0.005e9)
    chk("KAZ-RUS 2021 total = $24.62 bn", v("KAZ", "RUS", 2021, "total"), 24.62e9, 0.005e9)
    chk("KAZ-RUS 2022 total = $26.97 bn", v("KAZ", "RUS", 2022, "total"), 26.97e9, 0.005e9)
    chk("KAZ-RUS 2023 total = $27.05 bn", v("KAZ", "RUS", 2023, "total"), 27.05e9, 0.005e9)
    chk("KAZ-EU27 2021 total = $30.07 bn", v("KAZ", "EU27", 2021, "total"), 30.07e9, 0.005e9)
    chk("KAZ-EU27 2022 total = $41.88 bn", v("KAZ", "EU27", 2022, "total"), 41.88e9, 0.005e9)
    chk("KAZ-EU27 2023 total = $41.30 bn", v("KAZ", "EU27", 2023, "total"), 41.30e9, 0.005e9)
    chk("KAZ-CHN 2023 total (early BNS vintage) = $30.06 bn", v("KAZ", "CHN", 2023, "total"), 30.06e9, 0.005e9)
    chk("KGZ-CHN 2023 exports (NSC) = $80.4 m", v("KGZ", "CHN", 2023, "exports"), 80.4e6, 0.05e6)
    chk("KGZ-CHN 2023 imports (NSC) = $5,353.3 m", v("KGZ", "CHN", 2023, "imports"), 5353.3e6, 0.05e6)
    chk("KGZ-CHN 2023 total = $5.43 bn", v("KGZ", "CHN", 2023, "total"), 5.43e9, 0.005e9)
    chk("UZB-CHN 2022 total (stat.uz) = $9.06 bn", v("UZB", "CHN", 2022, "total"), 9.06e9, 0.005e9)
    chk("UZB-CHN 2023 total (stat.uz) = $13.83 bn", v("UZB", "CHN", 2023, "total"), 13.83e9, 0.005e9)
    chk("UZB WORLD 2023 total (sum of all partners) = $63.5 bn", v("UZB", "WORLD", 2023, "total"), 63.5e9, 0.05e9)

    # ---------------- Uzbekistan's DOTS rows, 2000-2009: not comparable
    # data/README.md (trade.json) finds IMF DOTS with Uzbekistan as reporter implausible for 2000-2016
    # (imports from China in 2000: $1.1 bn, against China's recorded exports of $39 m), and section 6 of
    # NOTES.md finds DOTS and the statistics agency hardly agreeing in 2010-2020. These rows stay, marked
    # uncertain, so that no ranking or "first above" is read from them.
    for o in obs.values():
        if o["reporter"] == "UZB" and o["basis"] == "imf-dots" and 2000 <= o["year"] <= 2009:
            o["confidence"] = "uncertain"
            o["note"] = (o.get("note", "") + " IMF DOTS with Uzbekistan as reporter is implausible for these years "
                         "(see data/README.md): shown, not ranked or compared.").strip()

    # ---------------- write
    order_p = {c: i for i, c in enumerate(PARTNER_CODES)}
    order_r = {c: i for i, c in enumerate(STATES)}
    order_f = {f: i for i, f in enumerate(FLOWS)}

    def per_key(p):
        return (0, "") if p == "annual" else (1, p)
    out_obs = sorted(obs.values(), key=lambda o: (order_r[o["reporter"]], order_p[o["partner"]], o["year"],
                                                  per_key(o["period"]), order_f[o["flow"]]))
    partners = []
    for c, n in PARTNERS:
        d = {"code": c, "name": n}
        if c == "EU27":
            d["members"] = EU27
        partners.append(d)
    sources = [s for s in SOURCES + NEWS_SOURCES if s["id"] in used_src]
    doc = {"asOf": AS_OF, "partners": partners, "sources": sources, "observations": out_obs}

    # report
    rep = ["# build-report (generated by scripts/research/build-partners-json.py; do not edit)", ""]
    rep.append("## Counts")
    cnt = defaultdict(int)
    for o in out_obs:
        cnt[(o["reporter"], o["basis"])] += 1
    rep.append("")
    rep.append("| reporter | basis | observations |")
    rep.append("|---|---|---|")
    for (r, b), n in sorted(cnt.items(), key=lambda x: (order_r[x[0][0]], x[0][1])):
        rep.append("| %s | %s | %d |" % (r, b, n))
    rep.append("")
    rep.append("Total observations: %d. Totals checked against exports + imports: %d." % (len(out_obs), xm))
    cov = defaultdict(set)
    for o in out_obs:
        if o["period"] == "annual":
            cov[(o["reporter"], o["basis"])].add(o["year"])
    rep.append("")
    rep.append("## Coverage (annual observations)")
    rep.append("")
    for (r, b), ys in sorted(cov.items(), key=lambda x: (order_r[x[0][0]], min(x[1]))):
        ys = sorted(ys)
        spans = []
        st = ys[0]
        pr = ys[0]
        for yy in ys[1:] + [None]:
            if yy is not None and yy == pr + 1:
                pr = yy
                continue
            spans.append("%d" % st if st == pr else "%d-%d" % (st, pr))
            if yy is not None:
                st = pr = yy
        rep.append("- %s, %s: %s" % (r, b, ", ".join(spans)))
    rep.append("")
    rep.append("## Cross-checks listed in partners-notes.md")
    rep.append("")
    for label, res, act, exp in checks:
        rep.append("- %s: **%s** (built %s, note says %s)" % (label, res, fmt(act) if act is not None else "-", fmt(exp)))
    rep.append("")
    rep.append("## Other publications compared with table figures")
    rep.append("")
    for k, ov, cv, s, ok in cross:
        rep.append("- %s %s %d %s %s: table/observation %s, %s gives %s: %s" % (
            k[0], k[1], k[2], k[3], k[4], fmt(ov), s, fmt(cv), "consistent (rounding)" if ok else "differs (%+.1f %%)" % pct(cv, ov)))
    rep.append("")
    rep.append("## EU aggregates in the national tables vs the 27-member sum")
    rep.append("")
    for r, y, f, s27, agg, memb in eu_agg_notes:
        rep.append("- %s %d %s: 27-member sum %s; table's EU row %s, which %s" % (r, y, f, fmt(s27), fmt(agg), memb))
    rep.append("")
    rep.append("## DOTS EU aggregate vs 27-member sum (years where both exist; selected)")
    rep.append("")
    for st in STATES:
        for y in (1995, 2005, 2013, 2019, 2020):
            for f in ("exports", "imports"):
                agg = dots_eu_agg.get((st, y, f))
                s27 = dots.get((st, "EU27", y, f))
                uk = dots_eu_agg.get((st, y, f, "GBR"), 0)
                if agg is None or s27 is None:
                    continue
                rep.append("- %s %d %s: DOTS 'European Union' %s; 27-member sum %s (%+.2f %%); with UK %s (%+.2f %%)" % (
                    st, y, f, fmt(agg * 1e6), fmt(s27[0] * 1e6), pct(s27[0], agg), fmt((s27[0] + uk) * 1e6), pct(s27[0] + uk, agg)))
    rep.append("")
    rep.append("## IMF DOTS vs national tables, overlapping years")
    rep.append("")
    over = [x for x in dots_vs_nat if not (abs(x[6]) <= 1.0)]
    byst = defaultdict(lambda: [0, 0])
    for x in dots_vs_nat:
        byst[x[0]][0] += 1
        if abs(x[6]) > 1.0:
            byst[x[0]][1] += 1
    for st, (n, o) in sorted(byst.items()):
        rep.append("- %s: %d comparisons, %d differ by more than 1 %%" % (st, n, o))
    rep.append("")
    rep.append("Largest differences (by share of the national figure; national figures of at least $10 m):")
    rep.append("")
    big = sorted([x for x in over if x[4] >= 1e7], key=lambda x: -abs(x[6]))[:40]
    rep.append("| reporter | partner | year | flow | national | DOTS | DOTS vs national |")
    rep.append("|---|---|---|---|---|---|---|")
    for st, p, y, f, nat, dv, d in big:
        rep.append("| %s | %s | %d | %s | %s | %s | %+.1f %% |" % (st, p, y, f, fmt(nat), fmt(dv), d))
    rep.append("")
    rep.append("Per partner (WORLD, CHN, RUS, EU27), all overlapping years:")
    rep.append("")
    rep.append("| reporter | partner | year | flow | national | DOTS | diff |")
    rep.append("|---|---|---|---|---|---|---|")
    for st, p, y, f, nat, dv, d in sorted(dots_vs_nat, key=lambda x: (order_r[x[0]], order_p[x[1]], x[2], order_f[x[3]])):
        if p in ("WORLD", "CHN", "RUS", "EU27"):
            rep.append("| %s | %s | %d | %s | %s | %s | %+.1f %% |" % (st, p, y, f, fmt(nat), fmt(dv), d))
    rep.append("")
    rep.append("## Kazakhstan: differences between BNS vintages above 0.1 %")
    rep.append("")
    rep.extend(report if report else ["- none"])
    rep.append("")
    rep.append("## Checks")
    rep.append("")
    rep.append("- partner <= WORLD, sum of listed partners <= WORLD, exports + imports = total (0.5 %%), unique keys: %s" % (
        "all passed" if not ERRORS else "%d failures" % len(ERRORS)))

    if ERRORS:
        print("CHECKS FAILED (file | row | rule | detail):", file=sys.stderr)
        for e in ERRORS:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(os.path.dirname(args.out), "build-report.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rep) + "\n")
    print("wrote %s: %d observations, %d sources; all checks passed" % (args.out, len(out_obs), len(sources)))
    for label, res, act, exp in checks:
        print("  cross-check %-55s %-8s built %s" % (label, res, fmt(act) if act is not None else "-"))


if __name__ == "__main__":
    main()
