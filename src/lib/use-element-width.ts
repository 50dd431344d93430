import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { RELAYOUT_EVENT } from './relayout';

/**
 * The content width of an element, kept current as it resizes; 0 until measured. The first measure is
 * taken before the first paint; the observer's own first report, a pixel apart by rounding, is ignored
 * so that it does not cost a second render. With `active` false nothing is measured (the width is known
 * from elsewhere) and the width stays 0. On a relayout (printing) it measures again and redraws at once.
 */
export function useElementWidth<T extends HTMLElement>(active = true) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    const measure = () => {
      const style = getComputedStyle(element);
      return Math.floor(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    };
    setWidth(measure());
    const relayout = () => {
      flushSync(() => setWidth(measure()));
    };
    window.addEventListener(RELAYOUT_EVENT, relayout);
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = Math.floor(entry.contentRect.width);
      setWidth((previous) => (Math.abs(previous - next) <= 1 ? previous : next));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener(RELAYOUT_EVENT, relayout);
    };
  }, [active]);
  return [ref, width] as const;
}
