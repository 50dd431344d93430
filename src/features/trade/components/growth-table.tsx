import { Fragment } from 'react';
import type { ChartConfig } from '../../../components/chart-config';
import { DataTable } from '../../../components/data-table';
import type { Reporter } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import { formatChange, formatUsd } from '../../../lib/format';
import { flagWords, type CountryRow } from '../country-rows';

interface GrowthTableProps {
  rows: CountryRow[];
  reporters: readonly Reporter[];
  config: ChartConfig;
  caption: string;
}

/** The numbers behind the growth chart: by reporter, the change on the year before and the year's own figure. */
export function GrowthTable({ rows, reporters, config, caption }: GrowthTableProps) {
  const label = (reporter: Reporter) => config[reporter]?.label ?? reporter;
  return (
    <DataTable
      caption={caption}
      header={
        <>
          <th scope="col">{t('trade.table.year')}</th>
          {reporters.map((reporter) => (
            <Fragment key={reporter}>
              <th scope="col">{t('trade.table.changeOf', { reporter: label(reporter) })}</th>
              <th scope="col">{t('trade.table.usdOf', { reporter: label(reporter) })}</th>
            </Fragment>
          ))}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.year}>
          <th scope="row">{row.year}</th>
          {reporters.map((reporter) => {
            const change = row.change[reporter];
            const value = row[reporter];
            const flag = flagWords(row.flags[reporter]);
            return (
              <Fragment key={reporter}>
                <td className={change === null ? 'no-data' : undefined}>
                  {change === null ? '–' : formatChange(change)}
                </td>
                <td className={value === null ? 'no-data' : undefined}>
                  {value === null
                    ? t('trade.table.noData')
                    : flag
                      ? t('trade.table.flagged', { value: formatUsd(value), flags: flag })
                      : formatUsd(value)}
                </td>
              </Fragment>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
