import { describe, expect, it } from 'vitest';
import { rowPacker } from './row-packer';

describe('rowPacker', () => {
  it('puts a span on the first row that is free at its start', () => {
    const packer = rowPacker();
    expect(packer.place(0, 10)).toBe(0);
    expect(packer.place(5, 15)).toBe(1);
    expect(packer.place(10, 20)).toBe(0);
    expect(packer.place(12, 14)).toBe(2);
    expect(packer.place(16, 18)).toBe(1);
    expect(packer.rows).toBe(3);
  });

  it('starts with no rows', () => {
    expect(rowPacker().rows).toBe(0);
  });
});
