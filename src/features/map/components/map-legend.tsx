import { t } from '../../../i18n/i18n';
import { binLabel, type ColourScale } from '../map-scale';
import { markerRadius } from '../meeting-places';

/** A meeting-place marker as drawn on the map, for the legend. */
function MarkerSample({ count, video = false }: { count: number; video?: boolean }) {
  const r = markerRadius(count);
  const size = 2 * r + 4;
  return (
    <svg width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      <circle r={r} className={video ? 'map-place-video' : 'map-place-disc'} />
    </svg>
  );
}

/** One swatch per bin, and "no data" apart and hatched, so it is never read as the lowest bin. */
export function MapLegend({ scale, title }: { scale: ColourScale; title: string }) {
  return (
    <div className="map-legend">
      <div className="map-legend-group">
        <p className="map-legend-title">{title}</p>
        <ul aria-label={t('map.legend.scale')}>
          {scale.bins.map((bin) => (
            <li key={bin.color}>
              <span className="swatch" style={{ background: bin.color }} aria-hidden="true" />
              {binLabel(bin.min, bin.max, scale.format)}
            </li>
          ))}
          <li className="no-data">
            <span className="swatch swatch-no-data" aria-hidden="true" />
            {t('map.legend.noData')}
          </li>
        </ul>
      </div>
      <div className="map-legend-group">
        <p className="map-legend-title">{t('map.legend.placesTitle')}</p>
        <ul aria-label={t('map.legend.places')}>
          <li>
            <MarkerSample count={1} />
            <MarkerSample count={5} />
            {t('map.legend.disc')}
          </li>
          <li>
            <MarkerSample count={2} video />
            {t('map.legend.ring')}
          </li>
        </ul>
      </div>
    </div>
  );
}
