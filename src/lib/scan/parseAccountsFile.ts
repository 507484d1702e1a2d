import { MAX_ABS } from '../model/numbers';
import { MAX_POSITIONS } from '../model/portfolioSchema';
import { ValidationError, type ValidationIssue } from '../model/ValidationError';
import { checkFormatTag } from '../model/checkFormatTag';
import type { ScanAccount, ScanLeg, ScanMarket } from './ScanMarket';
import { parseScanMarket } from './parseScanMarket';

/** `dcro.accounts/1`: many accounts valued in one market (src/lib/scan/README.md). */
export const ACCOUNTS_FORMAT = 'dcro.accounts/1';
const HINT = 'Fix the fields named above; src/lib/scan/README.md describes dcro.accounts/1.';
const ID = /^[A-Za-z0-9_.:-]{1,100}$/;
/** Extra numbers a leg may carry after [instrument, qty], by instrument type. */
const EXTRAS = { option: 0, future: 1, perp: 2 } as const;

const finite = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= MAX_ABS;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

function parseLeg(leg: unknown, at: string, market: ScanMarket, issues: ValidationIssue[]) {
  if (!Array.isArray(leg) || leg.length < 2)
    return void issues.push({ path: at, message: 'must be [instrument, qty, …]' });
  const [i, qty, ...extra] = leg as unknown[];
  const inst = Number.isInteger(i) ? market.instruments[i as number] : undefined;
  if (!inst)
    return void issues.push({
      path: `${at}[0]`,
      message: `must be an index into market.instruments (0–${market.instruments.length - 1})`,
    });
  if (!finite(qty))
    issues.push({ path: `${at}[1]`, message: `qty must be a number within ±${MAX_ABS}` });
  if (extra.length > EXTRAS[inst.type])
    issues.push({
      path: at,
      message: `${inst.type === 'option' ? 'an' : 'a'} ${inst.type} leg has at most ${2 + EXTRAS[inst.type]} numbers`,
    });
  extra.forEach((x, k) => {
    if (!finite(x) || (inst.type === 'future' && x < 0))
      issues.push({
        path: `${at}[${k + 2}]`,
        message: inst.type === 'future' ? 'entryPrice must be ≥ 0' : 'must be a number',
      });
  });
}

function parseAccount(
  json: unknown,
  at: string,
  market: ScanMarket,
  issues: ValidationIssue[],
): ScanAccount {
  if (!isRecord(json)) {
    issues.push({ path: at, message: 'must be an object {id, cash, legs, collateral}' });
    return { id: '', cash: 0, legs: [], collateral: {} };
  }
  const { id, cash = 0, legs = [], collateral = {}, ...rest } = json;
  for (const key of Object.keys(rest))
    issues.push({ path: `${at}.${key}`, message: 'unknown field' });
  if (typeof id !== 'string' || !ID.test(id))
    issues.push({ path: `${at}.id`, message: 'must be 1–100 letters, digits, _ . : or -' });
  if (!finite(cash))
    issues.push({ path: `${at}.cash`, message: `must be a number within ±${MAX_ABS}` });
  if (!Array.isArray(legs) || legs.length > MAX_POSITIONS)
    issues.push({
      path: `${at}.legs`,
      message: `must be an array of at most ${MAX_POSITIONS} legs`,
    });
  else legs.forEach((leg, k) => parseLeg(leg, `${at}.legs[${k}]`, market, issues));
  if (!isRecord(collateral))
    issues.push({ path: `${at}.collateral`, message: 'must be an object {asset: amount}' });
  else
    for (const [asset, amount] of Object.entries(collateral)) {
      if (!Object.hasOwn(market.collateral, asset))
        issues.push({
          path: `${at}.collateral.${asset}`,
          message: 'not priced in market.collateral',
        });
      else if (!finite(amount) || amount < 0)
        issues.push({ path: `${at}.collateral.${asset}`, message: 'must be an amount ≥ 0' });
    }
  return {
    id: id as string,
    cash: cash as number,
    legs: legs as ScanLeg[],
    collateral: collateral as Record<string, number>,
  };
}

/**
 * Validates a `dcro.accounts/1` document: the market (as `dcro.portfolio/1` validates its own,
 * paths under `market.`), then every account (`accounts[12].legs[3][1]: qty must be …`), ids
 * unique, `insuranceFund` (optional) the id of one of them. Returns the market with defaults
 * filled and the accounts in file order.
 *
 * @example
 * const { market, accounts } = parseAccountsFile(JSON.parse(text), 'accounts.json');
 */
export function parseAccountsFile(
  json: unknown,
  source?: string,
): { market: ScanMarket; accounts: ScanAccount[]; insuranceFund?: string } {
  const what = source ? `Accounts file ${source}` : 'Accounts file';
  const wrongKind = checkFormatTag(json, ACCOUNTS_FORMAT);
  if (wrongKind) throw new ValidationError(what, [wrongKind], HINT);
  const {
    format,
    market: marketJson,
    accounts: list,
    insuranceFund,
    ...rest
  } = json as Record<string, unknown>;
  const issues: ValidationIssue[] = Object.keys(rest).map((key) => ({
    path: key,
    message: 'unknown field',
  }));
  if (format !== ACCOUNTS_FORMAT)
    issues.push({ path: 'format', message: `must be "${ACCOUNTS_FORMAT}"` });
  const market = parseScanMarket(marketJson, issues);
  if (!Array.isArray(list))
    issues.push({ path: 'accounts', message: 'must be an array of accounts' });
  if (issues.length || !market) throw new ValidationError(what, issues, HINT);
  const seen = new Map<string, number>();
  const accounts = (list as unknown[]).map((a, i) => {
    const account = parseAccount(a, `accounts[${i}]`, market, issues);
    const first = seen.get(account.id);
    if (first !== undefined)
      issues.push({ path: `accounts[${i}].id`, message: `same id as accounts[${first}]` });
    else seen.set(account.id, i);
    return account;
  });
  if (
    insuranceFund !== undefined &&
    !(typeof insuranceFund === 'string' && seen.has(insuranceFund))
  )
    issues.push({ path: 'insuranceFund', message: 'must be the id of one of the accounts' });
  if (issues.length) throw new ValidationError(what, issues, HINT);
  return insuranceFund === undefined
    ? { market, accounts }
    : { market, accounts, insuranceFund: insuranceFund as string };
}
