import { beforeAll, describe, expect, test } from 'vitest';
import type { CoreExports } from '../../src/lib/engine/CoreExports';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import type { Right } from '../../src/lib/model/types';
import { black76 } from '../reference/black76';
import { normalCdf } from '../reference/normalCdf';
import black76Vectors from './black76.json';
import normalCdfVectors from './normalCdf.json';

type Tolerance = { abs?: number; rel?: number };

/** |got − expected| ≤ abs + rel·|expected|, and never NaN. */
function expectWithin(got: number, expected: number, tol: Tolerance, what: string) {
  const allowed = (tol.abs ?? 0) + (tol.rel ?? 0) * Math.abs(expected);
  expect(Number.isNaN(got), `${what} is NaN`).toBe(false);
  expect(Math.abs(got - expected), `${what}: got ${got}, expected ${expected}`).toBeLessThanOrEqual(
    allowed,
  );
}

let core: CoreExports;
beforeAll(async () => {
  core = await loadCoreNode();
});

describe('black76.json', () => {
  const cases = black76Vectors.cases.map((c) => ({ ...c, right: c.right as Right }));

  test.each(cases)('the Wasm core prices $name within tolerance', (c) => {
    const got = core.black76(c.F, c.K, c.D, c.sigma, c.T, c.right === 'call' ? 1 : 0);
    expectWithin(got, c.expected, c.tol, 'wasm');
  });

  test.each(cases)('the reference prices $name within tolerance', (c) => {
    expectWithin(black76(c), c.expected, c.tol, 'reference');
  });

  test('a deep out-of-the-money put is tiny but never 0, in the core and the reference', () => {
    const deep = cases.find((c) => c.name.startsWith('deep out-of-the-money put'))!;
    expect(deep.expected).toBeLessThan(1e-46);
    expect(core.black76(deep.F, deep.K, deep.D, deep.sigma, deep.T, 0)).toBeGreaterThan(0);
    expect(black76(deep)).toBeGreaterThan(0);
  });
});

describe('normalCdf.json', () => {
  test.each(normalCdfVectors.cases)('the Wasm core computes N($x) to MODEL.md §3 accuracy', (c) => {
    expectWithin(core.normalCdf(c.x), c.expected, c.tol, `wasm N(${c.x})`);
  });

  test.each(normalCdfVectors.cases)('the reference computes N($x) to MODEL.md §3 accuracy', (c) => {
    expectWithin(normalCdf(c.x), c.expected, c.tol, `reference N(${c.x})`);
  });
});
