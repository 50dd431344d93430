import type * as z from 'zod/mini';

export interface DataProblem {
  /** Dotted path to the field at fault, e.g. `observations[3].value`; empty for the whole file. */
  path: string;
  /** The problem in English, as logged and as the error's message says it. */
  message: string;
  /**
   * What the page says instead, in the language shown, for the problems the page itself finds (the
   * server's answer, the deadline, the size): the kind of problem and its figures, put in words when
   * shown (components/error-state.tsx). The checks in the validation worker leave it out: their
   * technical detail (a field, zod's message) is shown as it is.
   */
  said?: SaidProblem;
}

/** A problem found on the page, by kind, with the figures its sentence names. */
export type SaidProblem =
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network'; cause: string }
  | { kind: 'not-found' }
  | { kind: 'http'; status: string }
  | { kind: 'too-large'; bytes: number; limitBytes: number };

/** `timeout`: no whole answer within the deadline; `too-large`: over the file's size limit. */
export type DataErrorKind = 'missing' | 'network' | 'timeout' | 'too-large' | 'parse' | 'schema';

/** A data file that could not be used, with the file and each field at fault named. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly file: string;
  readonly kind: DataErrorKind;
  readonly problems: DataProblem[];

  constructor(file: string, kind: DataErrorKind, problems: DataProblem[]) {
    super(`${file}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
    this.file = file;
    this.kind = kind;
    this.problems = problems;
  }
}

/** `['observations', 3, 'value']` → `observations[3].value` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}

export function problemsFromZod(error: z.core.$ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
