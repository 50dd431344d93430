import { useEffect, type RefObject } from 'react';
import { RESIZE_MESSAGE, type ResizeMessage } from './embed-snippet';
import type { PanelName } from '../data/codes';

/**
 * Tells the parent page the embedded panel's height, on load and on every change. The height is the
 * content's own, so a parent that sizes the frame to it cannot start a resize loop.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, panel: PanelName | null): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || !panel || window.parent === window) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: RESIZE_MESSAGE, panel, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [ref, panel]);
}
