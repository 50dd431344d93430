import type { CaEvent, Country } from '../../../data/schemas';
import type { CountryCode } from '../../../data/codes';
import { inLanguage, t } from '../../../i18n/i18n';
import { unlistedFor } from '../event-filters';

interface FilterSummaryProps {
  shown: readonly CaEvent[];
  all: readonly CaEvent[];
  /** The events of the kinds shown, before the country filter. */
  ofKinds: readonly CaEvent[];
  involves: CountryCode | null;
  countries: readonly Country[];
}

/** How many events are shown, and what the country filter can and cannot tell. */
export function FilterSummary({ shown, all, ofKinds, involves, countries }: FilterSummaryProps) {
  const found = involves ? countries.find((c) => c.iso3 === involves) : undefined;
  const country = involves ? (found ? inLanguage(found.name) : involves) : null;
  const unlisted = involves ? unlistedFor(ofKinds, involves).length : 0;
  const events =
    shown.length === all.length
      ? t('timeline.filterSummary.all', { total: all.length })
      : t('timeline.filterSummary.some', { shown: shown.length, total: all.length });
  const summary = !country
    ? t('timeline.filterSummary.plain', { events })
    : unlisted > 0
      ? t('timeline.filterSummary.countryUnlisted', { events, country, unlisted })
      : t('timeline.filterSummary.country', { events, country });
  return (
    <p className="filter-summary" aria-live="polite">
      {summary} <span className="interaction-hint">{t('timeline.filterSummary.hint')}</span>
    </p>
  );
}
