import type { Scenario } from './types';

/**
 * A trader's name for a scenario: spot move in percent, vol state, and the weight when it is not 1.
 *
 * @example
 * describeScenario({ spot: 0.82, vol: 'up', weight: 1 }); // '−18% spot, vol up'
 * describeScenario({ spot: 1, vol: 'skew-abs', weight: 1 }); // 'skew (abs)'
 */
export function describeScenario(s: Scenario): string {
  if (s.vol === 'skew-linear') return 'skew (linear)';
  if (s.vol === 'skew-abs') return 'skew (abs)';
  const pct = Math.round((s.spot - 1) * 1e4) / 1e2;
  const move = pct === 0 ? 'spot unchanged' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)}% spot`;
  const vol = s.vol === 'none' ? '' : `, vol ${s.vol}`;
  const weight = s.weight === 1 ? '' : ` (weight ${Number(s.weight.toPrecision(4))})`;
  return `${move}${vol}${weight}`;
}
