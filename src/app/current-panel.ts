import { useEffect, useRef } from 'react';
import { PANELS, type PanelName } from '../data/codes';

/** The panel an element belongs to (each panel's section carries the class `panel-<name>`), if any. */
export function panelOf(element: Element | null): PanelName | null {
  for (const panel of PANELS) if (element?.closest(`.panel-${panel}`)) return panel;
  return null;
}

/** Of the panels' boxes, the one with the most area inside the viewport; the map when none shows. */
export function mostVisible(
  boxes: readonly { panel: PanelName; top: number; bottom: number; left: number; right: number }[],
  viewport: { width: number; height: number },
): PanelName {
  let best: PanelName = 'map';
  let bestArea = 0;
  for (const b of boxes) {
    const width = Math.max(0, Math.min(b.right, viewport.width) - Math.max(b.left, 0));
    const height = Math.max(0, Math.min(b.bottom, viewport.height) - Math.max(b.top, 0));
    if (width * height > bestArea) {
      bestArea = width * height;
      best = b.panel;
    }
  }
  return best;
}

export function panelMostInView(): PanelName {
  const boxes = PANELS.flatMap((panel) => {
    const box = document.querySelector(`.panel-${panel}`)?.getBoundingClientRect();
    return box ? [{ panel, top: box.top, bottom: box.bottom, left: box.left, right: box.right }] : [];
  });
  return mostVisible(boxes, { width: window.innerWidth, height: window.innerHeight });
}

/** The panel last clicked or focused in, kept while the page is open (the header's tools belong to none). */
export function useLastPanel() {
  const last = useRef<PanelName | null>(null);
  useEffect(() => {
    const note = (event: Event) => {
      const panel = panelOf(event.target instanceof Element ? event.target : null);
      if (panel) last.current = panel;
    };
    document.addEventListener('pointerdown', note, true);
    document.addEventListener('focusin', note, true);
    return () => {
      document.removeEventListener('pointerdown', note, true);
      document.removeEventListener('focusin', note, true);
    };
  }, []);
  return last;
}
