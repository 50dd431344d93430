import { useId } from 'react';
import { t } from '../../../i18n/i18n';
import { spanParams } from '../range-brush';

interface RangeControlProps {
  from: number;
  to: number;
  /** Every year with data, oldest first. */
  years: number[];
  onChange: (range: { from: number | null; to: number | null }) => void;
}

/**
 * The years shown, as two lists: each choice is one step (and one history entry), whether made with the
 * mouse, the keyboard or a phone's picker. A year the other end excludes is not offered.
 */
export function RangeControl({ from, to, years, onChange }: RangeControlProps) {
  const fromId = useId();
  const toId = useId();
  const bounds = { first: years[0] ?? from, last: years[years.length - 1] ?? to };
  const commit = (nextFrom: number, nextTo: number) => onChange(spanParams({ from: nextFrom, to: nextTo }, bounds));
  return (
    <span className="control range-control" role="group" aria-label={t('trade.range.group')}>
      <label htmlFor={fromId}>{t('trade.range.from')}</label>
      <select id={fromId} value={from} onChange={(e) => commit(Number(e.target.value), to)}>
        {years
          .filter((y) => y < to)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
      <label htmlFor={toId}>{t('trade.range.to')}</label>
      <select id={toId} value={to} onChange={(e) => commit(from, Number(e.target.value))}>
        {years
          .filter((y) => y > from)
          .map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
      </select>
    </span>
  );
}
