import { describeScenario } from '../model/describeScenario';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { MarginResult, Params, Portfolio } from '../model/types';

export type BindingScenario = {
  underlier: string;
  scenario: number | 'basis';
  /** A trader's name: `'−16% spot, vol up'`, `'basis contingency'`. */
  label: string;
  /** P&L of that scenario (stable units). */
  pnl: number;
};

/**
 * The scenario that sets the margin (MODEL.md §7 `worst`), named the way the CLI names it.
 *
 * @example
 * bindingScenario({ result, params, portfolio }).label; // '−16% spot, vol up'
 */
export function bindingScenario({
  result,
  params,
  portfolio,
}: {
  result: MarginResult;
  params: Params;
  portfolio: Portfolio;
}): BindingScenario {
  const { underlier, scenario, pnl } = result.worst;
  if (scenario === 'basis') return { underlier, scenario, label: 'basis contingency', pnl };
  const { sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const u = underlier === 'joint' ? Object.keys(sets)[0] : underlier;
  const s = u ? sets[u]?.[scenario] : undefined;
  return { underlier, scenario, label: s ? describeScenario(s) : `scenario #${scenario}`, pnl };
}
