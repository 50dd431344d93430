import { type CountryCode, EVENT_KINDS, type EventKind } from '../../../data/codes';
import { WORDING } from '../../../data/wording';
import type { CaEvent, Country } from '../../../data/schemas';
import { inLanguage, t } from '../../../i18n/i18n';

const ALL_KINDS = EVENT_KINDS;

interface TimelineFiltersProps {
  events: readonly CaEvent[];
  countries: readonly Country[];
  kinds: readonly EventKind[] | null;
  involves: CountryCode | null;
  onChange: (patch: { kinds?: EventKind[] | null; involves?: CountryCode | null }) => void;
}

/** Which kinds of event to show, and whose. Both live in the URL (`kinds`, `involves`). */
export function TimelineFilters({ events, countries, kinds, involves, onChange }: TimelineFiltersProps) {
  const shown = new Set(kinds ?? ALL_KINDS);
  const toggle = (kind: EventKind, on: boolean) => {
    const next = ALL_KINDS.filter((k) => (k === kind ? on : shown.has(k)));
    onChange({ kinds: next.length === ALL_KINDS.length ? null : next });
  };
  return (
    <div className="timeline-filters">
      <fieldset className="kind-filter">
        <legend>{t('timeline.filters.kinds')}</legend>
        {ALL_KINDS.map((kind) => {
          const checked = shown.has(kind);
          return (
            <label key={kind} className={`kind-option tl-track-kind-${kind}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && shown.size === 1}
                onChange={(e) => toggle(kind, e.target.checked)}
              />
              {WORDING.eventKind[kind].plural}{' '}
              <span className="count">({events.filter((e) => e.kind === kind).length})</span>
            </label>
          );
        })}
      </fieldset>
      <label className="country-filter">
        {t('timeline.filters.involving')}
        <select
          value={involves ?? ''}
          onChange={(e) => {
            const code = countries.find((c) => c.iso3 === e.target.value)?.iso3 ?? null;
            onChange({ involves: code });
          }}
        >
          <option value="">{t('timeline.filters.allCountries')}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {t('timeline.filters.country', { country: inLanguage(c.name) })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
