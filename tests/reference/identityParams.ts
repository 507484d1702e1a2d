import type { Params, ScenarioSpec } from '../../src/lib/model/types';

/**
 * Validated parameters with MODEL.md §8's identity for every absent block (no static discount,
 * basis spots 1 with factors 0, contingencies 0, minVolUp 0, multiplicative vol shocks, offset
 * credit 0), for hand-built test cases. Vol shock ranges and powers default to 0.
 *
 * @example
 * identityParams({ list: [{ spot: 0.8, vol: 'none', weight: 1 }] });
 */
export function identityParams(scenarios: ScenarioSpec): Params {
  return {
    format: 'dcro.params/1',
    name: undefined,
    description: undefined,
    scenarios,
    underliers: {},
    volShock: {
      mode: 'multiplicative',
      rangeUp: 0,
      rangeDown: 0,
      shortTermPower: 0,
      longTermPower: 0,
      dteFloorDays: 0,
      minVolUp: 0,
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
      mmFactor: 1,
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
      mmOption: 0,
      imOption: 0,
      mmPerp: 0,
      imPerp: 0,
      confThreshold: 0,
      confMargin: 0,
      pegThreshold: 0,
      pegFactor: 0,
    },
    collateral: {},
    crossUnderlier: { offsetCredit: 0 },
  };
}
