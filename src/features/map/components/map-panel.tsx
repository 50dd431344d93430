import '../map.css';
import { useId, useMemo } from 'react';
import type { PanelDownload } from '../../../components/download/download-spec';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { SourceLine, sourceLineText } from '../../../components/source-line';
import { MAP_SHOWS, type MapMeasure, type MapShows, type Measure, type Partner } from '../../../data/codes';
import { mapCsv, mapFileBase } from '../map-download';
import { colourOf, legendSwatches } from '../map-scale';
import { WORDING } from '../../../data/wording';
import { countryLabel, countryLines, type FigureBy } from '../map-text';
import { useMapLayout } from '../use-map-layout';
import { useMapModel } from '../use-map-model';
import { CountryTooltip } from './country-tooltip';
import { MapLegend } from './map-legend';
import { MapTable } from './map-table';
import { PlaceTooltip } from './place-tooltip';
import { TradeMap } from './trade-map';
import type { StateStyle } from './country-shapes';
import { YearSelect } from '../../../components/year-select';

interface MapPanelProps {
  selected: Partner;
  year: number | null;
  /** The trade measure, shown unless the map is asked for China's share. */
  measure: Measure;
  shows: MapShows;
  onShows: (shows: MapShows) => void;
  /** The map shows one reporter: China's figures when both are asked for, and it says so. */
  reporter: 'china' | 'partner' | 'both';
  selectedEvent: string | null;
  onSelect: (iso3: Partner) => void;
  onYear: (year: number) => void;
  onSelectEvent: (id: string) => void;
  /** The table instead of the map (kept in the link). */
  showTable: boolean;
  onTable: (show: boolean) => void;
}

export function MapPanel({
  selected,
  year,
  measure: tradeMeasure,
  shows,
  reporter: asked,
  selectedEvent,
  showTable,
  onTable,
  ...on
}: MapPanelProps) {
  const reporter = asked === 'partner' ? 'partner' : 'china';
  const share = shows === 'share';
  const measure: MapMeasure = share ? 'china_share' : tradeMeasure;
  const by: FigureBy = share ? 'own' : reporter;
  const { model, shapes, error, ready, retry } = useMapModel(year, measure, reporter);
  const layout = useMapLayout();
  const tableId = useId();
  const shownYear = model.year;

  const rows = useMemo(
    () =>
      model.figures.map((figure) => {
        const name = model.names.get(figure.iso3) ?? figure.iso3;
        const lines = countryLines(figure, shownYear ?? 0, by, model.sourcesById, measure);
        return { figure, name, lines };
      }),
    [model, shownYear, by, measure],
  );
  const countries = useMemo(
    () =>
      new Map<Partner, StateStyle>(
        rows.map(({ figure, name, lines }) => [
          figure.iso3,
          { iso3: figure.iso3, fill: colourOf(model.scale, figure.value), label: countryLabel(name, lines, measure) },
        ]),
      ),
    [rows, model.scale, measure],
  );

  const what = `${share ? 'China’s share of each state’s trade' : WORDING.measure[tradeMeasure].ofState}, ${shownYear ?? '—'}`;
  const whose = share
    ? 'by each state’s figures: its statistics office’s, IMF DOTS where it publishes none, Turkmenistan’s partners’ (the tooltip says which)'
    : `as reported by ${WORDING.reporter[reporter].general}`;
  const download: PanelDownload | null =
    shownYear === null
      ? null
      : {
          fileBase: mapFileBase(measure, shownYear, by),
          table: () => mapCsv(model.figures, model.names, model.sources, shownYear, measure, by),
          sourceLine: sourceLineText(model.sources, 'Source', model.missingSources),
          legend: legendSwatches(model.scale),
        };
  const bothNote =
    asked === 'both' && !share ? ' (the map shows one reporter: China’s figures; the chart compares both)' : '';

  return (
    <Panel
      title="Trade with China by country"
      subtitle={`${what} · ${share ? '% of the state’s total trade with the world' : 'US$, current prices'} · ${whose}${bothNote}`}
      className="panel-map"
      id="map"
      download={download}
      actions={
        <>
          <div className="segmented" role="group" aria-label="Map shows">
            {MAP_SHOWS.map((value) => (
              <button key={value} type="button" aria-pressed={shows === value} onClick={() => on.onShows(value)}>
                {WORDING.mapShows[value]}
              </button>
            ))}
          </div>
          <div className="controls">
            <YearSelect label="Year" years={model.years} value={shownYear} onChange={on.onYear} />
          </div>
          <button
            type="button"
            className="toggle"
            aria-pressed={showTable}
            aria-controls={tableId}
            onClick={() => onTable(!showTable)}
          >
            Table
          </button>
        </>
      }
      footer={
        <>
          <SourceLine sources={model.sources} missing={model.missingSources} />
          <p className="map-note">Boundaries: Natural Earth, shown for orientation only; they imply no endorsement.</p>
        </>
      }
    >
      {/* Always there, so that the Table button's aria-controls names an element while the map loads too. */}
      <div id={tableId} className="map-body">
        {error ? (
          <ErrorState error={error} what="the map" onRetry={retry} />
        ) : !ready || !shapes ? (
          // The map's own proportions and its legend's room, so nothing below moves when it arrives.
          <div className="map-placeholder">
            <LoadingState label="Loading map…" height={0} />
          </div>
        ) : (
          <>
            {showTable ? (
              <MapTable
                rows={rows}
                places={model.places}
                measure={measure}
                caption={`${what}, ${share ? 'by each state’s figures (the Figures by column says whose)' : WORDING.reporter[reporter].general}`}
              />
            ) : (
              <TradeMap
                shapes={shapes}
                layout={layout}
                countries={countries}
                names={model.names}
                capitals={model.capitals}
                places={model.places}
                selected={selected}
                selectedEvent={selectedEvent}
                onSelect={on.onSelect}
                onSelectEvent={on.onSelectEvent}
                countryTip={(iso3) => {
                  const row = rows.find((r) => r.figure.iso3 === iso3);
                  return row ? <CountryTooltip name={row.name} lines={row.lines} measure={measure} /> : null;
                }}
                placeTip={(place, choose) => (
                  <PlaceTooltip
                    place={place}
                    countryName={place.country ? (model.names.get(place.country) ?? null) : null}
                    onSelectEvent={choose}
                    selectedEvent={selectedEvent}
                  />
                )}
                label={`Map of Central Asia and western China: ${what}, ${share ? whose : `by ${WORDING.reporter[reporter].general}`}; and where the China–Central Asia meetings were held. The Table button shows the same values.`}
              />
            )}
            <MapLegend scale={model.scale} title={what} />
          </>
        )}
      </div>
    </Panel>
  );
}
