import { parsePortfolio } from '../model/parsePortfolio';
import { ValidationError, type ValidationIssue } from '../model/ValidationError';
import type { ScanInstrument, ScanMarket } from './ScanMarket';
import { instrumentOfPosition } from './instrumentOfPosition';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/** `positions[3].vol` → `market.instruments[3].vol`, and so on, in paths and messages. */
function rename(text: string): string {
  return text
    .replace(/\bpositions\[/g, 'market.instruments[')
    .replace(/^collateral\[/, 'market.collateral[')
    .replace(/^(asOf|cash|stablePrice|stableConfidence|underliers)\b/, 'market.$1');
}

/**
 * Validates the `market` of a `dcro.accounts/1` file by the rules of `dcro.portfolio/1` (each
 * instrument checked as a position of that market, each collateral price as a holding), so both
 * files mean the same; no instrument twice. Issues go to `issues`; `undefined` if any.
 */
export function parseScanMarket(json: unknown, issues: ValidationIssue[]): ScanMarket | undefined {
  if (!isRecord(json)) {
    issues.push({
      path: 'market',
      message: 'must be an object {asOf, underliers, instruments, collateral}',
    });
    return undefined;
  }
  const { instruments = [], collateral = {}, ...fields } = json;
  if (!Array.isArray(instruments))
    issues.push({ path: 'market.instruments', message: 'must be an array' });
  if (!isRecord(collateral))
    issues.push({ path: 'market.collateral', message: 'must be an object {asset: {price}}' });
  if (issues.length) return undefined;
  const assets = Object.keys(collateral as object);
  const asPosition = (i: unknown) =>
    isRecord(i) && i.type === 'future'
      ? { ...i, qty: 0, entryPrice: 0 }
      : isRecord(i)
        ? { ...i, qty: 0 }
        : i;
  const asHolding = (asset: string) => {
    const c = (collateral as Record<string, unknown>)[asset];
    return isRecord(c) ? { ...c, asset, amount: 0 } : c;
  };
  let portfolio;
  try {
    portfolio = parsePortfolio({
      ...fields,
      format: 'dcro.portfolio/1',
      positions: (instruments as unknown[]).map(asPosition),
      collateral: assets.map(asHolding),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) {
      const path = issue.path.replace(
        /^collateral\[(\d+)\]/,
        (_, k) => `market.collateral.${assets[Number(k)]}`,
      );
      issues.push({ path: rename(path), message: rename(issue.message) });
    }
    return undefined;
  }
  const seen = new Map<string, number>();
  const list = portfolio.positions.map((p, k): ScanInstrument => {
    const key =
      p.type === 'option'
        ? `${p.underlier}|${p.expiry}|${p.strike}|${p.right}`
        : `${p.type}|${p.underlier}|${p.type === 'future' ? p.expiry : ''}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        path: `market.instruments[${k}]`,
        message: `same instrument as market.instruments[${first}]`,
      });
    else seen.set(key, k);
    return instrumentOfPosition(p);
  });
  if (issues.length) return undefined;
  const prices: ScanMarket['collateral'] = {};
  for (const c of portfolio.collateral)
    prices[c.asset] = { price: c.price, confidence: c.confidence };
  const { asOf, stablePrice, stableConfidence, underliers } = portfolio;
  return { asOf, stablePrice, stableConfidence, underliers, instruments: list, collateral: prices };
}
