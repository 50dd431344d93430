/**
 * A synthetic dataset N times larger than the curated one, for `npm run bench -- --scale N`.
 * Never data: every added record says it is synthetic, and it is written only to a temporary copy
 * of the build. The schema allows only the five partners and CA5, so observations grow into later
 * (synthetic) years up to 2100 first, then into partial-year periods; events are cloned.
 */
import type { CaEvent, EventsFile, Observation, TradeFile } from '../src/data/schemas.ts';
import { observationKey } from '../src/data/schemas.ts';

const MAX_YEAR = 2100;
const PERIODS = [
  'annual',
  ...['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'].map((m) => `Jan-${m}`),
];
const SYNTHETIC_NOTE = 'SYNTHETIC benchmark record, not data';

/** Up to `factor - 1` copies of each observation, each under a key no other record has. */
export function scaleTrade(file: TradeFile, factor: number): TradeFile {
  const years = file.observations.map((o) => o.year);
  const first = Math.min(...years);
  const span = Math.max(...years) - first + 1;
  const taken = new Set(file.observations.map(observationKey));
  const added: Observation[] = [];
  for (const o of file.observations) {
    let copies = 0;
    const periods = [o.period, ...PERIODS.filter((p) => p !== o.period)];
    for (const period of periods) {
      for (let shift = 0; o.year + shift <= MAX_YEAR && copies < factor - 1; shift += span) {
        const copy: Observation = { ...o, year: o.year + shift, period, status: 'estimate', note: SYNTHETIC_NOTE };
        const key = observationKey(copy);
        if (taken.has(key)) continue;
        taken.add(key);
        added.push(copy);
        copies++;
      }
    }
  }
  return { ...file, observations: [...file.observations, ...added] };
}

/** `factor - 1` clones of each event, with ids and titles that say they are synthetic. */
export function scaleEvents(file: EventsFile, factor: number): EventsFile {
  const clones: CaEvent[] = [];
  for (let k = 1; k < factor; k++)
    for (const e of file.events)
      clones.push({
        ...e,
        id: `${e.id}-synthetic-${k}`,
        title: `Synthetic copy ${k}: ${e.title}`,
        note: SYNTHETIC_NOTE,
      });
  return { ...file, events: [...file.events, ...clones] };
}
