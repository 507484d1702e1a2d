import { BaseError } from '../errors/BaseError';

/** One problem in an input file: the JSON path (`positions[3].vol`) and what is wrong with it. */
export type ValidationIssue = { path: string; message: string };

/**
 * An input file that does not satisfy MODEL.md §8. Every issue names its JSON path, so the
 * message reads `positions[3].vol: must be > 0`. Expected user mistakes are this error, never a
 * trap, a NaN or a stack trace.
 *
 * @example
 * try { parsePortfolio(json) } catch (e) { if (e instanceof ValidationError) e.issues[0].path }
 */
export class ValidationError extends BaseError {
  override name = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(what: string, issues: readonly ValidationIssue[], hint?: string) {
    const shown = issues.slice(0, 20).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`);
    super(`${what} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}).`, {
      code: 'INVALID_INPUT',
      details: shown,
      metaMessages: hint ? [hint] : [],
    });
    this.issues = issues;
  }
}

/** `positions[3].vol` from `['positions', 3, 'vol']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Parses JSON text, turning a syntax error into a ValidationError that names the source and the
 * position, so a truncated or hand-mangled file gets a readable message.
 *
 * @example
 * parseJsonText('{"a": }', 'book.json'); // throws: book.json is not valid (1 problem). …
 */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ValidationError(source, [
      { path: '', message: `not valid JSON (${(cause as Error).message})` },
    ]);
  }
}
