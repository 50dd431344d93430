import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { PARTNERS } from '../../../data/codes';
import type { CaEvent } from '../../../data/schemas';
import type { PartnerNames } from '../../../data/use-data';
import { formatUsd } from '../../../lib/format';
import { useCompareModel } from '../compare-model';
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
  ...events
}: ChartKindProps) {
  const [hovered, setHovered] = useState<CaEvent | null>(null);
  const compare = useCompareModel(model, trade, stackAsked);
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
      <div className="segmented compare-mode" role="group" aria-label="Chart type">
        <button type="button" aria-pressed={!compare.stacked} onClick={() => setStacked(false)}>
          Lines
        </button>
        <button
          type="button"
          aria-pressed={compare.stacked}
          disabled={!compare.canStack}
          onClick={() => setStacked(true)}
        >
          Stacked area
        </button>
      </div>
      {showTable ? (
        <CompareTable rows={compare.rows} names={model.names} caption={`${model.title}, ${from}–${to}`} />
      ) : (
        <CompareChart
          rows={compare.rows}
          config={model.config}
          stacked={compare.stacked}
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
      />
    </>
  );
}

function CompareTable({ rows, names, caption }: { rows: CompareRow[]; names: PartnerNames; caption: string }) {
  return (
    <DataTable
      caption={caption}
      header={
        <>
          <th scope="col">Year</th>
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
                {value === null ? 'no data' : formatUsd(value)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
