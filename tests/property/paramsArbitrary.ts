import fc from 'fast-check';
import type { ScenarioSpec } from '../../src/lib/model/types';
import { expandScenarios } from '../reference/expandScenarios';

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const spotVol = fc.constantFrom('up' as const, 'down' as const, 'none' as const);
const volStates = fc.subarray(['down', 'none', 'up'] as const, { minLength: 1 });
const skewKinds = fc.subarray(['skew-linear', 'skew-abs'] as const);

const listEntry = fc.oneof(
  { arbitrary: fc.record({ spot: real(0, 3), vol: spotVol, weight: real(0, 2) }), weight: 5 },
  fc.record({
    spot: fc.constant(1),
    vol: fc.constantFrom('skew-linear' as const, 'skew-abs' as const),
    weight: real(0, 2),
  }),
);

const tailMove = real(0, 7).filter((s) => Math.abs(s - 1) > 1e-3);
const generators = fc
  .record(
    {
      grid: fc.record({
        range: real(0, 0.5),
        steps: fc.integer({ min: 1, max: 5 }),
        volStates: volStates.map((v) => [...v]),
        edgeVolStates: volStates.map((v) => [...v]),
      }),
      tails: fc.oneof(
        fc.record({ moves: fc.array(tailMove, { maxLength: 6 }), vol: spotVol, c: real(0, 0.2) }),
        fc.record({
          moves: fc.array(real(0, 7), { maxLength: 6 }),
          vol: spotVol,
          weight: real(0, 1),
        }),
      ),
      skew: skewKinds.map((s) => [...s]),
    },
    { requiredKeys: [] },
  )
  .filter((spec) => expandScenarios(spec as ScenarioSpec).length > 0);

const scenarioSpec = fc.oneof(
  fc.record({ list: fc.array(listEntry, { minLength: 1, maxLength: 12 }) }),
  generators,
);

const collateralParams = (riskCancelling: string | undefined) =>
  fc.record({
    mmHaircut: real(0, 1),
    imHaircut: real(0, 1),
    riskCancelling: fc.constant(riskCancelling),
  });

/**
 * A random custom `dcro.params/1` document (raw JSON) for a portfolio on `names`: any scenario
 * spec, per-underlier overrides of the same length, either vol-shock mode, skew shocks, static
 * discounts, basis, every contingency, collateral haircuts (ETH and BTC risk-cancelling with
 * their own underlier when the book has it) and an offset credit in [0, 1].
 */
export function paramsJsonArbitrary(names: string[]) {
  return scenarioSpec.chain((scenarios) => {
    const n = expandScenarios(scenarios as ScenarioSpec).length;
    const override = fc.record({
      scenarios: fc.record({ list: fc.array(listEntry, { minLength: n, maxLength: n }) }),
    });
    const overrides = fc
      .subarray(names)
      .chain((us) =>
        fc
          .tuple(...us.map(() => override))
          .map((os) => Object.fromEntries(us.map((u, i) => [u, os[i]]))),
      );
    return fc.record({
      format: fc.constant('dcro.params/1'),
      scenarios: fc.constant(scenarios),
      underliers: overrides,
      volShock: fc.record({
        mode: fc.constantFrom('multiplicative', 'additive'),
        rangeUp: real(0, 1),
        rangeDown: real(0, 1.2),
        shortTermPower: real(0, 0.5),
        longTermPower: real(0, 0.5),
        // A floor beyond 30 days makes the power at exactly 30 days matter.
        dteFloorDays: fc.oneof(fc.constant(0), real(1 / 86400, 3), fc.constant(45)),
        minVolUp: real(0, 0.8),
      }),
      skewShock: fc.record({
        linear: fc.record({ baseCap: real(-0.1, 0.5), cBase: real(-0.2, 0.1) }),
        abs: fc.record({ baseCap: real(-0.1, 0.5), cBase: real(-0.2, 0.1) }),
        // minKStar 0 with widthScale 0 makes k* = 0 at every expiry (the cap binds, MODEL.md §4).
        minKStar: fc.oneof(fc.constant(0), real(0.001, 0.1)),
        widthScale: fc.oneof(fc.constant(0), real(0, 6)),
        volParamStatic: real(0, 1),
        volParamScale: real(-0.3, 0.3),
      }),
      margin: fc.record({
        mmFactor: real(0.5, 1.2),
        imFactor: real(0.5, 1.5),
        longBase: real(0.8, 1),
        longRateMult: real(0, 2),
        longRateAdd: real(-0.1, 0.2),
        shortBase: real(0.9, 1.1),
        shortRateMult: real(0, 1),
        shortRateAdd: real(-0.1, 0.2),
      }),
      basis: fc.record({
        spotUp: real(1, 1.1),
        spotDown: real(0.9, 1),
        addFactor: real(0, 1),
        multFactor: real(0, 3),
      }),
      contingency: fc.record({
        mmOption: real(0, 0.05),
        imOption: real(0, 0.05),
        mmPerp: real(0, 0.05),
        imPerp: real(0, 0.05),
        confThreshold: real(0, 1),
        confMargin: real(0, 2),
        pegThreshold: real(0.9, 1.05),
        pegFactor: real(0, 5),
      }),
      collateral: fc.record({
        USDC: collateralParams(undefined),
        ETH: collateralParams(names.includes('ETH') ? 'ETH' : undefined),
        BTC: collateralParams(names.includes('BTC') ? 'BTC' : undefined),
      }),
      crossUnderlier: fc.record({
        offsetCredit: fc.oneof(fc.constantFrom(0, 1), real(0, 1)),
      }),
    });
  });
}
