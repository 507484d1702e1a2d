import { beforeAll, describe, expect, test } from 'vitest';
import { YEAR_SEC } from '../../assembly/units';
import type { CoreExports } from '../../src/lib/engine/CoreExports';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { parsePortfolio } from '../../src/lib/model/parsePortfolio';
import { loadProfile } from '../../src/lib/model/profiles';
import type { Params, Worst } from '../../src/lib/model/types';
import { deriveProfile } from '../reference/deriveProfile';
import { referenceMargin } from '../reference/referenceMargin';
import vectors from './derive-pm2.json';

type Published = {
  maintenanceHeadroom: number;
  initialHeadroom: number;
  worst: Worst;
  basis: Record<string, number>;
};

function expectRel(got: number, expected: number, rel: number, what: string) {
  expect(Math.abs(got - expected), `${what}: got ${got}, expected ${expected}`).toBeLessThanOrEqual(
    rel * Math.abs(expected),
  );
}

function expectPublished(got: Published, expected: Published, rel: number) {
  expectRel(got.maintenanceHeadroom, expected.maintenanceHeadroom, rel, 'maintenanceHeadroom');
  expectRel(got.initialHeadroom, expected.initialHeadroom, rel, 'initialHeadroom');
  expect(got.worst.underlier).toBe(expected.worst.underlier);
  expect(got.worst.scenario).toBe(expected.worst.scenario);
  expectRel(got.worst.pnl, expected.worst.pnl, rel, 'worst.pnl');
  for (const [u, b] of Object.entries(expected.basis))
    expectRel(got.basis[u]!, b, rel, `basis.${u}`);
}

let core: CoreExports;
let shipped: Params;
beforeAll(async () => {
  core = await loadCoreNode();
  shipped = loadProfile(vectors.profile);
});

describe('derive-pm2.json', () => {
  const cases = vectors.cases.map((c) => ({
    ...c,
    expected: c.expected as unknown as Published,
    portfolio: parsePortfolio(c.portfolio),
  }));

  test.each(cases)('computeMargin reproduces Derive PM2 for $name', (c) => {
    const result = computeMargin({ portfolio: c.portfolio, params: shipped, core });
    expectPublished(result, c.expected, c.tol.rel);
  });

  test.each(cases)('the reference reproduces Derive PM2 for $name', (c) => {
    expectPublished(
      referenceMargin({ portfolio: c.portfolio, params: shipped }),
      c.expected,
      c.tol.rel,
    );
  });

  test.each(cases)('the shipped derive-pm2 profile prices $name like MODEL.md §9 text', (c) => {
    const fromText = referenceMargin({ portfolio: c.portfolio, params: deriveProfile() });
    const fromFile = referenceMargin({ portfolio: c.portfolio, params: shipped });
    expect(fromFile).toEqual(fromText);
  });
});

describe('derive-pm2 with minKStar 0, as Derive’s own PM2 tests set it', () => {
  const withMinKStar0 = (p: Params, widthScale = p.skewShock.widthScale): Params => ({
    ...p,
    skewShock: { ...p.skewShock, minKStar: 0, widthScale },
  });
  const cases = vectors.cases.map((c) => ({
    ...c,
    expected: c.expected as unknown as Published,
    portfolio: parsePortfolio(c.portfolio),
  }));

  test.each(cases)('core and reference still reproduce Derive PM2 for $name', (c) => {
    const params = withMinKStar0(shipped);
    expectPublished(computeMargin({ portfolio: c.portfolio, params, core }), c.expected, c.tol.rel);
    expectPublished(referenceMargin({ portfolio: c.portfolio, params }), c.expected, c.tol.rel);
  });

  // With widthScale 0 too, k* = 0 at every expiry: the skew cap binds on every option off the
  // money, and an option exactly at the money keeps its vol (k·cap/k* read as 0).
  const btc = vectors.cases[1]!.portfolio;
  const expiry = 1738310400;
  const option = (strike: number, right: 'call' | 'put', expiresAt = expiry) => ({
    type: 'option',
    underlier: 'BTC',
    expiry: expiresAt,
    strike,
    right,
    qty: 1,
    vol: 0.5,
  });

  test('k* = 0: the skew scenarios move each vol by exactly the cap, with no NaN', () => {
    const params = withMinKStar0(shipped, 0);
    const forward = 95923.63240250274;
    const rows: [number, 'call' | 'put'][] = [
      [110000, 'call'],
      [80000, 'put'],
      [forward, 'call'],
    ];
    for (const [strike, right] of rows) {
      const portfolio = parsePortfolio({ ...btc, positions: [option(strike, right)] });
      const result = computeMargin({ portfolio, params, core });
      const T = (expiry - btc.asOf) / YEAR_SEC;
      const cap = -0.05 * Math.sqrt(T) + 0.15;
      const D = Math.exp(-0.17 * T);
      const discPos = 0.95 * Math.exp(-T * (0.17 + 0.08));
      const value = (sigma: number) =>
        core.black76(forward, strike, D, sigma, T, right === 'call' ? 1 : 0);
      const linear = strike > forward ? 1 + cap : strike < forward ? 1 - cap : 1;
      const abs = strike === forward ? 1 : 1 + cap;
      const [skewLinear, skewAbs] = result.scenarioPnl.BTC!.slice(-2);
      expect(skewLinear).toBeCloseTo(-Math.abs(value(0.5 * linear) * discPos - value(0.5)), 8);
      expect(skewAbs).toBeCloseTo(-Math.abs(value(0.5 * abs) * discPos - value(0.5)), 8);
      const ref = referenceMargin({ portfolio, params });
      expect(skewLinear).toBeCloseTo(ref.scenarioPnl.BTC!.at(-2)!, 8);
      expect(result.initialMargin).toBeCloseTo(ref.initialMargin, 8);
    }
  });

  test('k* = 0 at expiry (T = 0) with the shipped width: the book prices, the reference agrees', () => {
    const params = withMinKStar0(shipped);
    const portfolio = parsePortfolio({
      ...btc,
      positions: [option(95663.50604855, 'call', btc.asOf), option(90000, 'put', btc.asOf)],
    });
    const result = computeMargin({ portfolio, params, core });
    const ref = referenceMargin({ portfolio, params });
    expect(Number.isFinite(result.initialMargin)).toBe(true);
    expect(result.initialMargin).toBeCloseTo(ref.initialMargin, 8);
    expect(result.scenarioPnl.BTC).toEqual(ref.scenarioPnl.BTC!.map((x) => expect.closeTo(x, 8)));
  });
});
