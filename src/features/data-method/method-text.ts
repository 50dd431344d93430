/**
 * The method in brief, in the page: what data/README.md explains at length (reporters, flows, estimates,
 * the gaps between mirror figures). Our own summary; the README is the reference for contributors. The
 * words are the `data.method.` messages, read when the dialog opens, so that they are in the language shown.
 */
import { t } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/message-id';

const SECTIONS: readonly { heading: MessageId; paragraphs: readonly MessageId[] }[] = [
  {
    heading: 'data.method.reporters.heading',
    paragraphs: ['data.method.reporters.sides', 'data.method.reporters.turkmenistan'],
  },
  { heading: 'data.method.flows.heading', paragraphs: ['data.method.flows.text'] },
  { heading: 'data.method.gaps.heading', paragraphs: ['data.method.gaps.text'] },
  { heading: 'data.method.estimates.heading', paragraphs: ['data.method.estimates.text'] },
  { heading: 'data.method.revisions.heading', paragraphs: ['data.method.revisions.text'] },
];

/** The method's sections, each a heading and its paragraphs, in the language shown. */
export function methodSections(): { heading: string; paragraphs: string[] }[] {
  return SECTIONS.map(({ heading, paragraphs }) => ({ heading: t(heading), paragraphs: paragraphs.map((p) => t(p)) }));
}
