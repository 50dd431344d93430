import type { ChartConfig } from '../../../components/chart-config';
import { formatChange, formatUsd } from '../../../lib/format';
import { flagWords, type CountryRow } from '../country-rows';
import { DataTable } from '../../../components/data-table';

interface MirrorGapTableProps {
  rows: CountryRow[];
  config: ChartConfig;
  partnerName: string;
  caption: string;
}

const usdCell = (value: number | null) =>
  value === null ? <td className="no-data">no data</td> : <td>{formatUsd(value)}</td>;

/** Both reporters' figures side by side, and how far China's is above or below the partner's. */
export function MirrorGapTable({ rows, config, partnerName, caption }: MirrorGapTableProps) {
  return (
    <DataTable
      caption={caption}
      className="mirror-table"
      header={
        <>
          <th scope="col">Year</th>
          <th scope="col">{config.china?.label}</th>
          <th scope="col">{config.partner?.label}</th>
          <th scope="col">Gap (China − {partnerName}), US$</th>
          <th scope="col">Gap, % of {partnerName}’s figure</th>
          <th scope="col">Status</th>
        </>
      }
    >
      {rows.map((row) => {
        const flags = [
          flagWords(row.flags.china) && `China: ${flagWords(row.flags.china)}`,
          flagWords(row.flags.partner) && `${partnerName}: ${flagWords(row.flags.partner)}`,
        ].filter(Boolean);
        return (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {usdCell(row.china)}
            {usdCell(row.partner)}
            {row.gap ? <td>{formatUsd(row.gap.usd)}</td> : <td className="no-data">–</td>}
            {row.gap?.ratio != null ? <td>{formatChange(row.gap.ratio)}</td> : <td className="no-data">–</td>}
            <td className="status-cell">{flags.join('; ')}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
