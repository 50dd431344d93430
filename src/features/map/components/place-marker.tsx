import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { t } from '../../../i18n/i18n';
import { markerRadius, placeSummary, type MeetingPlace } from '../meeting-places';

export interface PlaceHandlers {
  onActivate: (place: MeetingPlace, element: SVGGElement) => void;
  onKeyDown: (place: MeetingPlace, event: KeyboardEvent<SVGGElement>) => void;
  onPoint: (place: MeetingPlace, event: MouseEvent<SVGGElement> | FocusEvent<SVGGElement>) => void;
  onLeave: () => void;
}

interface PlaceMarkerProps extends PlaceHandlers {
  place: MeetingPlace;
  /** The map's zoom, so that markers keep their size. */
  scale: number;
  tabStop: boolean;
  /** The selected event was held here. */
  current: boolean;
  expanded: boolean;
}

/**
 * A disc whose area counts the events held in the city; a dashed ring around it counts those held by
 * video as well, which are placed at the chair's city. Memoised: the map's zoom context re-renders the
 * markers' parent on every change of the map (a state chosen), and the markers' labels take a while to word.
 */
export const PlaceMarker = memo(function PlaceMarker({
  place,
  scale,
  tabStop,
  current,
  expanded,
  ...on
}: PlaceMarkerProps) {
  const solid = markerRadius(place.inPerson);
  const outer = markerRadius(place.events.length);
  const label = t(current ? 'map.marker.labelCurrent' : 'map.marker.label', {
    city: place.city,
    summary: placeSummary(place),
  });
  return (
    <g
      transform={`scale(${1 / scale})`}
      data-place={place.key}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={label}
      aria-haspopup={place.events.length > 1 ? 'dialog' : undefined}
      aria-expanded={place.events.length > 1 ? expanded : undefined}
      className={`map-place${current ? ' is-current' : ''}`}
      onClick={(event) => on.onActivate(place, event.currentTarget)}
      onKeyDown={(event) => on.onKeyDown(place, event)}
      onMouseMove={(event) => on.onPoint(place, event)}
      onFocus={(event) => on.onPoint(place, event)}
      onMouseLeave={on.onLeave}
      onBlur={on.onLeave}
    >
      <circle r={Math.max(outer, 9)} className="map-place-hit" />
      {place.video > 0 ? <circle r={outer} className="map-place-video" /> : null}
      {solid > 0 ? <circle r={solid} className="map-place-disc" /> : null}
      {current ? <circle r={outer + 3.5} className="map-place-current" /> : null}
    </g>
  );
});
