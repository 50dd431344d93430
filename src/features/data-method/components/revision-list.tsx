import { useQuery } from '@tanstack/react-query';
import { eventsQuery, revisionsQuery } from '../../../data/queries';
import { usePartnerNames, useSourcesById } from '../../../data/use-data';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../lib/format';
import { revisionRows } from '../revision-rows';

/** Every logged change to a published figure or event, newest first. */
export function RevisionList() {
  const revisions = useQuery(revisionsQuery());
  const events = useQuery(eventsQuery());
  const names = usePartnerNames();
  const sources = useSourcesById();
  if (revisions.isError) return <p role="alert">The revision log (data/revisions.json) could not be read.</p>;
  if (!revisions.data) return <p>Loading the revision log…</p>;
  const rows = revisionRows(revisions.data, names, events.data?.events ?? [], sources);
  if (rows.length === 0) return <p>No figure or event has been revised since the first release.</p>;
  return (
    <TableScroll label="Revisions to the data">
      <table className="data-table revision-table">
        <caption>
          {rows.length} changes since the first release, {formatDate(revisions.data.since)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Figure or event</th>
            <th scope="col">Was</th>
            <th scope="col">Now</th>
            <th scope="col">Why</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td data-label="Date">{row.date}</td>
              <th scope="row">{row.what}</th>
              <td className="num" data-label="Was">
                {row.was}
              </td>
              <td className="num" data-label="Now">
                {row.now}
              </td>
              <td data-label="Why">{row.reason}</td>
              <td data-label="Source">
                {row.source.url ? (
                  <a href={row.source.url} rel="noreferrer" target="_blank">
                    {row.source.publisher ?? row.source.id}
                  </a>
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
