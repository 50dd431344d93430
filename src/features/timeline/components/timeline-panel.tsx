import '../timeline.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { eventsQuery, sourcesQuery } from '../../../data/queries';
import { meetingsInOrder } from '../../../data/selectors';
import { EventDetail } from './event-detail';
import { MeetingItem } from './meeting-item';

interface TimelinePanelProps {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

export function TimelinePanel({ selectedId, onSelect }: TimelinePanelProps) {
  const events = useQuery(eventsQuery());
  const sources = useQuery(sourcesQuery());
  const meetings = useMemo(() => (events.data ? meetingsInOrder(events.data) : []), [events.data]);
  const selected = meetings.find((e) => e.id === selectedId) ?? null;

  return (
    <Panel
      title="Meetings and summits"
      subtitle="China–Central Asia foreign ministers’ meetings and the summits they prepared, in date order"
      className="panel-timeline"
    >
      {events.isPending ? (
        <LoadingState label="Loading meetings…" height={320} />
      ) : events.isError ? (
        <ErrorState error={events.error} what="the meetings" />
      ) : meetings.length === 0 ? (
        <p className="empty-state">No meetings in events.json.</p>
      ) : (
        <>
          <ol className="meeting-list" aria-label="Meetings in date order">
            {meetings.map((event) => (
              <MeetingItem
                key={event.id}
                event={event}
                selected={event.id === selectedId}
                onSelect={() => onSelect(event.id === selectedId ? null : event.id)}
              />
            ))}
          </ol>
          {selected ? <EventDetail event={selected} sources={sources.data?.sources ?? []} /> : null}
        </>
      )}
    </Panel>
  );
}
