import { describeScenario } from '../../model/describeScenario';
import { resolveScenarioSets } from '../../model/resolveScenarioSets';
import type { MarginResult, Params } from '../../model/types';
import { scenarioGrid, type ScenarioGrid } from './scenarioGrid';

/** What a ScenarioHeatmap needs for one underlier, or for the joint (all-underlier) scenarios. */
export type ScenarioMap = {
  /** The underlier, or `joint`. */
  key: string;
  title: string;
  grid: ScenarioGrid;
  basis: number | undefined;
  note: string | undefined;
};

/**
 * The heatmaps of a margin result: one per underlier (its own scenario set and basis
 * contingency) and, with several underliers, the joint map, whose scenario k moves every
 * underlier by its own set's scenario k at once (MODEL.md §7). All figures are the core's.
 *
 * @example
 * scenarioMaps(params, app.result).map((m) => m.key); // ['BTC', 'ETH', 'joint']
 */
export function scenarioMaps(params: Params, result: MarginResult): ScenarioMap[] {
  const underliers = Object.keys(result.scenarioPnl)
    .filter((u) => u !== 'joint')
    .sort();
  const { sets } = resolveScenarioSets(params, underliers);
  const specOf = (u: string) => params.underliers[u]?.scenarios ?? params.scenarios;
  const maps: ScenarioMap[] = underliers.map((u) => ({
    key: u,
    title: u,
    grid: scenarioGrid({ scenarios: sets[u]!, spec: specOf(u), pnl: result.scenarioPnl[u]! }),
    basis: result.basis[u],
    note: undefined,
  }));
  if (underliers.length > 1) {
    const first = underliers[0]!;
    const n = sets[first]!.length;
    const names = Array.from({ length: n }, (_, k) => {
      const each = underliers.map((u) => describeScenario(sets[u]![k]!));
      return new Set(each).size === 1
        ? each[0]!
        : underliers.map((u, i) => `${u} ${each[i]}`).join(' · ');
    });
    const differ = names.some((name) => name.includes(' · '));
    let basis = 0;
    for (const u of underliers) basis += result.basis[u] ?? 0;
    maps.push({
      key: 'joint',
      title: `Joint: ${underliers.join(' + ')}`,
      grid: scenarioGrid({
        scenarios: sets[first]!,
        spec: specOf(first),
        pnl: result.scenarioPnl.joint!,
        names,
      }),
      basis,
      note:
        `Each cell moves every underlier at once and sums their P&L` +
        (differ ? ` (columns show ${first}'s moves; hover a cell for each underlier's).` : '.') +
        ` Margin blends this with the per-underlier worst losses by the offset credit ${params.crossUnderlier.offsetCredit}.`,
    });
  }
  return maps;
}
