import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { YEAR_SEC } from '../../assembly/units';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import type { MarketSnapshot } from '../../src/lib/import/MarketSnapshot';

// The shipped snapshot (built from the real Deribit chain by scripts/build-market.ts): every
// option row, repriced by the Wasm core from its mark IV and the forward Deribit used for it.
const market = JSON.parse(
  readFileSync(new URL('../../static/market/deribit-20260415.json', import.meta.url), 'utf8'),
) as MarketSnapshot;

test('the snapshot is dated at its capture time', () => {
  expect(market.asOf).toBe(Math.floor(Date.parse(market.source.capturedAt) / 1000));
});

test('Black-76 in the core reproduces every Deribit mark of the chain from its IV', async () => {
  const core = await loadCoreNode();
  const errors: number[] = [];
  let worst = { error: 0, name: '' };
  for (const [underlier, u] of Object.entries(market.underliers))
    for (const [expiryKey, e] of Object.entries(u.expiries))
      for (const [strike, right, iv, markCoin, rowForward] of e.options) {
        const forward = rowForward ?? e.forward;
        const tYears = (Number(expiryKey) - market.asOf) / YEAR_SEC;
        // Rate 0, so D = 1; Deribit's inverse mark is the USD price divided by the forward.
        const usd = core.black76(forward, strike, 1, iv, tYears, right === 'C' ? 1 : 0);
        const error = Math.abs(usd / forward - markCoin);
        errors.push(error);
        if (error > worst.error)
          worst = { error, name: `${underlier}-${e.code}-${strike}-${right}` };
      }
  errors.sort((a, b) => a - b);
  const median = errors[errors.length >> 1]!;
  const mean = errors.reduce((s, x) => s + x, 0) / errors.length;
  const p99 = errors[Math.floor(errors.length * 0.99)]!;
  console.log(
    `chain repricing: ${errors.length} options, median |error| ${median.toExponential(2)} coin, ` +
      `mean ${mean.toExponential(2)}, p99 ${p99.toExponential(2)}, ` +
      `max ${worst.error.toExponential(2)} (${worst.name})`,
  );
  expect(errors.length).toBe(1630);
  // What the data allow: the IV is published to 4 decimals (half a unit times vega, ~2e-5 coin
  // at the median), and the worst rows are deep in-the-money puts worth ~5 coin whose marks sit
  // ~1e-4 relative off their IV's price.
  expect(median).toBeLessThanOrEqual(3e-5);
  expect(worst.error).toBeLessThanOrEqual(6e-4);
});
