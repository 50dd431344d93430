import { formatDate } from '../../lib/format';

export interface CitationInput {
  title: string;
  subtitle?: string;
  sourceLine: string;
  asOf: string | null;
  url: string;
  /** ISO date the view was accessed. */
  accessed: string;
}

/** A citation an analyst can paste under a figure: what, from where, as of when, and the link to the view. */
export function citationText({ title, subtitle, sourceLine, asOf, url, accessed }: CitationInput): string {
  const what = subtitle ? `${title} (${subtitle})` : title;
  const asOfText = asOf ? ` Data as of ${formatDate(asOf)}.` : '';
  return `China–Central Asia Trade & Relations Dashboard, “${what}”.${asOfText} ${sourceLine.replace(/\.?$/, '.')} ${url} (accessed ${formatDate(accessed)}).`;
}
