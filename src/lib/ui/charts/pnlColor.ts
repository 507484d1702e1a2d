import { scalePow } from 'd3';

/** Above this share of the scale a cell is dark enough (light theme) to need the inverse text. */
const STRONG = 0.55;

export type PnlColorScale = {
  /** CSS colour of a P&L value: loss colour below zero, gain colour above, neutral at zero. */
  fill(value: number): string;
  /** CSS colour for text drawn on that fill. */
  text(value: number): string;
  /** The symmetric bound of the scale (≥ 1 so that an all-zero book still draws). */
  maxAbs: number;
};

/**
 * A diverging colour scale centred on zero, symmetric so that equal losses and gains get equal
 * intensity, with square-root intensity. Colours are CSS variables (charts.css: a red–blue scale, safe for the common forms of
 * colour blindness, with a dark-theme variant), mixed in OKLab, so the theme switch needs no
 * recomputation.
 *
 * @example
 * const c = pnlColorScale([-200, 50]); // maxAbs 200
 * c.fill(-200); // 'color-mix(in oklab, var(--pnl-loss) 100%, var(--pnl-zero))'
 */
export function pnlColorScale(values: Iterable<number>): PnlColorScale {
  let maxAbs = 0;
  for (const v of values) if (Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
  maxAbs = Math.max(maxAbs, 1);
  // Square-root intensity: the grid's everyday moves stay readable next to the far larger tail
  // losses; the legend samples the same scale, so the mapping is shown, not hidden.
  const half = scalePow().exponent(0.5).domain([0, maxAbs]).range([0, 1]).clamp(true);
  const t = (v: number) => (v < 0 ? -half(-v) : half(v));
  return {
    maxAbs,
    fill(value) {
      const x = t(value);
      const side = x < 0 ? 'var(--pnl-loss)' : 'var(--pnl-gain)';
      const pct = Math.round(Math.abs(x) * 100);
      return `color-mix(in oklab, ${side} ${pct}%, var(--pnl-zero))`;
    },
    text(value) {
      return Math.abs(t(value)) > STRONG ? 'var(--pnl-text-strong)' : 'var(--pnl-text-weak)';
    },
  };
}
