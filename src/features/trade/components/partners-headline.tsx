import { YearSelect } from '../../../components/year-select';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { standingText, type PartnersModel } from '../partners-model';

/** China's and Russia's place in the state's trade in the chosen year, and when China overtook Russia. */
export function PartnersHeadline({ model, onYear }: { model: PartnersModel; onYear: (year: number) => void }) {
  return (
    <section className="headline" aria-label={t('compare.headline.label', { year: String(model.year) })}>
      <div className="headline-bar">
        <h3>{t('compare.headline.title', { name: model.name, year: String(model.year) })}</h3>
        <YearSelect label={t('compare.yearLabel')} years={model.years} value={model.year} onChange={onYear} />
      </div>
      <dl
        className="headline-figures partners-standing"
        aria-label={t('compare.partners.chinaRussia', { name: model.name })}
      >
        <div>
          <dt>{WORDING.shareGroup.CHN}</dt>
          <dd className="headline-total">{standingText(model.china)}</dd>
        </div>
        <div>
          <dt>{WORDING.shareGroup.RUS}</dt>
          <dd className="headline-total">{standingText(model.russia)}</dd>
        </div>
      </dl>
      <p className="headline-gap">{model.overtakingText}</p>
    </section>
  );
}
