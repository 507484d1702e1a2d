import type { LegsCsvIssue } from './LegsCsvError';

/** One data line of a legs CSV, not yet checked against a market. */
export type LegsCsvRow = { line: number; instrument: string; qty: number; entryPrice?: number };

export type ReadLegsCsvParameters = { csv: string };
export type ReadLegsCsvReturnType = { rows: LegsCsvRow[]; issues: LegsCsvIssue[] };

const COLUMNS = ['instrument', 'qty', 'entryPrice'] as const;
// Plain decimals only: Number() would also take '', '0x10', 'Infinity' and ' 1 '.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_ABS = 1e15; // MODEL.md §8: every number |x| ≤ 1e15

/**
 * Splits a legs CSV into rows: `instrument,qty[,entryPrice]`, an optional header line naming
 * those columns (in any order), `#` comment lines and blank lines, CRLF or LF. Problems are
 * returned, not thrown, so that one import reports them all.
 *
 * @example
 * readLegsCsv({ csv: 'instrument,qty\nBTC-PERPETUAL,2\n' });
 * // { rows: [{ line: 2, instrument: 'BTC-PERPETUAL', qty: 2 }], issues: [] }
 */
export function readLegsCsv({ csv }: ReadLegsCsvParameters): ReadLegsCsvReturnType {
  const rows: LegsCsvRow[] = [];
  const issues: LegsCsvIssue[] = [];
  let order: readonly string[] = COLUMNS;
  let seenData = false;
  csv.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const cells = trimmed.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const problem = (column: string, message: string) => issues.push({ line, column, message });
    const isColumn = (c: string) => COLUMNS.some((k) => k.toLowerCase() === c.toLowerCase());
    // A header is a first line naming a known column (data lines start with an instrument).
    if (!seenData && cells.some(isColumn)) {
      const header = cells.map((c) => COLUMNS.find((k) => k.toLowerCase() === c.toLowerCase()));
      const unknown = cells.filter((_, i) => header[i] === undefined);
      if (unknown.length) problem('header', `unknown column '${unknown[0]}' (use ${COLUMNS})`);
      else if (!header.includes('qty')) problem('header', 'no qty column');
      else order = header as string[];
      seenData = true;
      return;
    }
    seenData = true;
    if (cells.length > order.length)
      return problem(
        order[order.length - 1]!,
        `${cells.length} fields, expected at most ${order.length}`,
      );
    const cell = (column: string) => {
      const i = order.indexOf(column);
      return i < 0 || cells[i] === '' ? undefined : cells[i];
    };
    const instrument = cell('instrument');
    if (instrument === undefined) return problem('instrument', 'missing');
    const numberAt = (column: string, required: boolean): number | undefined => {
      const value = cell(column);
      if (value === undefined) {
        if (required) problem(column, 'missing');
        return undefined;
      }
      const n = Number(value);
      if (!DECIMAL.test(value) || !Number.isFinite(n)) problem(column, `not a number ('${value}')`);
      else if (Math.abs(n) > MAX_ABS) problem(column, `${value} is larger than 1e15 in size`);
      else return n;
      return undefined;
    };
    const issueCount = issues.length;
    const qty = numberAt('qty', true);
    const entryPrice = numberAt('entryPrice', false);
    if (entryPrice !== undefined && entryPrice < 0) problem('entryPrice', 'must be ≥ 0');
    if (issues.length > issueCount || qty === undefined) return;
    rows.push(
      entryPrice === undefined ? { line, instrument, qty } : { line, instrument, qty, entryPrice },
    );
  });
  return { rows, issues };
}
