import { markerRadius, type MeetingPlace } from './meeting-places';
import type { MapLayout } from '../../geo/map-projection';

const ROW = 26;
const HEADER = 30;
const BOX_WIDTH = 150;

/**
 * Where the list of places beyond the frame sits, and each row's marker centre: a box in the
 * bottom-right corner (over China) on the wide map; on the narrow one, a strip under the map in columns.
 */
export function offMapLayout(layout: MapLayout, places: readonly MeetingPlace[]) {
  if (layout.mapHeight < layout.height) {
    const columns = 3;
    const columnWidth = (layout.width - 16) / columns;
    const y = layout.mapHeight;
    const rows = places.map((place, i) => ({
      place,
      cx: 8 + (i % columns) * columnWidth + 14,
      cy: y + HEADER - 4 + Math.floor(i / columns) * ROW + ROW / 2,
    }));
    return { x: 0, y, width: layout.width, height: layout.height - y, rows };
  }
  const rowHeights = places.map((p) => Math.max(ROW, 2 * markerRadius(p.events.length) + 4));
  const height = HEADER + rowHeights.reduce((sum, h) => sum + h, 0) + 6;
  const x = layout.width - BOX_WIDTH - 8;
  const y = layout.mapHeight - height - 8;
  let cursor = y + HEADER;
  const rows = places.map((place, i) => {
    const h = rowHeights[i] ?? ROW;
    const row = { place, cx: x + 20, cy: cursor + h / 2 };
    cursor += h;
    return row;
  });
  return { x, y, width: BOX_WIDTH, height, rows };
}

/** Places west to east, so that the list reads like the map. */
export function byLongitude(places: readonly MeetingPlace[]): MeetingPlace[] {
  return [...places].sort((a, b) => a.coordinates[0] - b.coordinates[0]);
}
