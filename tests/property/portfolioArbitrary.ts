import { DAY_SEC } from '../../assembly/units';
import fc from 'fast-check';

/** A fixed "now" for generated books (2025-06-15). */
export const AS_OF = 1_750_000_000;
/** Expiry offsets from asOf: expired, due now, seconds away, the 30-day boundary, years out. */
const EXPIRY_OFFSETS = [
  -3 * DAY_SEC,
  -1,
  0,
  1,
  3_600,
  DAY_SEC,
  7 * DAY_SEC,
  30 * DAY_SEC,
  30 * DAY_SEC + 1,
  90 * DAY_SEC,
  365 * DAY_SEC,
  730 * DAY_SEC,
];
const UNDERLIERS = ['BTC', 'ETH', 'SOL'] as const;
/** Strike moneyness: zero strike, round strikes that repeat (so instruments net), far wings. */
const MONEYNESS = [0, 0.3, 0.8, 0.95, 1, 1.05, 1.25, 2, 8];

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const logUniform = (min: number, max: number) =>
  real(Math.log(min), Math.log(max)).map((x) => Math.exp(x));
const confidence = fc.oneof(fc.constant(1), fc.constant(0.5), real(0, 1));
const qty = fc.oneof(fc.integer({ min: -20, max: 20 }), real(-50, 50), fc.constant(0));

const expiryMarket = fc.record({
  offset: fc.constantFrom(...EXPIRY_OFFSETS),
  forwardFactor: fc.option(real(0.8, 1.3), { nil: undefined }),
  fixedShare: fc.constantFrom(0, 0, 0.3, 1),
  rate: fc.option(real(-0.05, 0.3), { nil: undefined }),
  forwardConfidence: confidence,
  rateConfidence: confidence,
});

const market = fc.record({
  spot: logUniform(0.5, 2e5),
  spotConfidence: confidence,
  perpFactor: fc.option(real(0.95, 1.05), { nil: undefined }),
  perpConfidence: confidence,
  expiries: fc.uniqueArray(expiryMarket, { selector: (e) => e.offset, maxLength: 3 }),
});

type MarketDraw = {
  spot: number;
  expiries: { offset: number }[];
};

function positionArb(names: string[], markets: Record<string, MarketDraw>) {
  const underlier = fc.constantFrom(...names);
  const expiryOf = (u: string) => {
    const listed = markets[u]!.expiries.map((e) => e.offset);
    return fc.constantFrom(...listed, ...EXPIRY_OFFSETS).map((o) => AS_OF + o);
  };
  const option = underlier.chain((u) =>
    fc.record({
      type: fc.constant('option' as const),
      underlier: fc.constant(u),
      expiry: expiryOf(u),
      strike: fc.oneof(
        fc.constantFrom(...MONEYNESS).map((m) => m * markets[u]!.spot),
        logUniform(0.2, 5).map((m) => m * markets[u]!.spot),
      ),
      right: fc.constantFrom('call' as const, 'put' as const),
      qty,
      vol: fc.oneof(real(0.05, 2), fc.constantFrom(1e-4, 0.3, 30)),
      volConfidence: confidence,
    }),
  );
  const future = underlier.chain((u) =>
    fc.record({
      type: fc.constant('future' as const),
      underlier: fc.constant(u),
      expiry: expiryOf(u),
      qty,
      entryPrice: real(0.8, 1.2).map((f) => f * markets[u]!.spot),
    }),
  );
  const perp = underlier.chain((u) =>
    fc.record(
      {
        type: fc.constant('perp' as const),
        underlier: fc.constant(u),
        qty,
        unrealizedPnl: real(-1e4, 1e4),
        entryPrice: real(0.8, 1.2).map((f) => f * markets[u]!.spot),
        unrealizedFunding: real(-100, 100),
      },
      { requiredKeys: ['type', 'underlier', 'qty'] },
    ),
  );
  return fc.oneof({ arbitrary: option, weight: 4 }, future, perp);
}

/** Options on one instrument must share vol and volConfidence (docs/model-notes.md item 2). */
function oneMarkPerInstrument(positions: Record<string, unknown>[]) {
  const first = new Map<string, Record<string, unknown>>();
  return positions.map((p) => {
    if (p.type !== 'option') return p;
    const key = `${p.underlier}|${p.expiry}|${p.strike}|${p.right}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, p);
      return p;
    }
    return { ...p, vol: seen.vol, volConfidence: seen.volConfidence };
  });
}

/** A perp gives unrealizedPnl or entryPrice, not both (MODEL.md §2). */
function onePnlSource(p: Record<string, unknown>) {
  if (p.type !== 'perp' || p.unrealizedPnl === undefined || p.entryPrice === undefined) return p;
  const { entryPrice: _entryPrice, ...rest } = p;
  return rest;
}

/**
 * A random `dcro.portfolio/1` document (raw JSON, defaults partly omitted): 1–3 underliers,
 * options (expired, zero strike, tiny and huge vol, repeated instruments), futures, perps,
 * collateral (stable, and risk-cancelling coins of a held underlier), cash and a stable price
 * that sometimes de-pegs.
 */
export const portfolioJsonArbitrary = fc
  .record({
    names: fc.subarray([...UNDERLIERS], { minLength: 1, maxLength: 3 }),
    markets: fc.record({ BTC: market, ETH: market, SOL: market }),
  })
  .chain(({ names, markets }) =>
    fc.record({
      names: fc.constant(names),
      markets: fc.constant(markets),
      positions: fc.array(positionArb(names, markets), { maxLength: 8 }),
      collateral: fc.array(
        fc.record({
          asset: fc.constantFrom('USDC', ...names.filter((n) => n !== 'SOL')),
          amount: real(0, 50),
          priceFactor: real(0.9, 1.1),
          confidence: confidence,
        }),
        { maxLength: 3 },
      ),
      cash: fc.oneof(fc.constant(0), real(-1e5, 1e5)),
      stablePrice: fc.oneof(fc.constant(1), real(0.9, 1.02)),
    }),
  )
  .map(({ names, markets, positions, collateral, cash, stablePrice }) => {
    const underliers: Record<string, unknown> = {};
    for (const u of names) {
      const m = markets[u as keyof typeof markets];
      const expiries: Record<string, unknown> = {};
      for (const e of m.expiries) {
        const forward = e.forwardFactor === undefined ? undefined : e.forwardFactor * m.spot;
        expiries[String(AS_OF + e.offset)] = {
          ...(forward === undefined ? {} : { forward, forwardFixed: e.fixedShare * forward }),
          ...(e.rate === undefined ? {} : { rate: e.rate }),
          forwardConfidence: e.forwardConfidence,
          rateConfidence: e.rateConfidence,
        };
      }
      underliers[u] = {
        spot: m.spot,
        spotConfidence: m.spotConfidence,
        ...(m.perpFactor === undefined ? {} : { perpPrice: m.perpFactor * m.spot }),
        perpConfidence: m.perpConfidence,
        expiries,
      };
    }
    const spotOf = (asset: string) =>
      asset === 'USDC' ? 1 : markets[asset as keyof typeof markets].spot;
    return {
      format: 'dcro.portfolio/1',
      asOf: AS_OF,
      cash,
      stablePrice,
      underliers,
      positions: oneMarkPerInstrument(positions.map(onePnlSource)),
      collateral: collateral.map((c) => ({
        asset: c.asset,
        amount: c.asset === 'USDC' ? c.amount * 1000 : c.amount,
        price: c.priceFactor * spotOf(c.asset),
        confidence: c.confidence,
      })),
    };
  });
