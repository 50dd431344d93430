import { describe, expect, it } from 'vitest';
import type { CaEvent } from '../../data/schemas';
import { fixtureDataset } from '../../testing/fixtures';
import { markerRadius, meetingPlaces, placeSummary, soleEvent } from './meeting-places';

const base = fixtureDataset().events.events;
const at = (
  id: string,
  city: string,
  coordinates: [number, number],
  format: CaEvent['format'],
  start: string,
): CaEvent => ({
  id,
  kind: 'ministerial',
  title: id,
  start,
  status: 'held',
  city,
  country: 'CHN',
  coordinates,
  format,
  sources: ['news'],
  confidence: 'verified',
});

describe('meetingPlaces', () => {
  it('groups held events by city and leaves out those without coordinates or not yet held', () => {
    const places = meetingPlaces(base);
    expect(places.map((p) => p.city)).toEqual(['Astana', 'Xi’an']);
    expect(places.flatMap((p) => p.events.map((e) => e.id))).not.toContain('fm-1');
    expect(places.flatMap((p) => p.events.map((e) => e.id))).not.toContain('summit-3');
  });

  it('counts video events apart, sorts events newest first and places biggest first', () => {
    const places = meetingPlaces([
      ...base,
      at('video-1', 'Beijing', [116.4, 39.9], 'video', '2020-07-16'),
      at('video-2', 'Beijing', [116.4, 39.9], 'video', '2023-04-18'),
      at('in-person', 'Beijing', [116.4, 39.9], 'in-person', '2023-09-26'),
      at('hybrid', 'Qingdao', [120.38, 36.07], 'hybrid', '2023-02-16'),
    ]);
    const beijing = places[0];
    expect(beijing?.city).toBe('Beijing');
    expect(beijing?.events.map((e) => e.id)).toEqual(['in-person', 'video-2', 'video-1']);
    expect([beijing?.inPerson, beijing?.video]).toEqual([1, 2]);
    expect(places.find((p) => p.city === 'Qingdao')?.inPerson).toBe(1);
  });
});

describe('markerRadius', () => {
  it('makes area, not radius, proportional to the count', () => {
    expect(markerRadius(1)).toBeCloseTo(4.5);
    expect(markerRadius(4)).toBeCloseTo(9);
    expect(markerRadius(4) ** 2 / markerRadius(1) ** 2).toBeCloseTo(4);
    expect(markerRadius(0)).toBe(0);
  });
});

describe('placeSummary and soleEvent', () => {
  it('says how many events and how they were held', () => {
    const [xian] = meetingPlaces(base).filter((p) => p.city === 'Xi’an');
    expect(xian && placeSummary(xian)).toBe('1 event');
    expect(xian && soleEvent(xian)?.id).toBe('fm-2');
    const [beijing] = meetingPlaces([
      at('v', 'Beijing', [116.4, 39.9], 'video', '2020-07-16'),
      at('p', 'Beijing', [116.4, 39.9], 'in-person', '2021-07-16'),
    ]);
    expect(beijing && placeSummary(beijing)).toBe('2 events: 1 in person, 1 by video');
    expect(beijing && soleEvent(beijing)).toBeNull();
  });
});
