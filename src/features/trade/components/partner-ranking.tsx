import { DataTable } from '../../../components/data-table';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { formatChange, formatShare, formatUsd } from '../../../lib/format';
import type { PartnersModel } from '../partners-model';
import { SourceLink } from '../../../components/source-link';

/** Every counterpart with a figure in the chosen year, largest first, with its source. */
export function PartnerRanking({ model }: { model: PartnersModel }) {
  if (model.ranked.length === 0) return null;
  return (
    <DataTable
      caption={t('compare.partnerRanking.caption', {
        name: model.name,
        year: String(model.year),
        mirror: model.mirrorOnly ? 'yes' : 'no',
      })}
      className="partner-ranking"
      header={
        <>
          <th scope="col">{t('compare.ranking.col.rank')}</th>
          <th scope="col">{t('compare.partnerRanking.col.partner')}</th>
          <th scope="col">{t('compare.partnerRanking.col.total')}</th>
          <th scope="col">{t('compare.partnerRanking.col.share')}</th>
          <th scope="col">{t('compare.partnerRanking.col.change', { year: String(model.year - 1) })}</th>
          <th scope="col">{t('compare.partnerRanking.col.source')}</th>
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
                <SourceLink source={source} withTitle />
              ) : (
                <span className="source-missing">
                  {t('compare.partnerRanking.sourceMissing', { id: row.figure.source })}
                </span>
              )}
              <span className="partner-basis">
                {row.figure.confidence === 'estimate'
                  ? t('compare.partnerRanking.basis.estimate', { basis: WORDING.basis[row.figure.basis] })
                  : row.figure.confidence === 'uncertain'
                    ? t('compare.partnerRanking.basis.uncertain', { basis: WORDING.basis[row.figure.basis] })
                    : WORDING.basis[row.figure.basis]}
              </span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
