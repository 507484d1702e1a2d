// N(x) on two f64 lanes: the same three Cody ranges as math/normalCdf.ts (see its provenance),
// each lane taking its own range. The body ranges evaluate Cody's polynomials in Estrin's scheme
// (shallower dependency chains than R's Horner form; same coefficients, same accuracy class). A range is evaluated only if some lane needs it; each lane's
// result depends on its own input alone, so pairing never changes a bit.

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
/** 1/√(2π) */
const INV_SQRT_2PI: f64 = 0.398942280401432677939946059934;
/** √32 */
const SQRT_32: f64 = 5.656854249492380195206754896838;
const SMALL: f64 = 0.67448975;

/** a + b·z */
@inline
function lin(a: f64, b: f64, z: v128): v128 {
  return f64x2.add(f64x2.splat(a), f64x2.mul(f64x2.splat(b), z));
}

@inline
function step(acc: v128, c: f64, z: v128): v128 {
  return f64x2.mul(f64x2.add(acc, f64x2.splat(c)), z);
}

/** N(x) for both lanes, given e = exp(−x²/2) per lane. */
@inline
export function normalCdfX2(x: v128, e: v128): v128 {
  const y = f64x2.abs(x);
  const isSmall = f64x2.le(y, f64x2.splat(SMALL));
  const isTail = f64x2.gt(y, f64x2.splat(SQRT_32));
  let small = f64x2.splat(0);
  if (v128.any_true(isSmall)) {
    // x·(A4 z⁴ + A0 z³ + A1 z² + A2 z + A3) / (z⁴ + B0 z³ + B1 z² + B2 z + B3), z = x², Estrin.
    const z = f64x2.mul(x, x);
    const z2 = f64x2.mul(z, z);
    const z4 = f64x2.mul(z2, z2);
    const num = f64x2.add(
      f64x2.add(lin(A3, A2, z), f64x2.mul(z2, lin(A1, A0, z))),
      f64x2.mul(z4, f64x2.splat(A4)),
    );
    const den = f64x2.add(f64x2.add(lin(B3, B2, z), f64x2.mul(z2, lin(B1, B0, z))), z4);
    small = f64x2.add(f64x2.splat(0.5), f64x2.div(f64x2.mul(x, num), den));
    if (i64x2.all_true(isSmall)) return small;
  }
  let lower = f64x2.splat(0);
  if (!i64x2.all_true(v128.or(isSmall, isTail))) {
    // (C8 y⁸ + C0 y⁷ + … + C6 y + C7) / (y⁸ + D0 y⁷ + … + D6 y + D7), Estrin.
    const y2 = f64x2.mul(y, y);
    const y4 = f64x2.mul(y2, y2);
    const y8 = f64x2.mul(y4, y4);
    const num = f64x2.add(
      f64x2.add(
        f64x2.add(lin(C7, C6, y), f64x2.mul(y2, lin(C5, C4, y))),
        f64x2.mul(y4, f64x2.add(lin(C3, C2, y), f64x2.mul(y2, lin(C1, C0, y)))),
      ),
      f64x2.mul(y8, f64x2.splat(C8)),
    );
    const den = f64x2.add(
      f64x2.add(
        f64x2.add(lin(D7, D6, y), f64x2.mul(y2, lin(D5, D4, y))),
        f64x2.mul(y4, f64x2.add(lin(D3, D2, y), f64x2.mul(y2, lin(D1, D0, y)))),
      ),
      y8,
    );
    lower = f64x2.mul(e, f64x2.div(num, den));
  }
  if (v128.any_true(isTail)) {
    const xsq = f64x2.div(f64x2.splat(1.0), f64x2.mul(x, x));
    let num = f64x2.mul(f64x2.splat(P5), xsq);
    let den = xsq;
    num = step(num, P0, xsq);
    den = step(den, Q0, xsq);
    num = step(num, P1, xsq);
    den = step(den, Q1, xsq);
    num = step(num, P2, xsq);
    den = step(den, Q2, xsq);
    num = step(num, P3, xsq);
    den = step(den, Q3, xsq);
    const r = f64x2.div(f64x2.mul(xsq, f64x2.add(num, f64x2.splat(P4))), f64x2.add(den, f64x2.splat(Q4)));
    const tail = f64x2.mul(e, f64x2.div(f64x2.sub(f64x2.splat(INV_SQRT_2PI), r), y));
    lower = v128.bitselect(tail, lower, isTail);
  }
  const positive = f64x2.gt(x, f64x2.splat(0));
  const big = v128.bitselect(f64x2.sub(f64x2.splat(1.0), lower), lower, positive);
  return v128.bitselect(small, big, isSmall);
}
