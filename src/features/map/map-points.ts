import type { Partner } from '../../data/codes';
import type { MapLayout } from '../../geo/map-projection';

/**
 * Where each state's name sits, in lon/lat: near the visual middle of the shape, which for
 * Kazakhstan is far from its centroid. Keyboard arrows move between these same points.
 */
export const LABEL_POINTS: Record<Partner, [number, number]> = {
  KAZ: [67, 48.2],
  KGZ: [76.2, 41.35],
  TJK: [70.7, 38.75],
  TKM: [58.9, 39.3],
  UZB: [63.4, 41.9],
};

/** Names of meeting places that are not capitals: [dx, dy, anchor] from the marker, clear of neighbours. */
export const PLACE_LABEL_OFFSETS: Record<string, [number, number, 'start' | 'middle' | 'end']> = {
  'Jalal-Abad': [0, 16, 'middle'],
  Almaty: [-8, -6, 'end'],
  Urumqi: [-8, -6, 'end'],
};

/** China's name, in the part of Xinjiang each layout shows. */
export function chinaLabelPoint(layout: MapLayout): [number, number] {
  return layout.name === 'wide' ? [88, 44.5] : [83, 39.8];
}
