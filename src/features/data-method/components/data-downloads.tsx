import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toCsv } from '../../../components/download/csv';
import { saveBlob } from '../../../components/download/save-blob';
import { dataUrl } from '../../../data/fetch-json';
import { queryDataFile } from '../../../data/queries';
import type { DataFileName } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/error-message';
import { csvName, DOWNLOADS, recordsCsv, recordsOf } from '../data-files';

/** Each data file as served (JSON), and as a table (CSV) built from the same checked file. */
export function DataDownloads() {
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const saveCsv = async (file: DataFileName, records: string) => {
    try {
      const data = await queryDataFile(client, file);
      saveBlob(
        new Blob([toCsv(recordsCsv(recordsOf(data, records)))], { type: 'text/csv;charset=utf-8' }),
        csvName(file),
      );
      setStatus(t('common.saved', { file: csvName(file) }));
    } catch (error) {
      setStatus(t('data.downloads.failed', { file: csvName(file), reason: errorMessage(error) }));
    }
  };
  return (
    <>
      <table className="data-table download-table">
        <caption>{t('data.downloads.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.downloads.file')}</th>
            <th scope="col">{t('data.downloads.holds')}</th>
            <th scope="col">{t('exports.download')}</th>
          </tr>
        </thead>
        <tbody>
          {DOWNLOADS.map(({ file, records, holds }) => (
            <tr key={file}>
              <th scope="row">
                <code>{file}</code>
              </th>
              <td>{holds}</td>
              <td className="download-links">
                <a href={dataUrl(file)} download={file} aria-label={`${file} (JSON)`}>
                  JSON
                </a>
                <button type="button" onClick={() => void saveCsv(file, records)} aria-label={`${csvName(file)} (CSV)`}>
                  CSV
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="download-status">
        {status}
      </p>
    </>
  );
}
