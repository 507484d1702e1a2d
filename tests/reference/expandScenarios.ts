import type { Params, Scenario, ScenarioSpec } from '../../src/lib/model/types';

/**
 * One underlier's scenario list from a spec (MODEL.md §4): an explicit list as given, else the
 * generators in order grid → tails → skew. Written independently of src/lib/model's resolver.
 *
 * @example
 * expandScenarios({ grid: { range: 0.2, steps: 1, volStates: ['none'], edgeVolStates: ['up'] } });
 * // [{spot: 0.8, vol: 'up', weight: 1}, {spot: 1, vol: 'none', weight: 1}, {spot: 1.2, vol: 'up', weight: 1}]
 */
export function expandScenarios(spec: ScenarioSpec): Scenario[] {
  if ('list' in spec) return spec.list.map((s) => ({ ...s }));
  const out: Scenario[] = [];
  if (spec.grid) {
    const { range, steps, volStates, edgeVolStates } = spec.grid;
    for (let j = -steps; j <= steps; j++) {
      const spot = 1 + (range * j) / steps;
      const states = Math.abs(j) === steps ? edgeVolStates : volStates;
      for (const vol of states) out.push({ spot, vol, weight: 1 });
    }
  }
  if (spec.tails) {
    const { moves, vol, weight, c } = spec.tails;
    for (const spot of moves) {
      out.push({ spot, vol, weight: weight ?? c! / Math.abs(spot - 1) });
    }
  }
  for (const vol of spec.skew ?? []) out.push({ spot: 1, vol, weight: 1 });
  return out;
}

/** The scenario list of every underlier (its override, else the default set). */
export function scenarioListsFor(params: Params, underliers: string[]): Record<string, Scenario[]> {
  const lists: Record<string, Scenario[]> = {};
  for (const u of underliers) {
    lists[u] = expandScenarios(params.underliers[u]?.scenarios ?? params.scenarios);
  }
  return lists;
}
