import { describe, expect, it } from 'vitest';
import { fixtureEvent, fixtureTimeline } from '../../testing/fixtures';
import { eventsInDateOrder } from '../../data/event-order';
import { groupIntoTracks, layoutTimeline, markLabel, timelineDomain, trackOf } from './timeline-layout';

const ordered = eventsInDateOrder(fixtureTimeline());

describe('tracks', () => {
  it('puts each kind on its track, the secretariat with agreements and milestones', () => {
    expect(trackOf('foreign-ministers')).toBe('foreign-ministers');
    expect(trackOf('summit')).toBe('summits');
    expect(trackOf('ministerial')).toBe('ministerial');
    expect(trackOf('secretariat')).toBe('institutions');
    expect(trackOf('agreement')).toBe('institutions');
    expect(trackOf('milestone')).toBe('institutions');
  });

  it('groups events into the four tracks in date order', () => {
    const groups = groupIntoTracks(ordered).map((g) => [g.track.id, g.events.map((e) => e.id)]);
    expect(groups).toEqual([
      ['foreign-ministers', ['fm-5', 'fm-6']],
      ['summits', ['summit-2', 'summit-2027']],
      ['ministerial', ['transport-may', 'education-may-12']],
      ['institutions', ['side-road', 'treaty', 'ratification-kgz']],
    ]);
  });
});

describe('markLabel', () => {
  it('names meetings by ordinal, summits by ordinal and place, others by their label only', () => {
    const [fm5, , , , , summit2] = ordered;
    expect(fm5 && markLabel(fm5)).toBe('5th');
    expect(summit2 && markLabel(summit2)).toBe('2nd · Astana');
    expect(markLabel(fixtureEvent({ id: 's', kind: 'summit', ordinal: 3, start: '2027', status: 'announced' }))).toBe(
      '3rd · announced',
    );
    expect(markLabel(fixtureEvent({ id: 't', kind: 'agreement', start: '2025', label: 'Treaty signed' }))).toBe(
      'Treaty signed',
    );
    expect(markLabel(fixtureEvent({ id: 'm', kind: 'milestone', start: '2025' }))).toBeNull();
  });
});

describe('layoutTimeline', () => {
  const domain = timelineDomain(ordered);
  if (!domain) throw new Error('fixture has events');
  // 2024 to the end of 2027: four years on 400 px between 10 px margins, so 1 px is 365.25/100 days.
  const layout = layoutTimeline(ordered, domain, 420);
  const mark = (id: string) => layout.marks.find((m) => m.event.id === id);

  it('runs from 1 January of the first year to the end of the last period', () => {
    expect(domain).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2028, 0, 1)]);
    expect(layout.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(layout.years[0]?.x).toBe(10);
  });

  it('draws a year-only date across its whole year, centred in it', () => {
    const summit = mark('summit-2027');
    expect(summit?.precision).toBe('year');
    expect(summit?.x1).toBeCloseTo(310, 0);
    expect(summit?.x2).toBe(410);
    expect(summit?.x).toBeCloseTo(360, 0);
  });

  it('draws a month-only date across its month', () => {
    const transport = mark('transport-may');
    expect(transport?.precision).toBe('month');
    expect((transport?.x2 ?? 0) - (transport?.x1 ?? 0)).toBeCloseTo((31 / 366) * 100, 1);
  });

  it('stacks marks that would overlap into lanes', () => {
    // The month of May and 12 May overlap; the meeting and its side event are on different tracks.
    expect(mark('transport-may')?.lane).toBe(0);
    expect(mark('education-may-12')?.lane).toBe(1);
    expect(mark('fm-5')?.lane).toBe(0);
    expect(mark('side-road')?.lane).toBe(0);
    expect(mark('treaty')?.lane).toBe(0);
    const ministerial = layout.tracks.find((t) => t.track.id === 'ministerial');
    const summits = layout.tracks.find((t) => t.track.id === 'summits');
    expect((ministerial?.height ?? 0) - (summits?.height ?? 0)).toBe(18);
  });

  it('keeps labels apart: a label that would collide is dropped', () => {
    expect(mark('fm-5')?.label).toBe('5th');
    expect(mark('fm-6')?.label).toBe('6th');
    expect(mark('education-may-12')?.label).toBeNull();
    const crowded = layoutTimeline(ordered, domain, 120);
    expect(crowded.marks.find((m) => m.event.id === 'fm-6')?.label).toBeNull();
  });
});
