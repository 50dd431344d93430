import { DataTable } from '../../../components/data-table';
import { WORDING } from '../../../data/wording';
import { formatChange, formatShare, formatUsd } from '../../../lib/format';
import type { PartnersModel } from '../partners-model';

/** Every counterpart with a figure in the chosen year, largest first, with its source. */
export function PartnerRanking({ model }: { model: PartnersModel }) {
  if (model.ranked.length === 0) return null;
  return (
    <DataTable
      caption={`${model.name}’s partners ranked by total trade in ${model.year}, by ${model.mirrorOnly ? 'its partners’ figures (mirror estimates)' : `${model.name}’s figures`}`}
      className="partner-ranking"
      header={
        <>
          <th scope="col">Rank</th>
          <th scope="col">Partner</th>
          <th scope="col">Total trade</th>
          <th scope="col">Share</th>
          <th scope="col">Change on {model.year - 1}</th>
          <th scope="col">Source</th>
        </>
      }
    >
      {model.ranked.map((row) => {
        const source = model.sourcesById.get(row.figure.source);
        return (
          <tr
            key={row.partner}
            className={row.partner === 'CHN' || row.partner === 'RUS' ? 'is-emphasised' : undefined}
          >
            <td>{row.rank}</td>
            <th scope="row">{model.counterpartName(row.partner)}</th>
            <td>{formatUsd(row.value)}</td>
            <td>{row.share === null ? '–' : formatShare(row.share)}</td>
            <td>{row.change === null ? '–' : formatChange(row.change)}</td>
            <td>
              {source ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
                  {source.publisher}
                </a>
              ) : (
                <span className="source-missing">source missing ({row.figure.source})</span>
              )}
              <span className="partner-basis">
                {WORDING.basis[row.figure.basis]}
                {row.figure.confidence === 'estimate'
                  ? ', estimate'
                  : row.figure.confidence === 'uncertain'
                    ? ', uncertain (its note in the CSV says why)'
                    : ''}
              </span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
