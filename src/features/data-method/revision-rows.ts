import type { PartnerNames } from '../../data/use-data';
import type { CaEvent, Revision, RevisionsFile, Source } from '../../data/schemas';
import { FLOWS, isPartner, REPORTERS, type Flow, type Reporter } from '../../data/codes';
import { WORDING } from '../../data/wording';
import { t } from '../../i18n/i18n';
import { formatDate, formatUsdExact } from '../../lib/format';

/** One line of the revision list, in words. */
export interface RevisionRow {
  id: string;
  date: string;
  /** What changed: `Kazakhstan 2019, total trade, Kazakhstan’s statistics`. */
  what: string;
  was: string;
  now: string;
  reason: string;
  source: { id: string; publisher: string | null; url: string | null };
}

/** When the data was last revised, and how often since the first release. */
export interface RevisionSummary {
  latest: string | null;
  count: number;
  since: string;
}

export function revisionSummary(file: RevisionsFile): RevisionSummary {
  const latest = file.revisions.reduce<string | null>((d, r) => (!d || r.date > d ? r.date : d), null);
  return { latest, count: file.revisions.length, since: file.since };
}

/** The log as the page lists it: newest first, each key in words, values readable and exact. */
export function revisionRows(
  file: RevisionsFile,
  names: PartnerNames,
  events: readonly CaEvent[],
  sources: ReadonlyMap<string, Source>,
): RevisionRow[] {
  const titles = new Map(events.map((e) => [e.id, e.title]));
  return file.revisions
    .map((r, index) => ({ r, index }))
    .sort((a, b) => (a.r.date === b.r.date ? a.index - b.index : a.r.date < b.r.date ? 1 : -1))
    .map(({ r, index }) => {
      const source = sources.get(r.source);
      return {
        id: `${index}`,
        date: formatDate(r.date),
        what: r.file === 'trade.json' ? figureInWords(r, names) : eventInWords(r, titles),
        was: valueInWords(r, r.old),
        now: valueInWords(r, r.new),
        reason: r.reason,
        source: { id: r.source, publisher: source?.publisher ?? null, url: source?.url ?? null },
      };
    });
}

/** `KAZ 2019 annual partner total` → `Kazakhstan 2019, total trade, Kazakhstan’s statistics`. */
export function figureInWords(r: Pick<Revision, 'key' | 'field'>, names: PartnerNames): string {
  const [partner = '', year = '', period = '', reporter = '', flow = ''] = r.key.split(' ');
  const name = isPartner(partner) ? names[partner] : partner === 'CA5' ? t('data.revision.five') : partner;
  const measure = isFlow(flow) ? WORDING.measure[flow].inSentence : flow;
  const by = isReporter(reporter) ? WORDING.reporter[reporter].name(name) : reporter;
  const when = period === 'annual' ? t('data.revision.year', { year }) : t('data.revision.partYear', { year, period });
  const values = { name, when, measure, by };
  return r.field === 'value'
    ? t('data.revision.figure', values)
    : t('data.revision.figureField', { ...values, field: r.field });
}

function eventInWords(r: Revision, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(r.key) ?? r.key;
  return r.field === 'event' ? title : `${title} — ${r.field}`;
}

function valueInWords(r: Revision, value: Revision['old']): string {
  if (r.field === 'event') return value === null ? t('data.revision.notListed') : t('data.revision.listed');
  if (value === null) return r.file === 'events.json' ? t('data.revision.none') : t('data.revision.noFigure');
  if (typeof value === 'number') return r.field === 'value' ? formatUsdExact(value) : String(value);
  return r.file === 'events.json' && /^\d{4}(-\d{2}){0,2}$/.test(value) ? formatDate(value) : value;
}

const isFlow = (code: string): code is Flow => (FLOWS as readonly string[]).includes(code);
const isReporter = (code: string): code is Reporter => (REPORTERS as readonly string[]).includes(code);
