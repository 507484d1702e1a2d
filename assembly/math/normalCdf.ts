// Standard normal distribution function N(x), accurate to ~1e-16 relative in both tails.
//
// Source: W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
// (1969) 631–637, in the form of ACM TOMS Algorithm 715 (SPECFUN, 1993) as adapted to N(x) by
// R's `pnorm_both` (nmath/pnorm.c). Three ranges: |x| ≤ 0.67448975, |x| ≤ √32, beyond.
//
// The caller passes `e = exp(−x²/2)`: Black-76 needs N at d1 and d2, and
// exp(−d2²/2) = exp(−d1²/2)·F/K, so one exp serves both (see pricing/black76.ts). The lower tail
// is computed directly (e·rational), never as 1 − N(−x), so a deep out-of-the-money value keeps
// its relative accuracy. R splits x² to shave the last bits off exp(−x²/2); computing it
// directly costs ≈ x²/2 ulp, i.e. < 2e-15 relative for x ≥ −6 and < 1e-13 down to x = −37.

import { normalCdfX2 } from './normalCdfX2';
import { expX2 } from './expX2';

const A0: f64 = 2.2352520354606839287;
const A1: f64 = 161.02823106855587881;
const A2: f64 = 1067.6894854603709582;
const A3: f64 = 18154.981253343561249;
const A4: f64 = 0.065682337918207449113;
const B0: f64 = 47.20258190468824187;
const B1: f64 = 976.09855173777669322;
const B2: f64 = 10260.932208618978205;
const B3: f64 = 45507.789335026729956;

const C0: f64 = 0.39894151208813466764;
const C1: f64 = 8.8831497943883759412;
const C2: f64 = 93.506656132177855979;
const C3: f64 = 597.27027639480026226;
const C4: f64 = 2494.5375852903726711;
const C5: f64 = 6848.1904505362823326;
const C6: f64 = 11602.651437647350124;
const C7: f64 = 9842.7148383839780218;
const C8: f64 = 1.0765576773720192317e-8;
const D0: f64 = 22.266688044328115691;
const D1: f64 = 235.38790178262499861;
const D2: f64 = 1519.377599407554805;
const D3: f64 = 6485.558298266760755;
const D4: f64 = 18615.571640885098091;
const D5: f64 = 34900.952721145977266;
const D6: f64 = 38912.003286093271411;
const D7: f64 = 19685.429676859990727;

const P0: f64 = 0.21589853405795699;
const P1: f64 = 0.1274011611602473639;
const P2: f64 = 0.022235277870649807;
const P3: f64 = 0.001421619193227893466;
const P4: f64 = 2.9112874951168792e-5;
const P5: f64 = 0.02307344176494017303;
const Q0: f64 = 1.28426009614491121;
const Q1: f64 = 0.468238212480865118;
const Q2: f64 = 0.0659881378689285515;
const Q3: f64 = 0.00378239633202758244;
const Q4: f64 = 7.29751555083966205e-5;

/** 1/√(2π) = 0.398942280401432677939946059934 */
export const INV_SQRT_2PI: f64 = 0.398942280401432677939946059934;
/** √32 = 5.656854249492380195206754896838 */
const SQRT_32: f64 = 5.656854249492380195206754896838;
/** Median of |N(0,1)|: below it the odd rational for N(x) − 1/2 is used. */
const SMALL: f64 = 0.67448975;

/** N(x) given e = exp(−x²/2). */
@inline
export function normalCdfWithExp(x: f64, e: f64): f64 {
  const y = Math.abs(x);
  if (y <= SMALL) {
    const xsq = x * x;
    let num = A4 * xsq;
    let den = xsq;
    num = (num + A0) * xsq;
    den = (den + B0) * xsq;
    num = (num + A1) * xsq;
    den = (den + B1) * xsq;
    num = (num + A2) * xsq;
    den = (den + B2) * xsq;
    return 0.5 + (x * (num + A3)) / (den + B3);
  }
  let lower: f64;
  if (y <= SQRT_32) {
    let num = C8 * y;
    let den = y;
    num = (num + C0) * y;
    den = (den + D0) * y;
    num = (num + C1) * y;
    den = (den + D1) * y;
    num = (num + C2) * y;
    den = (den + D2) * y;
    num = (num + C3) * y;
    den = (den + D3) * y;
    num = (num + C4) * y;
    den = (den + D4) * y;
    num = (num + C5) * y;
    den = (den + D5) * y;
    num = (num + C6) * y;
    den = (den + D6) * y;
    lower = e * ((num + C7) / (den + D7));
  } else {
    const xsq = 1.0 / (x * x);
    let num = P5 * xsq;
    let den = xsq;
    num = (num + P0) * xsq;
    den = (den + Q0) * xsq;
    num = (num + P1) * xsq;
    den = (den + Q1) * xsq;
    num = (num + P2) * xsq;
    den = (den + Q2) * xsq;
    num = (num + P3) * xsq;
    den = (den + Q3) * xsq;
    const r = (xsq * (num + P4)) / (den + Q4);
    lower = e * ((INV_SQRT_2PI - r) / y);
  }
  return x > 0 ? 1.0 - lower : lower;
}

/**
 * N(x), the standard normal distribution function, exported by the core: the hot loop's N
 * (math/normalCdfX2.ts, with math/expX2.ts's exp), bit for bit, so that the golden vectors and
 * the dense accuracy tests check the very arithmetic every scenario repricing runs. (The Greeks
 * use Cody's `normalCdfWithExp` above: same accuracy class, not on the hot path.)
 */
export function normalCdf(x: f64): f64 {
  const vx = f64x2.splat(x);
  return f64x2.extract_lane(normalCdfX2(vx, expX2(f64x2.mul(f64x2.splat(-0.5), f64x2.mul(vx, vx)))), 0);
}
