import type { Scenario, ScenarioSpec } from './types';

/**
 * The scenario list of a spec (MODEL.md §4): an explicit list as is, else the grid, then the
 * tails, then the skew scenarios. Only `+ − × ÷` (exactly rounded in every engine), so the list
 * is identical in Node and in every browser.
 *
 * @example
 * expandScenarios({ grid: { range: 0.2, steps: 1, volStates: ['none'], edgeVolStates: ['up'] } });
 * // [{spot: 0.8, vol: 'up', weight: 1}, {spot: 1, vol: 'none', weight: 1}, {spot: 1.2, vol: 'up', weight: 1}]
 */
export function expandScenarios(spec: ScenarioSpec): Scenario[] {
  if ('list' in spec) return spec.list.map((s) => ({ ...s }));
  const out: Scenario[] = [];
  const { grid, tails, skew } = spec;
  if (grid) {
    for (let j = -grid.steps; j <= grid.steps; j++) {
      const spot = 1 + (grid.range * j) / grid.steps;
      const edge = j === -grid.steps || j === grid.steps;
      for (const vol of edge ? grid.edgeVolStates : grid.volStates)
        out.push({ spot, vol, weight: 1 });
    }
  }
  if (tails) {
    for (const spot of tails.moves) {
      const weight = tails.c === undefined ? tails.weight! : tails.c / Math.abs(spot - 1);
      out.push({ spot, vol: tails.vol, weight });
    }
  }
  for (const vol of skew ?? []) out.push({ spot: 1, vol, weight: 1 });
  return out;
}
