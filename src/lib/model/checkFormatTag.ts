import type { ValidationIssue } from './ValidationError';

const KNOWN: Record<string, string> = {
  'dcro.portfolio/1': 'a portfolio',
  'dcro.params/1': 'a risk profile',
  'dcro.session/1': 'an app session',
  'dcro.result/1': 'a margin result',
  'dcro.market/1': 'a market snapshot',
};

/**
 * The one problem to report when a document is not the expected kind at all: not a JSON
 * object, or another DCRO file (a portfolio given as a profile). Listing every field that then
 * fails would bury the real mistake. `undefined` when the tag is right or merely missing.
 *
 * @example
 * checkFormatTag({ format: 'dcro.portfolio/1' }, 'dcro.params/1');
 * // {path: 'format', message: 'this is a portfolio (dcro.portfolio/1), not a risk profile (dcro.params/1)'}
 */
export function checkFormatTag(json: unknown, expected: string): ValidationIssue | undefined {
  const kind = KNOWN[expected] ?? expected;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    const got = json === null ? 'null' : Array.isArray(json) ? 'an array' : `a ${typeof json}`;
    return { path: '(root)', message: `must be a JSON object (${kind}), got ${got}` };
  }
  const format = (json as { format?: unknown }).format;
  if (typeof format === 'string' && format !== expected && KNOWN[format])
    return {
      path: 'format',
      message: `this is ${KNOWN[format]} (${format}), not ${kind} (${expected})`,
    };
  return undefined;
}
