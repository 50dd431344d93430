import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { contentWidth } from './content-width';
import { useAssumedLayout, type MeasuredElement } from './assumed-layout';
import { RELAYOUT_EVENT } from './relayout';

/**
 * The content width of an element, kept current as it resizes; 0 until measured. The width comes from
 * a ResizeObserver, which reports it after the browser's own layout (no layout forced here), and what
 * it draws renders in a transition: React splits that work into short tasks, and the page around it
 * paints first (on a slow phone the first view's chart and timeline were a task of their own, ~0.3 s
 * at 4× CPU). A report a pixel apart, by rounding, is ignored. With `active` false nothing is measured
 * (the width is known from elsewhere) and the width stays 0. On a relayout (printing) it measures at
 * once and redraws before the page is laid out for paper. A `name`d element starts at the width a
 * render without a browser assumes for it (assumed-layout.ts), 0 in the browser.
 */
export function useElementWidth<T extends HTMLElement>(active = true, name?: MeasuredElement) {
  const ref = useRef<T>(null);
  const assumed = useAssumedLayout().widths;
  const [width, setWidth] = useState(name ? (assumed[name] ?? 0) : 0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    const relayout = () => {
      flushSync(() => setWidth(contentWidth(element)));
    };
    window.addEventListener(RELAYOUT_EVENT, relayout);
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = Math.floor(entry.contentRect.width);
      startTransition(() => setWidth((previous) => (Math.abs(previous - next) <= 1 ? previous : next)));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener(RELAYOUT_EVENT, relayout);
    };
  }, [active]);
  return [ref, width] as const;
}
