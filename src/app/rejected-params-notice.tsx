import { useEffect, useState } from 'react';
import { t } from '../i18n/i18n';
import type { MessageId } from '../i18n/message-id';
import { currentSearch, type Reason, rejectedParams, type RejectedParam } from './url-state';
import type { SetView } from './use-view-state';

/** Why a value was refused, in the language shown: `expected one of KAZ, KGZ, …`. */
export const reasonText = (reason: Reason) => t(`app.reason.${reason.why}` as MessageId, reason.values);

/** `country=RUS` was not used (expected one of …): showing KAZ. */
export function rejectionText(p: RejectedParam): string {
  const param = `${p.name}=${p.raw}`;
  const reason = reasonText(p.reason);
  return p.used === null
    ? t('app.rejected.defaultUsed', { param, reason })
    : t('app.rejected.showing', { param, reason, used: `${p.name}=${p.used}` });
}

/**
 * What the link asked for and could not have, said once, until dismissed; the address is then corrected
 * (in place, no new history step) so that a copied link holds only what is shown.
 */
export function RejectedParamsNotice({ setView }: { setView: SetView }) {
  // Read once, from the address the page was opened with.
  const [found] = useState(() => rejectedParams(currentSearch()));
  const [rejected, setRejected] = useState(found);
  useEffect(() => {
    if (found.length > 0) setView({}, { replace: true });
  }, [found, setView]);
  if (rejected.length === 0) return null;
  return (
    <div className="rejected-params" role="alert">
      <p>
        <strong>{t('app.rejected.title')}</strong>
      </p>
      <ul>
        {rejected.map((p) => (
          <li key={p.name}>{rejectionText(p)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setRejected([])}>
        {t('app.rejected.dismiss')}
      </button>
    </div>
  );
}
