import { z } from 'zod';
import { DAY_SEC } from '../../../assembly/units';
import { assetName, nonNegative, num, unit } from './numbers';

/** Largest scenario set a profile may expand to (a 2,000-scenario set is already generous). */
export const MAX_SCENARIOS = 20_000;

const spotVol = z.enum(['up', 'down', 'none']);
const scenario = z.strictObject({
  spot: nonNegative(),
  vol: z.enum(['up', 'down', 'none', 'skew-linear', 'skew-abs']).default('none'),
  weight: nonNegative().default(1),
});

const grid = z.strictObject({
  range: nonNegative(),
  steps: z.int().min(1).max(MAX_SCENARIOS),
  volStates: z.array(spotVol).min(1).max(3).default(['down', 'none', 'up']),
  edgeVolStates: z.array(spotVol).min(1).max(3).default(['up']),
});

const tails = z.strictObject({
  moves: z.array(nonNegative()).max(MAX_SCENARIOS),
  vol: spotVol.default('up'),
  weight: nonNegative().optional(),
  c: nonNegative().optional(),
});

/** `scenarios`: an explicit list, or generators (checked "not both" in parseParams). */
export const scenarioSpecSchema = z.strictObject({
  list: z.array(scenario).min(1).max(MAX_SCENARIOS).optional(),
  grid: grid.optional(),
  tails: tails.optional(),
  skew: z
    .array(z.enum(['skew-linear', 'skew-abs']))
    .max(2)
    .optional(),
});

// Absent blocks and fields take the identity (MODEL.md §8): no shock, no discount, no add-on.
const volShock = z.strictObject({
  mode: z.enum(['multiplicative', 'additive']).default('multiplicative'),
  rangeUp: nonNegative().default(0),
  rangeDown: nonNegative().default(0),
  shortTermPower: num().default(0),
  longTermPower: num().default(0),
  // 30 days / floor must stay finite: a floor is 0 or at least one second.
  dteFloorDays: nonNegative()
    .refine((d) => d === 0 || d >= 1 / DAY_SEC, 'must be 0 or at least one second (1/86400)')
    .default(0),
  minVolUp: nonNegative().default(0),
});

const skewCap = z.strictObject({ baseCap: num().default(0), cBase: num().default(0) });
const skewShock = z.strictObject({
  linear: skewCap.default({ baseCap: 0, cBase: 0 }),
  abs: skewCap.default({ baseCap: 0, cBase: 0 }),
  minKStar: nonNegative().default(1),
  widthScale: num().default(0),
  volParamStatic: num().default(0),
  volParamScale: num().default(0),
});

const margin = z.strictObject({
  mmFactor: nonNegative().default(1),
  imFactor: nonNegative().default(1),
  longBase: nonNegative().default(1),
  longRateMult: num().default(0),
  longRateAdd: num().default(0),
  shortBase: nonNegative().default(1),
  shortRateMult: num().default(0),
  shortRateAdd: num().default(0),
});

const basis = z.strictObject({
  spotUp: nonNegative().default(1),
  spotDown: nonNegative().default(1),
  addFactor: nonNegative().default(0),
  multFactor: nonNegative().default(0),
});

const contingency = z.strictObject({
  mmOption: nonNegative().default(0),
  imOption: nonNegative().default(0),
  mmPerp: nonNegative().default(0),
  imPerp: nonNegative().default(0),
  confThreshold: unit().default(0),
  confMargin: nonNegative().default(0),
  pegThreshold: nonNegative().default(0),
  pegFactor: nonNegative().default(0),
});

const collateral = z.strictObject({
  mmHaircut: unit(),
  imHaircut: unit(),
  riskCancelling: assetName().optional(),
});

/** `dcro.params/1` (MODEL.md §8): a profile. Only `scenarios` is required. */
export const paramsSchema = z.strictObject({
  format: z.literal('dcro.params/1'),
  name: z.string().max(64).optional(),
  description: z.string().max(2000).optional(),
  scenarios: scenarioSpecSchema,
  underliers: z.record(assetName(), z.strictObject({ scenarios: scenarioSpecSchema })).default({}),
  volShock: volShock.prefault({}),
  skewShock: skewShock.prefault({}),
  margin: margin.prefault({}),
  basis: basis.prefault({}),
  contingency: contingency.prefault({}),
  collateral: z.record(assetName(), collateral).default({}),
  crossUnderlier: z.strictObject({ offsetCredit: unit().default(0) }).prefault({}),
});

export type ParamsParsed = z.output<typeof paramsSchema>;
