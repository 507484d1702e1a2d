import { expect, test } from 'vitest';
import { DAY_SEC } from '../../../assembly/units';
import { randomBook } from '../../../tests/support/randomBook';
import { rng } from '../../../tests/support/rng';
import { testSeed, withSeed } from '../../../tests/support/seeded';
import { loadProfile } from '../model/profiles';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { OptionPosition, Portfolio, Position } from '../model/types';
import { computeMargin } from './computeMargin';
import { loadCoreNode } from './loadCoreNode';
import { WhatIfSession } from './WhatIfSession';

/** A book with a perp, futures and risk-cancelling collateral besides its options. */
function book(seed: number): Portfolio {
  const p = randomBook(30, seed);
  const btcExpiry = Number(Object.keys(p.underliers.BTC!.expiries)[3]);
  p.positions.push(
    { type: 'perp', underlier: 'ETH', qty: -2, unrealizedPnl: 5, unrealizedFunding: 1 },
    { type: 'future', underlier: 'BTC', expiry: btcExpiry, qty: 0.4, entryPrice: 73500 },
  );
  p.collateral.push(
    { asset: 'USDC', amount: 50000, price: 1, confidence: 1 },
    { asset: 'ETH', amount: 4, price: 2315.6, confidence: 0.9 },
  );
  return p;
}

/** A random leg: more of a held instrument, a new strike, a new or held expiry, a future, a perp. */
function randomLeg(r: () => number, p: Portfolio): Position {
  const underlier = r() < 0.5 ? 'BTC' : 'ETH';
  const expiries = Object.keys(p.underliers[underlier]!.expiries).map(Number);
  const listed = expiries[Math.floor(r() * expiries.length)]!;
  // An expiry the book's market lacks (every default) in one leg out of five.
  const expiry = r() < 0.2 ? listed + 11 * DAY_SEC : listed;
  const qty = Math.round((r() - 0.5) * 20) / 2 || 1;
  const kind = r();
  if (kind < 0.25) {
    const held = p.positions.filter((x): x is OptionPosition => x.type === 'option');
    return { ...held[Math.floor(r() * held.length)]!, qty };
  }
  if (kind < 0.7) {
    const spot = p.underliers[underlier]!.spot;
    const strike = Math.round((spot * (0.6 + 0.8 * r())) / 10) * 10;
    return {
      type: 'option',
      underlier,
      expiry,
      strike,
      right: r() < 0.5 ? 'call' : 'put',
      qty,
      vol: 0.3 + 0.6 * r(),
      volConfidence: r() < 0.2 ? 0.5 : 1,
    };
  }
  if (kind < 0.88)
    return { type: 'future', underlier, expiry, qty, entryPrice: p.underliers[underlier]!.spot };
  return { type: 'perp', underlier, qty, unrealizedPnl: 3 * qty, unrealizedFunding: 0 };
}

/** Legs may not give one instrument two marks; keep the first mark of each. */
function oneMark(legs: Position[]): Position[] {
  const seen = new Map<string, OptionPosition>();
  return legs.map((l) => {
    if (l.type !== 'option') return l;
    const key = `${l.underlier}|${l.expiry}|${l.strike}|${l.right}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, l);
      return l;
    }
    return { ...l, vol: first.vol, volConfidence: first.volConfidence };
  });
}

test.each(['dcro-default', 'derive-pm2', 'span-like'])(
  'random what-ifs in a row under %s each equal a full recomputation, bit for bit',
  async (profile) => {
    const params = loadProfile(profile);
    const core = await loadCoreNode();
    const fresh = await loadCoreNode();
    withSeed(testSeed(20261202), (seed) => {
      const r = rng(seed);
      const p = book(seed);
      const { n, sets } = resolveScenarioSets(params, Object.keys(p.underliers));
      const session = new WhatIfSession({ portfolio: p, params, scenarioSets: sets, n, core });
      for (let round = 0; round < 40; round++) {
        const legs = oneMark(
          Array.from({ length: 1 + Math.floor(r() * 4) }, () => randomLeg(r, p)),
        ).filter((leg) => {
          // A held instrument's mark is the book's.
          if (leg.type !== 'option') return true;
          const held = p.positions.find(
            (x) =>
              x.type === 'option' &&
              x.underlier === leg.underlier &&
              x.expiry === leg.expiry &&
              x.strike === leg.strike &&
              x.right === leg.right,
          ) as OptionPosition | undefined;
          return !held || (held.vol === leg.vol && held.volConfidence === leg.volConfidence);
        });
        const combined = { ...p, positions: [...p.positions, ...legs] };
        const { hashes: _, ...expected } = computeMargin({
          portfolio: combined,
          params,
          core: fresh,
        });
        const got = session.evaluate(legs);
        expect(JSON.stringify(got), `round ${round}: ${JSON.stringify(legs)}`).toBe(
          JSON.stringify(expected),
        );
      }
    });
  },
);
