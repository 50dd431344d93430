import { useMemo, useState } from 'react';
import type { ChartConfig } from '../../../components/chart-config';
import type { Measure } from '../../../data/selectors';
import { PARTNERS } from '../../../data/codes';
import type { CaEvent, Partner, TradeFile } from '../../../data/schemas';
import { formatUsd } from '../../../lib/format';
import { compareRows, completeRows, rankYear } from '../compare-rows';
import { layoutEventMarks } from '../event-layout';
import { useMarksBelow } from './event-marks';
import type { ReporterChoice } from '../trade-series';
import { CompareChart } from './compare-chart';
import { CompareRanking } from './compare-ranking';
import { DataTable } from '../../../components/data-table';

interface CompareViewProps {
  trade: TradeFile;
  names: Record<Partner, string>;
  config: ChartConfig;
  measure: Measure;
  reporter: ReporterChoice;
  from: number;
  to: number;
  year: number;
  years: number[];
  onYear: (year: number) => void;
  showTable: boolean;
  title: string;
  meetings: readonly CaEvent[];
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
}

/** The five states side by side: lines or a stack over time, and the ranking in one year. Loaded on demand. */
export default function CompareView(props: CompareViewProps) {
  const { trade, names, config, measure, from, to } = props;
  const [stacked, setStacked] = useState(false);
  const reporter = props.reporter === 'partner' ? 'partner' : 'china';
  const canStack = measure !== 'balance';
  const rows = useMemo(() => compareRows(trade, reporter, measure, from, to), [trade, reporter, measure, from, to]);
  const shown = useMemo(() => (stacked && canStack ? completeRows(rows) : rows), [stacked, canStack, rows]);
  const ranked = rankYear(trade, reporter, measure === 'balance' ? 'total' : measure, props.year);
  const { meetings, selectedEvent, onSelectEvent } = props;
  const [hovered, setHovered] = useState<CaEvent | null>(null);
  const lines = useMemo(() => layoutEventMarks(meetings, [from, to + 1], 0), [meetings, from, to]);
  const marks = useMarksBelow({
    events: meetings,
    domain: [from, to + 1],
    selected: selectedEvent,
    hovered,
    onHover: setHovered,
    onSelect: onSelectEvent,
  });

  return (
    <>
      <div className="segmented compare-mode" role="group" aria-label="Chart type">
        <button type="button" aria-pressed={!stacked || !canStack} onClick={() => setStacked(false)}>
          Lines
        </button>
        <button type="button" aria-pressed={stacked && canStack} disabled={!canStack} onClick={() => setStacked(true)}>
          Stacked area
        </button>
      </div>
      {props.showTable ? (
        <CompareTable rows={shown} names={names} caption={`${props.title}, ${from}–${to}`} />
      ) : (
        <CompareChart
          rows={shown}
          config={config}
          stacked={stacked && canStack}
          label={`${props.title}, ${from}–${to}, ${stacked && canStack ? 'stacked area' : 'line'} chart`}
          from={from}
          to={to}
          events={lines}
          emphasised={hovered?.id ?? selectedEvent}
          below={marks}
        />
      )}
      {stacked && canStack ? (
        <p className="chart-note">
          The stack shows only years in which all five states have a figure; others are gaps.
        </p>
      ) : null}
      {props.reporter === 'both' ? (
        <p className="chart-note">
          The comparison draws China’s figures; each state’s own figure and the gap are in the ranking.
        </p>
      ) : null}
      <CompareRanking
        ranked={ranked}
        names={names}
        reporter={reporter}
        showOwn={props.reporter === 'both'}
        measure={measure === 'balance' ? 'total' : measure}
        year={props.year}
        years={props.years}
        onYear={props.onYear}
      />
    </>
  );
}

function CompareTable({
  rows,
  names,
  caption,
}: {
  rows: ReturnType<typeof compareRows>;
  names: Record<Partner, string>;
  caption: string;
}) {
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
