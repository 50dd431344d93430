import { useMemo, useState } from 'react';
import type { GeoProjection } from 'd3-geo';
import type { MapLayout } from '../../geo/map-projection';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Wheel zoom only with Ctrl or ⌘ (so the page scrolls), drag with the main button, pinch with two fingers. */
export function zoomGestureAllowed(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  if (event instanceof MouseEvent) return event.type === 'mousedown' && event.button === 0 && !event.ctrlKey;
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.touches.length > 1;
  return false;
}

type Center = [number, number];

/**
 * Whether the end of a gesture leaves the map where it was. d3-zoom ends a "gesture" on every click,
 * and its centre comes back through the projection a hair's breadth off; redrawing the map for it
 * would slow every click on a country.
 */
export function unmoved(view: { center: Center; zoom: number }, center: Center | undefined, zoom: number | undefined) {
  const near = (a: number, b: number, within: number) => Math.abs(a - b) <= within;
  return (
    (zoom === undefined || near(zoom, view.zoom, 1e-9)) &&
    (center === undefined || (near(center[0], view.center[0], 1e-6) && near(center[1], view.center[1], 1e-6)))
  );
}

/** The map's zoom and centre; reset returns to the frame fitted to the panel. */
export function useMapZoom(layout: MapLayout, projection: GeoProjection) {
  const home = useMemo<Center>(
    () => projection.invert?.([layout.width / 2, layout.height / 2]) ?? [layout.frame.centre, 45],
    [projection, layout],
  );
  const [view, setView] = useState<{ layout: MapLayout; center: Center; zoom: number }>({
    layout,
    center: home,
    zoom: 1,
  });
  // A new layout (the window crossed the narrow breakpoint) starts from its own frame.
  const current = view.layout === layout ? view : { layout, center: home, zoom: 1 };
  return {
    center: current.center,
    zoom: current.zoom,
    isHome: current.zoom === 1 && current.center === home,
    setZoom: (zoom: number) => setView({ ...current, zoom }),
    moved: (center: Center | undefined, zoom: number | undefined) => {
      if (!unmoved(current, center, zoom))
        setView({ layout, center: center ?? current.center, zoom: zoom ?? current.zoom });
    },
    reset: () => setView({ layout, center: home, zoom: 1 }),
  };
}
