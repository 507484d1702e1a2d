// exp(x) on two f64 lanes, deterministic (IEEE +,−,×, rounding and bit ops only) and accurate to
// ≈ 2 ulp on [−745, 709]. Cody–Waite range reduction x = k·ln2 + r, |r| ≤ ln2/2, then a
// degree-11 minimax polynomial of e^r (truncation < 8e-18 relative) in Estrin's scheme, then
// scaling by 2^k in two steps so that results down to the subnormal range stay right.
// Source: W. J. Cody and W. Waite, "Software Manual for the Elementary Functions" (1980), ch. 6.

/** log2(e) = 1.4426950408889634074 */
const LOG2E: f64 = 1.4426950408889634074;
/** ln2 split in a high part with trailing zero bits and a low correction (fdlibm). */
const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
/** Clamp bounds: below EXP_MIN the result is 0, above EXP_MAX it overflows (never reached here). */
const EXP_MIN: f64 = -745.2;
const EXP_MAX: f64 = 709.7;

// e^r ≈ 1 + r + C2 r² + … + C11 r¹¹ on |r| ≤ ln2/2: the minimax polynomial of the relative error
// with 1 + r fixed (Remez exchange, mpmath 40 digits; assembly/math/fitExpX2.py). Truncation
// 7.7e-18 relative; evaluated in f64 by the Estrin scheme below, ≤ 3.8e-16 relative (20,001
// points vs mpmath) — the same as the degree-13 Taylor polynomial it replaces (3.9e-16), with two
// fewer terms.
const C2: f64 = 0.500000000000001;
const C3: f64 = 0.16666666666666674;
const C4: f64 = 0.041666666666522106;
const C5: f64 = 0.008333333333322215;
const C6: f64 = 0.0013888888947785523;
const C7: f64 = 0.00019841269886563802;
const C8: f64 = 2.4801487366025275e-5;
const C9: f64 = 2.755724236744935e-6;
const C10: f64 = 2.7632640675581065e-7;
const C11: f64 = 2.511003829684323e-8;

/** 1.5·2^52 = 6755399441055744: adding it rounds a small f64 to an integer held in the low bits. */
const MAGIC: f64 = 6755399441055744.0;
/** The subnormal boundary of 2^k: below it the scale is applied in two steps. */
const MIN_NORMAL_EXPONENT: f64 = -1022;

// The constants as splatted pairs in a static table: one 16-byte load each in the loop, where an
// immediate v128 constant costs V8 three instructions (a GPR load, a move, a shuffle).
const TABLE: usize = memory.data<f64>([
  EXP_MIN, EXP_MIN, EXP_MAX, EXP_MAX, LOG2E, LOG2E, MAGIC, MAGIC, LN2_HI, LN2_HI, LN2_LO, LN2_LO,
  1.0, 1.0, C2, C2, C3, C3, C4, C4, C5, C5, C6, C6, C7, C7, C8, C8, C9, C9, C10, C10, C11, C11,
  MIN_NORMAL_EXPONENT, MIN_NORMAL_EXPONENT,
]);
const T_MIN: usize = 0, T_MAX: usize = 1, T_LOG2E: usize = 2, T_MAGIC: usize = 3, T_LN2_HI: usize = 4;
const T_LN2_LO: usize = 5, T_ONE: usize = 6, T_C2: usize = 7, T_MIN_NORMAL: usize = 17;

/** The `i`th pair of TABLE. */
@inline
function c(i: usize): v128 {
  return v128.load(TABLE + (i << 4));
}

/** 2^k for integral k in [−1022, 1023] (lanes), from exponent bits — native SSE ops only. */
@inline
function pow2(k: v128): v128 {
  const bits = i64x2.sub(f64x2.add(k, c(T_MAGIC)), c(T_MAGIC));
  return i64x2.shl(i64x2.add(bits, i64x2.splat(1023)), 52);
}

/** k = round(x·log2 e) as an f64, for x in [EXP_MIN, EXP_MAX]. */
@inline
function reduceX2(xc: v128): v128 {
  return f64x2.sub(f64x2.add(f64x2.mul(xc, c(T_LOG2E)), c(T_MAGIC)), c(T_MAGIC));
}

/** e^r for r = x − k·ln2, |r| ≤ ln2/2. */
@inline
function polyX2(xc: v128, kf: v128): v128 {
  const r = f64x2.sub(f64x2.sub(xc, f64x2.mul(kf, c(T_LN2_HI))), f64x2.mul(kf, c(T_LN2_LO)));
  // Estrin's scheme (depth 4 instead of Horner's 11): the chain of dependent operations, not
  // their count, bounds the speed here.
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const r8 = f64x2.mul(r4, r4);
  const a01 = f64x2.add(c(T_ONE), r);
  const a23 = f64x2.add(c(T_C2), f64x2.mul(c(T_C2 + 1), r));
  const a45 = f64x2.add(c(T_C2 + 2), f64x2.mul(c(T_C2 + 3), r));
  const a67 = f64x2.add(c(T_C2 + 4), f64x2.mul(c(T_C2 + 5), r));
  const a89 = f64x2.add(c(T_C2 + 6), f64x2.mul(c(T_C2 + 7), r));
  const a1011 = f64x2.add(c(T_C2 + 8), f64x2.mul(c(T_C2 + 9), r));
  const b0 = f64x2.add(a01, f64x2.mul(r2, a23));
  const b1 = f64x2.add(a45, f64x2.mul(r2, a67));
  const b2 = f64x2.add(a89, f64x2.mul(r2, a1011));
  return f64x2.add(f64x2.add(b0, f64x2.mul(r4, b1)), f64x2.mul(r8, b2));
}

/**
 * e^x for both lanes, when every lane is known to satisfy −708 ≤ x ≤ 709 (a normal result):
 * expX2's arithmetic without its clamp and subnormal branch, so the same bits.
 */
@inline
export function expX2Normal(x: v128): v128 {
  const kf = reduceX2(x);
  return f64x2.mul(polyX2(x, kf), pow2(kf));
}

/** e^x for both lanes of `x`. */
@inline
export function expX2(x: v128): v128 {
  const xc = f64x2.pmin(f64x2.pmax(x, c(T_MIN)), c(T_MAX));
  const kf = reduceX2(xc);
  const p = polyX2(xc, kf);
  if (!v128.any_true(f64x2.lt(kf, c(T_MIN_NORMAL)))) return f64x2.mul(p, pow2(kf));
  // Subnormal results: scale by 2^h·2^(k−h), both halves normal; for normal results this is
  // the same exact power-of-two scaling, so a lane's bits do not depend on its neighbour.
  const h = f64x2.floor(f64x2.mul(kf, f64x2.splat(0.5)));
  return f64x2.mul(f64x2.mul(p, pow2(h)), pow2(f64x2.sub(kf, h)));
}
