import { describeScenario } from '../../model/describeScenario';
import { resolveScenarioSets } from '../../model/resolveScenarioSets';
import type { Params, Worst } from '../../model/types';

/**
 * A trader's name for what sets the margin (MODEL.md §7 `worst`): the scenario's spot move and
 * vol state, the underlier (or "all underliers together" for the joint worst), or the basis
 * contingency.
 *
 * @example
 * nameWorstScenario({ underlier: 'joint', scenario: 3, pnl: -1e5 }, params, ['BTC', 'ETH']);
 * // '−18% spot, vol up — BTC and ETH together'
 */
export function nameWorstScenario(worst: Worst, params: Params, underliers: string[]): string {
  const joint = worst.underlier === 'joint';
  const where = joint ? `${underliers.join(' and ')} together` : worst.underlier;
  if (worst.scenario === 'basis') return `basis (forward vs spot) — ${where}`;
  const k = worst.scenario;
  const { sets } = resolveScenarioSets(params, joint ? underliers : [worst.underlier]);
  const names = [
    ...new Set(Object.values(sets).map((s) => (s[k] ? describeScenario(s[k]) : `#${k}`))),
  ];
  if (names.length === 1) return `${names[0]} — ${where}`;
  // Per-underlier sets differ: name each underlier's leg of scenario k.
  return `scenario #${k} (${Object.entries(sets)
    .map(([u, s]) => `${u}: ${s[k] ? describeScenario(s[k]) : '?'}`)
    .join('; ')})`;
}
