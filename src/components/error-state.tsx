import { DataError, type DataProblem, type SaidProblem } from '../data/data-error';
import { activeLanguage, t } from '../i18n/i18n';
import { LOCALES } from '../i18n/languages';
import { Message } from '../i18n/message';
import type { MessageId } from '../i18n/message-id';
import { errorMessage } from '../lib/error-message';
import { formatNumber } from '../lib/format';

const MAX_LISTED = 8;

/** The title's sentence for each kind of failure: "Could not show the map: data/trade.json was not found." */
const FAILURE: Record<DataError['kind'], MessageId> = {
  missing: 'common.error.missing',
  parse: 'common.error.parse',
  schema: 'common.error.schema',
  network: 'common.error.network',
  timeout: 'common.error.timeout',
  'too-large': 'common.error.tooLarge',
};

/** Failures that another try may mend: the server, the network, a deadline. */
const RETRYABLE = new Set<DataError['kind']>(['network', 'timeout', 'missing']);

/** Megabytes with one decimal, as the language writes them: `40.0`, `40,0`. */
function megabytes(bytes: number): string {
  return new Intl.NumberFormat(LOCALES[activeLanguage()], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(bytes / (1024 * 1024));
}

function saidText(said: SaidProblem): string {
  switch (said.kind) {
    case 'timeout':
      return t('common.problem.timeout', { seconds: formatNumber(said.seconds) });
    case 'network':
      return t('common.problem.network', { cause: said.cause });
    case 'not-found':
      return t('common.problem.notFound');
    case 'http':
      return t('common.problem.http', { status: said.status });
    case 'too-large':
      return t('common.problem.tooLarge', { size: megabytes(said.bytes), limit: megabytes(said.limitBytes) });
  }
}

/** A problem in the language shown where the page found it; the worker's technical detail as it is. */
function problemText(problem: DataProblem): string {
  return problem.said ? saidText(problem.said) : problem.message;
}

interface ErrorStateProps {
  error: unknown;
  /** What could not be shown, as the sentence "Could not show {what}" needs it: "the map", "this panel". */
  what: string;
  hint?: string;
  /** Loads the file again; offered where another try may help. */
  onRetry?: () => void;
}

/** Says which file and which fields are at fault; the rest of the page keeps working. */
export function ErrorState({ error, what, hint, onRetry }: ErrorStateProps) {
  if (!(error instanceof DataError)) {
    return (
      <div className="error-state" role="alert">
        <p className="error-title">{t('common.error.couldNotShow', { what })}</p>
        <p>{errorMessage(error)}</p>
        {hint ? <p>{hint}</p> : null}
      </div>
    );
  }
  const listed = error.problems.slice(0, MAX_LISTED);
  const more = error.problems.length - listed.length;
  return (
    <div className="error-state" role="alert">
      <p className="error-title">
        <Message id={FAILURE[error.kind]} values={{ what, file: <code>data/{error.file}</code> }} />
      </p>
      <ul className="error-problems">
        {listed.map((p, i) => (
          <li key={i}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : null}
            {problemText(p)}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>{t('common.error.more', { count: more })}</p> : null}
      {onRetry && RETRYABLE.has(error.kind) ? (
        <button type="button" className="error-retry" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
