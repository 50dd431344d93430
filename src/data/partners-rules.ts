/**
 * The rules a partners.json file keeps, beyond its fields' shapes: one figure per key, no state trading
 * with itself, flows that add up, and no counterpart (nor all the listed ones together) above the
 * state's trade with the world. The schema applies them, so the page and `data:check` refuse alike.
 */
import { COUNTERPARTS, type Counterpart, type Partner, type StateFlow } from './codes';

/** Relative tolerance for sums: published figures are rounded. */
const TOLERANCE = 0.005;

export interface PartnerFigureKey {
  reporter: Partner;
  partner: Counterpart;
  year: number;
  period: string;
  flow: StateFlow;
}

export const partnerFigureKey = (o: PartnerFigureKey) => `${o.reporter} ${o.partner} ${o.year} ${o.period} ${o.flow}`;

export interface PartnersProblem {
  index: number;
  field: string;
  message: string;
}

/** Counterparts that are parts of the world and never of each other: summed, they may not pass it. */
const LISTED = COUNTERPARTS.filter((c) => c !== 'WORLD');

export function partnersProblems(observations: readonly (PartnerFigureKey & { value: number })[]): PartnersProblem[] {
  const problems: PartnersProblem[] = [];
  const byKey = new Map<string, number>();
  observations.forEach((o, index) => {
    const key = partnerFigureKey(o);
    const first = byKey.get(key);
    if (first !== undefined)
      problems.push({ index, field: 'partner', message: `a second figure for ${key} (the first is observations[${first}])` });
    else byKey.set(key, index);
    if (o.partner === o.reporter) problems.push({ index, field: 'partner', message: 'a state does not trade with itself' });
  });
  const valueOf = (o: PartnerFigureKey) => {
    const index = byKey.get(partnerFigureKey(o));
    return index === undefined ? undefined : observations[index]?.value;
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  observations.forEach((o, index) => {
    if (o.flow === 'total') {
      const exports = valueOf({ ...o, flow: 'exports' });
      const imports = valueOf({ ...o, flow: 'imports' });
      if (exports !== undefined && imports !== undefined) {
        const sum = exports + imports;
        if (Math.abs(sum - o.value) > TOLERANCE * Math.max(o.value, sum))
          problems.push({
            index,
            field: 'value',
            message: `total ${o.value} is not exports + imports (${sum}) within ${pct(TOLERANCE)}`,
          });
      }
    }
    if (o.partner === 'WORLD') {
      const listed = LISTED.map((partner) => valueOf({ ...o, partner }));
      const sum = listed.reduce<number>((acc, v) => acc + (v ?? 0), 0);
      if (sum > o.value * (1 + TOLERANCE))
        problems.push({
          index,
          field: 'value',
          message: `the counterparts listed sum to ${sum}, above the world total ${o.value}`,
        });
      return;
    }
    const world = valueOf({ ...o, partner: 'WORLD' });
    if (world !== undefined && o.value > world * (1 + TOLERANCE))
      problems.push({ index, field: 'value', message: `${o.value} is above the world total ${world}: a share over 100%` });
  });
  return problems;
}
