/**
 * The standard normal distribution function N(x) and density n(x), for the test-only reference.
 *
 * Provenance: W. J. Cody, "Algorithm 715: SPECFUN — a portable FORTRAN package of special function
 * routines and test drivers", ACM TOMS 19 (1993), routine ANORM (rational Chebyshev
 * approximations of Φ itself, in three intervals of |x|), with the exp(−x²/2) splitting used by
 * R's `pnorm_both`. Relative error ≲ 1e-15 in both tails down to x ≈ −37.5, where Φ underflows.
 *
 * The lower tail is computed directly from its own rational form times exp(−x²/2): never as
 * `1 − N(−x)` (MODEL.md §3).
 */

/** |x| below which Φ(x) = 0.5 + x·R(x²) (Cody's THRSH, where Φ = 0.75). */
const THRESHOLD = 0.66291;
/** √32 ≈ 5.656854248: end of the middle interval (Cody's ROOT32). */
const ROOT32 = 5.656854248;
/** 1/√(2π) = 0.39894228040143267794. */
const ONE_OVER_SQRT_2PI = 0.3989422804014327;

// Interval 1, |x| ≤ 0.66291.
const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
] as const;
const B = [
  47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
] as const;
// Interval 2, 0.66291 < |x| ≤ √32.
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
] as const;
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
] as const;
// Interval 3, |x| > √32 (asymptotic form in 1/x²).
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
] as const;
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
] as const;

/**
 * exp(−y²/2) computed as exp(−ys²/2)·exp(−(y−ys)(y+ys)/2) with ys = y rounded down to 1/16, so
 * that ys² is exact and the large exponent carries no rounding error (Cody's device).
 */
function gaussianTailFactor(y: number): number {
  const ys = Math.trunc(y * 16) / 16;
  const del = (y - ys) * (y + ys);
  return Math.exp(-ys * ys * 0.5) * Math.exp(-del * 0.5);
}

/**
 * Both tails at once: `lower = Φ(x)`, `upper = 1 − Φ(x)`, each to full relative precision.
 *
 * @example
 * normalTails(-10).lower; // 7.619853024160527e-24
 */
export function normalTails(x: number): { lower: number; upper: number } {
  if (Number.isNaN(x)) return { lower: NaN, upper: NaN };
  const y = Math.abs(x);
  if (y <= THRESHOLD) {
    const xsq = y > 1.11e-16 ? x * x : 0;
    let num = A[4] * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * xsq;
      den = (den + B[i]!) * xsq;
    }
    const t = (x * (num + A[3])) / (den + B[3]);
    return { lower: 0.5 + t, upper: 0.5 - t };
  }
  let small: number;
  if (y <= ROOT32) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    small = gaussianTailFactor(y) * ((num + C[7]) / (den + D[7]));
  } else if (y < 40) {
    const z = 1 / (x * x);
    let num = P[5] * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * z;
      den = (den + Q[i]!) * z;
    }
    const r = (z * (num + P[4])) / (den + Q[4]);
    small = gaussianTailFactor(y) * ((ONE_OVER_SQRT_2PI - r) / y);
  } else {
    small = 0;
  }
  return x < 0 ? { lower: small, upper: 1 - small } : { lower: 1 - small, upper: small };
}

/**
 * N(x), the standard normal distribution function.
 *
 * @example
 * normalCdf(0); // 0.5
 */
export function normalCdf(x: number): number {
  return normalTails(x).lower;
}

/**
 * n(x), the standard normal density.
 *
 * @example
 * normalPdf(0); // 0.3989422804014327
 */
export function normalPdf(x: number): number {
  return ONE_OVER_SQRT_2PI * gaussianTailFactor(Math.abs(x));
}
