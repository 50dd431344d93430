import { memo } from 'react';
import { Marker, useZoomPanContext } from 'react-simple-maps';
import { PARTNERS } from '../../../data/codes';
import type { MapLayout } from '../map-projection';
import { chinaLabelPoint, LABEL_POINTS } from '../map-points';

interface MapLabelsProps {
  layout: MapLayout;
  /** Marker radius at capitals that are also meeting places, so that their names clear the marker. */
  clearance: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  capitals: readonly { iso3: string; name: string; coordinates: [number, number] }[];
}

/** Capitals to the right of their dot, except where a neighbour's name would collide. */
const CAPITAL_LEFT = new Set(['TKM', 'UZB']);

/** The five states' names, their capitals and China; they keep their size as the map zooms. */
function MapLabelsView({ layout, clearance, names, capitals }: MapLabelsProps) {
  const { k } = useZoomPanContext();
  const size = layout.name === 'wide' ? 1 : 0.92;
  return (
    <g aria-hidden="true" className="map-labels">
      {capitals.map((capital) => {
        const gap = Math.max(5, (clearance.get(capital.name) ?? 0) + 3);
        return (
          <Marker key={capital.iso3} coordinates={capital.coordinates}>
            <g transform={`scale(${1 / k})`}>
              <circle r={2.6} className="map-capital-dot" />
              <text
                x={CAPITAL_LEFT.has(capital.iso3) ? -gap : gap}
                dy="0.35em"
                textAnchor={CAPITAL_LEFT.has(capital.iso3) ? 'end' : 'start'}
                className="map-capital-label"
              >
                {capital.name}
              </text>
            </g>
          </Marker>
        );
      })}
      {PARTNERS.map((iso3) => (
        <Marker key={iso3} coordinates={LABEL_POINTS[iso3]}>
          <text transform={`scale(${size / k})`} textAnchor="middle" dy="0.35em" className="map-label">
            {names.get(iso3) ?? iso3}
          </text>
        </Marker>
      ))}
      <Marker coordinates={chinaLabelPoint(layout)}>
        <text transform={`scale(${1 / k})`} textAnchor="middle" className="map-label map-label-china">
          {names.get('CHN') ?? 'China'}
        </text>
      </Marker>
    </g>
  );
}

export const MapLabels = memo(MapLabelsView);
