import { z } from 'zod';
import { assetName, integer, nonNegative, num, positive, unit } from './numbers';

/** Largest book the engine accepts: far above any real account, small enough to stay in memory. */
export const MAX_POSITIONS = 100_000;
/** Largest number of collateral holdings. */
export const MAX_COLLATERAL = 1_000;

const name = assetName;

const expiryMarket = z.strictObject({
  forward: positive().optional(),
  forwardFixed: nonNegative().default(0),
  rate: num().default(0),
  forwardConfidence: unit().default(1),
  rateConfidence: unit().default(1),
});

const underlierMarket = z.strictObject({
  spot: positive(),
  spotConfidence: unit().default(1),
  perpPrice: positive().optional(),
  perpConfidence: unit().default(1),
  expiries: z
    .record(
      z.string().regex(/^(0|[1-9]\d{0,15})$/, {
        message: 'expiry keys are unix seconds (no leading zeros)',
      }),
      expiryMarket,
    )
    .default({}),
});

const option = z.strictObject({
  type: z.literal('option'),
  underlier: name(),
  expiry: integer(),
  strike: nonNegative(),
  right: z.enum(['call', 'put']),
  qty: num(),
  vol: positive(),
  volConfidence: unit().default(1),
});

const future = z.strictObject({
  type: z.literal('future'),
  underlier: name(),
  expiry: integer(),
  qty: num(),
  entryPrice: nonNegative(),
});

const perp = z.strictObject({
  type: z.literal('perp'),
  underlier: name(),
  qty: num(),
  unrealizedPnl: num().optional(),
  entryPrice: nonNegative().optional(),
  unrealizedFunding: num().default(0),
});

const collateral = z.strictObject({
  asset: name(),
  amount: nonNegative(),
  price: nonNegative(),
  confidence: unit().default(1),
});

/** `dcro.portfolio/1` as written in a file (MODEL.md §8), with MODEL.md §2's defaults. */
export const portfolioSchema = z.strictObject({
  format: z.literal('dcro.portfolio/1'),
  asOf: integer().min(0),
  cash: num().default(0),
  stablePrice: positive().default(1),
  stableConfidence: unit().default(1),
  underliers: z.record(name(), underlierMarket).default({}),
  positions: z
    .array(z.discriminatedUnion('type', [option, future, perp]))
    .max(MAX_POSITIONS)
    .default([]),
  collateral: z.array(collateral).max(MAX_COLLATERAL).default([]),
});

export type PortfolioInput = z.input<typeof portfolioSchema>;
export type PortfolioParsed = z.output<typeof portfolioSchema>;
