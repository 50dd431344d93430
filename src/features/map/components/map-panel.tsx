import '../map.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { SourceLine } from '../../../components/source-line';
import { countriesQuery, sourcesQuery, topologyQuery, tradeQuery } from '../../../data/queries';
import { annualYearRange, latestYearWith, measureValue, type Measure } from '../../../data/selectors';
import { PARTNERS, type Partner, type Reporter, type Source } from '../../../data/schemas';
import { formatUsd } from '../../../lib/format';
import { colourOf, colourScale } from '../map-scale';
import { MapLegend } from './map-legend';
import { TradeMap, type MapCountry } from './trade-map';

const MEASURE_WORDS: Record<Measure, string> = {
  total: 'total trade with China',
  china_exports: 'China’s exports to it',
  china_imports: 'China’s imports from it',
  balance: 'China’s trade balance with it',
};

const REPORTER_WORDS: Record<Reporter, string> = { china: 'China’s customs', partner: 'the partner’s statistics' };

interface MapPanelProps {
  selected: Partner;
  year: number | null;
  measure: Measure;
  reporter: Reporter;
  onSelect: (iso3: Partner) => void;
  onYear: (year: number) => void;
}

export function MapPanel({ selected, year, measure, reporter, onSelect, onYear }: MapPanelProps) {
  const topology = useQuery(topologyQuery());
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const yearId = useId();

  const range = trade.data ? annualYearRange(trade.data) : null;
  const shownYear =
    year ?? (trade.data ? latestYearWith(trade.data, PARTNERS, reporter, measure) : null) ?? range?.last ?? null;
  const scale = useMemo(() => colourScale(measure), [measure]);

  const mapCountries = useMemo<MapCountry[]>(
    () =>
      PARTNERS.map((iso3) => {
        const name = countries.data?.countries.find((c) => c.iso3 === iso3)?.name.en ?? iso3;
        const value =
          trade.data && shownYear !== null ? measureValue(trade.data, iso3, reporter, shownYear, measure) : null;
        return {
          iso3,
          name,
          fill: colourOf(scale, value?.value ?? null),
          description: value
            ? `${formatUsd(value.value)} ${MEASURE_WORDS[measure]} in ${shownYear}, ${REPORTER_WORDS[reporter]}`
            : `no figure for ${shownYear ?? 'this year'} from ${REPORTER_WORDS[reporter]}`,
        };
      }),
    [countries.data, trade.data, shownYear, reporter, measure, scale],
  );

  const shownSources = useMemo(() => {
    if (!trade.data || !sources.data || shownYear === null) return [];
    const ids = new Set(
      PARTNERS.flatMap((p) => measureValue(trade.data, p, reporter, shownYear, measure)?.observations ?? []).map(
        (o) => o.source,
      ),
    );
    return sources.data.sources.filter((s): s is Source => ids.has(s.id));
  }, [trade.data, sources.data, reporter, shownYear, measure]);

  const years = range ? Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i) : [];
  const error = topology.error ?? trade.error;

  return (
    <Panel
      title="Trade with China by country"
      subtitle={`${MEASURE_WORDS[measure]} · ${shownYear ?? '—'} · US$, current prices · as reported by ${REPORTER_WORDS[reporter]}`}
      className="panel-map"
      actions={
        <div className="controls">
          <label htmlFor={yearId}>Year</label>
          <select
            id={yearId}
            value={shownYear ?? ''}
            disabled={years.length === 0}
            onChange={(e) => onYear(Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      }
      footer={
        <>
          <SourceLine sources={shownSources} />
          <p className="map-note">Boundaries: Natural Earth, shown for orientation only; they imply no endorsement.</p>
        </>
      }
    >
      {error ? (
        <ErrorState error={error} what="the map" />
      ) : !topology.data || !trade.data ? (
        <LoadingState label="Loading map…" height={360} />
      ) : (
        <div className="map-frame">
          <TradeMap
            topology={topology.data}
            countries={mapCountries}
            selected={selected}
            onSelect={onSelect}
            label={`Map of Central Asia and western China: ${MEASURE_WORDS[measure]} in ${shownYear ?? ''}. Select a country.`}
          />
          <MapLegend scale={scale} title={`${MEASURE_WORDS[measure]}, ${shownYear ?? ''}`} />
        </div>
      )}
    </Panel>
  );
}
