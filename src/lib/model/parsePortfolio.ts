import type { ExpiryMarket, Portfolio, Position } from './types';
import { portfolioSchema, type PortfolioParsed } from './portfolioSchema';
import { ValidationError, type ValidationIssue } from './ValidationError';
import { zodIssues } from './zodIssues';
import { checkFormatTag } from './checkFormatTag';
import { OptionMarks } from './OptionMarks';

const HINT = 'Fix the fields named above; MODEL.md §8 describes dcro.portfolio/1.';

/**
 * Validates a `dcro.portfolio/1` document and fills MODEL.md §2's defaults. Beyond the schema it
 * checks what spans fields: positions name a known underlier, `forwardFixed ≤ forward` (a given one), a
 * perp gives `unrealizedPnl` or `entryPrice` (not both), and one option instrument has one mark
 * (docs/model-notes.md, 2).
 *
 * @example
 * const portfolio = parsePortfolio(JSON.parse(text)); // throws ValidationError naming each path
 */
export function parsePortfolio(json: unknown, source?: string): Portfolio {
  const what = source ? `Portfolio ${source}` : 'Portfolio';
  const wrongKind = checkFormatTag(json, 'dcro.portfolio/1');
  if (wrongKind) throw new ValidationError(what, [wrongKind], HINT);
  const parsed = portfolioSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw new ValidationError(what, zodIssues(parsed.error), HINT);
  const issues: ValidationIssue[] = [];
  const portfolio = resolve(parsed.data, issues);
  if (issues.length) throw new ValidationError(what, issues, HINT);
  return portfolio;
}

function resolve(p: PortfolioParsed, issues: ValidationIssue[]): Portfolio {
  const underliers: Portfolio['underliers'] = {};
  for (const [u, m] of Object.entries(p.underliers)) {
    const expiries: Record<string, ExpiryMarket> = {};
    for (const [key, e] of Object.entries(m.expiries)) {
      const at = `underliers.${u}.expiries.${key}.forwardFixed`;
      // Against a default forward spot·exp(rate·T) the core checks it, where that forward is
      // computed (docs/model-notes.md, 13).
      if (e.forward !== undefined && e.forwardFixed > e.forward)
        issues.push({ path: at, message: `must be ≤ forward (${e.forward})` });
      expiries[String(Number(key))] = { ...e, forward: e.forward };
    }
    underliers[u] = { ...m, perpPrice: m.perpPrice ?? m.spot, expiries };
  }

  const marks = OptionMarks.empty();
  const positions = p.positions.map((pos, i): Position => {
    const market = underliers[pos.underlier];
    if (!market) {
      const known = Object.keys(underliers).join(', ') || 'none';
      issues.push({
        path: `positions[${i}].underlier`,
        message: `unknown underlier "${pos.underlier}" (underliers: ${known})`,
      });
    }
    if (pos.type === 'option') {
      const first = marks.add(pos, i);
      if (first !== undefined)
        issues.push({
          path: `positions[${i}].vol`,
          message: `same instrument as positions[${first}] with a different vol or volConfidence`,
        });
      return pos;
    }
    if (pos.type === 'future') return pos;
    const { entryPrice, unrealizedPnl, ...rest } = pos;
    if (entryPrice !== undefined && unrealizedPnl !== undefined) {
      issues.push({
        path: `positions[${i}].entryPrice`,
        message: 'give unrealizedPnl or entryPrice, not both',
      });
    }
    const perpPrice = market?.perpPrice ?? 0;
    const pnl =
      entryPrice === undefined ? (unrealizedPnl ?? 0) : pos.qty * (perpPrice - entryPrice);
    return { ...rest, unrealizedPnl: pnl };
  });

  return { ...p, underliers, positions };
}
