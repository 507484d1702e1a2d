/** Runs `fn` repeatedly for at least `minMs` after one warm-up call; returns ms per call. */
export function timeIt(fn: () => void, minMs = 1500): number {
  fn();
  let reps = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs || reps < 3) {
    fn();
    reps++;
    t = performance.now();
  }
  return (t - t0) / reps;
}
