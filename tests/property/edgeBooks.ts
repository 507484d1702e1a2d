import { DAY_SEC } from '../../assembly/units';
import { AS_OF } from './portfolioArbitrary';

const eth = { spot: 2000, spotConfidence: 0.9, perpPrice: 2010, perpConfidence: 0.8 };
const option = (expiry: number, strike: number, right: string, qty: number, extra = {}) => ({
  type: 'option',
  underlier: 'ETH',
  expiry,
  strike,
  right,
  qty,
  vol: 0.7,
  ...extra,
});
const portfolio = (positions: unknown[], extra = {}) => ({
  format: 'dcro.portfolio/1',
  asOf: AS_OF,
  underliers: { ETH: { ...eth, expiries: {} } },
  positions,
  ...extra,
});
const custom = (extra: Record<string, unknown>) => ({
  format: 'dcro.params/1',
  scenarios: { grid: { range: 0.2, steps: 2 }, skew: ['skew-linear', 'skew-abs'] },
  volShock: { rangeUp: 0.5, rangeDown: 0.3, shortTermPower: 0.3, longTermPower: 0.13 },
  contingency: { confThreshold: 0.95, confMargin: 1, mmOption: 0.01, imOption: 0.01 },
  ...extra,
});

/**
 * Hand-picked books on the boundaries that random generation reaches rarely: the 30-day power
 * switch, flat instruments with a low vol confidence, expiry now, the σ√T ≥ 24 limit, additive
 * shocks down to zero vol, an empty account and every shipped profile on a mixed book.
 */
export const edgeBooks: { name: string; portfolio: unknown; profile?: string; params?: unknown }[] =
  [
    {
      name: 'an option exactly 30 days out under a 45-day floor (short-term power)',
      portfolio: portfolio([option(AS_OF + 30 * DAY_SEC, 2100, 'call', -3)]),
      params: custom({
        volShock: {
          rangeUp: 0.5,
          rangeDown: 0.3,
          shortTermPower: 0.9,
          longTermPower: 0.1,
          dteFloorDays: 45,
        },
      }),
    },
    {
      name: 'a flat instrument with a low vol confidence beside a held one',
      portfolio: portfolio([
        option(AS_OF + 7 * DAY_SEC, 2100, 'call', -3),
        option(AS_OF + 7 * DAY_SEC, 1900, 'put', 2, { volConfidence: 0.2 }),
        option(AS_OF + 7 * DAY_SEC, 1900, 'put', -2, { volConfidence: 0.2 }),
      ]),
      params: custom({}),
    },
    {
      name: 'options and a future expiring now, and an expired straddle',
      portfolio: portfolio([
        option(AS_OF, 2000, 'put', -1),
        option(AS_OF - DAY_SEC, 1900, 'call', 4),
        option(AS_OF - DAY_SEC, 1900, 'put', -4),
        { type: 'future', underlier: 'ETH', expiry: AS_OF, qty: 3, entryPrice: 1990 },
      ]),
      profile: 'dcro-default',
    },
    {
      name: 'a two-year option at σ 20 (σ√T ≥ 24) against a short perp',
      portfolio: portfolio([
        option(AS_OF + 730 * DAY_SEC, 2500, 'call', 1, { vol: 20 }),
        { type: 'perp', underlier: 'ETH', qty: -1, entryPrice: 1950 },
      ]),
      profile: 'deribit-pm-like',
    },
    {
      name: 'an additive vol shock that floors a 5% vol at 0',
      portfolio: portfolio([option(AS_OF + 2 * DAY_SEC, 2050, 'put', -5, { vol: 0.05 })]),
      profile: 'span-like',
    },
    {
      name: 'an empty account with cash and a de-pegged stablecoin',
      portfolio: { format: 'dcro.portfolio/1', asOf: AS_OF, cash: 1000, stablePrice: 0.95 },
      profile: 'dcro-default',
    },
    ...['dcro-default', 'derive-pm2', 'deribit-pm-like', 'span-like'].map((profile) => ({
      name: `a hedged two-underlier book with risk-cancelling collateral under ${profile}`,
      portfolio: {
        format: 'dcro.portfolio/1',
        asOf: AS_OF,
        cash: -5000,
        stablePrice: 0.97,
        underliers: {
          ETH: { ...eth, expiries: { [AS_OF + 14 * DAY_SEC]: { forward: 2012, rate: 0.05 } } },
          BTC: {
            spot: 95000,
            expiries: { [AS_OF + 45 * DAY_SEC]: { forward: 95800, forwardFixed: 20000 } },
          },
        },
        positions: [
          option(AS_OF + 14 * DAY_SEC, 2200, 'call', -10),
          option(AS_OF + 14 * DAY_SEC, 1800, 'put', -10),
          { type: 'perp', underlier: 'ETH', qty: 2, unrealizedPnl: -30, unrealizedFunding: 4 },
          { ...option(AS_OF + 45 * DAY_SEC, 90000, 'put', 0.5), underlier: 'BTC', vol: 0.5 },
          {
            type: 'future',
            underlier: 'BTC',
            expiry: AS_OF + 45 * DAY_SEC,
            qty: -0.3,
            entryPrice: 96000,
          },
        ],
        collateral: [
          { asset: 'USDC', amount: 20000, price: 1 },
          { asset: 'ETH', amount: 3, price: 2000, confidence: 0.5 },
        ],
      },
      profile,
    })),
  ];
