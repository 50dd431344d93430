import { describe, expect, it, vi } from 'vitest';
import { memoLast } from './memo-last';

describe('memoLast', () => {
  it('returns the same result for the same arguments, without calling again', () => {
    const fn = vi.fn((items: readonly number[], from: number) => items.filter((x) => x >= from));
    const memo = memoLast(fn);
    const items = [1, 2, 3];
    const first = memo(items, 2);
    expect(memo(items, 2)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('calls again when an argument changes, by value or by identity', () => {
    const memo = memoLast((items: readonly number[], from: number) => items.filter((x) => x >= from));
    const items = [1, 2, 3];
    const first = memo(items, 2);
    expect(memo(items, 1)).not.toBe(first);
    expect(memo(items, 1)).toEqual([1, 2, 3]);
    expect(memo([1, 2, 3], 1)).not.toBe(memo(items, 1));
  });
});
