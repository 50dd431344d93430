import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

/** A lon/lat box the map is fitted to, and the meridian the conic is centred on. */
export interface MapFrame {
  west: number;
  east: number;
  south: number;
  north: number;
  centre: number;
}

/** The SVG's coordinate space and the region fitted into it. */
export interface MapLayout {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  /** The map proper is fitted into the top `mapHeight`; below it, a strip lists places off the map. */
  mapHeight: number;
  frame: MapFrame;
}

/** Central Asia and western China to beyond Urumqi. */
export const WIDE_LAYOUT: MapLayout = {
  name: 'wide',
  width: 800,
  height: 520,
  mapHeight: 520,
  frame: { west: 47, east: 96, south: 34.5, north: 55.5, centre: 71 },
};

/**
 * On a phone the five states fill the width, so that their names stay legible; Xinjiang is cropped
 * just east of Urumqi. Geometry reaches to every corner of both frames (scripts/build-geo.ts CLIP_BOX).
 */
export const NARROW_LAYOUT: MapLayout = {
  name: 'narrow',
  width: 400,
  height: 452,
  mapHeight: 370,
  frame: { west: 50.5, east: 88.5, south: 36, north: 55.5, centre: 69 },
};

export const NARROW_QUERY = '(max-width: 600px)';

function frameOutline(frame: MapFrame): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = frame.west; lon <= frame.east; lon += 1) coordinates.push([lon, frame.south], [lon, frame.north]);
  for (let lat = frame.south; lat <= frame.north; lat += 1) coordinates.push([frame.west, lat], [frame.east, lat]);
  return { type: 'MultiPoint', coordinates };
}

/**
 * An equal-area conic, so that areas compare truly, with standard parallels through the region. No
 * adaptive resampling: the built geometry is dense enough that it adds no point at this scale, and
 * testing every segment for it was a third of the time spent drawing the map.
 */
export function regionProjection(layout: MapLayout = WIDE_LAYOUT): GeoProjection {
  const { width, mapHeight: height, frame } = layout;
  return geoConicEqualArea()
    .precision(0)
    .parallels([38, 50])
    .rotate([-frame.centre, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      frameOutline(frame),
    );
}

/** Whether a lon/lat point falls inside the drawn map, at least `margin` units from its edge. */
export function isOnMap(
  project: (point: [number, number]) => [number, number] | null,
  layout: MapLayout,
  point: [number, number],
  margin = 12,
): boolean {
  const xy = project(point);
  if (!xy) return false;
  const [x, y] = xy;
  return x >= margin && x <= layout.width - margin && y >= margin && y <= layout.mapHeight - margin;
}
