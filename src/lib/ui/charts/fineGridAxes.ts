/**
 * Spot multipliers of the exploratory grid: 41 moves from −50% to +50% in 2.5% steps.
 * `1 + j/40` is exactly rounded, so the workers see the same multipliers everywhere.
 *
 * @example
 * fineSpots()[0]; // 0.5
 */
export function fineSpots(): number[] {
  return Array.from({ length: 41 }, (_, i) => 1 + (i - 20) / 40);
}

/**
 * Additive vol shifts of the exploratory grid: 21 shifts from −20 to +20 vol points (0.20) in
 * steps of 2 points.
 *
 * @example
 * fineVolShifts()[20]; // 0.2
 */
export function fineVolShifts(): number[] {
  return Array.from({ length: 21 }, (_, i) => (2 * (i - 10)) / 100);
}

/** A vol shift as signed vol points (`+4 vol pts`). */
export function formatVolShift(shift: number): string {
  const pts = Math.round(shift * 1e4) / 1e2;
  if (pts === 0) return 'vol unch.';
  return `${pts > 0 ? '+' : '−'}${Math.abs(pts)} vol pts`;
}
