import { describeScenario } from '../../model/describeScenario';
import type { Scenario, ScenarioSpec } from '../../model/types';

/** One scenario of a heatmap: its index in the result's `scenarioPnl` arrays. */
export type HeatCell = {
  k: number;
  pnl: number;
  /** describeScenario of the scenario (for the joint map: of every underlier's scenario k). */
  name: string;
  /** Short label for a column or a tail cell (`−18%`, `×0.34`). */
  short: string;
};

export type GridVol = 'up' | 'none' | 'down';

/** A scenario set arranged as a trader reads it: spot moves × vol states, tails, skew. */
export type ScenarioGrid = {
  /** Spot multipliers of the grid columns, ascending. */
  columns: number[];
  /** Vol states present, top row first (up, none, down). */
  rows: { vol: GridVol; cells: (HeatCell | null)[] }[];
  tails: HeatCell[];
  skew: HeatCell[];
  /** Scenarios that fit none of the above (explicit lists with repeats or weights). */
  other: HeatCell[];
};

const ROW_ORDER: GridVol[] = ['up', 'none', 'down'];

/** How many scenarios the `grid` generator of `spec` produces (0 for a list or no grid). */
function gridCount(spec: ScenarioSpec): number {
  if ('list' in spec || !spec.grid) return 0;
  const { steps, volStates, edgeVolStates } = spec.grid;
  return 2 * edgeVolStates.length + (2 * steps - 1) * volStates.length;
}

function tailCount(spec: ScenarioSpec): number {
  return 'list' in spec || !spec.tails ? 0 : spec.tails.moves.length;
}

function tailLabel(spot: number): string {
  return `×${Number(spot.toPrecision(4))}`;
}

/**
 * Lays out a scenario set (MODEL.md §4) as a heatmap: the grid generator's scenarios become
 * spot columns × vol rows, the tails a row of their own, skew scenarios a group apart. For an
 * explicit list, unweighted spot/vol scenarios fill the grid and the rest go to `tails`/`other`.
 * `names` overrides the scenario names (the joint map names every underlier's move).
 *
 * @example
 * const g = scenarioGrid({ scenarios: sets.ETH, spec: params.scenarios, pnl: r.scenarioPnl.ETH });
 * g.rows[0].vol; // 'up'
 */
export function scenarioGrid({
  scenarios,
  spec,
  pnl,
  names,
}: {
  scenarios: readonly Scenario[];
  spec: ScenarioSpec;
  pnl: readonly number[];
  names?: readonly string[];
}): ScenarioGrid {
  const nGrid = gridCount(spec);
  const nTails = tailCount(spec);
  const isList = 'list' in spec;
  const cell = (k: number, short: string): HeatCell => ({
    k,
    pnl: pnl[k] ?? NaN,
    name: names?.[k] ?? describeScenario(scenarios[k]!),
    short,
  });

  const gridCells = new Map<string, HeatCell>();
  const spots = new Set<number>();
  const vols = new Set<GridVol>();
  const tails: HeatCell[] = [];
  const skew: HeatCell[] = [];
  const other: HeatCell[] = [];
  scenarios.forEach((s, k) => {
    if (s.vol === 'skew-linear' || s.vol === 'skew-abs') {
      skew.push(cell(k, s.vol === 'skew-linear' ? 'linear' : 'abs'));
      return;
    }
    const inGrid = isList ? s.weight === 1 : k < nGrid;
    const key = `${s.spot}|${s.vol}`;
    if (inGrid && !gridCells.has(key)) {
      gridCells.set(key, cell(k, ''));
      spots.add(s.spot);
      vols.add(s.vol);
    } else if (isList || k < nGrid + nTails) tails.push(cell(k, tailLabel(s.spot)));
    else other.push(cell(k, tailLabel(s.spot)));
  });
  const columns = [...spots].sort((a, b) => a - b);
  const rows = ROW_ORDER.filter((v) => vols.has(v)).map((vol) => ({
    vol,
    cells: columns.map((spot) => gridCells.get(`${spot}|${vol}`) ?? null),
  }));
  return { columns, rows, tails, skew, other };
}
