import { useQuery } from '@tanstack/react-query';
import { tradeQuery } from '../data/queries';
import { RevisionsNote } from '../features/data-method/components/revisions-note';
import { formatDate } from '../lib/format';
import { ShareToolbar } from './share-toolbar';
import { SITE_TAGLINE, SITE_TITLE } from './site-text';
import type { ViewState } from './url-state';

/** The page's title, tagline and tools; app/startup-markup.ts draws the same title before React runs. */
export function DashboardHeader({ view, onTheme }: { view: ViewState; onTheme: (theme: ViewState['theme']) => void }) {
  const trade = useQuery(tradeQuery());
  return (
    <header className="site-header">
      <div>
        <h1>{SITE_TITLE}</h1>
        <p className="site-tagline">{SITE_TAGLINE}</p>
      </div>
      <div className="header-side">
        <ShareToolbar view={view} onTheme={onTheme} />
        <div className="as-of">
          Data as of{' '}
          {trade.data ? <time dateTime={trade.data.asOf}>{formatDate(trade.data.asOf)}</time> : <span>—</span>}
          <RevisionsNote />
        </div>
      </div>
    </header>
  );
}
