/** The element's content-box width, as a ResizeObserver reports it (unscaled by transforms), rounded down. */
export function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  const inner =
    style.boxSizing === 'border-box'
      ? px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth)
      : 0;
  return Math.floor(px(style.width) - inner);
}
