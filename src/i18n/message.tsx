import { Fragment, type ReactNode } from 'react';
import { type MessageValues, t } from './i18n';
import type { MessageId } from './message-id';

const MARK = '\u0000';

/**
 * A message whose placeholders may be elements (a link, a <time>, a <strong>): the words around them
 * come from the catalogue, in the order the language puts them. Text values are formatted as by `t`.
 */
export function Message({ id, values = {} }: { id: MessageId; values?: Record<string, ReactNode> }) {
  const text: MessageValues = {};
  const elements: ReactNode[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = value;
    else {
      text[name] = `${MARK}${elements.length}${MARK}`;
      elements.push(value);
    }
  }
  const parts = t(id, text).split(MARK);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <Fragment key={index}>{elements[Number(part)]}</Fragment> : part))}
    </>
  );
}
