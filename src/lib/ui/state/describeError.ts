import { BaseError } from '../../errors/BaseError';

/** One problem, located: a JSON path (`positions[3].vol`) or a CSV place (`line 3: qty`). */
export type ErrorIssue = { path: string; message: string };

/** An error as the UI shows it: what went wrong, the specifics, and what to do next. */
export type ErrorReport = {
  /** One sentence ("Portfolio is not valid (2 problems)."). */
  title: string;
  /** Specifics, one per line. */
  details: string[];
  /** What to do next. */
  hints: string[];
  /** Located problems, for showing next to a field. */
  issues: ErrorIssue[];
};

/**
 * Turns anything thrown into an ErrorReport. DCRO errors (`BaseError`: ValidationError,
 * LegsCsvError, …) keep their details, hints and located issues; other errors keep their message.
 *
 * @example
 * describeError(new ValidationError('Portfolio', [{ path: 'cash', message: 'must be a number' }]));
 * // { title: 'Portfolio is not valid (1 problem).', issues: [{ path: 'cash', … }], … }
 */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof BaseError) {
    const raw = (error as { issues?: unknown }).issues;
    const issues: ErrorIssue[] = Array.isArray(raw)
      ? raw.map((i: { path?: string; line?: number; column?: string; message: string }) =>
          i.line !== undefined
            ? { path: `line ${i.line}: ${i.column ?? ''}`, message: i.message }
            : { path: i.path ?? '', message: i.message },
        )
      : [];
    return {
      title: error.shortMessage,
      details: [...error.details],
      hints: [...error.metaMessages],
      issues,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: message, details: [], hints: [], issues: [] };
}
