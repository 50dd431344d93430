import type { CaEvent } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { formatDateRange } from '../../../lib/format';
import { placeSummary, type MeetingPlace } from '../meeting-places';

interface PlaceTooltipProps {
  place: MeetingPlace;
  countryName: string | null;
  /** Pinned: each event is a button that opens it in the timeline. */
  onSelectEvent: ((id: string) => void) | null;
  selectedEvent: string | null;
}

/** How an event was held, after its title; nothing for the usual, in person. */
function formatWords(format: CaEvent['format']): string {
  if (format === 'video') return ` · ${t('map.place.video')}`;
  return format === 'hybrid' ? ` · ${t('map.place.hybrid')}` : '';
}

/** The events held in a city, newest first. */
export function PlaceTooltip({ place, countryName, onSelectEvent, selectedEvent }: PlaceTooltipProps) {
  return (
    <>
      <p className="map-tooltip-title">
        {countryName ? t('map.place.title', { city: place.city, country: countryName }) : place.city}
      </p>
      <p className="map-tooltip-sub">
        {onSelectEvent ? t('map.place.choose', { summary: placeSummary(place) }) : placeSummary(place)}
      </p>
      <ul className="map-tooltip-events">
        {place.events.map((event) => {
          const text = (
            <>
              <span className="map-tooltip-date">{formatDateRange(event.start, event.end)}</span> {event.title}
              <span className="map-tooltip-format">{formatWords(event.format)}</span>
            </>
          );
          return (
            <li key={event.id}>
              {onSelectEvent ? (
                <button
                  type="button"
                  className="map-event-button"
                  aria-current={event.id === selectedEvent ? 'true' : undefined}
                  onClick={() => onSelectEvent(event.id)}
                >
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
