import type { MapMeasure } from '../../../data/codes';
import { mapMeasureWords } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import type { CountryLines } from '../map-text';

/** Country, value with unit, change on the previous year, rank, reporter and publisher. */
export function CountryTooltip({ name, lines, measure }: { name: string; lines: CountryLines; measure: MapMeasure }) {
  return (
    <>
      <p className="map-tooltip-title">{name}</p>
      <dl className="map-tooltip-rows">
        <dt>{mapMeasureWords(measure).short}</dt>
        <dd>
          <strong>{lines.value}</strong>
        </dd>
        <dt>{t('map.tooltip.change')}</dt>
        <dd>{lines.change}</dd>
        <dt>{t('map.tooltip.rank')}</dt>
        <dd>{lines.rank}</dd>
        <dt>{t('map.tooltip.reporter')}</dt>
        <dd>{lines.reporter}</dd>
        <dt>{t('map.tooltip.source')}</dt>
        <dd>{lines.source}</dd>
      </dl>
    </>
  );
}
