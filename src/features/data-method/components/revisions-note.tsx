import { useQuery } from '@tanstack/react-query';
import { DialogButton } from '../../../components/dialog-button';
import { revisionsQuery } from '../../../data/queries';
import { t } from '../../../i18n/i18n';
import { Message } from '../../../i18n/message';
import { formatDate } from '../../../lib/format';
import { revisionSummary } from '../revision-rows';
import { RevisionList } from './revision-list';

/** "Data revised on 1 Dec 2026", beside "as of": it opens the list of every change. Nothing while none is logged. */
export function RevisionsNote() {
  const summary = useQuery({ ...revisionsQuery(), select: revisionSummary }).data;
  if (!summary?.latest) return null;
  return (
    <>
      {' · '}
      <DialogButton
        label={
          <Message
            id="data.revisions.revisedOn"
            values={{ date: <time dateTime={summary.latest}>{formatDate(summary.latest)}</time> }}
          />
        }
        title={t('data.revisions.title')}
        className="wide-dialog"
        buttonClassName="link-button"
      >
        <RevisionList />
      </DialogButton>
    </>
  );
}
