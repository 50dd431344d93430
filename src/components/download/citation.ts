import { t } from '../../i18n/i18n';
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
  const what = subtitle ? t('exports.citation.what', { title, subtitle }) : title;
  // The line's own full stop, if any, is the citation's.
  const sources = sourceLine.replace(/[.。]$/, '');
  const values = { what, sources, url, accessed: formatDate(accessed) };
  return asOf
    ? t('exports.citation.dated', { ...values, asOf: formatDate(asOf) })
    : t('exports.citation.undated', values);
}
