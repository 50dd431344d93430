import { DataError } from '../data/data-error';
import { errorMessage } from '../lib/error-message';

const MAX_LISTED = 8;

/** Says which file and which fields are at fault; the rest of the page keeps working. */
export function ErrorState({ error, what, hint }: { error: unknown; what: string; hint?: string }) {
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
        Could not show {what}: <code>data/{error.file}</code>{' '}
        {error.kind === 'missing'
          ? 'was not found.'
          : error.kind === 'parse'
            ? 'is not valid JSON.'
            : error.kind === 'schema'
              ? 'does not match its schema.'
              : 'could not be loaded.'}
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
    </div>
  );
}
