/**
 * A layout change that the browser does not report to ResizeObserver in time: printing. Before the
 * browser lays the page out for paper it fires `beforeprint`; the page then takes the paper's layout
 * at once (src/app/print-layout.ts), and each measured element measures itself again, synchronously,
 * so that the charts are drawn at the paper's width before the printout is made.
 */
export const RELAYOUT_EVENT = 'c5:relayout';

export function announceRelayout(): void {
  window.dispatchEvent(new Event(RELAYOUT_EVENT));
}
