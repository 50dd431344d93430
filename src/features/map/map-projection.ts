import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 520;

/** Central Asia and western China, in lon/lat; the map is fitted to this frame. */
const FRAME = { west: 47, east: 96, south: 34.5, north: 55.5 };

function frameOutline(): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = FRAME.west; lon <= FRAME.east; lon += 1) coordinates.push([lon, FRAME.south], [lon, FRAME.north]);
  for (let lat = FRAME.south; lat <= FRAME.north; lat += 1) coordinates.push([FRAME.west, lat], [FRAME.east, lat]);
  return { type: 'MultiPoint', coordinates };
}

/** An equal-area conic, so that areas compare truly, with standard parallels through the region. */
export function regionProjection(width = MAP_WIDTH, height = MAP_HEIGHT): GeoProjection {
  return geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-71, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      frameOutline(),
    );
}
