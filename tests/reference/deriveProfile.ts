import type { Params } from '../../src/lib/model/types';
import { identityParams } from './identityParams';

/**
 * MODEL.md §9's `derive-pm2` profile, written out by hand from the text (independently of the
 * shipped profile file, which the vector tests load with loadProfile).
 */
export function deriveProfile(): Params {
  const p = identityParams({
    grid: { range: 0.18, steps: 4, volStates: ['down', 'none', 'up'], edgeVolStates: ['up'] },
    tails: { moves: [0.34, 0.67, 1.5, 2, 3, 4], vol: 'up', weight: undefined, c: 0.036 },
    skew: ['skew-linear', 'skew-abs'],
  });
  return {
    ...p,
    name: 'derive-pm2',
    volShock: {
      mode: 'multiplicative',
      rangeUp: 0.5,
      rangeDown: 0.275,
      shortTermPower: 0.3,
      longTermPower: 0.13,
      dteFloorDays: 1,
      minVolUp: 0.45,
    },
    skewShock: {
      linear: { baseCap: 0.15, cBase: -0.05 },
      abs: { baseCap: 0.15, cBase: -0.05 },
      minKStar: 0.01,
      widthScale: 4,
      volParamStatic: 0.6,
      volParamScale: -0.1,
    },
    margin: {
      mmFactor: 0.8,
      imFactor: 1,
      longBase: 0.95,
      longRateMult: 1,
      longRateAdd: 0.08,
      shortBase: 1.04,
      shortRateMult: 0.5,
      shortRateAdd: 0.08,
    },
    basis: { spotUp: 1.045, spotDown: 0.955, addFactor: 0.5, multFactor: 2 },
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
    collateral: {
      USDC: { mmHaircut: 0.03, imHaircut: 0.02, riskCancelling: undefined },
      ETH: { mmHaircut: 0.15, imHaircut: 0.05, riskCancelling: 'ETH' },
      BTC: { mmHaircut: 0.15, imHaircut: 0.05, riskCancelling: 'BTC' },
    },
    crossUnderlier: { offsetCredit: 0.5 },
  };
}
