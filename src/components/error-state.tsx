import { DataError } from '../data/data-error';
import { errorMessage } from '../lib/error-message';

const MAX_LISTED = 8;

const FAILURE: Record<DataError['kind'], string> = {
  missing: 'was not found.',
  parse: 'is not valid JSON.',
  schema: 'does not match its schema.',
  network: 'could not be loaded.',
  timeout: 'did not arrive.',
  'too-large': 'is too large.',
};

/** Failures that another try may mend: the server, the network, a deadline. */
const RETRYABLE = new Set<DataError['kind']>(['network', 'timeout', 'missing']);

interface ErrorStateProps {
  error: unknown;
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
        <p className="error-title">Could not show {what}.</p>
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
        Could not show {what}: <code>data/{error.file}</code> {FAILURE[error.kind]}
      </p>
      <ul className="error-problems">
        {listed.map((p, i) => (
          <li key={i}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : null}
            {p.message}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p>
          … and {more} more problem{more === 1 ? '' : 's'}.
        </p>
      ) : null}
      {onRetry && RETRYABLE.has(error.kind) ? (
        <button type="button" className="error-retry" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
