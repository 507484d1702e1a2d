import { describe, expect, test } from 'vitest';
import { parsePortfolio } from './parsePortfolio';
import { ValidationError } from './ValidationError';

const base = (): { positions: Record<string, unknown>[]; [k: string]: unknown } => ({
  format: 'dcro.portfolio/1',
  asOf: 1776248687,
  underliers: { ETH: { spot: 2315.6, expiries: { '1776931200': { forward: 2318.2 } } } },
  positions: [
    {
      type: 'option',
      underlier: 'ETH',
      expiry: 1776931200,
      strike: 2400,
      right: 'call',
      qty: -10,
      vol: 0.62,
    },
    { type: 'perp', underlier: 'ETH', qty: 2, entryPrice: 2300 },
  ],
  collateral: [{ asset: 'USDC', amount: 1000, price: 1 }],
});

/** The `path: message` lines of the error a bad document raises. */
function problems(json: unknown): string[] {
  try {
    parsePortfolio(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ValidationError');
}

describe('parsePortfolio', () => {
  test('fills MODEL.md §2 defaults and resolves a perp entry price into its unrealized P&L', () => {
    const p = parsePortfolio(base());
    expect(p.cash).toBe(0);
    expect(p.stablePrice).toBe(1);
    expect(p.underliers.ETH!.perpPrice).toBe(2315.6);
    expect(p.underliers.ETH!.expiries['1776931200']!.rate).toBe(0);
    expect(p.positions[0]).toMatchObject({ volConfidence: 1 });
    expect(p.positions[1]).toEqual({
      type: 'perp',
      underlier: 'ETH',
      qty: 2,
      unrealizedPnl: 2 * (2315.6 - 2300),
      unrealizedFunding: 0,
    });
    expect(p.collateral[0]!.confidence).toBe(1);
  });

  test('an empty book and an expired option are valid', () => {
    expect(parsePortfolio({ format: 'dcro.portfolio/1', asOf: 0 }).positions).toEqual([]);
    const expired = base();
    expired.positions[0]!.expiry = 1;
    expect(() => parsePortfolio(expired)).not.toThrow();
  });

  test('names the path of every bad field', () => {
    const bad = base() as Record<string, unknown>;
    bad.positions = [
      { type: 'option', underlier: 'ETH', expiry: 1, strike: 1, right: 'call', qty: 1, vol: 0 },
      { type: 'option', underlier: 'ETH', expiry: 1, strike: '1', right: 'c', qty: 1, vol: 1 },
      { type: 'perp', underlier: 'ETH', qty: 1, colour: 'red' },
    ];
    expect(problems(bad)).toEqual([
      'positions[0].vol: must be > 0',
      'positions[1].strike: must be a number, got the string "1"',
      'positions[1].right: must be "call" or "put", got the string "c"',
      'positions[2].colour: unknown key',
    ]);
  });

  test('rejects a wrong format tag, a missing asOf and a non-positive spot', () => {
    expect(problems({ format: 'dcro.portfolio/2', underliers: { BTC: { spot: 0 } } })).toEqual([
      'format: must be "dcro.portfolio/1", got the string "dcro.portfolio/2"',
      'asOf: required',
      'underliers.BTC.spot: must be > 0',
    ]);
  });

  test('rejects positions on an underlier without a market', () => {
    const bad = base();
    bad.positions[1]!.underlier = 'SOL';
    expect(problems(bad)).toEqual([
      'positions[1].underlier: unknown underlier "SOL" (underliers: ETH)',
    ]);
  });

  test('rejects a perp with both unrealizedPnl and entryPrice', () => {
    const bad = base();
    Object.assign(bad.positions[1]!, { unrealizedPnl: 5 });
    expect(problems(bad)).toEqual([
      'positions[1].entryPrice: give unrealizedPnl or entryPrice, not both',
    ]);
  });

  test('rejects absurd numbers, forwardFixed above the forward and unknown position types', () => {
    const bad = base() as Record<string, unknown>;
    bad.cash = 1e300;
    bad.underliers = {
      ETH: { spot: 2315.6, expiries: { '1776931200': { forward: 10, forwardFixed: 20 } } },
    };
    bad.positions = [{ type: 'swap' }];
    expect(problems(bad)).toEqual([
      'cash: must be ≤ 1000000000000000',
      `positions[0].type: must be 'option' | 'future' | 'perp'`,
    ]);
    bad.cash = 0;
    bad.positions = [];
    expect(problems(bad)).toEqual([
      'underliers.ETH.expiries.1776931200.forwardFixed: must be ≤ forward (10)',
    ]);
  });

  test('forwardFixed needs no explicit forward: the core bounds it by the default forward', () => {
    const p = base() as Record<string, unknown>;
    p.underliers = { ETH: { spot: 2315.6, expiries: { '1776931200': { forwardFixed: 1000 } } } };
    const parsed = parsePortfolio(p);
    expect(parsed.underliers.ETH!.expiries['1776931200']).toMatchObject({
      forward: undefined,
      forwardFixed: 1000,
    });
  });

  test('two legs of one instrument must carry one vol', () => {
    const bad = base();
    bad.positions.push({ ...(bad.positions[0] as (typeof bad.positions)[0]), vol: 0.7 });
    expect(problems(bad)).toEqual([
      'positions[2].vol: same instrument as positions[0] with a different vol or volConfidence',
    ]);
  });
});

describe('names that plain objects would confuse', () => {
  test.each(['__proto__', 'toString', 'constructor', 'joint'])(
    'an underlier called %s is refused',
    (name) => {
      const bad = base();
      bad.positions = [{ type: 'perp', underlier: name, qty: 1 }];
      expect(problems(bad)).toContain('positions[0].underlier: is a reserved name');
    },
  );

  test('an expiry key with a leading zero is refused rather than merged', () => {
    const bad = base();
    bad.underliers = {
      ETH: { spot: 2315.6, expiries: { '1776931200': {}, '01776931200': { forward: 9 } } },
    };
    expect(problems(bad)).toContain(
      'underliers.ETH.expiries.01776931200: expiry keys are unix seconds (no leading zeros)',
    );
  });
});
