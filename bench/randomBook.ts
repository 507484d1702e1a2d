import type { Params, Portfolio, Position, Scenario } from '../src/lib/model/types';

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same book. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASOF = 1776248687;
const DAY = 86400;

/** A book of `instruments` distinct BTC/ETH options over 8 expiries, market-maker style. */
export function randomBook(instruments: number, seed = 1): Portfolio {
  const r = rng(seed);
  const expiries = [1, 3, 9, 16, 44, 72, 163, 345].map((d) => ASOF + d * DAY);
  const spots: Record<string, number> = { BTC: 74010, ETH: 2315.6 };
  const positions: Position[] = [];
  const seen = new Set<string>();
  while (positions.length < instruments) {
    const underlier = r() < 0.5 ? 'BTC' : 'ETH';
    const expiry = expiries[Math.floor(r() * expiries.length)]!;
    const strike = Math.round((spots[underlier]! * (0.5 + r())) / 10) * 10;
    const right = r() < 0.5 ? 'call' : 'put';
    const key = `${underlier}${expiry}${strike}${right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    positions.push({
      type: 'option',
      underlier,
      expiry,
      strike,
      right,
      qty: Math.round((r() - 0.5) * 40) / 2 || 1,
      vol: 0.35 + r() * 0.5,
      volConfidence: 1,
    });
  }
  const market = (spot: number) => ({
    spot,
    spotConfidence: 1,
    perpPrice: spot,
    perpConfidence: 1,
    expiries: Object.fromEntries(
      expiries.map((e) => [
        String(e),
        {
          forward: spot * (1 + ((e - ASOF) / DAY / 365) * 0.02),
          forwardFixed: 0,
          rate: 0,
          forwardConfidence: 1,
          rateConfidence: 1,
        },
      ]),
    ),
  });
  return {
    format: 'dcro.portfolio/1',
    asOf: ASOF,
    cash: 0,
    stablePrice: 1,
    stableConfidence: 1,
    underliers: { BTC: market(spots.BTC!), ETH: market(spots.ETH!) },
    positions,
    collateral: [],
  };
}

/** `n` scenarios: a spot grid from −40% to +40% crossed with three vol states. */
export function scenarioList(n: number): Scenario[] {
  const out: Scenario[] = [];
  const states = ['down', 'none', 'up'] as const;
  for (let k = 0; k < n; k++)
    out.push({
      spot: 0.6 + (0.8 * Math.floor(k / 3)) / Math.max(1, Math.ceil(n / 3) - 1),
      vol: states[k % 3]!,
      weight: 1,
    });
  return out;
}

export function benchParams(scenarios: Scenario[]): Params {
  return {
    format: 'dcro.params/1',
    name: 'bench',
    description: undefined,
    scenarios: { list: scenarios },
    underliers: {},
    volShock: {
      mode: 'multiplicative',
      rangeUp: 0.5,
      rangeDown: 0.25,
      shortTermPower: 0.3,
      longTermPower: 0.13,
      dteFloorDays: 1,
      minVolUp: 0.5,
    },
    skewShock: {
      linear: { baseCap: 0, cBase: 0 },
      abs: { baseCap: 0, cBase: 0 },
      minKStar: 0.01,
      widthScale: 0,
      volParamStatic: 0,
      volParamScale: 0,
    },
    margin: {
      mmFactor: 0.8,
      imFactor: 1,
      longBase: 1,
      longRateMult: 0,
      longRateAdd: 0,
      shortBase: 1,
      shortRateMult: 0,
      shortRateAdd: 0,
    },
    basis: { spotUp: 1, spotDown: 1, addFactor: 0, multFactor: 0 },
    contingency: {
      mmOption: 0.003,
      imOption: 0.002,
      mmPerp: 0.015,
      imPerp: 0.005,
      confThreshold: 0.55,
      confMargin: 1,
      pegThreshold: 0.98,
      pegFactor: 2,
    },
    collateral: {},
    crossUnderlier: { offsetCredit: 0.5 },
  };
}
