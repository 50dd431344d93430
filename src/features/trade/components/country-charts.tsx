import { Suspense, use, useState, type ComponentProps } from 'react';
import { LoadingState } from '../../../components/loading-state';
import { RenderBoundary } from '../../../components/render-boundary';
import type { CaEvent } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { formatUsd, formatUsdExact } from '../../../lib/format';
import { loadTradeChart } from '../chart-code';
import { useCountryModel } from '../country-model';
import type { ChartKindProps } from '../trade-model';
import { GrowthTable } from './growth-table';
import { HeadlineFigures } from './headline-figures';
import { MirrorGapTable } from './mirror-gap-table';
import { MirrorNote } from './mirror-note';
import { PartialYearList } from './partial-year-list';
import { TradeTable } from './trade-table';

/** One state's trade with China over the chosen years, its headline figures and, with both reporters, the gap. */
export function CountryCharts({ model, trade, onYear, showTable, ...events }: ChartKindProps) {
  const [hovered, setHovered] = useState<CaEvent | null>(null);
  const { deck, rows, figures } = useCountryModel(model, trade);
  const { config, name } = model;
  const [exact, setExact] = useState(false);
  const format = exact ? formatUsdExact : formatUsd;

  return (
    <>
      {figures.emptyMessage ? (
        <p className="empty-state" role="status">
          {figures.emptyMessage}
        </p>
      ) : null}
      {figures.hasValues && showTable ? (
        figures.table === 'growth' ? (
          <GrowthTable rows={rows} reporters={model.reporters} config={config} caption={figures.caption} />
        ) : (
          <>
            <label className="exact-toggle">
              <input type="checkbox" checked={exact} onChange={(e) => setExact(e.target.checked)} />{' '}
              {t('trade.table.exact')}
            </label>
            {figures.single ? (
              <TradeTable
                rows={rows}
                reporter={figures.single}
                config={config}
                caption={figures.caption}
                format={format}
                sources={model.sourcesById}
              />
            ) : (
              <MirrorGapTable
                rows={rows}
                config={config}
                partnerName={name}
                caption={figures.caption}
                format={format}
                sources={model.sourcesById}
              />
            )}
          </>
        )
      ) : (
        // Kept mounted when a state has no figures, so that the other states' charts stay drawn.
        <RenderBoundary what={t('trade.failed.chart')}>
          <Suspense
            fallback={
              <div className="chart-placeholder">
                <LoadingState label={t('trade.loading.chart')} height={0} />
              </div>
            }
          >
            <LoadedChartDeck
              settings={deck}
              shown={figures.hasValues ? model.view.country : null}
              hovered={hovered}
              onHover={setHovered}
              {...events}
            />
          </Suspense>
        </RenderBoundary>
      )}
      {figures.cutNote && figures.hasValues && !showTable ? <p className="chart-note">{figures.cutNote}</p> : null}
      {figures.gapsNote && figures.hasValues ? <p className="chart-note">{figures.gapsNote}</p> : null}
      <HeadlineFigures
        headlines={figures.headlines}
        config={config}
        year={model.year}
        years={model.years}
        onYear={onYear}
        gaps={figures.totalGaps}
        partnerName={name}
      />
      {figures.showMirrorNote ? <MirrorNote partner={model.view.country} partnerName={name} /> : null}
      <PartialYearList observations={figures.partials} reporterLabel={figures.label} sources={model.sourcesById} />
    </>
  );
}

/** The charts once Recharts has arrived; until then the Suspense fallback, of the chart's height (trade.css). */
function LoadedChartDeck(props: ComponentProps<typeof import('./country-chart-deck').CountryChartDeck>) {
  const { CountryChartDeck } = use(loadTradeChart());
  return <CountryChartDeck {...props} />;
}
