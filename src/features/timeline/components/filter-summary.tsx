import type { CaEvent, Country } from '../../../data/schemas';
import type { CountryCode } from '../../../data/codes';
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
  const country = involves ? (countries.find((c) => c.iso3 === involves)?.name.en ?? involves) : null;
  const unlisted = involves ? unlistedFor(ofKinds, involves).length : 0;
  return (
    <p className="filter-summary" aria-live="polite">
      {shown.length === all.length ? `All ${all.length} events` : `${shown.length} of ${all.length} events`}
      {country ? `: those ${country} hosted or sent a delegation to` : ''}
      {country && unlisted > 0
        ? `. ${unlisted} event${unlisted === 1 ? ' has' : 's have'} no delegation list in the sources and ${unlisted === 1 ? 'is' : 'are'} left out unless ${country} hosted ${unlisted === 1 ? 'it' : 'them'}.`
        : '.'}{' '}
      <span className="interaction-hint">Select an event for its details; arrow keys move between events.</span>
    </p>
  );
}
