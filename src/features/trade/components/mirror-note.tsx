import type { Partner } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import type { MessageId } from '../../../i18n/message-id';

/** What is known about each partner's gap, in our words, from data/README.md. */
const PARTNER_NOTES: Record<Partner, MessageId> = {
  KAZ: 'trade.mirror.KAZ',
  KGZ: 'trade.mirror.KGZ',
  TJK: 'trade.mirror.TJK',
  TKM: 'trade.mirror.TKM',
  UZB: 'trade.mirror.UZB',
};

/** Why the two sides' statistics of the same trade differ: the general reasons, then this partner's case. */
export function MirrorNote({ partner, partnerName }: { partner: Partner; partnerName: string }) {
  return (
    <aside className="mirror-note" aria-label={t('trade.mirror.label')}>
      <h3>{t('trade.mirror.heading', { partner: partnerName })}</h3>
      <p>{t('trade.mirror.general')}</p>
      <p>{t(PARTNER_NOTES[partner])}</p>
      <p className="mirror-note-key">{t('trade.mirror.key')}</p>
    </aside>
  );
}
