import { isProfileName, type ProfileName } from '../../model/profiles';
import { parseParams } from '../../model/parseParams';
import { parsePortfolio } from '../../model/parsePortfolio';
import type { Params, Portfolio, Position } from '../../model/types';
import { ValidationError, type ValidationIssue } from '../../model/ValidationError';

/** The format tag of a saved or shared session. */
export const SESSION_FORMAT = 'dcro.session/1';

/**
 * `dcro.session/1`: everything needed to reopen the app where it was — the book (a
 * `dcro.portfolio/1` document), where it came from, the profile (a shipped profile's name, or
 * edited `dcro.params/1` parameters and the profile they came from) and the what-if legs
 * (positions in the portfolio format, previewed but not in the book).
 *
 * @example
 * { "format": "dcro.session/1", "source": "Demo: Covered call on ETH",
 *   "book": { "format": "dcro.portfolio/1", … },
 *   "profile": "derive-pm2",            // or { "base": "dcro-default", "params": { … } }
 *   "whatIf": [{ "type": "perp", "underlier": "ETH", "qty": -5, … }] }
 */
export type SessionDocument = {
  format: typeof SESSION_FORMAT;
  source: string;
  book: Portfolio;
  profile: string | { base: ProfileName | undefined; params: Params };
  whatIf: Position[];
};

export type WriteSessionParameters = {
  book: Portfolio;
  source: string;
  profile:
    { kind: 'shipped'; name: string } | { kind: 'custom'; params: Params; base?: ProfileName };
  whatIf: Position[];
};

/** The session document of a state (plain JSON: `undefined` fields vanish on stringify). */
export function writeSession({
  book,
  source,
  profile,
  whatIf,
}: WriteSessionParameters): SessionDocument {
  return {
    format: SESSION_FORMAT,
    source,
    book,
    profile:
      profile.kind === 'shipped' ? profile.name : { base: profile.base, params: profile.params },
    whatIf,
  };
}

/**
 * Validates a `dcro.session/1` document: the book with `parsePortfolio`, custom parameters with
 * `parseParams`, each what-if leg as a position. Every problem names its path in the session
 * (`book.positions[3].vol`, `whatIf[0].qty`).
 */
export function readSession(json: unknown): SessionDocument {
  const issues: ValidationIssue[] = [];
  const doc = (json ?? {}) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null || doc.format !== SESSION_FORMAT)
    throw new ValidationError('Session', [
      { path: 'format', message: `must be "${SESSION_FORMAT}"` },
    ]);
  const book = collect(issues, 'book', () => parsePortfolio(doc.book));
  let profile: SessionDocument['profile'] = 'dcro-default';
  const p = doc.profile as unknown;
  if (typeof p === 'string') {
    if (!isProfileName(p)) issues.push({ path: 'profile', message: `unknown profile "${p}"` });
    profile = p;
  } else if (typeof p === 'object' && p !== null) {
    const { base, params } = p as { base?: unknown; params?: unknown };
    const parsed = collect(issues, 'profile.params', () => parseParams(params));
    if (base !== undefined && (typeof base !== 'string' || !isProfileName(base)))
      issues.push({ path: 'profile.base', message: 'must name a shipped profile' });
    if (parsed) profile = { base: base as ProfileName | undefined, params: parsed };
  } else issues.push({ path: 'profile', message: 'must be a profile name or {base, params}' });
  const rawLegs = doc.whatIf ?? [];
  const whatIf: Position[] = [];
  if (!Array.isArray(rawLegs)) issues.push({ path: 'whatIf', message: 'must be an array' });
  else
    rawLegs.forEach((leg, i) => {
      const parsed = collect(issues, `whatIf[${i}]`, () => parseLeg(leg));
      if (parsed) whatIf.push(parsed);
    });
  if (issues.length || !book)
    throw new ValidationError(
      'Session',
      issues,
      'The session file or link is damaged: ask for it again.',
    );
  return { format: SESSION_FORMAT, source: String(doc.source ?? ''), book, profile, whatIf };
}

/** One position validated alone (its underlier's market is supplied when it is previewed). */
function parseLeg(leg: unknown): Position {
  const u = (leg as { underlier?: unknown })?.underlier;
  const underlier = typeof u === 'string' ? u : 'X';
  const p = parsePortfolio({
    format: 'dcro.portfolio/1',
    asOf: 0,
    underliers: { [underlier]: { spot: 1, expiries: {} } },
    positions: [leg],
  });
  return p.positions[0]!;
}

function collect<T>(issues: ValidationIssue[], prefix: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const i of error.issues) {
      // A leg is validated as positions[0] of a stand-in book: report it at its own path.
      const path = prefix.startsWith('whatIf') ? i.path.replace(/^positions\[0\]\.?/, '') : i.path;
      issues.push({ path: path ? `${prefix}.${path}` : prefix, message: i.message });
    }
    return undefined;
  }
}
