import { createContext, use } from 'react';

/**
 * What a render without a browser (the build's snapshot of the first view, src/snapshot/) takes as
 * measured: the layout's widths by name, and whether the viewport is narrow. In the browser nothing is
 * assumed: every width is measured.
 */
export interface AssumedLayout {
  narrow: boolean;
  widths: Readonly<Partial<Record<MeasuredElement, number>>>;
}

/** The elements whose width decides what is drawn in them. */
export type MeasuredElement = 'chart-deck' | 'timeline';

export const AssumedLayoutContext = createContext<AssumedLayout>({ narrow: false, widths: {} });

export function useAssumedLayout(): AssumedLayout {
  return use(AssumedLayoutContext);
}
