import '../timeline.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { countriesQuery, eventsQuery, sourcesQuery, tradeQuery } from '../../../data/queries';
import type { CountryCode, EventKind } from '../../../data/codes';
import type { Country, Source } from '../../../data/schemas';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { HORIZONTAL_MIN_WIDTH, useTimelineModel } from '../timeline-model';
import { TimelineQuery } from './timeline-query';
import { useElementWidth } from '../../../lib/use-element-width';
import { EventDetail } from './event-detail';
import { EventList } from './event-list';
import { EventNav } from './event-nav';
import { FilterSummary } from './filter-summary';
import { TimelineChart } from './timeline-chart';
import { TimelineFilters } from './timeline-filters';

const NO_SOURCES: readonly Source[] = [];
const NO_COUNTRIES: readonly Country[] = [];

export interface TimelineFilterPatch {
  kinds?: EventKind[] | null;
  involves?: CountryCode | null;
  when?: number | null;
  q?: string | null;
  list?: boolean;
}

interface TimelinePanelProps {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  kinds: EventKind[] | null;
  involves: CountryCode | null;
  /** The year shown, the words searched for, and the list on a wide screen: all in the link. */
  when: number | null;
  q: string | null;
  list: boolean;
  onFilterChange: (patch: TimelineFilterPatch) => void;
}

export function TimelinePanel({
  selectedId,
  onSelect,
  kinds,
  involves,
  when,
  q,
  list,
  onFilterChange,
}: TimelinePanelProps) {
  const events = useQuery(eventsQuery());
  const sources = useQuery(sourcesQuery()).data?.sources ?? NO_SOURCES;
  const countries = useQuery(countriesQuery()).data?.countries ?? NO_COUNTRIES;
  const trade = useQuery(tradeQuery()).data;
  const [bodyRef, width] = useElementWidth<HTMLDivElement>(true, 'timeline');
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const model = useTimelineModel(
    { events: events.data?.events, sources, countries, trade },
    { kinds, involves, year: when, query: q },
    selectedId,
    width,
    list,
  );
  const { all, shown, layout, open, relatedIds } = model;
  const select = (id: string) => {
    setActiveId(id);
    onSelect(id);
  };

  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !selectedId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      onSelect(null);
      body.querySelector<HTMLButtonElement>(`button[data-event-id="${selectedId}"]`)?.focus();
    };
    body.addEventListener('keydown', onKey);
    return () => body.removeEventListener('keydown', onKey);
  }, [bodyRef, selectedId, onSelect]);

  const nav = <EventNav previous={open?.previous ?? null} next={open?.next ?? null} onSelect={select} />;
  const detail = open ? (
    <>
      {nav}
      <EventDetail
        event={open.event}
        related={open.related}
        trade={open.trade}
        countries={countries}
        sources={sources}
        hidden={open.hidden}
        onSelect={select}
        onClose={() => onSelect(null)}
      />
    </>
  ) : null;

  return (
    <Panel
      title={WORDING.panel.timeline.label}
      subtitle={t('timeline.panel.subtitle')}
      className="panel-timeline"
      id="timeline"
      download={model.download}
    >
      <div ref={bodyRef} className="timeline-body" aria-busy={width > 0 ? undefined : true}>
        {events.isPending ? (
          <LoadingState label={t('timeline.panel.loading')} height={320} />
        ) : events.isError ? (
          <ErrorState error={events.error} what={t('timeline.panel.errorWhat')} onRetry={() => void events.refetch()} />
        ) : width <= 0 ? null : (
          // Unmeasured, nothing is drawn: what is drawn depends on the width (a list when narrow, the
          // horizontal timeline when wide), and a guess would be laid out and replaced before the first paint.
          <>
            <TimelineFilters
              events={all}
              countries={countries}
              kinds={kinds}
              involves={involves}
              onChange={onFilterChange}
            />
            <TimelineQuery
              years={model.years}
              when={when}
              q={q}
              list={list}
              wide={width >= HORIZONTAL_MIN_WIDTH}
              onChange={onFilterChange}
            />
            <FilterSummary shown={shown} all={all} ofKinds={model.ofKinds} involves={involves} countries={countries} />
            {shown.length === 0 ? (
              <p className="empty-state">{t('timeline.panel.empty')}</p>
            ) : (
              <div className={layout ? 'timeline-axis' : undefined} data-export-figure={layout ? '' : 'html'}>
                {layout ? (
                  <TimelineChart
                    layout={layout}
                    selectedId={selectedId}
                    relatedIds={relatedIds}
                    activeId={activeId}
                    asOf={events.data.asOf}
                  />
                ) : null}
                <EventList
                  events={shown}
                  layout={layout}
                  selectedId={selectedId}
                  relatedIds={relatedIds}
                  activeId={activeId}
                  onActive={setActiveId}
                  onSelect={select}
                  detail={detail}
                />
              </div>
            )}
            {layout ? (detail ?? nav) : null}
          </>
        )}
      </div>
    </Panel>
  );
}
