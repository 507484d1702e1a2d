/** P&L of an exploratory grid: for each vol shift (row) and spot multiplier (column). */
export type FineGrid = {
  spots: number[];
  volShifts: number[];
  /** Per underlier and `joint`: volShifts.length × spots.length values, row-major. */
  pnl: Record<string, Float64Array>;
};
