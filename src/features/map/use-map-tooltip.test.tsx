// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { SyntheticEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useMapTooltip } from './use-map-tooltip';

afterEach(cleanup);

/** A pointer event at (x, y) of the frame, as React hands it to a handler. */
function pointerAt(x: number, y: number): SyntheticEvent {
  const nativeEvent = new MouseEvent('mousemove', { clientX: x, clientY: y });
  return { type: 'mousemove', nativeEvent, currentTarget: document.body } as unknown as SyntheticEvent;
}

describe('useMapTooltip', () => {
  it('keeps the same tip while the pointer rests, so the tooltip is not measured again', () => {
    const frame = document.createElement('div');
    const { result } = renderHook(() => useMapTooltip({ current: frame }));
    act(() => result.current.show({ kind: 'country', id: 'UZB' }, pointerAt(120, 80)));
    const first = result.current.tip;
    expect(first?.anchor).toEqual({ x: 120, y: 80 });
    act(() => result.current.show({ kind: 'country', id: 'UZB' }, pointerAt(120, 80)));
    expect(result.current.tip).toBe(first);
  });

  it('gives a new tip when the pointer moves or comes to another state', () => {
    const frame = document.createElement('div');
    const { result } = renderHook(() => useMapTooltip({ current: frame }));
    act(() => result.current.show({ kind: 'country', id: 'UZB' }, pointerAt(120, 80)));
    const first = result.current.tip;
    act(() => result.current.show({ kind: 'country', id: 'UZB' }, pointerAt(121, 80)));
    expect(result.current.tip).not.toBe(first);
    expect(result.current.tip?.anchor).toEqual({ x: 121, y: 80 });
    act(() => result.current.show({ kind: 'country', id: 'KAZ' }, pointerAt(121, 80)));
    expect(result.current.tip?.target).toEqual({ kind: 'country', id: 'KAZ' });
  });
});
