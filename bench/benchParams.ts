import type { Params, Scenario } from '../src/lib/model/types';

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
