// N(x) on two f64 lanes for the hot loop: one rational function, no per-lane ranges or branches.
//
//   N(−y) = e·R(y),  e = exp(−y²/2),  y = |x|,   N(x) = 1 − e·R(y) for x > 0, e·R(y) otherwise,
//
// with R(y) = N(−y)·exp(y²/2) (Mills' ratio over √(2π)) approximated by one rational function
// P₈(y)/Q₉(y) on 0 ≤ y ≤ 38.6 (beyond, e·R underflows: y is clamped, e carries the result to 0).
// The lower tail is e times a positive rational, never 1 − N(−x), so a deep out-of-the-money value
// keeps its relative accuracy (MODEL.md §3).
//
// Provenance: fitted by assembly/math/fitNormalCdfX2.py (mpmath, 40 digits; Lawson-weighted
// least squares towards the minimax of the relative error of R, weighted by MODEL.md §3's
// tolerance: 2e-14 for y ≤ 3, 1e-12 beyond; 0.015 of it at the optimum, i.e. 3e-16 for y ≤ 3).
// All coefficients are positive, so Horner's scheme in y ≥ 0 has no cancellation. Accuracy of R
// as evaluated here in f64 (20,001 points, vs mpmath; the script reproduces the coefficients and
// this check): ≤ 7.0e-16 relative for y ≤ 3, ≤ 1.6e-14 for 3 < y ≤ 38.6. N then carries exp's
// ≈ 2 ulp and the rounding of −x²/2 (≈ x²/2 ulp: ≈ 7e-14 at x = −34). Measured on the exported N
// (this function, see math/normalCdf.ts) vs mpmath at 1,418 points: ≤ 7.8e-16 relative for
// x ≥ −3, ≤ 7.0e-14 below, down to x = −37.4 (tests/vectors/normalCdfDense.test.ts).
//
// Speed notes (V8, x64): the coefficients are loaded from a static table (below), and the
// loop's pairs with every |x| ≤ Y_MAX take normalCdfNearX2, which skips the (then no-op) clamp.
//
// Each lane's result depends on its own inputs only, so pairing never changes a bit.

/** Upper end of the fit; e·R(y) is < 1e-322 (or 0) beyond, where y is clamped. */
const Y_MAX: f64 = 38.6;

// R(y) ≈ P(y)/Q(y), Q monic of degree 9.
const P0: f64 = 29865.33925508669;
const P1: f64 = 42074.1185588334;
const P2: f64 = 29296.845772585777;
const P3: f64 = 12809.752568759865;
const P4: f64 = 3804.486899629388;
const P5: f64 = 782.907492650646;
const P6: f64 = 109.15392140373613;
const P7: f64 = 9.48662141823351;
const P8: f64 = 0.39894228044986163;
const Q0: f64 = 59730.67851017336;
const Q1: f64 = 131806.423307217;
const Q2: f64 = 133894.66246145687;
const Q3: f64 = 82434.83950023992;
const Q4: f64 = 34024.2301802814;
const Q5: f64 = 9808.040702632845;
const Q6: f64 = 1986.2375598762462;
const Q7: f64 = 274.6083041239059;
const Q8: f64 = 23.779433498330487;

// The coefficients as splatted pairs in a static table: one 16-byte load each in the loop, where
// an immediate v128 constant costs V8 three instructions (a GPR load, a move, a shuffle).
const TABLE: usize = memory.data<f64>([
  P8, P8, P7, P7, P6, P6, P5, P5, P4, P4, P3, P3, P2, P2, P1, P1, P0, P0,
  Q8, Q8, Q7, Q7, Q6, Q6, Q5, Q5, Q4, Q4, Q3, Q3, Q2, Q2, Q1, Q1, Q0, Q0, Y_MAX, Y_MAX,
]);

/** acc·y + c, c the `i`th pair of TABLE. */
@inline
function horner(acc: v128, y: v128, i: usize): v128 {
  return f64x2.add(f64x2.mul(acc, y), v128.load(TABLE + (i << 4)));
}

/** N(−t)/e for 0 ≤ t ≤ Y_MAX (both lanes): R(t). */
@inline
export function lowerTailRatioX2(t: v128): v128 {
  // Second-order Horner: P(t) = Pe(t²) + t·Po(t²), Q likewise, four independent chains of ≤ 5
  // steps instead of two of 9 (the loop is bound by this latency more than by the op count).
  const s = f64x2.mul(t, t);
  // P: even P8 P6 P4 P2 P0 (pairs 0 2 4 6 8), odd P7 P5 P3 P1 (pairs 1 3 5 7).
  let pe = horner(v128.load(TABLE), s, 2);
  let po = horner(v128.load(TABLE + (1 << 4)), s, 3);
  // Q (monic, degree 9): odd 1 Q7 Q5 Q3 Q1 (pairs 10 12 14 16), even Q8 Q6 Q4 Q2 Q0 (9 … 17).
  let qo = f64x2.add(s, v128.load(TABLE + (10 << 4)));
  let qe = horner(v128.load(TABLE + (9 << 4)), s, 11);
  pe = horner(pe, s, 4);
  po = horner(po, s, 5);
  qo = horner(qo, s, 12);
  qe = horner(qe, s, 13);
  pe = horner(pe, s, 6);
  po = horner(po, s, 7);
  qo = horner(qo, s, 14);
  qe = horner(qe, s, 15);
  pe = horner(pe, s, 8);
  qo = horner(qo, s, 16);
  qe = horner(qe, s, 17);
  const num = f64x2.add(pe, f64x2.mul(t, po));
  const den = f64x2.add(qe, f64x2.mul(t, qo));
  return f64x2.div(num, den);
}

/** N(x) for both lanes, given e = exp(−x²/2) per lane. */
@inline
export function normalCdfX2(x: v128, e: v128): v128 {
  const lower = f64x2.mul(e, lowerTailRatioX2(f64x2.pmin(f64x2.abs(x), v128.load(TABLE + (18 << 4)))));
  return v128.bitselect(f64x2.sub(f64x2.splat(1.0), lower), lower, f64x2.gt(x, f64x2.splat(0)));
}

/**
 * N(x) and N(−x) as the loop takes them when every lane has |x| ≤ Y_MAX: normalCdfX2's arithmetic
 * without the (then no-op) clamp, so the same bits. `negate`: N(−x) (a put's), without negating x.
 */
@inline
export function normalCdfNearX2(x: v128, e: v128, negate: bool): v128 {
  const lower = f64x2.mul(e, lowerTailRatioX2(f64x2.abs(x)));
  const upper = negate ? f64x2.lt(x, f64x2.splat(0)) : f64x2.gt(x, f64x2.splat(0));
  return v128.bitselect(f64x2.sub(f64x2.splat(1.0), lower), lower, upper);
}
