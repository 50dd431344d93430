import { useId, useRef, type ReactNode } from 'react';
import { DownloadMenu } from './download/download-menu';
import { RenderBoundary } from './render-boundary';
import { SharedDataAlerts } from './shared-data-alerts';
import type { PanelDownload } from './download/download-spec';
import { t } from '../i18n/i18n';

interface PanelProps {
  title: string;
  subtitle?: ReactNode;
  /** Controls shown beside the title. */
  actions?: ReactNode;
  /** The source line under the figure. */
  footer?: ReactNode;
  className?: string;
  /** The section's id, for links to it (the page's section links). */
  id?: string;
  /** PNG, SVG and CSV of what the panel shows; null while its data loads (the button waits, disabled). */
  download?: PanelDownload | null;
  children: ReactNode;
}

/** A titled region of the dashboard; its heading names it for screen readers. */
export function Panel({ title, subtitle, actions, footer, className, id, download, children }: PanelProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  return (
    <section ref={ref} id={id} className={`panel${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <div>
          <h2 id={headingId} className="panel-title">
            {title}
          </h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
        </div>
        {actions || download !== undefined ? (
          <div className="panel-actions">
            {actions}
            {download ? (
              <DownloadMenu
                download={download}
                title={title}
                {...(typeof subtitle === 'string' ? { subtitle } : {})}
                panel={() => ref.current}
              />
            ) : download === null ? (
              <button type="button" disabled>
                {t('exports.download')}
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      <div className="panel-body">
        <RenderBoundary what={t('common.thisPanel')}>{children}</RenderBoundary>
      </div>
      <footer className="panel-footer">
        <SharedDataAlerts />
        {footer}
      </footer>
    </section>
  );
}
