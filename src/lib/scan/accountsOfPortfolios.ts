import { BaseError } from '../errors/BaseError';
import { canonicalJson } from '../engine/canonicalJson';
import type { Portfolio } from '../model/types';
import type { ScanAccount, ScanInstrument, ScanLeg, ScanMarket } from './ScanMarket';
import { instrumentOfPosition } from './instrumentOfPosition';
import { ACCOUNTS_FORMAT } from './parseAccountsFile';

/** A `dcro.accounts/1` document (before validation). */
export type AccountsDocument = {
  format: typeof ACCOUNTS_FORMAT;
  market: Omit<ScanMarket, 'instruments'> & { instruments: ScanInstrument[] };
  accounts: ScanAccount[];
};

/**
 * One `dcro.accounts/1` document from validated portfolios valued in the same market (the vault's
 * accounts read at one block, or portfolio files): the union of their markets, which must agree
 * wherever they overlap, an instrument table in first-appearance order, and each portfolio as an
 * account. Throws MARKET_CONFLICT naming the first field two portfolios disagree on.
 *
 * @example
 * const doc = accountsOfPortfolios([{ id: '0xabc…', portfolio }]);
 * const { market, accounts } = parseAccountsFile(doc);
 */
export function accountsOfPortfolios(
  entries: readonly { id: string; portfolio: Portfolio }[],
): AccountsDocument {
  const first = entries[0]?.portfolio;
  const market: AccountsDocument['market'] = {
    asOf: first?.asOf ?? 0,
    stablePrice: first?.stablePrice ?? 1,
    stableConfidence: first?.stableConfidence ?? 1,
    underliers: {},
    instruments: [],
    collateral: {},
  };
  const index = new Map<string, number>();
  const agree = (what: string, a: unknown, b: unknown, id: string) => {
    if (canonicalJson(a) !== canonicalJson(b))
      throw new BaseError(`Account ${id} is valued in another market (${what}).`, {
        code: 'MARKET_CONFLICT',
        details: [`${what}: ${canonicalJson(a)} here, ${canonicalJson(b)} before`],
        metaMessages: ['Read every account at the same block, or value them in one snapshot.'],
      });
  };
  const accounts = entries.map(({ id, portfolio: p }): ScanAccount => {
    agree(
      'asOf, stablePrice',
      [p.asOf, p.stablePrice, p.stableConfidence],
      [market.asOf, market.stablePrice, market.stableConfidence],
      id,
    );
    for (const [u, m] of Object.entries(p.underliers)) {
      const known = market.underliers[u];
      if (!known) market.underliers[u] = { ...m, expiries: { ...m.expiries } };
      else {
        const { expiries, ...rest } = m;
        const { expiries: knownExpiries, ...knownRest } = known;
        agree(`underliers.${u}`, rest, knownRest, id);
        for (const [e, em] of Object.entries(expiries)) {
          if (knownExpiries[e]) agree(`underliers.${u}.expiries.${e}`, em, knownExpiries[e], id);
          else knownExpiries[e] = em;
        }
      }
    }
    const legs = p.positions.map((pos): ScanLeg => {
      const inst = instrumentOfPosition(pos);
      const key = canonicalJson(inst);
      let i = index.get(key);
      if (i === undefined) {
        const mark =
          pos.type === 'option'
            ? `${pos.underlier}|${pos.expiry}|${pos.strike}|${pos.right}`
            : undefined;
        if (mark) {
          const other = market.instruments.findIndex(
            (x) =>
              x.type === 'option' && `${x.underlier}|${x.expiry}|${x.strike}|${x.right}` === mark,
          );
          if (other >= 0) agree(`the vol of ${mark}`, inst, market.instruments[other], id);
        }
        index.set(key, (i = market.instruments.push(inst) - 1));
      }
      if (pos.type === 'future')
        return pos.entryPrice === 0 ? [i, pos.qty] : [i, pos.qty, pos.entryPrice];
      if (pos.type === 'perp') return [i, pos.qty, pos.unrealizedPnl, pos.unrealizedFunding];
      return [i, pos.qty];
    });
    const collateral: Record<string, number> = {};
    for (const c of p.collateral) {
      const known = market.collateral[c.asset];
      if (known)
        agree(`the price of ${c.asset}`, { price: c.price, confidence: c.confidence }, known, id);
      else market.collateral[c.asset] = { price: c.price, confidence: c.confidence };
      if (Object.hasOwn(collateral, c.asset))
        throw new BaseError(`Account ${id} holds ${c.asset} twice.`, {
          code: 'DUPLICATE_COLLATERAL',
          metaMessages: ['Add the amounts into one holding.'],
        });
      collateral[c.asset] = c.amount;
    }
    return { id, cash: p.cash, legs, collateral };
  });
  return { format: ACCOUNTS_FORMAT, market, accounts };
}
