import { describe, expect, test } from 'vitest';
import { loadProfile } from '../../model/profiles';
import { resolveScenarioSets } from '../../model/resolveScenarioSets';
import { scenarioGrid } from './scenarioGrid';

describe('scenarioGrid', () => {
  test('derive-pm2 lays out as 9 spot columns × 3 vol rows, 6 tails and 2 skew cells', () => {
    const params = loadProfile('derive-pm2');
    const { n, sets } = resolveScenarioSets(params, ['ETH']);
    const pnl = Array.from({ length: n }, (_, k) => -k);
    const g = scenarioGrid({ scenarios: sets.ETH!, spec: params.scenarios, pnl });
    expect(g.columns).toHaveLength(9);
    expect(g.rows.map((r) => r.vol)).toEqual(['up', 'none', 'down']);
    // Edges take vol up only: their none/down cells are empty.
    expect(g.rows[1]!.cells[0]).toBeNull();
    expect(g.rows[0]!.cells[0]!.k).toBe(0);
    expect(g.tails.map((c) => c.short)).toEqual(['×0.34', '×0.67', '×1.5', '×2', '×3', '×4']);
    expect(g.skew.map((c) => c.name)).toEqual(['skew (linear)', 'skew (abs)']);
    expect(g.rows.flatMap((r) => r.cells).filter(Boolean).length + 8).toBe(n);
  });
  test('span-like has only up and down rows and two weighted tails', () => {
    const params = loadProfile('span-like');
    const { n, sets } = resolveScenarioSets(params, ['BTC']);
    const g = scenarioGrid({ scenarios: sets.BTC!, spec: params.scenarios, pnl: Array(n).fill(0) });
    expect(g.rows.map((r) => r.vol)).toEqual(['up', 'down']);
    expect(g.columns).toHaveLength(7);
    expect(g.tails).toHaveLength(2);
  });
});
