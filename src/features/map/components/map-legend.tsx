import { formatUsdAxis } from '../../../lib/format';
import type { ColourScale } from '../map-scale';

function binLabel(min: number, max: number): string {
  if (min === -Infinity) return `under ${formatUsdAxis(max)}`;
  if (max === Infinity) return `${formatUsdAxis(min)} and more`;
  return `${formatUsdAxis(min)} – ${formatUsdAxis(max)}`;
}

/** One swatch per bin, and "no data" apart and hatched, so it is never read as the lowest bin. */
export function MapLegend({ scale, title }: { scale: ColourScale; title: string }) {
  return (
    <div className="map-legend">
      <p className="map-legend-title">{title}</p>
      <ul>
        {scale.bins.map((bin) => (
          <li key={bin.color}>
            <span className="swatch" style={{ background: bin.color }} aria-hidden="true" />
            {binLabel(bin.min, bin.max)}
          </li>
        ))}
        <li className="no-data">
          <span className="swatch swatch-no-data" aria-hidden="true" />
          no data
        </li>
      </ul>
    </div>
  );
}
