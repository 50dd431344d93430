import { memo } from 'react';
import { t } from '../../../i18n/i18n';
import type { MapLayout } from '../../../geo/map-projection';
import type { MeetingPlace } from '../meeting-places';
import { offMapLayout } from '../off-map-layout';
import { PlaceMarker, type PlaceHandlers } from './place-marker';

interface OffMapPlacesProps extends PlaceHandlers {
  layout: MapLayout;
  places: readonly MeetingPlace[];
  tabStop: string | null;
  currentKey: string | null;
  expandedKey: string | null;
}

/** Meeting places east of the frame (Xi'an, Chengdu, Beijing …): same markers, listed west to east. */
export const OffMapPlaces = memo(function OffMapPlaces({
  layout,
  places,
  tabStop,
  currentKey,
  expandedKey,
  ...on
}: OffMapPlacesProps) {
  if (places.length === 0) return null;
  const box = offMapLayout(layout, places);
  return (
    <g className="map-offmap">
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={box.x === 0 ? 0 : 6}
        className="map-offmap-box"
      />
      <text x={box.x + 8} y={box.y + 13} className="map-offmap-title">
        {t('map.offMap.title')}
      </text>
      <text x={box.x + 8} y={box.y + 24} className="map-offmap-note">
        {t('map.offMap.note')}
      </text>
      {box.rows.map(({ place, cx, cy }) => (
        <g key={place.key} transform={`translate(${cx} ${cy})`}>
          <PlaceMarker
            place={place}
            scale={1}
            tabStop={tabStop === place.key}
            current={currentKey === place.key}
            expanded={expandedKey === place.key}
            {...on}
          />
          <text x={20} dy="0.35em" className="map-place-label" aria-hidden="true">
            {place.city} →
          </text>
        </g>
      ))}
    </g>
  );
});
