import type { ChartConfig } from '../../../components/chart-config';
import type { Source } from '../../../data/schemas';
import { formatChange } from '../../../lib/format';
import { flagWords, type CountryRow } from '../country-rows';
import { DataTable } from '../../../components/data-table';
import { SourceLinks } from './source-links';

interface MirrorGapTableProps {
  rows: CountryRow[];
  config: ChartConfig;
  partnerName: string;
  caption: string;
  /** How a figure is written: rounded ($41.0 bn) or exact ($41,023,456,789). */
  format: (value: number) => string;
  sources: ReadonlyMap<string, Source>;
}

/** Both reporters' figures side by side, and how far China's is above or below the partner's. */
export function MirrorGapTable({ rows, config, partnerName, caption, format, sources }: MirrorGapTableProps) {
  const usdCell = (value: number | null) =>
    value === null ? <td className="no-data">no data</td> : <td>{format(value)}</td>;
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
          <th scope="col">Sources</th>
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
            {row.gap ? <td>{format(row.gap.usd)}</td> : <td className="no-data">–</td>}
            {row.gap?.ratio != null ? <td>{formatChange(row.gap.ratio)}</td> : <td className="no-data">–</td>}
            <td className="status-cell">{flags.join('; ')}</td>
            <td className="source-cell">
              <SourceLinks
                ids={[...(row.flags.china?.sources ?? []), ...(row.flags.partner?.sources ?? [])]}
                sources={sources}
              />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
