import type { Position } from '../../src/lib/model/types';

/**
 * The account's net positions (docs/model-notes.md item 8), in order of first appearance: one per
 * option instrument (underlier, expiry, strike, right), one per dated future (underlier, expiry),
 * one perp per underlier. Used for isolated margin only, which no entry price enters: a net
 * future keeps its first entry price.
 *
 * @example
 * netPositions([perp(1), perp(-1)]); // [{ type: 'perp', qty: 0, … }]
 */
export function netPositions(positions: Position[]): Position[] {
  const byKey = new Map<string, Position>();
  for (const p of positions) {
    const key =
      p.type === 'option'
        ? `option/${p.underlier}/${p.expiry}/${p.strike}/${p.right}`
        : p.type === 'future'
          ? `future/${p.underlier}/${p.expiry}`
          : `perp/${p.underlier}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...p });
      continue;
    }
    seen.qty += p.qty;
    if (seen.type === 'perp' && p.type === 'perp') {
      seen.unrealizedPnl += p.unrealizedPnl;
      seen.unrealizedFunding += p.unrealizedFunding;
    }
  }
  return [...byKey.values()];
}
