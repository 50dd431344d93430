import { YearSelect } from '../../../components/year-select';
import { standingText, type PartnersModel } from '../partners-model';

/** China's and Russia's place in the state's trade in the chosen year, and when China overtook Russia. */
export function PartnersHeadline({ model, onYear }: { model: PartnersModel; onYear: (year: number) => void }) {
  return (
    <section className="headline" aria-label={`Headline figures for ${model.year}`}>
      <div className="headline-bar">
        <h3>
          {model.name}’s partners in {model.year}
        </h3>
        <YearSelect label="Figures for" years={model.years} value={model.year} onChange={onYear} />
      </div>
      <dl className="headline-figures partners-standing" aria-label={`China and Russia in ${model.name}’s trade`}>
        <div>
          <dt>China</dt>
          <dd className="headline-total">{standingText(model.china)}</dd>
        </div>
        <div>
          <dt>Russia</dt>
          <dd className="headline-total">{standingText(model.russia)}</dd>
        </div>
      </dl>
      <p className="headline-gap">{model.overtakingText}</p>
    </section>
  );
}
