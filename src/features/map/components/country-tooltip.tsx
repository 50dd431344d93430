import type { MapMeasure } from '../../../data/codes';
import { mapMeasureWords } from '../../../data/wording';
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
        <dt>Change</dt>
        <dd>{lines.change}</dd>
        <dt>Rank of the five</dt>
        <dd>{lines.rank}</dd>
        <dt>Reported by</dt>
        <dd>{lines.reporter}</dd>
        <dt>Source</dt>
        <dd>{lines.source}</dd>
      </dl>
    </>
  );
}
