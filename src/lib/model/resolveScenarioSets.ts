import { expandScenarios } from './expandScenarios';
import type { Params, Scenario } from './types';

export type ResolveScenarioSetsReturnType = {
  /** Scenarios per set (every set has this length: parseParams checks it). */
  n: number;
  /** The scenario list of each named underlier: its own set if the profile gives one. */
  sets: Record<string, Scenario[]>;
};

/**
 * The scenario list of every underlier of a book (MODEL.md §4 and §8: `underliers.<U>.scenarios`
 * replaces the default set for U).
 *
 * @example
 * const { n, sets } = resolveScenarioSets(loadProfile('dcro-default'), ['BTC', 'ETH']);
 * sets.BTC[0]; // {spot: 0.84, vol: 'up', weight: 1}
 */
export function resolveScenarioSets(
  params: Params,
  underliers: readonly string[],
): ResolveScenarioSetsReturnType {
  const fallback = expandScenarios(params.scenarios);
  const sets: Record<string, Scenario[]> = {};
  for (const u of underliers) {
    const own = params.underliers[u];
    sets[u] = own ? expandScenarios(own.scenarios) : fallback.map((s) => ({ ...s }));
  }
  return { n: fallback.length, sets };
}
