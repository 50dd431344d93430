import { geoCentroid } from 'd3-geo';
import { memo, useMemo, type KeyboardEvent } from 'react';
import { ComposableMap, Geographies, Geography, Marker } from 'react-simple-maps';
import type { Topology } from 'topojson-specification';
import { PARTNERS, type Partner } from '../../../data/schemas';
import { MAP_HEIGHT, MAP_WIDTH, regionProjection } from '../map-projection';

export interface MapCountry {
  iso3: Partner;
  name: string;
  fill: string;
  /** What a screen reader hears besides the name: the value shown. */
  description: string;
}

interface TradeMapProps {
  topology: Topology;
  countries: MapCountry[];
  selected: Partner;
  onSelect: (iso3: Partner) => void;
  label: string;
}

const isPartner = (iso3: unknown): iso3 is Partner => PARTNERS.includes(iso3 as Partner);

/** Label positions where a polygon's centroid reads badly (Kazakhstan's lies too far north-east to look central). */
const LABEL_NUDGE: Partial<Record<Partner, [number, number]>> = {
  KAZ: [67, 48.2],
  KGZ: [74.6, 41.6],
  TJK: [70.6, 38.7],
};

function TradeMapView({ topology, countries, selected, onSelect, label }: TradeMapProps) {
  const projection = useMemo(() => regionProjection(), []);
  const byIso = useMemo(() => new Map(countries.map((c) => [c.iso3, c])), [countries]);

  const onKey = (iso3: Partner) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(iso3);
    }
  };

  return (
    <ComposableMap
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      projection={projection}
      className="trade-map"
      role="group"
      aria-label={label}
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} className="map-water" aria-hidden="true" />
      <Geographies geography={topology as unknown as GeoJSON.GeoJsonObject}>
        {({ geographies }) => {
          const props = (g: (typeof geographies)[number]) => g.properties as { iso3?: string; name?: string } | null;
          const context = geographies.filter((g) => !isPartner(props(g)?.iso3));
          // The selected state is drawn last, so its outline sits on top of its neighbours'.
          const partners = geographies
            .filter((g) => isPartner(props(g)?.iso3))
            .sort((a, b) => Number(props(a)?.iso3 === selected) - Number(props(b)?.iso3 === selected));
          return (
            <>
              <g aria-hidden="true">
                {context.map((g) => (
                  <Geography
                    key={g.rsmKey}
                    geography={g}
                    tabIndex={-1}
                    className={props(g)?.iso3 === 'CHN' ? 'map-china' : 'map-context'}
                  />
                ))}
              </g>
              <g>
                {partners.map((g) => {
                  const iso3 = props(g)?.iso3 as Partner;
                  const country = byIso.get(iso3);
                  const isSelected = iso3 === selected;
                  return (
                    <Geography
                      key={g.rsmKey}
                      geography={g}
                      role="button"
                      tabIndex={0}
                      aria-label={`${country?.name ?? iso3}: ${country?.description ?? 'no data'}`}
                      aria-pressed={isSelected}
                      className={`map-partner${isSelected ? ' is-selected' : ''}`}
                      fill={country?.fill}
                      onClick={() => onSelect(iso3)}
                      onKeyDown={onKey(iso3)}
                    />
                  );
                })}
              </g>
              <g aria-hidden="true" className="map-labels">
                {partners.map((g) => {
                  const iso3 = props(g)?.iso3 as Partner;
                  return (
                    <Marker key={`label-${iso3}`} coordinates={LABEL_NUDGE[iso3] ?? geoCentroid(g)}>
                      <text textAnchor="middle" dy="0.35em" className="map-label">
                        {byIso.get(iso3)?.name ?? iso3}
                      </text>
                    </Marker>
                  );
                })}
                <Marker coordinates={[88, 44.5]}>
                  <text textAnchor="middle" className="map-label map-label-china">
                    China
                  </text>
                </Marker>
              </g>
            </>
          );
        }}
      </Geographies>
    </ComposableMap>
  );
}

export const TradeMap = memo(TradeMapView);
