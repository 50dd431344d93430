// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YearSpan } from '../range-brush';
import { RangeBrush } from './range-brush';

const bounds = { first: 2000, last: 2009 };
const bars = Array.from({ length: 10 }, (_, i) => ({ year: 2000 + i, value: i === 4 ? null : (i + 1) * 1e9 }));

function renderBrush(span: YearSpan) {
  const onChange = vi.fn<(span: YearSpan, options: { replace: boolean }) => void>();
  const view = render(<RangeBrush bounds={bounds} {...span} bars={bars} describedBy="note" onChange={onChange} />);
  const rerender = (next: YearSpan) =>
    view.rerender(<RangeBrush bounds={bounds} {...next} bars={bars} describedBy="note" onChange={onChange} />);
  const track = view.container.querySelector<HTMLElement>('.range-brush-track');
  if (!track) throw new Error('no track drawn');
  return { onChange, rerender, track };
}

// jsdom lays nothing out: the strip is given a width of 1,000 px (100 px a year) from x = 0.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1000, 40));
  HTMLElement.prototype.setPointerCapture = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('RangeBrush', () => {
  it('names the years shown and makes each end a slider with its limits', () => {
    renderBrush({ from: 2003, to: 2006 });
    expect(screen.getByRole('group', { name: 'Years shown: 2003–2006' })).toBeDefined();
    const first = screen.getByRole('slider', { name: 'First year shown' });
    const last = screen.getByRole('slider', { name: 'Last year shown' });
    expect([first.getAttribute('aria-valuemin'), first.getAttribute('aria-valuemax')]).toEqual(['2000', '2005']);
    expect([last.getAttribute('aria-valuenow'), last.getAttribute('aria-valuemax')]).toEqual(['2006', '2009']);
  });

  it('draws a bar for each year with a figure, the years shown marked, none for a gap', () => {
    const { track } = renderBrush({ from: 2003, to: 2006 });
    const rects = [...track.querySelectorAll('rect')];
    expect(rects).toHaveLength(9);
    expect(rects.filter((r) => r.classList.contains('is-in'))).toHaveLength(3);
  });

  it('moves an end by key, and takes a run of keys on it as one history entry', () => {
    const { onChange, rerender } = renderBrush({ from: 2003, to: 2006 });
    const last = screen.getByRole('slider', { name: 'Last year shown' });
    fireEvent.keyDown(last, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith({ from: 2003, to: 2007 }, { replace: false });
    rerender({ from: 2003, to: 2007 });
    fireEvent.keyDown(last, { key: 'End' });
    expect(onChange).toHaveBeenLastCalledWith({ from: 2003, to: 2009 }, { replace: true });
    // Already at the end: nothing to write.
    rerender({ from: 2003, to: 2009 });
    fireEvent.keyDown(last, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('drags the window by whole years and writes one entry on release', () => {
    const { onChange, track } = renderBrush({ from: 2003, to: 2006 });
    fireEvent.pointerDown(track, { button: 0, isPrimary: true, pointerId: 1, clientX: 450 });
    fireEvent.pointerMove(track, { pointerId: 1, clientX: 640 });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('slider', { name: 'First year shown' }).getAttribute('aria-valuenow')).toBe('2005');
    fireEvent.pointerUp(track, { pointerId: 1, clientX: 640 });
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledWith({ from: 2005, to: 2008 }, { replace: false });
  });

  it('brings the nearer end to a year pressed outside the window', () => {
    const { onChange, track } = renderBrush({ from: 2003, to: 2006 });
    fireEvent.pointerDown(track, { button: 0, isPrimary: true, pointerId: 1, clientX: 150 });
    fireEvent.pointerUp(track, { pointerId: 1, clientX: 150 });
    expect(onChange).toHaveBeenCalledWith({ from: 2001, to: 2006 }, { replace: false });
  });

  it('writes nothing when a drag is cancelled', () => {
    const { onChange, track } = renderBrush({ from: 2003, to: 2006 });
    fireEvent.pointerDown(track, { button: 0, isPrimary: true, pointerId: 1, clientX: 450 });
    fireEvent.pointerMove(track, { pointerId: 1, clientX: 900 });
    fireEvent.pointerCancel(track, { pointerId: 1 });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Years shown: 2003–2006' })).toBeDefined();
  });
});
