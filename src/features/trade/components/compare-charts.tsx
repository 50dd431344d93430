import { useId, useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { PARTNERS } from '../../../data/codes';
import type { CaEvent } from '../../../data/schemas';
import type { PartnerNames } from '../../../data/use-data';
import { t } from '../../../i18n/i18n';
import { useCompareModel, valueFormat, VALUES_WORDS } from '../compare-model';
import { COMPARE_VALUES, type CompareValues } from '../compare-values';
import type { CompareRow } from '../compare-rows';
import type { ChartKindProps } from '../trade-model';
import { CompareChart } from './compare-chart';
import { CompareRanking } from './compare-ranking';
import { useMarksBelow } from './event-marks';

/** The five states side by side: lines or a stack over time, and the ranking in one year. Loaded on demand. */
export default function CompareCharts({
  model,
  trade,
  onYear,
  showTable,
  stack: stackAsked,
  onStack: setStacked,
  compareValues,
  onCompareValues,
  ...events
}: ChartKindProps) {
  const [hovered, setHovered] = useState<CaEvent | null>(null);
  const compare = useCompareModel(model, trade, stackAsked, compareValues);
  const valuesId = useId();
  const baseId = useId();
  const format = valueFormat(compare.values);
  const { from, to } = model;
  const marks = useMarksBelow({
    events: model.meetings,
    domain: [from, to + 1],
    selected: events.selectedEvent,
    hovered,
    onHover: setHovered,
    onSelect: events.onSelectEvent,
  });

  return (
    <>
      <div className="segmented compare-mode" role="group" aria-label={t('compare.mode.label')}>
        <button type="button" aria-pressed={!compare.stacked} onClick={() => setStacked(false)}>
          {t('compare.mode.lines')}
        </button>
        <button
          type="button"
          aria-pressed={compare.stacked}
          disabled={!compare.canStack}
          onClick={() => setStacked(true)}
        >
          {t('compare.mode.stacked')}
        </button>
      </div>
      <div className="controls compare-values">
        <label htmlFor={valuesId}>{t('compare.controls.values')}</label>
        <select
          id={valuesId}
          value={compare.values}
          disabled={model.view.measure === 'balance'}
          onChange={(e) => onCompareValues({ values: e.target.value as CompareValues })}
        >
          {COMPARE_VALUES.map((v) => (
            <option key={v} value={v}>
              {VALUES_WORDS[v].label}
            </option>
          ))}
        </select>
        {compare.base !== null ? (
          <>
            <label htmlFor={baseId}>{t('compare.controls.base')}</label>
            <select
              id={baseId}
              value={compare.base}
              onChange={(e) => onCompareValues({ base: Number(e.target.value) })}
            >
              {compare.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {compare.values === 'usd' && !compare.stacked && model.view.measure !== 'balance' ? (
          <label>
            <input type="checkbox" checked={compare.log} onChange={(e) => onCompareValues({ log: e.target.checked })} />{' '}
            {t('compare.controls.log')}
          </label>
        ) : null}
      </div>
      {showTable ? (
        <CompareTable
          rows={compare.rows}
          names={model.names}
          caption={t('compare.table.caption', {
            title: model.title,
            from: String(from),
            to: String(to),
            unit: VALUES_WORDS[compare.values].unit,
          })}
          format={format}
        />
      ) : (
        <CompareChart
          rows={compare.rows}
          config={model.config}
          stacked={compare.stacked}
          values={compare.values}
          log={compare.log}
          format={format}
          label={compare.chartLabel}
          from={from}
          to={to}
          events={model.lines}
          emphasised={hovered?.id ?? events.selectedEvent}
          below={marks}
        />
      )}
      {compare.notes.map((note) => (
        <p className="chart-note" key={note}>
          {note}
        </p>
      ))}
      <CompareRanking
        ranked={compare.ranked}
        names={model.names}
        reporter={compare.reporter}
        showOwn={compare.showOwn}
        measure={compare.rankedBy}
        year={model.year}
        years={model.years}
        onYear={onYear}
        growth={compare.growth}
      />
    </>
  );
}

function CompareTable({
  rows,
  names,
  caption,
  format,
}: {
  rows: CompareRow[];
  names: PartnerNames;
  caption: string;
  format: (value: number) => string;
}) {
  return (
    <DataTable
      caption={caption}
      header={
        <>
          <th scope="col">{t('compare.table.year')}</th>
          {PARTNERS.map((p) => (
            <th scope="col" key={p}>
              {names[p]}
            </th>
          ))}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.year}>
          <th scope="row">{row.year}</th>
          {PARTNERS.map((p) => {
            const value = row[p];
            return (
              <td key={p} className={value === null ? 'no-data' : undefined}>
                {value === null ? t('compare.table.noData') : format(value)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
