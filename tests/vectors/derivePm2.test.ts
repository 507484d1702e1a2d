import { beforeAll, describe, expect, test } from 'vitest';
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
