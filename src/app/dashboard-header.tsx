import { useQuery } from '@tanstack/react-query';
import { tradeQuery } from '../data/queries';
import { RevisionsNote } from '../features/data-method/components/revisions-note';
import { t } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { Message } from '../i18n/message';
import { formatDate } from '../lib/format';
import { ShareToolbar } from './share-toolbar';
import type { ViewState } from './url-state';

/** The page's title, tagline and tools; app/startup-markup.ts draws the same title before React runs. */
interface DashboardHeaderProps {
  view: ViewState;
  onTheme: (theme: ViewState['theme']) => void;
  onLanguage: (language: Language) => void;
}

export function DashboardHeader({ view, onTheme, onLanguage }: DashboardHeaderProps) {
  const trade = useQuery(tradeQuery());
  return (
    <header className="site-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="site-tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-side">
        <ShareToolbar view={view} onTheme={onTheme} onLanguage={onLanguage} />
        <div className="as-of">
          <Message
            id="app.dataAsOf"
            values={{
              date: trade.data ? <time dateTime={trade.data.asOf}>{formatDate(trade.data.asOf)}</time> : <span>—</span>,
            }}
          />
          <RevisionsNote />
        </div>
      </div>
    </header>
  );
}
