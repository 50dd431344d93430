import type { Partner, Reporter } from '../../../data/codes';
import { formatChange, formatUsd } from '../../../lib/format';
import type { rankYear } from '../compare-rows';
import type { RangeGrowth } from '../compare-values';
import { WORDING } from '../../../data/wording';
import { TableScroll } from '../../../components/table-scroll';
import { YearSelect } from '../../../components/year-select';

interface CompareRankingProps {
  ranked: ReturnType<typeof rankYear>;
  names: Record<Partner, string>;
  reporter: Reporter;
  showOwn: boolean;
  measure: 'total' | 'china_exports' | 'china_imports';
  year: number;
  years: number[];
  onYear: (year: number) => void;
  /** Each state's growth over the range shown: compound a year, and in all. */
  growth: readonly RangeGrowth[];
}

const percent = (ratio: number | null) => (ratio === null ? '–' : `${(ratio * 100).toFixed(1)}%`);

/** The five ranked in one year, each with its share of the two regional denominators. */
export function CompareRanking({
  ranked,
  names,
  reporter,
  showOwn,
  measure,
  year,
  years,
  onYear,
  growth,
}: CompareRankingProps) {
  const growthOf = new Map(growth.map((g) => [g.partner, g]));
  const { rows, denominators: d } = ranked;
  const missing = d.missing.map((p) => names[p]);
  return (
    <div className="headline compare-ranking">
      <div className="headline-bar">
        <h3>
          Ranking by {WORDING.measure[measure].inSentence} in {year}
        </h3>
        <YearSelect label="Figures for" years={years} value={year} onChange={onYear} />
      </div>
      <TableScroll label="Ranking of the five">
        <table className="data-table">
          <caption>
            As reported by {reporter === 'china' ? 'China’s customs' : 'each state’s own statistics'}. Shares of the sum
            of the five:{' '}
            {d.sumOfFive === null ? `not formed (no figure for ${missing.join(', ')})` : formatUsd(d.sumOfFive)}; of the
            regional (CA5) total:{' '}
            {d.regional
              ? `${formatUsd(d.regional.value)} (${d.regional.observations[0]?.status === 'reported' ? 'as published' : 'derived: the sum of the five'})`
              : 'no CA5 figure'}
            .
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">State</th>
              <th scope="col">{reporter === 'china' ? 'China’s figure' : 'Own figure'}</th>
              <th scope="col">Share of the five’s sum</th>
              <th scope="col">Share of CA5 total</th>
              <th scope="col">Growth a year (CAGR) over the range</th>
              <th scope="col">Cumulative change over the range</th>
              {showOwn ? <th scope="col">State’s own figure</th> : null}
              {showOwn ? <th scope="col">Gap, % of own</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.partner}>
                <td>{r.rank}</td>
                <th scope="row">{names[r.partner]}</th>
                <td>{formatUsd(r.value)}</td>
                <td>{percent(r.shareOfFive)}</td>
                <td>{percent(r.shareOfRegion)}</td>
                <GrowthCells growth={growthOf.get(r.partner)} />
                {showOwn ? (
                  <td className={r.own === null ? 'no-data' : undefined}>
                    {r.own === null ? 'no data' : formatUsd(r.own)}
                  </td>
                ) : null}
                {showOwn ? <td>{r.gap?.ratio != null ? formatChange(r.gap.ratio) : '–'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {missing.length > 0 ? (
        <p className="chart-note">
          No {year} figure for {missing.join(', ')}: left out of the ranking.
        </p>
      ) : null}
    </div>
  );
}

/** A state's growth over the range, with the years it rests on; a dash where two figures are lacking. */
function GrowthCells({ growth }: { growth: RangeGrowth | undefined }) {
  const cagr = growth?.cagr;
  if (!cagr || growth.cumulative === null)
    return (
      <>
        <td className="no-data">–</td>
        <td className="no-data">–</td>
      </>
    );
  const years = `${cagr.first.year}–${cagr.last.year}`;
  return (
    <>
      <td>
        {formatChange(cagr.rate)} ({years})
      </td>
      <td>
        {formatChange(growth.cumulative)} ({years})
      </td>
    </>
  );
}
