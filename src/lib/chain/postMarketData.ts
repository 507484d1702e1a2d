import { parseUnits, type Address, type Hex } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { MarketSnapshot } from '../import/MarketSnapshot';
import { findOptionQuote } from '../import/findOptionQuote';
import { marketDataFeedAbi } from './abis/MarketDataFeed';
import type { Signer } from './createSigner';
import type { InstrumentSpec } from './demoInstruments';
import { send } from './sendTransaction';
import { symbolToBytes32 } from './symbols';

export type PostMarketDataParameters = {
  /** A keeper of the MarketDataFeed. */
  signer: Signer;
  marketDataFeed: Address;
  market: MarketSnapshot;
  /** Post a mark for each (underlier, expiry) of these, with a vol at each listed option strike. */
  instruments: readonly InstrumentSpec[];
};

/** Strikes in one post transaction: keeps each post well under anvil's 30M block gas limit. */
const STRIKES_PER_POST = 240;

/**
 * Posts the snapshot's forwards (rate 0) and mark IVs to the MarketDataFeed for every expiry the
 * instruments use (each post bumps the feed's version, hence the market hash).
 *
 * @example
 * await postMarketData({ signer: keeper, marketDataFeed, market, instruments: deployment.listed });
 */
export async function postMarketData(p: PostMarketDataParameters): Promise<number> {
  const groups = new Map<string, { underlier: string; expiry: number; strikes: Set<number> }>();
  for (const i of p.instruments) {
    if (i.kind === 'perp') continue;
    const key = `${i.underlier}:${i.expiry}`;
    const g = groups.get(key) ?? { underlier: i.underlier, expiry: i.expiry, strikes: new Set() };
    if (i.kind === 'option') g.strikes.add(i.strike);
    groups.set(key, g);
  }
  type Entry = {
    underlier: Hex;
    expiry: bigint;
    forward: bigint;
    rate: bigint;
    strikes: bigint[];
    vols: bigint[];
  };
  const entries: Entry[] = [];
  for (const g of groups.values()) {
    const e = p.market.underliers[g.underlier]?.expiries[String(g.expiry)];
    if (!e)
      throw new BaseError(`The snapshot has no ${g.underlier} expiry ${g.expiry}.`, {
        code: 'MARKET_MISSING',
      });
    const strikes = [...g.strikes].sort((a, b) => a - b);
    const vols = strikes.map((strike) => {
      const q =
        findOptionQuote({
          market: p.market,
          underlier: g.underlier,
          expiry: g.expiry,
          strike,
          right: 'call',
        }) ??
        findOptionQuote({
          market: p.market,
          underlier: g.underlier,
          expiry: g.expiry,
          strike,
          right: 'put',
        });
      if (!q)
        throw new BaseError(`The snapshot has no quote for ${g.underlier} ${g.expiry} ${strike}.`, {
          code: 'MARKET_MISSING',
        });
      return parseUnits(String(q.quote[2]), 18);
    });
    entries.push({
      underlier: symbolToBytes32(g.underlier),
      expiry: BigInt(g.expiry),
      forward: parseUnits(String(e.forward), 18),
      rate: 0n,
      strikes: strikes.map((s) => parseUnits(String(s), 18)),
      vols,
    });
  }
  let posts = 0;
  for (let start = 0; start < entries.length;) {
    let end = start;
    let count = 0;
    while (
      end < entries.length &&
      (end === start || count + entries[end]!.strikes.length <= STRIKES_PER_POST)
    )
      count += entries[end++]!.strikes.length;
    await send({
      signer: p.signer,
      address: p.marketDataFeed,
      abi: marketDataFeedAbi,
      functionName: 'post',
      args: [entries.slice(start, end)],
    });
    posts++;
    start = end;
  }
  return posts;
}
