import type { Partner, Reporter } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import { formatChange, formatShare, formatUsd } from '../../../lib/format';
import { joinWords } from '../compare-model';
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

const percent = (ratio: number | null) => (ratio === null ? '–' : formatShare(ratio));

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
  const missing = joinWords(
    d.missing.map((p) => names[p]),
    'compare.join.comma',
  );
  const regional = d.regional
    ? t(
        d.regional.observations[0]?.status === 'reported'
          ? 'compare.ranking.regional.published'
          : 'compare.ranking.regional.derived',
        { value: formatUsd(d.regional.value) },
      )
    : t('compare.ranking.regional.none');
  return (
    <div className="headline compare-ranking">
      <div className="headline-bar">
        <h3>{t('compare.ranking.title', { measure: WORDING.measure[measure].inSentence, year: String(year) })}</h3>
        <YearSelect label={t('compare.yearLabel')} years={years} value={year} onChange={onYear} />
      </div>
      <TableScroll label={t('compare.ranking.tableLabel')}>
        <table className="data-table">
          <caption>
            {t('compare.ranking.caption', {
              reporter,
              sum: d.sumOfFive === null ? t('compare.ranking.sumNotFormed', { missing }) : formatUsd(d.sumOfFive),
              regional,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.ranking.col.rank')}</th>
              <th scope="col">{t('compare.ranking.col.state')}</th>
              <th scope="col">
                {t(reporter === 'china' ? 'compare.ranking.col.chinaFigure' : 'compare.ranking.col.ownFigure')}
              </th>
              <th scope="col">{t('compare.ranking.col.shareOfFive')}</th>
              <th scope="col">{t('compare.ranking.col.shareOfRegion')}</th>
              <th scope="col">{t('compare.ranking.col.cagr')}</th>
              <th scope="col">{t('compare.ranking.col.cumulative')}</th>
              {showOwn ? <th scope="col">{t('compare.ranking.col.stateOwn')}</th> : null}
              {showOwn ? <th scope="col">{t('compare.ranking.col.gap')}</th> : null}
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
                    {r.own === null ? t('compare.table.noData') : formatUsd(r.own)}
                  </td>
                ) : null}
                {showOwn ? <td>{r.gap?.ratio != null ? formatChange(r.gap.ratio) : '–'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {d.missing.length > 0 ? (
        <p className="chart-note">{t('compare.ranking.missing', { year: String(year), missing })}</p>
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
  const years = { from: String(cagr.first.year), to: String(cagr.last.year) };
  return (
    <>
      <td>{t('compare.ranking.growth', { change: formatChange(cagr.rate), ...years })}</td>
      <td>{t('compare.ranking.growth', { change: formatChange(growth.cumulative), ...years })}</td>
    </>
  );
}
