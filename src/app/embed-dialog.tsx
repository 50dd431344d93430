import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQuery } from '@tanstack/react-query';
import { tradeQuery } from '../data/queries';
import { usePartnerNames } from '../data/use-data';
import { annualYearRange } from '../data/selectors';
import { clampSpan } from '../features/trade/range-brush';
import { panelMostInView, useLastPanel } from './current-panel';
import { embedUrl, frameTitle, iframeSnippet, SANDBOX_FLAGS } from './embed-snippet';
import { PANELS, type PanelName } from '../data/codes';
import { WORDING } from '../data/wording';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import type { ViewState } from './url-state';
import { useCopy } from './use-copy';

/** The frame's height before the panel reports its own. */
const INITIAL_HEIGHT: Record<PanelName, number> = { map: 620, trade: 560, timeline: 640 };

/**
 * "Embed" button and dialog: the iframe snippet for the current view, one panel at a time. The dialog's
 * body is only rendered while it is open: a closed dialog need not rebuild its snippet on every change of view.
 */
export function EmbedDialog({ view }: { view: ViewState }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<PanelName>('map');
  const [transparent, setTransparent] = useState(false);
  const [compact, setCompact] = useState(false);
  const titleId = useId();
  const lastPanel = useLastPanel();
  const show = () => {
    // The panel a person was working in; rendered first, so that showModal() finds the dialog's controls.
    flushSync(() => {
      setPanel(lastPanel.current ?? panelMostInView());
      setOpen(true);
    });
    dialogRef.current?.showModal();
  };

  return (
    <>
      <button type="button" onClick={show}>
        {t('app.embed.button')}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <h2 id={titleId}>{t('app.embed.title')}</h2>
        {open ? (
          <EmbedDialogBody
            view={view}
            panel={panel}
            onPanel={setPanel}
            transparent={transparent}
            onTransparent={setTransparent}
            compact={compact}
            onCompact={setCompact}
            onClose={() => dialogRef.current?.close()}
          />
        ) : null}
      </dialog>
    </>
  );
}

interface EmbedDialogBodyProps {
  view: ViewState;
  panel: PanelName;
  onPanel: (panel: PanelName) => void;
  transparent: boolean;
  onTransparent: (transparent: boolean) => void;
  compact: boolean;
  onCompact: (compact: boolean) => void;
  onClose: () => void;
}

function EmbedDialogBody({
  view,
  panel,
  onPanel,
  transparent,
  onTransparent,
  compact,
  onCompact,
  onClose,
}: EmbedDialogBodyProps) {
  const { copy, message } = useCopy();
  const panelId = useId();
  const names = usePartnerNames();
  const span = useQuery({ ...tradeQuery(), select: annualYearRange }).data ?? null;
  const range = span ? clampSpan(view.from, view.to, span) : null;
  const title = frameTitle(panel, { view, names, range, mapYear: view.year ?? span?.last ?? null });
  const snippet = iframeSnippet(
    embedUrl(window.location.href, view, panel, transparent, compact),
    title,
    INITIAL_HEIGHT[panel],
  );

  return (
    <>
      <p>
        <Message id="app.embed.intro" values={{ flags: <code>{SANDBOX_FLAGS}</code> }} />
      </p>
      <p>
        <Message
          id="app.embed.host"
          values={{
            frameAncestors: <code>frame-ancestors</code>,
            csp: <code>Content-Security-Policy</code>,
            command: <code>npm start -- --frame-ancestors https://intranet.example.org</code>,
            scriptSrc: <code>script-src</code>,
            frameSrc: <code>frame-src</code>,
          }}
        />
      </p>
      <div className="controls">
        <label htmlFor={panelId}>{t('app.embed.panel')}</label>
        <select id={panelId} value={panel} onChange={(e) => onPanel(e.target.value as PanelName)}>
          {PANELS.map((p) => (
            <option key={p} value={p}>
              {WORDING.panel[p].label}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={transparent} onChange={(e) => onTransparent(e.target.checked)} />{' '}
          {t('app.embed.noBackground')}
        </label>
        <label>
          <input type="checkbox" checked={compact} onChange={(e) => onCompact(e.target.checked)} />{' '}
          {t('app.embed.compact')}
        </label>
      </div>
      <textarea
        translate="no"
        readOnly
        value={snippet}
        aria-label={t('app.embed.code')}
        rows={12}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-actions">
        <span role="status">{message}</span>
        <button type="button" onClick={() => void copy(snippet, t('app.embed.copied'))}>
          {t('app.embed.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </>
  );
}
