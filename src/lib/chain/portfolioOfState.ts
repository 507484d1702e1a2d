import { BaseError } from '../errors/BaseError';
import { parsePortfolio } from '../model/parsePortfolio';
import type { Portfolio } from '../model/types';
import type { AccountState } from './AccountState';
import type { ChainInstrument } from './ChainInstrument';
import type { MarketReader } from './createMarketReader';
import { fromUnits } from './fixedPoint';
import type { VaultContext } from './loadVaultContext';

export type PortfolioOfStateParameters = {
  ctx: VaultContext;
  reader: MarketReader;
  state: AccountState;
  /** Unix seconds of the block read (the portfolio's `asOf`). */
  asOf: number;
};

/**
 * The validated `dcro.portfolio/1` of a vault account state under the oracle market at the
 * reader's block. Every chain integer goes through `fromUnits` (fixedPoint.ts), once.
 *
 * - Underliers: those of the positions and of the collateral held (by SpotOracle key), except the
 *   cash asset's; `spot` from SpotOracle; per expiry `forward` and `rate` from MarketDataFeed.
 * - Options take the feed's vol at their exact strike; futures `entryPrice: 0` and perps
 *   `entryPrice: 0` (their entry cost moved as cash at the trade, contracts/README.md "Units").
 *   There is no perp mark on chain: `perpPrice` defaults to spot (MODEL.md §2).
 * - `cash` in USDC; `stablePrice` is the cash asset's SpotOracle price; collateral by price key
 *   (`WETH` is `ETH`), confidence 1.
 */
export async function portfolioOfState({
  ctx,
  reader,
  state,
  asOf,
}: PortfolioOfStateParameters): Promise<{ portfolio: Portfolio; instruments: ChainInstrument[] }> {
  const [instruments, collaterals, cashInfo] = await Promise.all([
    Promise.all(state.instrumentIds.map((id) => ctx.instrument(id))),
    Promise.all(state.collateralAssets.map((a) => ctx.collateral(a))),
    ctx.collateral(ctx.cashAsset),
  ]);
  if (!cashInfo.priceKey)
    throw new BaseError('The vault’s cash asset is not listed as collateral.', {
      code: 'CASH_ASSET_UNPRICED',
      metaMessages: ['List the cash asset with a SpotOracle key so that stablePrice can be read.'],
    });
  const underlierNames = new Set<string>(instruments.map((i) => i.underlier));
  for (const c of collaterals) if (c.priceKey !== cashInfo.priceKey) underlierNames.add(c.priceKey);
  const spotOf = async (key: string) => fromUnits(await reader.spot(key), 18);
  // Start every read before awaiting any: the batched transport sends them in one request.
  const names = [...underlierNames].sort();
  const expiriesOf = (u: string) => [
    ...new Set(instruments.filter((i) => i.underlier === u && i.expiry > 0).map((i) => i.expiry)),
  ];
  const spotReads = new Map(names.map((u) => [u, spotOf(u)]));
  const entryReads = new Map(
    names.flatMap((u) => expiriesOf(u).map((e) => [`${u}:${e}`, reader.entry(u, e)] as const)),
  );
  const stableRead = spotOf(cashInfo.priceKey);
  const collateralPriceReads = collaterals.map((c) => spotOf(c.priceKey));
  for (const p of [
    ...spotReads.values(),
    ...entryReads.values(),
    stableRead,
    ...collateralPriceReads,
  ])
    p.catch(() => {}); // rejections are rethrown where awaited below

  const underliers: Record<string, unknown> = {};
  for (const u of names) {
    const expiries: Record<string, unknown> = {};
    for (const e of expiriesOf(u)) {
      const entry = await entryReads.get(`${u}:${e}`)!;
      expiries[String(e)] = {
        forward: fromUnits(entry.forward, 18),
        rate: fromUnits(entry.rate, 18),
      };
    }
    underliers[u] = { spot: await spotReads.get(u)!, expiries };
  }
  const positions = await Promise.all(
    instruments.map(async (inst, k) => {
      const qty = fromUnits(state.quantities[k]!, 18);
      if (inst.kind === 'perp')
        return { type: 'perp', underlier: inst.underlier, qty, entryPrice: 0 };
      if (inst.kind === 'future')
        return {
          type: 'future',
          underlier: inst.underlier,
          expiry: inst.expiry,
          qty,
          entryPrice: 0,
        };
      const entry = await entryReads.get(`${inst.underlier}:${inst.expiry}`)!;
      const j = entry.strikes.indexOf(inst.strikeRaw);
      if (j < 0)
        throw new BaseError(`No implied vol posted for ${inst.name}.`, {
          code: 'MARKET_MISSING',
          details: [
            `instrument id ${inst.id}: strike ${inst.strike} is not among the posted strikes`,
          ],
          metaMessages: ['The oracle keeper must post a vol for every listed strike.'],
        });
      const { underlier, expiry, strike, right } = inst;
      return {
        type: 'option',
        underlier,
        expiry,
        strike,
        right,
        qty,
        vol: fromUnits(entry.vols[j]!, 18),
      };
    }),
  );
  const collateral = await Promise.all(
    collaterals.map(async (c, k) => ({
      asset: c.priceKey,
      amount: fromUnits(state.collateralAmounts[k]!, c.decimals),
      price: await collateralPriceReads[k]!,
    })),
  );
  const portfolio = parsePortfolio({
    format: 'dcro.portfolio/1',
    asOf,
    cash: fromUnits(state.cash, cashInfo.decimals),
    stablePrice: await stableRead,
    underliers,
    positions,
    collateral,
  });
  return { portfolio, instruments };
}
