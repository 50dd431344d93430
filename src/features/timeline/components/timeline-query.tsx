import { useEffect, useId, useState } from 'react';
import { t } from '../../../i18n/i18n';
import type { TimelineFilterPatch } from './timeline-panel';

interface TimelineQueryProps {
  years: readonly number[];
  when: number | null;
  q: string | null;
  list: boolean;
  /** Wide enough for the horizontal timeline: only then is the list a choice. */
  wide: boolean;
  onChange: (patch: TimelineFilterPatch) => void;
}

/** "What happened in 2024, and where?": a year, a search over events and sources, and the list on a desktop. */
export function TimelineQuery({ years, when, q, list, wide, onChange }: TimelineQueryProps) {
  const yearId = useId();
  const searchId = useId();
  // Typed into freely; the link follows once typing pauses, in place (a word is no history step).
  const [text, setText] = useState(q ?? '');
  // The link changed from elsewhere (Back, a new link): the box shows its words.
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if ((q ?? '') !== text.trim()) setText(q ?? '');
  }
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: trimmed || null }), 250);
    return () => clearTimeout(timer);
  }, [text, q, onChange]);
  return (
    <div className="timeline-query controls">
      <label htmlFor={yearId}>{t('timeline.query.year')}</label>
      <select
        id={yearId}
        value={when ?? ''}
        onChange={(e) => onChange({ when: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">{t('timeline.query.allYears')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={searchId}>{t('timeline.query.search')}</label>
      <input
        id={searchId}
        type="search"
        value={text}
        placeholder={t('timeline.query.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
      />
      {wide ? (
        <button type="button" className="toggle" aria-pressed={list} onClick={() => onChange({ list: !list })}>
          {t('timeline.query.list')}
        </button>
      ) : null}
    </div>
  );
}
