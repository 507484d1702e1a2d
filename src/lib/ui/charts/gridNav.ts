/** A position in a chart's cells: line (row) and index in that line. */
export type GridPos = { r: number; c: number };

function nearest(xs: readonly number[], x: number): number {
  let best = 0;
  xs.forEach((xi, i) => {
    if (Math.abs(xi - x) < Math.abs(xs[best]! - x)) best = i;
  });
  return best;
}

/**
 * Where an arrow, Home or End key moves the focus among a chart's focusable cells, given the
 * x centre of every cell of every line (lines may differ in length and have gaps: a heatmap's
 * edge columns lack some vol states). Up/Down go to the cell of the next line nearest in x.
 * `null` for other keys.
 *
 * @example
 * moveFocus([[0, 1, 2], [1]], { r: 0, c: 2 }, 'ArrowDown'); // {r: 1, c: 0}
 */
export function moveFocus(
  lines: readonly (readonly number[])[],
  at: GridPos,
  key: string,
): GridPos | null {
  const len = (r: number) => lines[r]?.length ?? 0;
  const x = lines[at.r]?.[at.c] ?? 0;
  const vertical = (step: number): GridPos => {
    let r = at.r + step;
    while (r >= 0 && r < lines.length && len(r) === 0) r += step;
    if (r < 0 || r >= lines.length) return at;
    return { r, c: nearest(lines[r]!, x) };
  };
  switch (key) {
    case 'ArrowLeft':
      return { r: at.r, c: Math.max(0, at.c - 1) };
    case 'ArrowRight':
      return { r: at.r, c: Math.min(len(at.r) - 1, at.c + 1) };
    case 'ArrowUp':
      return vertical(-1);
    case 'ArrowDown':
      return vertical(1);
    case 'Home':
      return { r: at.r, c: 0 };
    case 'End':
      return { r: at.r, c: len(at.r) - 1 };
    default:
      return null;
  }
}
