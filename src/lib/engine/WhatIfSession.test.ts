import { beforeAll, describe, expect, test } from 'vitest';
import { DAY_SEC } from '../../../assembly/units';
import { randomBook } from '../../../tests/support/randomBook';
import { loadProfile } from '../model/profiles';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { Portfolio, Position } from '../model/types';
import type { CoreExports } from './CoreExports';
import { computeMargin } from './computeMargin';
import { loadCoreNode } from './loadCoreNode';
import { WhatIfSession } from './WhatIfSession';

let core: CoreExports;
let fresh: CoreExports;
beforeAll(async () => {
  core = await loadCoreNode();
  fresh = await loadCoreNode();
});

const params = loadProfile('dcro-default');

function book(): Portfolio {
  const p = randomBook(60, 7);
  p.positions.push(
    { type: 'perp', underlier: 'ETH', qty: -3, unrealizedPnl: 12, unrealizedFunding: -1 },
    {
      type: 'future',
      underlier: 'BTC',
      expiry: Number(Object.keys(p.underliers.BTC!.expiries)[2]),
      qty: 0.5,
      entryPrice: 74000,
    },
  );
  return p;
}

function session(p: Portfolio) {
  const { n, sets } = resolveScenarioSets(params, Object.keys(p.underliers));
  return new WhatIfSession({ portfolio: p, params, scenarioSets: sets, n, core });
}

/** The full computation of the book with the legs appended, on a separate core instance. */
function full(p: Portfolio, legs: Position[]) {
  return computeMargin({
    portfolio: { ...p, positions: [...p.positions, ...legs] },
    params,
    core: fresh,
  });
}

describe('WhatIfSession', () => {
  const p = book();
  const expiries = Object.keys(p.underliers.BTC!.expiries).map(Number);
  const legsCases: [string, Position[]][] = [
    [
      'a new option on a new strike',
      [
        {
          type: 'option',
          underlier: 'BTC',
          expiry: expiries[4]!,
          strike: 81234,
          right: 'put',
          qty: -4,
          vol: 0.5,
          volConfidence: 1,
        },
      ],
    ],
    ['more of an instrument the book holds', [{ ...(p.positions[3] as Position), qty: 7 }]],
    [
      'a future on an expiry the book already has',
      [{ type: 'future', underlier: 'BTC', expiry: expiries[2]!, qty: -2, entryPrice: 75000 }],
    ],
    [
      'a future on a new expiry and a perp on the other underlier',
      [
        {
          type: 'future',
          underlier: 'ETH',
          expiry: expiries[7]! + DAY_SEC,
          qty: 3,
          entryPrice: 2300,
        },
        { type: 'perp', underlier: 'BTC', qty: 0.25, unrealizedPnl: 0, unrealizedFunding: 0 },
      ],
    ],
  ];

  test.each(legsCases)('%s: preview equals a full recomputation bit for bit', (_, legs) => {
    const s = session(p);
    expect(JSON.stringify(s.preview(legs))).toBe(JSON.stringify(full(p, legs)));
  });

  test('previews do not leak into each other, and the base is the book alone', () => {
    const s = session(p);
    const all = legsCases.flatMap(([, legs]) => legs);
    const expected = JSON.stringify(full(p, all));
    for (const [, legs] of legsCases) s.preview(legs);
    expect(JSON.stringify(s.preview(all))).toBe(expected);
    expect(JSON.stringify(s.base)).toBe(JSON.stringify(full(p, [])));
  });

  test('a preview is plain data to a structured clone (a worker reply) and to JSON', () => {
    const s = session(p);
    const result = s.preview(legsCases[0]![1]);
    const cloned = structuredClone(result);
    expect(JSON.stringify(cloned)).toBe(JSON.stringify(result));
    expect(Array.isArray(cloned.scenarioPnl.BTC)).toBe(true);
    expect(cloned.positionGreeks).toHaveLength(p.positions.length + 1);
    // The book's arrays are shared, not changed, by what-ifs.
    expect(JSON.stringify(s.base)).toBe(JSON.stringify(full(p, [])));
  });

  test('a what-if changes the margin (the test can fail)', () => {
    const s = session(p);
    const legs = legsCases[0]![1];
    expect(s.preview(legs).initialMargin).not.toBe(s.base.initialMargin);
  });
});

describe('legs that do not fit the book', () => {
  const p = book();
  test('a leg on an underlier the book has no market for is a clear error', () => {
    const s = session(p);
    expect(() =>
      s.preview([
        { type: 'perp', underlier: 'SOL', qty: 1, unrealizedPnl: 0, unrealizedFunding: 0 },
      ]),
    ).toThrow(/legs\[0\]\.underlier: unknown underlier "SOL"/);
  });

  test('a leg on a held instrument with another vol is refused, as parsePortfolio would', () => {
    const s = session(p);
    const held = p.positions.find((x) => x.type === 'option')!;
    expect(() => s.preview([{ ...held, vol: (held as { vol: number }).vol + 0.1 }])).toThrow(
      /legs\[0\]\.vol: the book holds this instrument with a different vol/,
    );
  });
});
