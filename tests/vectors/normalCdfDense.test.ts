import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CoreExports } from '../../src/lib/engine/CoreExports';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';

// The core's exported `normalCdf` is the hot loop's N (assembly/math/normalCdfX2.ts with
// assembly/math/expX2.ts: the same arithmetic, bit for bit; see assembly/math/normalCdf.ts). This
// checks it densely against mpmath (40 digits → 17 significant, at the double x) to MODEL.md §3's
// accuracy: 2e-14 relative for x ≥ −3, 1e-12 below, down to x = −37.4 (N ≈ 2e-306; below, the
// result is subnormal: tests/vectors/normalCdf.json covers −37 and −38). The table,
// normalCdfDense.txt, is what `python3 assembly/math/fitNormalCdfX2.py --data` prints: a grid of
// step 0.05 on [−37.4, 8.5] and 500 pseudo-random points in [−3, 3] and [−8.3, 8.3].
const TABLE = readFileSync(new URL('./normalCdfDense.txt', import.meta.url), 'utf8');

const cases = TABLE.split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [x, expected] = line.split(' ').map(Number) as [number, number];
    return { x, expected };
  });

/** MODEL.md §3. */
const tolerance = (x: number) => (x >= -3 ? 2e-14 : 1e-12);

let core: CoreExports;
beforeAll(async () => {
  core = await loadCoreNode();
});

describe("the hot loop's N(x), exported as core.normalCdf", () => {
  test('the table is what the generator printed', () => {
    expect(cases).toHaveLength(1418);
    expect(cases.every((c) => Number.isFinite(c.x) && c.expected > 0)).toBe(true);
  });

  test("is within MODEL.md §3's relative tolerance at every point of the table", () => {
    const failures: string[] = [];
    let worstBody = 0;
    let worstTail = 0;
    for (const { x, expected } of cases) {
      const got = core.normalCdf(x);
      const rel = Math.abs(got - expected) / expected;
      if (x >= -3) worstBody = Math.max(worstBody, rel);
      else worstTail = Math.max(worstTail, rel);
      if (!(rel <= tolerance(x))) failures.push(`N(${x}) = ${got}, expected ${expected} (${rel})`);
    }
    expect(failures).toEqual([]);
    // Measured: 7.8e-16 for x ≥ −3; 7.0e-14 below (at x = −34: the rounding of −x²/2, ≈ x²/2 ulp).
    expect(worstBody).toBeLessThan(5e-15);
    expect(worstTail).toBeLessThan(1e-13);
  });

  test('is monotone, in [0, 1], and never 0 in the lower tail down to −37.4', () => {
    let previous = 0;
    const bad: string[] = [];
    for (let x = -37.4; x <= 9; x += 0.001) {
      const got = core.normalCdf(x);
      if (!(got >= previous && got <= 1)) bad.push(`N(${x}) = ${got} after ${previous}`);
      previous = got;
    }
    expect(bad).toEqual([]);
    expect(core.normalCdf(-37.4)).toBeGreaterThan(0);
    expect(core.normalCdf(-40)).toBe(0);
    expect(core.normalCdf(40)).toBe(1);
  });
});
