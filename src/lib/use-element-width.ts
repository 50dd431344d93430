import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes; 0 until measured. The first measure is
 * taken before the first paint; the observer's own first report, a pixel apart by rounding, is ignored
 * so that it does not cost a second render. With `active` false nothing is measured (the width is known
 * from elsewhere) and the width stays 0.
 */
export function useElementWidth<T extends HTMLElement>(active = true) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    const style = getComputedStyle(element);
    setWidth(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = Math.floor(entry.contentRect.width);
      setWidth((previous) => (Math.abs(previous - next) <= 1 ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [active]);
  return [ref, width] as const;
}
