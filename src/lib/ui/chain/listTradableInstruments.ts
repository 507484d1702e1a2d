import { dcroVaultAbi } from '../../chain/abis/DcroVault';
import type { ChainInstrument } from '../../chain/ChainInstrument';
import type { VaultContext } from '../../chain/loadVaultContext';

/**
 * The vault's listed instruments that can still trade at `nowSeconds` (perps, and futures and
 * options before expiry), by underlier, then perp / future / option, expiry, strike, call first.
 *
 * @example
 * const list = await listTradableInstruments({ ctx, nowSeconds: read.timestamp });
 * list[0].name; // 'BTC-PERPETUAL'
 */
export async function listTradableInstruments({
  ctx,
  nowSeconds,
}: {
  ctx: VaultContext;
  nowSeconds: number;
}): Promise<ChainInstrument[]> {
  const count = await ctx.client.readContract({
    address: ctx.vault,
    abi: dcroVaultAbi,
    functionName: 'instrumentCount',
  });
  const ids = Array.from({ length: Number(count) }, (_, i) => BigInt(i + 1));
  const all = await Promise.all(ids.map((id) => ctx.instrument(id)));
  const kindOrder = { perp: 0, future: 1, option: 2 } as const;
  return all
    .filter((i) => i.kind === 'perp' || i.expiry > nowSeconds)
    .sort(
      (a, b) =>
        a.underlier.localeCompare(b.underlier) ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        a.expiry - b.expiry ||
        a.strike - b.strike ||
        (a.right === b.right ? 0 : a.right === 'call' ? -1 : 1),
    );
}
