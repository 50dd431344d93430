import { useQuery } from '@tanstack/react-query';
import { eventsQuery, revisionsQuery } from '../../../data/queries';
import { usePartnerNames, useSourcesById } from '../../../data/use-data';
import { TableScroll } from '../../../components/table-scroll';
import { t } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import { revisionRows } from '../revision-rows';
import { SourceLink } from '../../../components/source-link';

/** Every logged change to a published figure or event, newest first. */
export function RevisionList() {
  const revisions = useQuery(revisionsQuery());
  const events = useQuery(eventsQuery());
  const names = usePartnerNames();
  const sources = useSourcesById();
  if (revisions.isError) return <p role="alert">{t('data.revisions.unreadable')}</p>;
  if (!revisions.data) return <p>{t('data.revisions.loading')}</p>;
  const rows = revisionRows(revisions.data, names, events.data?.events ?? [], sources);
  if (rows.length === 0) return <p>{t('data.revisions.none')}</p>;
  const column = {
    date: t('data.revisions.date'),
    was: t('data.revisions.was'),
    now: t('data.revisions.now'),
    why: t('data.revisions.why'),
    source: t('data.revisions.source'),
  };
  return (
    <TableScroll label={t('data.revisions.title')}>
      <table className="data-table revision-table">
        <caption>
          {t('data.revisions.caption', { count: rows.length, since: formatDate(revisions.data.since) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{column.date}</th>
            <th scope="col">{t('data.revisions.what')}</th>
            <th scope="col">{column.was}</th>
            <th scope="col">{column.now}</th>
            <th scope="col">{column.why}</th>
            <th scope="col">{column.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td data-label={column.date}>{row.date}</td>
              <th scope="row">{row.what}</th>
              <td className="num" data-label={column.was}>
                {row.was}
              </td>
              <td className="num" data-label={column.now}>
                {row.now}
              </td>
              <td data-label={column.why}>{row.reason}</td>
              <td data-label={column.source}>
                {row.source.url ? (
                  <SourceLink source={{ url: row.source.url, publisher: row.source.publisher ?? row.source.id }} />
                ) : (
                  row.source.id
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
