// The plain-TypeScript baseline: the core's option loop (optionLoop.ts) written in ordinary
// scalar TypeScript — same formulation (Black-76; N(−y) = exp(−y²/2)·P(y)/Q(y), the core's one
// rational of assembly/math/normalCdfX2.ts, evaluated the same way; one exp for both CDFs; shocked
// vol, accumulation per expiry and scenario, isolated minimum) — so that `npm run bench` measures
// what Wasm buys, not a different algorithm. Benchmark-only: never used for a margin figure.

// assembly/math/normalCdfX2.ts: R(y) = P(y)/Q(y), Q monic of degree 9, for 0 ≤ y ≤ 38.6.
const P0 = 29865.33925508669;
const P1 = 42074.1185588334;
const P2 = 29296.845772585777;
const P3 = 12809.752568759865;
const P4 = 3804.486899629388;
const P5 = 782.907492650646;
const P6 = 109.15392140373613;
const P7 = 9.48662141823351;
const P8 = 0.39894228044986163;
const Q0 = 59730.67851017336;
const Q1 = 131806.423307217;
const Q2 = 133894.66246145687;
const Q3 = 82434.83950023992;
const Q4 = 34024.2301802814;
const Q5 = 9808.040702632845;
const Q6 = 1986.2375598762462;
const Q7 = 274.6083041239059;
const Q8 = 23.779433498330487;

/** N(x) given e = exp(−x²/2): the lower tail e·R(|x|) directly, 1 − it for x > 0. */
function cdf(x: number, e: number): number {
  const t = Math.min(Math.abs(x), 38.6);
  const s = t * t;
  const pe = (((P8 * s + P6) * s + P4) * s + P2) * s + P0;
  const po = ((P7 * s + P5) * s + P3) * s + P1;
  const qo = (((s + Q7) * s + Q5) * s + Q3) * s + Q1;
  const qe = (((Q8 * s + Q6) * s + Q4) * s + Q2) * s + Q0;
  const lower = e * ((pe + t * po) / (qe + t * qo));
  return x > 0 ? 1 - lower : lower;
}

/** σ√T at and beyond which the price is its limit (MODEL.md §3; as pricing/black76.ts). */
const VOL_SQRT_T_LIMIT = 24;
/** Above this d², each CDF gets its own exp (as pricing/black76.ts's ONE_EXP_MAX_D_SQ). */
const ONE_EXP_MAX_D_SQ = 1400;

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
  if (v >= VOL_SQRT_T_LIMIT) return call ? F * Dsc : K * Dsc;
  const d1 = lnFK / v + 0.5 * v;
  const d2 = d1 - v;
  const e1 = Math.exp(-0.5 * d1 * d1);
  const e2 =
    d1 * d1 > ONE_EXP_MAX_D_SQ || d2 * d2 > ONE_EXP_MAX_D_SQ
      ? Math.exp(-0.5 * d2 * d2)
      : e1 * (F / K);
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
