import { memo } from 'react';
import { Marker, useZoomPanContext } from 'react-simple-maps';
import { placeLabelOffset } from '../map-points';
import type { MeetingPlace } from '../meeting-places';
import { PlaceMarker, type PlaceHandlers } from './place-marker';

interface PlaceMarkersProps extends PlaceHandlers {
  places: readonly MeetingPlace[];
  /** Cities that are not capitals get their name beside the marker. */
  named: ReadonlySet<string>;
  tabStop: string | null;
  currentKey: string | null;
  expandedKey: string | null;
}

function PlaceLabel({ place, scale }: { place: MeetingPlace; scale: number }) {
  const [dx, dy, anchor] = placeLabelOffset(place.coordinates);
  return (
    <text
      transform={`scale(${1 / scale})`}
      x={dx}
      y={dy}
      textAnchor={anchor}
      className="map-place-label"
      aria-hidden="true"
    >
      {place.city}
    </text>
  );
}

/** The meeting places inside the map's frame. */
export const PlaceMarkers = memo(function PlaceMarkers({
  places,
  named,
  tabStop,
  currentKey,
  expandedKey,
  ...on
}: PlaceMarkersProps) {
  const { k } = useZoomPanContext();
  return (
    <g className="map-places">
      {places.map((place) => (
        <Marker key={place.key} coordinates={place.coordinates}>
          <PlaceMarker
            place={place}
            scale={k}
            tabStop={tabStop === place.key}
            current={currentKey === place.key}
            expanded={expandedKey === place.key}
            {...on}
          />
          {named.has(place.key) ? <PlaceLabel place={place} scale={k} /> : null}
        </Marker>
      ))}
    </g>
  );
});
