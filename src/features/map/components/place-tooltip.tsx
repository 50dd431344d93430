import type { CaEvent } from '../../../data/schemas';
import { formatDateRange } from '../../../lib/format';
import { placeSummary, type MeetingPlace } from '../meeting-places';

interface PlaceTooltipProps {
  place: MeetingPlace;
  countryName: string | null;
  /** Pinned: each event is a button that opens it in the timeline. */
  onSelectEvent: ((id: string) => void) | null;
  selectedEvent: string | null;
}

const formatWords: Record<CaEvent['format'], string> = { 'in-person': '', video: ' · by video', hybrid: ' · hybrid' };

/** The events held in a city, newest first. */
export function PlaceTooltip({ place, countryName, onSelectEvent, selectedEvent }: PlaceTooltipProps) {
  return (
    <>
      <p className="map-tooltip-title">
        {place.city}
        {countryName ? `, ${countryName}` : ''}
      </p>
      <p className="map-tooltip-sub">
        {placeSummary(place)}
        {onSelectEvent ? ' · choose one to open it in the timeline' : ''}
      </p>
      <ul className="map-tooltip-events">
        {place.events.map((event) => {
          const text = (
            <>
              <span className="map-tooltip-date">{formatDateRange(event.start, event.end)}</span> {event.title}
              <span className="map-tooltip-format">{formatWords[event.format]}</span>
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
