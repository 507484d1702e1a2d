import type { ScanAccount, ScanLeg, ScanMarket } from './ScanMarket';
import { seededRandom } from './seededRandom';

export type SyntheticAccountsParameters = {
  /** A validated market (parseAccountsFile of scanMarketOfSnapshot's output). */
  market: ScanMarket;
  count: number;
  legs: number;
  seed: number;
};

/**
 * `count` reproducible accounts of `legs` legs each, drawn from the market's instruments with a
 * seeded generator: quantities in tenths of a coin (coins worth more trade in smaller sizes),
 * signed; USDC cash and collateral, sometimes coin collateral, sized so that a share of the
 * accounts sits near or below its margin. Ids `synthetic-<n>`, zero-padded so they sort.
 *
 * @example
 * const accounts = syntheticAccounts({ market, count: 10_000, legs: 50, seed: 1 });
 */
export function syntheticAccounts({
  market,
  count,
  legs,
  seed,
}: SyntheticAccountsParameters): ScanAccount[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const byUnderlier = new Map<string, number[]>();
  market.instruments.forEach((inst, i) => {
    const list = byUnderlier.get(inst.underlier) ?? [];
    list.push(i);
    byUnderlier.set(inst.underlier, list);
  });
  const names = [...byUnderlier.keys()].sort();
  const digits = String(Math.max(count - 1, 0)).length;
  return Array.from({ length: count }, (_, a): ScanAccount => {
    // One underlier in three accounts, both in the rest.
    const mine = random() < 1 / 3 ? [names[pick(names.length)]!] : names;
    const list: ScanLeg[] = [];
    for (let k = 0; k < legs; k++) {
      const u = mine[k % mine.length]!;
      const pool = byUnderlier.get(u)!;
      const i = pool[pick(pool.length)]!;
      // Tenths of a coin: up to 5 BTC-sized, up to 50 of a coin worth under 10,000.
      const scale = market.underliers[u]!.spot > 10_000 ? 5 : 50;
      const qty = ((pick(scale * 20) + 1) / 10) * (random() < 0.5 ? -1 : 1);
      list.push([i, qty]);
    }
    const collateral: Record<string, number> = { USDC: pick(2_000_000) };
    const coin = names[pick(names.length)]!;
    if (random() < 0.3 && market.collateral[coin]) collateral[coin] = pick(50) + 1;
    return {
      id: `synthetic-${String(a).padStart(digits, '0')}`,
      cash: pick(200_000) - 50_000,
      legs: list,
      collateral,
    };
  });
}
