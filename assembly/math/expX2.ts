// exp(x) on two f64 lanes, deterministic (IEEE +,−,×, rounding and bit ops only) and accurate to
// ≈ 1 ulp on [−745, 709]. Cody–Waite range reduction x = k·ln2 + r, |r| ≤ ln2/2, then the
// degree-13 Taylor polynomial of e^r (truncation < 4e-18 relative) in Estrin's scheme, then scaling by 2^k in two
// steps so that results down to the subnormal range stay right.
// Source: W. J. Cody and W. Waite, "Software Manual for the Elementary Functions" (1980), ch. 6.

/** log2(e) = 1.4426950408889634074 */
const LOG2E: f64 = 1.4426950408889634074;
/** ln2 split in a high part with trailing zero bits and a low correction (fdlibm). */
const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
/** Clamp bounds: below EXP_MIN the result is 0, above EXP_MAX it overflows (never reached here). */
const EXP_MIN: f64 = -745.2;
const EXP_MAX: f64 = 709.7;

// 1/n! for n = 2 … 13
const I2: f64 = 0.5;
const I3: f64 = 0.16666666666666666;
const I4: f64 = 0.041666666666666664;
const I5: f64 = 0.008333333333333333;
const I6: f64 = 0.001388888888888889;
const I7: f64 = 1.984126984126984e-4;
const I8: f64 = 2.48015873015873e-5;
const I9: f64 = 2.7557319223985893e-6;
const I10: f64 = 2.755731922398589e-7;
const I11: f64 = 2.505210838544172e-8;
const I12: f64 = 2.08767569878681e-9;
const I13: f64 = 1.6059043836821613e-10;

/** 1.5·2^52 = 6755399441055744: adding it rounds a small f64 to an integer held in the low bits. */
const MAGIC: f64 = 6755399441055744.0;
/** The subnormal boundary of 2^k: below it the scale is applied in two steps. */
const MIN_NORMAL_EXPONENT: f64 = -1022;

/** 2^k for integral k in [−1022, 1023] (lanes), from exponent bits — native SSE ops only. */
@inline
function pow2(k: v128): v128 {
  const bits = i64x2.sub(f64x2.add(k, f64x2.splat(MAGIC)), f64x2.splat(MAGIC));
  return i64x2.shl(i64x2.add(bits, i64x2.splat(1023)), 52);
}

/** e^x for both lanes of `x`. */
@inline
export function expX2(x: v128): v128 {
  const xc = f64x2.pmin(f64x2.pmax(x, f64x2.splat(EXP_MIN)), f64x2.splat(EXP_MAX));
  const kf = f64x2.sub(f64x2.add(f64x2.mul(xc, f64x2.splat(LOG2E)), f64x2.splat(MAGIC)), f64x2.splat(MAGIC));
  const r = f64x2.sub(f64x2.sub(xc, f64x2.mul(kf, f64x2.splat(LN2_HI))), f64x2.mul(kf, f64x2.splat(LN2_LO)));
  // Estrin's scheme (depth 4 instead of Horner's 13): the chain of dependent operations, not
  // their count, bounds the speed here.
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const r8 = f64x2.mul(r4, r4);
  const a01 = f64x2.add(f64x2.splat(1.0), r);
  const a23 = f64x2.add(f64x2.splat(I2), f64x2.mul(f64x2.splat(I3), r));
  const a45 = f64x2.add(f64x2.splat(I4), f64x2.mul(f64x2.splat(I5), r));
  const a67 = f64x2.add(f64x2.splat(I6), f64x2.mul(f64x2.splat(I7), r));
  const a89 = f64x2.add(f64x2.splat(I8), f64x2.mul(f64x2.splat(I9), r));
  const a1011 = f64x2.add(f64x2.splat(I10), f64x2.mul(f64x2.splat(I11), r));
  const a1213 = f64x2.add(f64x2.splat(I12), f64x2.mul(f64x2.splat(I13), r));
  const b0 = f64x2.add(a01, f64x2.mul(r2, a23));
  const b1 = f64x2.add(a45, f64x2.mul(r2, a67));
  const b2 = f64x2.add(a89, f64x2.mul(r2, a1011));
  const c0 = f64x2.add(b0, f64x2.mul(r4, b1));
  const c1 = f64x2.add(b2, f64x2.mul(r4, a1213));
  const p = f64x2.add(c0, f64x2.mul(r8, c1));
  if (!v128.any_true(f64x2.lt(kf, f64x2.splat(MIN_NORMAL_EXPONENT)))) return f64x2.mul(p, pow2(kf));
  // Subnormal results: scale by 2^h·2^(k−h), both halves normal; for normal results this is
  // the same exact power-of-two scaling, so a lane's bits do not depend on its neighbour.
  const h = f64x2.floor(f64x2.mul(kf, f64x2.splat(0.5)));
  return f64x2.mul(f64x2.mul(p, pow2(h)), pow2(f64x2.sub(kf, h)));
}
