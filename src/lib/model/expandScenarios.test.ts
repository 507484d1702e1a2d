import { describe, expect, test } from 'vitest';
import { expandScenarios } from './expandScenarios';
import { loadProfile } from './profiles';

describe('expandScenarios', () => {
  test('grid, then tails, then skew; edges take their own vol states', () => {
    const s = expandScenarios({
      grid: { range: 0.2, steps: 2, volStates: ['down', 'up'], edgeVolStates: ['up'] },
      tails: { moves: [0.5, 3], vol: 'up', weight: undefined, c: 0.1 },
      skew: ['skew-abs'],
    });
    expect(s.map((x) => `${x.spot}/${x.vol}/${x.weight}`)).toEqual([
      '0.8/up/1',
      '0.9/down/1',
      '0.9/up/1',
      '1/down/1',
      '1/up/1',
      '1.1/down/1',
      '1.1/up/1',
      '1.2/up/1',
      `0.5/up/${0.1 / 0.5}`,
      `3/up/${0.1 / 2}`,
      '1/skew-abs/1',
    ]);
  });

  test('span-like is the 16 classic scanning scenarios', () => {
    const s = expandScenarios(loadProfile('span-like').scenarios);
    expect(s).toHaveLength(16);
    expect(s.slice(-2)).toEqual([
      { spot: 0.7, vol: 'none', weight: 0.35 },
      { spot: 1.3, vol: 'none', weight: 0.35 },
    ]);
  });

  test('derive-pm2 is 23 grid points, 6 tails and 2 skews, −18% vol up first', () => {
    const s = expandScenarios(loadProfile('derive-pm2').scenarios);
    expect(s).toHaveLength(31);
    // 1 + r·j/m exactly as MODEL.md writes it: f64 makes −18% 0.8200000000000001.
    expect(s[0]).toEqual({ spot: 1 + (0.18 * -4) / 4, vol: 'up', weight: 1 });
    expect(s[23]).toEqual({ spot: 0.34, vol: 'up', weight: 0.036 / Math.abs(0.34 - 1) });
  });
});
