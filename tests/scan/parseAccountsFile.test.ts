import { describe, expect, test } from 'vitest';
import { parseAccountsFile } from '../../src/lib/scan/parseAccountsFile';

const market = {
  asOf: 1776248687,
  underliers: { ETH: { spot: 2315.6, expiries: { '1776931200': { forward: 2318.2 } } } },
  instruments: [
    {
      type: 'option',
      underlier: 'ETH',
      expiry: 1776931200,
      strike: 2400,
      right: 'call',
      vol: 0.62,
    },
    { type: 'future', underlier: 'ETH', expiry: 1776931200 },
    { type: 'perp', underlier: 'ETH' },
  ],
  collateral: { USDC: { price: 1 }, ETH: { price: 2315.6 } },
};
const doc = (patch: Record<string, unknown> = {}) => ({
  format: 'dcro.accounts/1',
  market,
  accounts: [
    {
      id: 'a',
      cash: 5,
      legs: [
        [0, -10],
        [1, 5, 2300],
        [2, 1, 12.5, -0.3],
      ],
      collateral: { ETH: 2 },
    },
  ],
  ...patch,
});
const problems = (json: unknown) => {
  try {
    parseAccountsFile(json);
  } catch (e) {
    return (e as { details: string[] }).details;
  }
  return [];
};

describe('parseAccountsFile', () => {
  test('fills the market’s defaults as dcro.portfolio/1 does and keeps the legs as given', () => {
    const { market: m, accounts } = parseAccountsFile(doc({ insuranceFund: 'a' }));
    expect(m.underliers.ETH).toMatchObject({ perpPrice: 2315.6, spotConfidence: 1 });
    expect(m.instruments[0]).toEqual({ ...market.instruments[0], volConfidence: 1 });
    expect(m.collateral.USDC).toEqual({ price: 1, confidence: 1 });
    expect(accounts[0]!.legs).toEqual([
      [0, -10],
      [1, 5, 2300],
      [2, 1, 12.5, -0.3],
    ]);
  });

  test('names every bad field by its path', () => {
    const bad = doc({
      insuranceFund: 'nobody',
      accounts: [
        {
          id: 'a',
          legs: [
            [3, 1],
            [0, 'x'],
            [0, 1, 2],
            [1, 1, -5],
          ],
          collateral: { SOL: 1, ETH: -1 },
        },
        { id: 'a', cash: Infinity, extra: 1 },
      ],
    });
    expect(problems(bad)).toEqual([
      'accounts[0].legs[0][0]: must be an index into market.instruments (0–2)',
      'accounts[0].legs[1][1]: qty must be a number within ±1000000000000000',
      'accounts[0].legs[2]: an option leg has at most 2 numbers',
      'accounts[0].legs[3][2]: entryPrice must be ≥ 0',
      'accounts[0].collateral.SOL: not priced in market.collateral',
      'accounts[0].collateral.ETH: must be an amount ≥ 0',
      'accounts[1].extra: unknown field',
      'accounts[1].cash: must be a number within ±1000000000000000',
      'accounts[1].id: same id as accounts[0]',
      'insuranceFund: must be the id of one of the accounts',
    ]);
  });

  test('market problems are reported under market., duplicates included', () => {
    const instruments = [
      ...market.instruments,
      { ...market.instruments[0], vol: 0 },
      market.instruments[2],
    ];
    expect(problems(doc({ market: { ...market, instruments } }))).toEqual([
      'market.instruments[3].vol: must be > 0',
    ]);
    expect(
      problems(
        doc({ market: { ...market, instruments: [...market.instruments, market.instruments[2]] } }),
      ),
    ).toEqual(['market.instruments[3]: same instrument as market.instruments[2]']);
    expect(problems(doc({ market: { ...market, collateral: { USDC: { price: -1 } } } }))[0]).toBe(
      'market.collateral.USDC.price: must be ≥ 0',
    );
    expect(problems({ format: 'dcro.portfolio/1' })[0]).toMatch(/^format: this is a portfolio/);
  });
});
