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
import { t } from '../../../i18n/i18n';
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

  const yearText = shownYear ?? '—';
  const what = share
    ? t('map.what.share', { year: yearText })
    : t('map.what.trade', { measure: WORDING.measure[tradeMeasure].ofState, year: yearText });
  const whom = WORDING.reporter[reporter].general;
  const subtitle = share
    ? t('map.subtitle.share', { what })
    : t(asked === 'both' ? 'map.subtitle.tradeBoth' : 'map.subtitle.trade', { what, reporter: whom });
  const download: PanelDownload | null =
    shownYear === null
      ? null
      : {
          fileBase: mapFileBase(measure, shownYear, by),
          table: () => mapCsv(model.figures, model.names, model.sources, shownYear, measure, by),
          sourceLine: sourceLineText(model.sources, undefined, model.missingSources),
          legend: legendSwatches(model.scale),
        };

  return (
    <Panel
      title={t('map.title')}
      subtitle={subtitle}
      className="panel-map"
      id="map"
      download={download}
      actions={
        <>
          <div className="segmented" role="group" aria-label={t('map.shows')}>
            {MAP_SHOWS.map((value) => (
              <button key={value} type="button" aria-pressed={shows === value} onClick={() => on.onShows(value)}>
                {WORDING.mapShows[value]}
              </button>
            ))}
          </div>
          <div className="controls">
            <YearSelect label={t('map.year')} years={model.years} value={shownYear} onChange={on.onYear} />
          </div>
          <button
            type="button"
            className="toggle"
            aria-pressed={showTable}
            aria-controls={tableId}
            onClick={() => onTable(!showTable)}
          >
            {t('map.table')}
          </button>
        </>
      }
      footer={
        <>
          <SourceLine sources={model.sources} missing={model.missingSources} />
          <p className="map-note">{t('map.boundaries')}</p>
        </>
      }
    >
      {/* Always there, so that the Table button's aria-controls names an element while the map loads too. */}
      <div id={tableId} className="map-body">
        {error ? (
          <ErrorState error={error} what={t('map.error.what')} onRetry={retry} />
        ) : !ready || !shapes ? (
          // The map's own proportions and its legend's room, so nothing below moves when it arrives.
          <div className="map-placeholder">
            <LoadingState label={t('map.loading')} height={0} />
          </div>
        ) : (
          <>
            {showTable ? (
              <MapTable
                rows={rows}
                places={model.places}
                measure={measure}
                caption={share ? t('map.caption.share', { what }) : t('map.caption.trade', { what, reporter: whom })}
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
                label={share ? t('map.label.share', { what }) : t('map.label.trade', { what, reporter: whom })}
              />
            )}
            <MapLegend scale={model.scale} title={what} />
          </>
        )}
      </div>
    </Panel>
  );
}
