export interface Box {
  width: number;
  height: number;
}

/**
 * Where to put a tooltip of `size` for an anchor point inside a frame of `bounds`: above the point and
 * centred on it, below when there is no room above, and always shifted to stay inside the frame.
 */
export function placeTooltip(
  anchor: { x: number; y: number },
  size: Box,
  bounds: Box,
  gap = 12,
): { left: number; top: number } {
  const maxLeft = Math.max(0, bounds.width - size.width);
  const left = Math.min(Math.max(anchor.x - size.width / 2, 0), maxLeft);
  const above = anchor.y - gap - size.height;
  const below = anchor.y + gap;
  const top =
    above >= 0 ? above : below + size.height <= bounds.height ? below : Math.max(0, bounds.height - size.height);
  return { left, top };
}
