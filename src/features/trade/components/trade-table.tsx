import type { ChartConfig } from '../../../components/chart-container';
import type { ChartRow } from '../../../data/selectors';
import type { Reporter } from '../../../data/schemas';
import { formatUsd } from '../../../lib/format';

interface TradeTableProps {
  rows: ChartRow[];
  reporters: Reporter[];
  config: ChartConfig;
  caption: string;
}

/** The very numbers the chart draws, year by year. */
export function TradeTable({ rows, reporters, config, caption }: TradeTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {reporters.map((r) => (
              <th scope="col" key={r}>
                {config[r]?.label ?? r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {reporters.map((r) => {
                const value = row[r];
                return (
                  <td key={r} className={value === null ? 'no-data' : undefined}>
                    {value === null ? 'no data' : formatUsd(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
