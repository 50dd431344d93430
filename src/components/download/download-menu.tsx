import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { tradeQuery } from '../../data/queries';
import { t } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/message-id';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format';
import { citationText } from './citation';
import { toCsv } from './csv';
import { saveBlob } from './save-blob';
import type { PanelDownload } from './download-spec';

type Action = 'png' | 'png-slide' | 'svg' | 'csv' | 'citation';

const ITEMS: { action: Action; label: MessageId }[] = [
  { action: 'png', label: 'exports.menu.png' },
  { action: 'png-slide', label: 'exports.menu.pngSlide' },
  { action: 'svg', label: 'exports.menu.svg' },
  { action: 'csv', label: 'exports.menu.csv' },
  { action: 'citation', label: 'exports.menu.citation' },
];

/** A slide's size: the image is placed whole on it, centred, at twice the pixels. */
const SLIDE_16_9 = { width: 1600, height: 900 };

interface DownloadMenuProps {
  download: PanelDownload;
  title: string;
  subtitle?: string;
  /** The panel element; its `[data-export-figure]` is what the images show. */
  panel: () => HTMLElement | null;
}

/** "Download" menu button: images and data of the panel's view, and a citation to paste under it. */
export function DownloadMenu({ download, title, subtitle, panel }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const trade = useQuery(tradeQuery());
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const run = async (action: Action) => {
    close();
    const asOf = trade.data?.asOf ?? null;
    try {
      if (action === 'csv') {
        saveBlob(new Blob([toCsv(download.table())], { type: 'text/csv;charset=utf-8' }), `${download.fileBase}.csv`);
        setStatus(t('common.saved', { file: `${download.fileBase}.csv` }));
      } else if (action === 'citation') {
        const text = citationText({
          title,
          ...(subtitle ? { subtitle } : {}),
          sourceLine: download.sourceLine,
          asOf,
          url: window.location.href,
          accessed: new Date().toISOString().slice(0, 10),
        });
        try {
          await navigator.clipboard.writeText(text);
          setStatus(t('exports.citationCopied'));
        } catch {
          setManualCopy(text);
          setStatus(t('exports.citationRefused'));
        }
      } else {
        // The shown figure: a panel may keep others drawn but hidden (the trade panel's other states).
        const figure = [...(panel()?.querySelectorAll('[data-export-figure]') ?? [])].find(
          (candidate) => !candidate.closest('[hidden]'),
        );
        if (!figure) throw new Error(t('exports.noFigure'));
        const { buildExportSvg, fitToSize, svgToPng } = await import('./export-image');
        const frame = {
          title,
          ...(subtitle ? { subtitle } : {}),
          asOf: asOf ? formatDate(asOf) : null,
          download,
        };
        const exported = await buildExportSvg(figure, frame);
        const fileName = action === 'png-slide' ? `${download.fileBase}-16x9.png` : `${download.fileBase}.${action}`;
        const blob =
          action === 'svg'
            ? new Blob([exported.svg], { type: 'image/svg+xml' })
            : await svgToPng(action === 'png-slide' ? fitToSize(exported, SLIDE_16_9) : exported, 2);
        saveBlob(blob, fileName);
        setStatus(t('common.saved', { file: fileName }));
      }
    } catch (error) {
      setStatus(t('exports.failed', { reason: errorMessage(error) }));
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="download">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('exports.download')}
      </button>
      {open ? (
        <div
          id={menuId}
          ref={menuRef}
          role="menu"
          tabIndex={-1}
          aria-label={t('exports.download')}
          className="download-menu"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item) => (
            <button key={item.action} type="button" role="menuitem" tabIndex={-1} onClick={() => void run(item.action)}>
              {t(item.label)}
            </button>
          ))}
        </div>
      ) : null}
      <p className="download-status" role="status">
        {status}
      </p>
      {manualCopy ? (
        <textarea
          className="manual-copy"
          readOnly
          value={manualCopy}
          aria-label={t('exports.citation')}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}
