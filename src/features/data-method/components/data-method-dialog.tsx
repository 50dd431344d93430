import { DialogButton } from '../../../components/dialog-button';
import { t } from '../../../i18n/i18n';
import { methodSections } from '../method-text';
import { DataDownloads } from './data-downloads';

/** "Data and method": every file to download, and how the figures are made, without leaving the page. */
export function DataMethodDialog() {
  return (
    <DialogButton label={t('data.method.button')} title={t('data.method.button')} className="wide-dialog">
      <DataDownloads />
      <h3>{t('data.method.heading')}</h3>
      {methodSections().map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h4>{section.heading}</h4>
          {section.paragraphs.map((p) => (
            <p key={p.slice(0, 40)}>{p}</p>
          ))}
        </section>
      ))}
    </DialogButton>
  );
}
