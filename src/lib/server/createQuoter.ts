import type { Address, Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { CoreExports } from '../engine/CoreExports';
import { BaseError } from '../errors/BaseError';
import type { Trade } from '../chain/attestationTypes';
import { createMarketReader } from '../chain/createMarketReader';
import { fromUnits, toFixed } from '../chain/fixedPoint';
import type { VaultContext } from '../chain/loadVaultContext';
import { randomQuoteNonce, signQuote } from '../chain/signQuote';

export type QuoteLeg = { instrumentId: bigint; name: string; qty: number; priceUsd: number };
export type Quote = { trade: Trade; quoteSignature: Hex; legs: QuoteLeg[]; blockNumber: bigint };
export type Quoter = {
  maker: Address;
  quote: (p: { taker: Address; instrumentIds: bigint[]; quantities: bigint[] }) => Promise<Quote>;
};

/**
 * DEMO market maker: the LP pool prices a trade at the on-chain marks (options: Black-76 from the
 * Wasm core at the posted forward and vol, undiscounted when the posted rate is 0; futures at
 * the forward; perps at spot), no spread or fee, and signs the EIP-712 Quote as the maker. A real
 * LP would run its own quoting; this lets the demo app trade without one.
 *
 * @example
 * const q = await quoter.quote({ taker, instrumentIds: [7n], quantities: [10n ** 18n] });
 * await submitTrade({ ..., trade: q.trade, quoteSignature: q.quoteSignature });
 */
export function createQuoter({
  ctx,
  core,
  makerKey,
  ttlSeconds = 120,
}: {
  ctx: VaultContext;
  core: CoreExports;
  makerKey: Hex;
  ttlSeconds?: number;
}): Quoter {
  const maker = privateKeyToAccount(makerKey);
  return {
    maker: maker.address,
    async quote({ taker, instrumentIds, quantities }) {
      const block = await ctx.client.getBlock({ blockTag: 'latest' });
      const reader = createMarketReader({ ctx, blockNumber: block.number });
      const legs: QuoteLeg[] = [];
      for (const [k, id] of instrumentIds.entries()) {
        const inst = await ctx.instrument(id).catch(() => {
          throw new BaseError(`Instrument id ${id} is not listed on the vault.`, {
            code: 'INVALID_ACTION',
          });
        });
        const qty = fromUnits(quantities[k]!, 18);
        let priceUsd: number;
        if (inst.kind === 'perp') priceUsd = fromUnits(await reader.spot(inst.underlier), 18);
        else {
          const e = await reader.entry(inst.underlier, inst.expiry);
          const forward = fromUnits(e.forward, 18);
          if (inst.kind === 'future') priceUsd = forward;
          else {
            const j = e.strikes.indexOf(inst.strikeRaw);
            if (j < 0)
              throw new BaseError(`No vol posted for ${inst.name}.`, { code: 'MARKET_MISSING' });
            const tYears = Math.max(0, inst.expiry - Number(block.timestamp)) / 31_536_000;
            const rate = fromUnits(e.rate, 18);
            const discount = core.discountFactor(rate, tYears);
            const vol = fromUnits(e.vols[j]!, 18);
            priceUsd = core.black76(
              forward,
              inst.strike,
              discount,
              vol,
              tYears,
              inst.right === 'call' ? 1 : 0,
            );
          }
        }
        legs.push({ instrumentId: id, name: inst.name, qty, priceUsd });
      }
      const premiumUsd = legs.reduce((sum, l) => sum + l.qty * l.priceUsd, 0);
      const trade: Trade = {
        taker,
        maker: maker.address,
        instrumentIds,
        quantities,
        // The maker rounds in its own favour.
        premium: toFixed(premiumUsd, 6, 'up'),
        fee: 0n,
        quoteNonce: randomQuoteNonce(),
        quoteDeadline: block.timestamp + BigInt(ttlSeconds),
      };
      const quoteSignature = await signQuote({
        account: maker,
        chainId: ctx.chainId,
        vault: ctx.vault,
        trade,
      });
      return { trade, quoteSignature, legs, blockNumber: block.number };
    },
  };
}
