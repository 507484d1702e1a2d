import { beforeAll, describe, expect, test } from 'vitest';
import { DAY_SEC } from '../../../assembly/units';
import { referenceMargin } from '../../../tests/reference/referenceMargin';
import { parsePortfolio } from '../model/parsePortfolio';
import { loadProfile } from '../model/profiles';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { Portfolio, Position } from '../model/types';
import { ValidationError } from '../model/ValidationError';
import type { CoreExports } from './CoreExports';
import { computeMargin } from './computeMargin';
import { loadCoreNode } from './loadCoreNode';
import { WhatIfSession } from './WhatIfSession';

const AS_OF = 1776248687;
const EXPIRY = AS_OF + 30 * DAY_SEC;
const LATER = AS_OF + 90 * DAY_SEC;
const params = loadProfile('dcro-default');

let core: CoreExports;
beforeAll(async () => {
  core = await loadCoreNode();
});

/** An ETH book on an expiry with a default forward (rate 5%) and the given forwardFixed. */
function book(forwardFixed: number, laterFixed = 0): Portfolio {
  return parsePortfolio({
    format: 'dcro.portfolio/1',
    asOf: AS_OF,
    underliers: {
      ETH: {
        spot: 2000,
        expiries: {
          [EXPIRY]: { rate: 0.05, forwardFixed },
          [LATER]: { rate: 0.05, forwardFixed: laterFixed },
        },
      },
    },
    positions: [
      {
        type: 'option',
        underlier: 'ETH',
        expiry: EXPIRY,
        strike: 2100,
        right: 'call',
        qty: -3,
        vol: 0.6,
      },
      { type: 'future', underlier: 'ETH', expiry: EXPIRY, qty: 2, entryPrice: 1990 },
    ],
  });
}

function validationProblems(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a ValidationError');
}

describe('forwardFixed with the default forward spot·exp(rate·T)', () => {
  test('is accepted, and only the rest of the forward moves with spot', () => {
    const fixed = computeMargin({ portfolio: book(800), params, core });
    const free = computeMargin({ portfolio: book(0), params, core });
    const ref = referenceMargin({ portfolio: book(800), params });
    // The future's delta is qty·Fvar/spot = 2·(F − 800)/2000 instead of 2·F/2000.
    expect(fixed.positionGreeks[1]!.delta).toBeCloseTo(free.positionGreeks[1]!.delta - 0.8, 9);
    expect(fixed.initialMargin).not.toBeCloseTo(free.initialMargin, 0);
    expect(fixed.initialMargin).toBeCloseTo(ref.initialMargin, 6);
    fixed.scenarioPnl.ETH!.forEach((x, k) => expect(x).toBeCloseTo(ref.scenarioPnl.ETH![k]!, 6));
  });

  test('above that forward is a validation error naming the field, with the core’s forward', () => {
    const problems = validationProblems(() =>
      computeMargin({ portfolio: book(2009), params, core }),
    );
    // F = 2000·exp(0.05·30/365) ≈ 2008.23
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^underliers\\.ETH\\.expiries\\.${EXPIRY}\\.forwardFixed: must be ≤ the expiry's forward \\(2008\\.2\\d+;`,
        ),
      ),
    ]);
  });

  test('on an expiry only a what-if leg uses, is refused when the leg uses it', () => {
    const portfolio = book(0, 5000);
    const { n, sets } = resolveScenarioSets(params, ['ETH']);
    const session = new WhatIfSession({ portfolio, params, scenarioSets: sets, n, core });
    const leg: Position = {
      type: 'option',
      underlier: 'ETH',
      expiry: LATER,
      strike: 1800,
      right: 'put',
      qty: 1,
      vol: 0.55,
      volConfidence: 1,
    };
    expect(validationProblems(() => session.evaluate([leg]))).toEqual([
      expect.stringMatching(new RegExp(`^underliers\\.ETH\\.expiries\\.${LATER}\\.forwardFixed:`)),
    ]);
    // The session is intact: another leg previews as the full computation would.
    const other = { ...leg, expiry: EXPIRY };
    const full = computeMargin({
      portfolio: { ...portfolio, positions: [...portfolio.positions, other] },
      params,
      core: fresh,
    });
    const { hashes: _, ...expected } = full;
    expect(JSON.stringify(session.evaluate([other]))).toBe(JSON.stringify(expected));
  });
});

let fresh: CoreExports;
beforeAll(async () => {
  fresh = await loadCoreNode();
});
