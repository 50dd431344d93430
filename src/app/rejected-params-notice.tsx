import { useEffect, useState } from 'react';
import { rejectedParams, type RejectedParam } from './url-state';
import type { SetView } from './use-view-state';

/** `country=RUS` was not used (expected one of …): showing KAZ. */
export function rejectionText(p: RejectedParam): string {
  const instead = p.used === null ? 'its default is used' : `showing ${p.name}=${p.used}`;
  return `${p.name}=${p.raw} was not used (${p.reason}): ${instead}.`;
}

/**
 * What the link asked for and could not have, said once, until dismissed; the address is then corrected
 * (in place, no new history step) so that a copied link holds only what is shown.
 */
export function RejectedParamsNotice({ setView }: { setView: SetView }) {
  // Read once, from the address the page was opened with.
  const [found] = useState(() => rejectedParams(window.location.search));
  const [rejected, setRejected] = useState(found);
  useEffect(() => {
    if (found.length > 0) setView({}, { replace: true });
  }, [found, setView]);
  if (rejected.length === 0) return null;
  return (
    <div className="rejected-params" role="alert">
      <p>
        <strong>Part of this link could not be used.</strong>
      </p>
      <ul>
        {rejected.map((p) => (
          <li key={p.name}>{rejectionText(p)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setRejected([])}>
        Dismiss
      </button>
    </div>
  );
}
