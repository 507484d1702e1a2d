/**
 * mulberry32: a small seeded generator of floats in [0, 1) (32-bit state, integer steps only),
 * for reproducible synthetic accounts and seeded tests.
 *
 * @example
 * const random = seededRandom(1); random(); // 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
