import { memo, useMemo } from 'react';
import { Marker, useMapContext, useZoomPanContext } from 'react-simple-maps';
import { PARTNERS } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import { capitalSides } from '../label-room';
import type { MapLayout } from '../../../geo/map-projection';
import { chinaLabelPoint, LABEL_POINTS } from '../map-points';

interface MapLabelsProps {
  layout: MapLayout;
  /** The meeting places' discs: a capital's name clears its own and keeps off the others. */
  discs: readonly { city: string; coordinates: [number, number]; radius: number }[];
  names: ReadonlyMap<string, string>;
  capitals: readonly { iso3: string; name: string; coordinates: [number, number] }[];
}

/** From a capital's dot to its name: clear of the meeting place's disc where the capital is one. */
function gapBeside(discs: MapLabelsProps['discs'], city: string): number {
  return Math.max(5, (discs.find((d) => d.city === city)?.radius ?? 0) + 3);
}

/** The states' names and the capitals', in map units (map.css sets the same sizes; phones: 15 × 0.92). */
const STATE_EM = { wide: 14, narrow: 15 * 0.92 } as const;
const CAPITAL_EM = 11;

/** Capitals preferably to the right of their dot, except where a neighbour's name is in the way. */
const CAPITAL_LEFT = new Set(['TKM', 'UZB']);

/** The five states' names, their capitals and China; they keep their size as the map zooms. */
export const MapLabels = memo(function MapLabels({ layout, discs, names, capitals }: MapLabelsProps) {
  const { k } = useZoomPanContext();
  const { projection } = useMapContext();
  const size = layout.name === 'wide' ? 1 : 0.92;
  const sides = useMemo(() => {
    const at = (point: [number, number]) => projection(point) ?? [Number.NaN, Number.NaN];
    return capitalSides({
      capitals: capitals.map((c) => ({
        iso3: c.iso3,
        name: c.name,
        at: at(c.coordinates),
        left: CAPITAL_LEFT.has(c.iso3),
        gap: gapBeside(discs, c.name),
      })),
      states: PARTNERS.map((iso3) => ({ text: names.get(iso3) ?? iso3, at: at(LABEL_POINTS[iso3]) })),
      stateEm: STATE_EM[layout.name],
      capitalEm: CAPITAL_EM,
      discs: discs.map((d) => ({ city: d.city, at: at(d.coordinates), radius: d.radius })),
      k,
    });
  }, [capitals, discs, names, projection, layout.name, k]);
  return (
    <g aria-hidden="true" className="map-labels">
      {capitals.map((capital) => {
        const gap = gapBeside(discs, capital.name);
        const side = sides.get(capital.iso3);
        return (
          <Marker key={capital.iso3} coordinates={capital.coordinates}>
            <g transform={`scale(${1 / k})`}>
              <circle r={2.6} className="map-capital-dot" />
              {side ? (
                <text
                  x={side === 'left' ? -gap : gap}
                  dy="0.35em"
                  textAnchor={side === 'left' ? 'end' : 'start'}
                  className="map-capital-label"
                >
                  {capital.name}
                </text>
              ) : null}
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
          {names.get('CHN') ?? t('map.china')}
        </text>
      </Marker>
    </g>
  );
});
