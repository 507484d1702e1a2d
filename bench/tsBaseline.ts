// The plain-TypeScript baseline: the core's option loop (optionLoop.ts) written in ordinary
// scalar TypeScript — same formulation (Black-76, Cody's N with one exp for both CDFs, shocked
// vol, accumulation per expiry and scenario, isolated minimum) — so that `npm run bench` measures
// what Wasm buys, not a different algorithm. Benchmark-only: never used for a margin figure.

const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
];
const B = [
  47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
];
const INV_SQRT_2PI = 0.398942280401432677939946059934;

function cdf(x: number, e: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const z = x * x;
    let num = A[4]! * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * z;
      den = (den + B[i]!) * z;
    }
    return 0.5 + (x * (num + A[3]!)) / (den + B[3]!);
  }
  let lower: number;
  if (y <= 5.656854249492381) {
    let num = C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    lower = (e * (num + C[7]!)) / (den + D[7]!);
  } else {
    const z = 1 / (x * x);
    let num = P[5]! * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * z;
      den = (den + Q[i]!) * z;
    }
    lower = (e * (INV_SQRT_2PI - (z * (num + P[4]!)) / (den + Q[4]!))) / y;
  }
  return x > 0 ? 1 - lower : lower;
}

function price(
  F: number,
  lnFK: number,
  K: number,
  Dsc: number,
  sig: number,
  T: number,
  sqrtT: number,
  call: boolean,
): number {
  if (T <= 0 || sig <= 0) return call ? Dsc * Math.max(F - K, 0) : Dsc * Math.max(K - F, 0);
  if (K === 0) return call ? F * Dsc : 0;
  if (F === 0) return call ? 0 : K * Dsc;
  const v = sig * sqrtT;
  if (v >= 24) return call ? F * Dsc : K * Dsc;
  const d1 = lnFK / v + 0.5 * v;
  const d2 = d1 - v;
  const e1 = Math.exp(-0.5 * d1 * d1);
  const e2 = d1 * d1 > 1400 || d2 * d2 > 1400 ? Math.exp(-0.5 * d2 * d2) : e1 * (F / K);
  if (call) return Math.min(Math.max(Dsc * (F * cdf(d1, e1) - K * cdf(d2, e2)), 0), F * Dsc);
  return Math.min(Math.max(Dsc * (K * cdf(-d2, e2) - F * cdf(-d1, e1)), 0), K * Dsc);
}

/** The loop's inputs, flat, as the core holds them after `prepare`. */
export interface BaselineBook {
  n: number;
  option: {
    expiry: Int32Array;
    strike: Float64Array;
    lnK: Float64Array;
    call: Uint8Array;
    qty: Float64Array;
    vol: Float64Array;
    first: Uint8Array;
    isoQty: Float64Array;
    isoV1: Float64Array;
  };
  expiry: {
    underlier: Int32Array;
    T: Float64Array;
    sqrtT: Float64Array;
    D: Float64Array;
    discPos: Float64Array;
    discNeg: Float64Array;
  };
  ek: {
    F: Float64Array;
    lnF: Float64Array;
    mul: Float64Array;
    add: Float64Array;
    floor: Float64Array;
  };
  scen: { code: Int32Array; weight: Float64Array };
}

/** Fills `values` (nE·n) and returns the isolated minima, like the core's runOptions. */
export function baselineLoop(b: BaselineBook, values: Float64Array): Float64Array {
  const { n, option: o, expiry: x, ek, scen } = b;
  const iso = new Float64Array(o.qty.length).fill(Infinity);
  values.fill(0);
  for (let i = 0; i < o.qty.length; i++) {
    const e = o.expiry[i]!;
    const u = x.underlier[e]!;
    const K = o.strike[i]!;
    const sigma = o.vol[i]!;
    for (let k = 0; k < n; k++) {
      const j = e * n + k;
      const F = ek.F[j]!;
      const sig = Math.max(ek.floor[j]!, sigma * ek.mul[j]! + ek.add[j]!);
      const p = price(
        F,
        K > 0 && F > 0 ? ek.lnF[j]! - o.lnK[i]! : 0,
        K,
        x.D[e]!,
        sig,
        x.T[e]!,
        x.sqrtT[e]!,
        o.call[i] === 1,
      );
      values[j] = values[j]! + o.qty[i]! * p;
      if (o.first[i]) {
        const v = o.isoQty[i]! * p;
        const pnl =
          ((v >= 0 ? v * x.discPos[e]! : v * x.discNeg[e]!) - o.isoV1[i]!) *
          scen.weight[u * n + k]!;
        if (pnl < iso[i]!) iso[i] = pnl;
      }
    }
  }
  return iso;
}
