import { memo, useMemo } from 'react';
import { Line, LineChart } from 'recharts';
import { CHART_MARGIN, seriesColor, shareAxisProps, type ChartConfig } from '../../../components/chart-config';
import { ChartContainer } from '../../../components/chart-container';
import { chartFrame } from '../../../components/chart-frame';
import { DataTable } from '../../../components/data-table';
import { SHARE_GROUPS } from '../../../data/partner-shares';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { formatShare } from '../../../lib/format';
import { joinWords } from '../compare-model';
import type { PartnersModel } from '../partners-model';
import { FiveShares } from './five-shares';
import { PartnerRanking } from './partner-ranking';
import { PartnersHeadline } from './partners-headline';

interface PartnersChartsProps {
  model: PartnersModel;
  onYear: (year: number) => void;
  showTable: boolean;
}

const HEIGHT = 300;

/** One state's trade by partner: shares over the years, the ranking in one year, and the five compared. */
export default function PartnersCharts({ model, onYear, showTable }: PartnersChartsProps) {
  const caption = t('compare.partners.caption', { title: model.title, from: String(model.from), to: String(model.to) });
  return (
    <>
      {model.rows.every((r) => r.world === null) ? (
        <p className="empty-state" role="status">
          {model.span
            ? t('compare.partners.emptyRange', { name: model.name, from: String(model.from), to: String(model.to) })
            : t('compare.partners.empty', { name: model.name })}
        </p>
      ) : showTable ? (
        <ShareTable model={model} caption={caption} />
      ) : (
        <ShareChart
          rows={model.chartRows}
          config={model.config}
          from={model.from}
          to={model.to}
          label={t('compare.partners.chartLabel', { caption })}
        />
      )}
      {model.gapsNote ? <p className="chart-note">{model.gapsNote}</p> : null}
      <p className="chart-note partners-note">
        {joinWords(
          [
            t('compare.partners.note.shares'),
            ...(model.mirrorOnly ? [t('compare.partners.note.mirror')] : []),
            t('compare.partners.note.disagree', { name: model.name, view: WORDING.chartKind.country }),
          ],
          'compare.join.sentence',
        )}
      </p>
      <PartnersHeadline model={model} onYear={onYear} />
      {/* Left off a briefing slide, whose header gives China's and Russia's place instead. */}
      <div className="partners-details">
        <PartnerRanking model={model} />
        <FiveShares model={model} />
      </div>
    </>
  );
}

type ShareChartRow = PartnersModel['chartRows'][number];

/** The groups' shares as lines; China and Russia thicker. Memoised: a change of year does not redraw it. */
const ShareChart = memo(function ShareChart(props: {
  rows: ShareChartRow[];
  config: ChartConfig;
  from: number;
  to: number;
  label: string;
}) {
  const { rows, config, from, to, label } = props;
  const axis = useMemo(
    () => shareAxisProps(rows.flatMap((r) => SHARE_GROUPS.flatMap((g) => (r[g] === null ? [] : [r[g]])))),
    [rows],
  );
  return (
    <ChartContainer config={config} legend={SHARE_GROUPS} height={HEIGHT} label={label} format={formatShare}>
      {(width, engaged) => (
        <LineChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
          {chartFrame(from, to, width, engaged, { valueAxis: axis })}
          {SHARE_GROUPS.map((group) => (
            <Line
              key={group}
              type="linear"
              dataKey={group}
              name={config[group]?.label ?? group}
              stroke={seriesColor(group)}
              strokeWidth={group === 'CHN' || group === 'RUS' ? 3 : 1.5}
              strokeDasharray={config[group]?.dashed ? '5 3' : undefined}
              dot={false}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartContainer>
  );
});

function ShareTable({ model, caption }: { model: PartnersModel; caption: string }) {
  return (
    <DataTable
      caption={caption}
      header={
        <>
          <th scope="col">{t('compare.table.year')}</th>
          {SHARE_GROUPS.map((g) => (
            <th scope="col" key={g}>
              {WORDING.shareGroup[g]}
            </th>
          ))}
        </>
      }
    >
      {model.rows.map((row) => (
        <tr key={row.year}>
          <th scope="row">{row.year}</th>
          {SHARE_GROUPS.map((g) => {
            const share = row.shares[g];
            return (
              <td key={g} className={share === null ? 'no-data' : undefined}>
                {share === null ? t('compare.table.noData') : formatShare(share)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
