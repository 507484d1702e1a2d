import { DAY_SEC } from '../../assembly/units';
import { describe, expect, test } from 'vitest';
import type { Portfolio, Position } from '../../src/lib/model/types';
import { black76 } from './black76';
import { deriveProfile } from './deriveProfile';
import { expandScenarios } from './expandScenarios';
import { identityParams } from './identityParams';
import { normalCdf, normalTails } from './normalCdf';
import { referenceMargin } from './referenceMargin';
import { shockedVol } from './volShock';
import { worstLoss } from './worstLoss';

const AS_OF = 1_750_000_000;

function book(positions: Position[], extra: Partial<Portfolio> = {}): Portfolio {
  return {
    format: 'dcro.portfolio/1',
    asOf: AS_OF,
    cash: 0,
    stablePrice: 1,
    stableConfidence: 1,
    underliers: {
      ETH: { spot: 2000, spotConfidence: 1, perpPrice: 2000, perpConfidence: 1, expiries: {} },
    },
    positions,
    collateral: [],
    ...extra,
  };
}

describe('normalCdf', () => {
  test('the lower tail keeps full relative precision far below −3', () => {
    // Φ(−20) = 2.7536241186062336951e-89 (mpmath, 60 digits).
    expect(Math.abs(normalCdf(-20) / 2.7536241186062336951e-89 - 1)).toBeLessThan(1e-14);
  });
  test('both tails add up to 1 and mirror each other', () => {
    for (const x of [-7, -2.5, -0.5, 0, 0.3, 1.7, 6]) {
      const { lower, upper } = normalTails(x);
      expect(lower + upper).toBeCloseTo(1, 15);
      expect(normalTails(-x).upper).toBe(lower);
    }
  });
});

describe('black76', () => {
  test('put-call parity holds: call − put = D·(F − K)', () => {
    const args = { F: 2318.2, K: 2400, D: 0.99, sigma: 0.62, T: 0.02 };
    const call = black76({ ...args, right: 'call' });
    const put = black76({ ...args, right: 'put' });
    expect(call - put).toBeCloseTo(0.99 * (2318.2 - 2400), 10);
  });
});

describe('expandScenarios', () => {
  test('derive-pm2 expands to 31 scenarios, −18% vol up first and the skew pair last', () => {
    const list = expandScenarios(deriveProfile().scenarios);
    expect(list).toHaveLength(2 + 7 * 3 + 6 + 2);
    expect(list[0]).toEqual({ spot: expect.closeTo(0.82, 15), vol: 'up', weight: 1 });
    expect(list.slice(-2).map((s) => s.vol)).toEqual(['skew-linear', 'skew-abs']);
    expect(list[23]!.weight).toBeCloseTo(0.036 / 0.66, 15);
  });
});

describe('volShock', () => {
  test('exactly 30 days to expiry takes the short-term power', () => {
    const p = { ...deriveProfile().volShock, dteFloorDays: 45 };
    const m = (1 + 0.5 * (30 / 45) ** 0.3) * 0.6;
    expect(shockedVol(p, 30 * DAY_SEC, 0.6, 'up')).toBeCloseTo(m, 14);
  });
});

describe('worstLoss', () => {
  test('on a tie the basis wins, then the lowest scenario index', () => {
    expect(worstLoss(-5, [-5, -5])).toEqual({ scenario: 'basis', pnl: -5 });
    expect(worstLoss(0, [1, -2, -2])).toEqual({ scenario: 1, pnl: -2 });
  });
});

describe('referenceMargin', () => {
  test('a long perp is margined by its −18% loss at the perp price plus the perp add-ons', () => {
    const r = referenceMargin({
      portfolio: book([
        { type: 'perp', underlier: 'ETH', qty: 1, unrealizedPnl: 0, unrealizedFunding: 10 },
      ]),
      params: deriveProfile(),
    });
    expect(r.worst).toEqual({ underlier: 'ETH', scenario: 0, pnl: expect.closeTo(-360, 9) });
    expect(r.maintenanceMargin).toBeCloseTo(0.8 * 360 + 0.015 * 2000, 9);
    expect(r.initialMargin).toBeCloseTo(360 + 0.015 * 2000 + 0.005 * 2000, 9);
    expect(r.efficiency).toBe(1);
  });

  test('offsetting perps on two underliers share the joint worst at offset credit 1', () => {
    const params = {
      ...identityParams({ list: [{ spot: 0.9, vol: 'none' as const, weight: 1 }] }),
    };
    params.crossUnderlier = { offsetCredit: 1 };
    const portfolio = book(
      [
        { type: 'perp', underlier: 'ETH', qty: 1, unrealizedPnl: 0, unrealizedFunding: 0 },
        { type: 'perp', underlier: 'BTC', qty: -0.02, unrealizedPnl: 0, unrealizedFunding: 0 },
      ],
      {
        underliers: {
          ETH: { spot: 2000, spotConfidence: 1, perpPrice: 2000, perpConfidence: 1, expiries: {} },
          BTC: {
            spot: 100000,
            spotConfidence: 1,
            perpPrice: 100000,
            perpConfidence: 1,
            expiries: {},
          },
        },
      },
    );
    const r = referenceMargin({ portfolio, params });
    expect(r.scenarioPnl.joint![0]).toBeCloseTo(0, 9);
    expect(r.worst).toEqual({ underlier: 'joint', scenario: 'basis', pnl: 0 });
    expect(r.isolatedInitialMargin).toBeCloseTo(200, 9);
  });

  test('an expired short call is worth its discounted intrinsic and has delta but no gamma', () => {
    const r = referenceMargin({
      portfolio: book([
        {
          type: 'option',
          underlier: 'ETH',
          expiry: AS_OF - DAY_SEC,
          strike: 1900,
          right: 'call',
          qty: -2,
          vol: 0.5,
          volConfidence: 1,
        },
      ]),
      params: identityParams({ list: [{ spot: 1.1, vol: 'up', weight: 1 }] }),
    });
    expect(r.equity).toBe(-200);
    expect(r.scenarioPnl.ETH).toEqual([-400]);
    const g = r.positionGreeks[0]!;
    expect(g.delta).toBe(-2);
    expect([g.gamma, g.vega, g.theta].map(Math.abs)).toEqual([0, 0, 0]);
  });
});
