import type { ChartConfig } from '../../../components/chart-config';
import type { Reporter } from '../../../data/codes';
import type { Source } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { formatChange } from '../../../lib/format';
import { flagWords, type CountryRow } from '../country-rows';
import { DataTable } from '../../../components/data-table';
import { SourceLinks } from './source-links';

interface TradeTableProps {
  rows: CountryRow[];
  reporter: Reporter;
  config: ChartConfig;
  caption: string;
  /** How a figure is written: rounded ($41.0 bn) or exact ($41,023,456,789). */
  format: (value: number) => string;
  sources: ReadonlyMap<string, Source>;
}

/** The very numbers the chart draws, year by year, with the change on the year before. */
export function TradeTable({ rows, reporter, config, caption, format, sources }: TradeTableProps) {
  return (
    <DataTable
      caption={caption}
      header={
        <>
          <th scope="col">{t('trade.table.year')}</th>
          <th scope="col">{config[reporter]?.label ?? reporter}</th>
          <th scope="col">{t('trade.table.change')}</th>
          <th scope="col">{t('trade.table.status')}</th>
          <th scope="col">{t('trade.table.source')}</th>
        </>
      }
    >
      {rows.map((row) => {
        const value = row[reporter];
        const change = row.change[reporter];
        return (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td className={value === null ? 'no-data' : undefined}>
              {value === null ? t('trade.table.noData') : format(value)}
            </td>
            <td className={change === null ? 'no-data' : undefined}>{change === null ? '–' : formatChange(change)}</td>
            <td className="status-cell">{flagWords(row.flags[reporter]) ?? ''}</td>
            <td className="source-cell">
              <SourceLinks ids={row.flags[reporter]?.sources ?? []} sources={sources} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
