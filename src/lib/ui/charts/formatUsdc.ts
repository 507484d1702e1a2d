import { format } from 'd3';

const exact = format(',.2f');
const compact = format('.3~s');

/**
 * A stable-unit amount to the cent, with a real minus sign (d3-format uses U+2212).
 *
 * @example
 * formatUsdc(-15603.263); // '−15,603.26'
 */
export function formatUsdc(value: number): string {
  return exact(value);
}

/**
 * A short form for a heatmap cell or an axis tick: three significant digits and an SI suffix.
 *
 * @example
 * formatUsdcCompact(-15603.263); // '−15.6k'
 */
export function formatUsdcCompact(value: number): string {
  if (Math.abs(value) < 0.5) return '0';
  return compact(value);
}

/**
 * A spot multiplier as a signed move in percent.
 *
 * @example
 * formatSpotMove(0.82); // '−18%'
 */
export function formatSpotMove(spot: number): string {
  const pct = Math.round((spot - 1) * 1e4) / 1e2;
  if (pct === 0) return '0%';
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`;
}
