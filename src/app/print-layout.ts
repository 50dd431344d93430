import { announceRelayout } from '../lib/relayout';

/**
 * Printing from a wide window: the browser fires `beforeprint`, then lays the page out for paper, but
 * the charts were drawn at the window's width and would be cut off. So before the printout the page
 * takes the paper's layout (`:root.printing`: the width of A4 landscape within its margins, the print
 * grid, the light palette) and every chart is redrawn at its width there; after it, the screen's again.
 */
export function followPrinting(restoreScheme: () => void): () => void {
  const root = document.documentElement;
  const before = () => {
    root.classList.add('printing');
    // Paper is white: the light palette, whatever the theme on screen.
    root.dataset.scheme = 'light';
    announceRelayout();
  };
  const after = () => {
    root.classList.remove('printing');
    restoreScheme();
    announceRelayout();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
