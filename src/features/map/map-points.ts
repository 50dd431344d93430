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

type LabelOffset = [number, number, 'start' | 'middle' | 'end'];

/**
 * Names of meeting places that are not capitals: [dx, dy, anchor] from the marker, clear of neighbours.
 * Found by where the place is, as its name is in the language shown.
 */
const PLACE_LABEL_OFFSETS: readonly { at: [number, number]; offset: LabelOffset }[] = [
  { at: [73.0, 40.93], offset: [0, 16, 'middle'] }, // Jalal-Abad
  { at: [76.85, 43.22], offset: [-8, -6, 'end'] }, // Almaty
  { at: [87.62, 43.83], offset: [-8, -6, 'end'] }, // Urumqi
];

/** Where a meeting place's name goes beside its marker: above and to the left unless listed. */
export function placeLabelOffset([lon, lat]: [number, number]): LabelOffset {
  const near = PLACE_LABEL_OFFSETS.find(({ at }) => Math.abs(at[0] - lon) < 0.05 && Math.abs(at[1] - lat) < 0.05);
  return near?.offset ?? [-8, -6, 'end'];
}

/** China's name, in the part of Xinjiang each layout shows. */
export function chinaLabelPoint(layout: MapLayout): [number, number] {
  return layout.name === 'wide' ? [88, 44.5] : [83, 39.8];
}
