import { BaseError } from '../errors/BaseError';

/** One problem of a legs CSV: 1-based line, the column's name, and what is wrong. */
export type LegsCsvIssue = { line: number; column: string; message: string };

/**
 * Thrown when a legs CSV cannot be imported. Every issue reads `line 3: qty: not a number`.
 *
 * @example
 * try { importLegsCsv({ csv, market }) } catch (e) {
 *   if (e instanceof LegsCsvError) e.issues[0]; // { line: 3, column: 'qty', message: 'not a number' }
 * }
 */
export type LegsCsvErrorType = LegsCsvError;

export class LegsCsvError extends BaseError {
  override name = 'LegsCsvError';
  readonly issues: readonly LegsCsvIssue[];

  constructor(issues: readonly LegsCsvIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `line ${i.line}: ${i.column}: ${i.message}`);
    if (issues.length > shown.length) shown.push(`… and ${issues.length - shown.length} more`);
    super(`The legs CSV has ${issues.length} problem${issues.length === 1 ? '' : 's'}.`, {
      code: 'LEGS_CSV',
      details: shown,
      metaMessages: [
        'Each line is instrument,qty[,entryPrice], e.g. BTC-26JUN26-75000-C,-10 or USDC,50000.',
      ],
    });
    this.issues = issues;
  }
}
