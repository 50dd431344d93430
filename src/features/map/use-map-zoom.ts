import { useMemo, useState } from 'react';
import type { GeoProjection } from 'd3-geo';
import type { MapLayout } from './map-projection';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Wheel zoom only with Ctrl or ⌘ (so the page scrolls), drag with the main button, pinch with two fingers. */
export function zoomGestureAllowed(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  if (event instanceof MouseEvent) return event.type === 'mousedown' && event.button === 0 && !event.ctrlKey;
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.touches.length > 1;
  return false;
}

/** The map's zoom and centre; reset returns to the frame fitted to the panel. */
export function useMapZoom(layout: MapLayout, projection: GeoProjection) {
  const home = useMemo<[number, number]>(
    () => projection.invert?.([layout.width / 2, layout.height / 2]) ?? [layout.frame.centre, 45],
    [projection, layout],
  );
  const [view, setView] = useState({ layout, center: home, zoom: 1 });
  // A new layout (the window crossed the narrow breakpoint) starts from its own frame.
  const current = view.layout === layout ? view : { layout, center: home, zoom: 1 };
  return {
    center: current.center,
    zoom: current.zoom,
    isHome: current.zoom === 1 && current.center === home,
    setZoom: (zoom: number) => setView({ ...current, zoom }),
    moved: (center: [number, number] | undefined, zoom: number | undefined) =>
      setView({ layout, center: center ?? current.center, zoom: zoom ?? current.zoom }),
    reset: () => setView({ layout, center: home, zoom: 1 }),
  };
}
