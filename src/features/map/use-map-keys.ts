import type { GeoProjection } from 'd3-geo';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Partner } from '../../data/codes';
import type { CountryHandlers } from './components/country-shapes';
import type { PlaceHandlers } from './components/place-marker';
import { LABEL_POINTS } from './map-points';
import type { MapLayout } from '../../geo/map-projection';
import { soleEvent, type MeetingPlace } from './meeting-places';
import { offMapLayout } from './off-map-layout';
import { rovingTarget, tabStopAmong, type FocusPoint } from './roving-focus';
import type { useMapTooltip } from './use-map-tooltip';

interface MapKeysInput {
  layout: MapLayout;
  /** The states with a shape on the map: only these take the focus. */
  drawn: readonly Partner[];
  projection: GeoProjection;
  onMap: readonly MeetingPlace[];
  offMap: readonly MeetingPlace[];
  selected: Partner;
  onSelect: (iso3: Partner) => void;
  onSelectEvent: (id: string) => void;
  tooltip: ReturnType<typeof useMapTooltip>;
}

const isActivation = (key: string) => key === 'Enter' || key === ' ';

function focusIn(event: KeyboardEvent, selector: string) {
  const svg = event.currentTarget.closest('svg');
  const target = svg?.querySelector(selector);
  if (target instanceof SVGElement) target.focus();
}

/** One group's keys: Escape closes the tooltip, Enter or Space acts, an arrow moves to the next point. */
function rovingKey<Id extends string>(
  event: KeyboardEvent,
  id: Id,
  points: readonly FocusPoint<Id>[],
  on: { close: () => void; act: () => void; move: (next: Id) => void },
) {
  if (event.key === 'Escape') {
    on.close();
    return;
  }
  if (isActivation(event.key)) {
    event.preventDefault();
    on.act();
    return;
  }
  const next = rovingTarget(points, id, event.key);
  if (next === null) return;
  event.preventDefault();
  on.move(next);
}

/**
 * Two roving groups, each one Tab stop: the five states and the meeting places. Arrows move within a
 * group, Enter or Space acts, Escape closes the tooltip.
 */
export function useMapKeys({
  layout,
  drawn,
  projection,
  onMap,
  offMap,
  selected,
  onSelect,
  onSelectEvent,
  tooltip,
}: MapKeysInput) {
  const [countryChoice, setCountryChoice] = useState<Partner>(selected);
  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    setCountryChoice(selected);
  }
  const countryStop = tabStopAmong(drawn, countryChoice);
  const [placeChoice, setPlaceChoice] = useState<string | null>(null);
  const placeStop = tabStopAmong(
    [...onMap, ...offMap].map((p) => p.key),
    placeChoice,
  );

  const project = (lonLat: [number, number]): [number, number] => projection(lonLat) ?? [0, 0];
  const countryPoints: FocusPoint<Partner>[] = drawn.map((id) => {
    const [x, y] = project(LABEL_POINTS[id]);
    return { id, x, y };
  });
  const placePoints: FocusPoint[] = [
    ...onMap.map((p) => {
      const [x, y] = project(p.coordinates);
      return { id: p.key, x, y };
    }),
    ...offMapLayout(layout, offMap).rows.map((r) => ({ id: r.place.key, x: r.cx, y: r.cy })),
  ];

  const activate = (place: MeetingPlace, element: Element) => {
    const sole = soleEvent(place);
    if (sole) onSelectEvent(sole.id);
    else tooltip.pin(place.key, element);
  };

  const pinnedOpen = tooltip.tip?.pinned ?? false;
  useEffect(() => {
    if (!pinnedOpen) return;
    const first = document.querySelector('#map-tooltip button');
    if (first instanceof HTMLElement) first.focus();
  }, [pinnedOpen]);

  // The handlers read the latest points and callbacks through a ref, so they keep their identity across
  // renders and the memoised shapes and markers do not redraw when only the tooltip moves.
  const latest = useRef({ countryPoints, placePoints, onSelect, activate });
  useLayoutEffect(() => {
    latest.current = { countryPoints, placePoints, onSelect, activate };
  });
  const { show, hide, unpin } = tooltip;

  const countryHandlers = useMemo<CountryHandlers>(
    () => ({
      onSelect: (iso3) => latest.current.onSelect(iso3),
      onPoint: (iso3, event) => show({ kind: 'country', id: iso3 }, event),
      onLeave: hide,
      onKeyDown: (iso3, event) =>
        rovingKey(event, iso3, latest.current.countryPoints, {
          close: () => unpin(false),
          act: () => latest.current.onSelect(iso3),
          move: (next) => {
            setCountryChoice(next);
            focusIn(event, `[data-iso3="${next}"]`);
          },
        }),
    }),
    [show, hide, unpin],
  );

  const placeHandlers = useMemo<PlaceHandlers>(
    () => ({
      onActivate: (place, element) => latest.current.activate(place, element),
      onPoint: (place, event) => show({ kind: 'place', id: place.key }, event),
      onLeave: hide,
      onKeyDown: (place, event) =>
        rovingKey(event, place.key, latest.current.placePoints, {
          close: () => unpin(false),
          act: () => latest.current.activate(place, event.currentTarget),
          move: (next) => {
            setPlaceChoice(next);
            focusIn(event, `[data-place="${CSS.escape(next)}"]`);
          },
        }),
    }),
    [show, hide, unpin],
  );

  return { countryStop, placeStop, countryHandlers, placeHandlers, closePinned: tooltip.unpin };
}
