import type { HeatCell } from './scenarioGrid';

/**
 * Which cell sets a heatmap's worst loss: the lowest P&L, ties to the lowest scenario index;
 * the basis contingency, when given, wins a tie (MODEL.md §5). Comparisons only — the figures
 * themselves come from the core.
 *
 * @example
 * worstCell([{ k: 0, pnl: -5 }, { k: 1, pnl: -9 }], -9); // 'basis'
 */
export function worstCell(
  cells: readonly Pick<HeatCell, 'k' | 'pnl'>[],
  basis?: number,
): number | 'basis' | null {
  let best: Pick<HeatCell, 'k' | 'pnl'> | null = null;
  for (const c of cells)
    if (
      Number.isFinite(c.pnl) &&
      (!best || c.pnl < best.pnl || (c.pnl === best.pnl && c.k < best.k))
    )
      best = c;
  if (basis !== undefined && Number.isFinite(basis) && (!best || basis <= best.pnl)) return 'basis';
  return best ? best.k : null;
}
