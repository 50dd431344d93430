import { DialogButton } from '../../../components/dialog-button';
import { METHOD_SECTIONS } from '../method-text';
import { DataDownloads } from './data-downloads';

/** "Data and method": every file to download, and how the figures are made, without leaving the page. */
export function DataMethodDialog() {
  return (
    <DialogButton label="Data and method" title="Data and method" className="wide-dialog">
      <DataDownloads />
      <h3>Method</h3>
      {METHOD_SECTIONS.map((section) => (
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
