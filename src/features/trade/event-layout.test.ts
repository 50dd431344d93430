import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { layoutEventMarks } from './event-layout';

const { events } = fixtureDataset();

describe('event marks', () => {
  it('keeps held events inside the domain and moves close ones down a row', () => {
    const placed = layoutEventMarks(events.events, [2020, 2026], 0.5);
    expect(placed.map((p) => [p.event.id, p.row])).toEqual([
      ['fm-1', 0],
      ['fm-2', 0],
      ['agreement', 0],
    ]);
    const crowded = layoutEventMarks(events.events, [2020, 2026], 2);
    expect(crowded.map((p) => p.row)).toEqual([0, 1, 0]);
    expect(layoutEventMarks(events.events, [2021, 2022], 1).map((p) => p.event.id)).toEqual(['fm-2']);
  });
});
