import type { ChartConfig } from '../../../components/chart-config';
import type { Source } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
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
    value === null ? <td className="no-data">{t('trade.table.noData')}</td> : <td>{format(value)}</td>;
  return (
    <DataTable
      caption={caption}
      className="mirror-table"
      header={
        <>
          <th scope="col">{t('trade.table.year')}</th>
          <th scope="col">{config.china?.label}</th>
          <th scope="col">{config.partner?.label}</th>
          <th scope="col">{t('trade.table.gapUsd', { partner: partnerName })}</th>
          <th scope="col">{t('trade.table.gapShare', { partner: partnerName })}</th>
          <th scope="col">{t('trade.table.status')}</th>
          <th scope="col">{t('trade.table.sources')}</th>
        </>
      }
    >
      {rows.map((row) => {
        const china = flagWords(row.flags.china);
        const partner = flagWords(row.flags.partner);
        const flags = [
          china && t('trade.table.flagsChina', { flags: china }),
          partner && t('trade.table.flagsPartner', { partner: partnerName, flags: partner }),
        ].filter(Boolean);
        return (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {usdCell(row.china)}
            {usdCell(row.partner)}
            {row.gap ? <td>{format(row.gap.usd)}</td> : <td className="no-data">–</td>}
            {row.gap?.ratio != null ? <td>{formatChange(row.gap.ratio)}</td> : <td className="no-data">–</td>}
            <td className="status-cell">{flags.join(t('trade.separator.semicolon'))}</td>
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
