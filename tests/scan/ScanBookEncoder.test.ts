import { describe, expect, test } from 'vitest';
import { encodeBook } from '../../src/lib/engine/encodeBook';
import { loadProfile } from '../../src/lib/model/profiles';
import { resolveScenarioSets } from '../../src/lib/model/resolveScenarioSets';
import type { ScanAccount } from '../../src/lib/scan/ScanMarket';
import { ScanBookEncoder } from '../../src/lib/scan/ScanBookEncoder';
import { accountPortfolio } from '../../src/lib/scan/accountPortfolio';
import { seededRandom } from '../../src/lib/scan/seededRandom';
import { snapshotMarket } from './fixtures';

const SEED = Number(process.env.SCAN_SEED ?? 99);

describe('ScanBookEncoder', () => {
  test(`writes exactly encodeBook’s tables for the account’s portfolio (seed ${SEED})`, () => {
    const market = snapshotMarket();
    const random = seededRandom(SEED);
    // A small pool, so legs repeat instruments, share strikes across rights and expiries
    // across options and futures; perps and futures carry their extra numbers.
    const byType = (t: string) => market.instruments.flatMap((x, i) => (x.type === t ? [i] : []));
    const options = byType('option').filter((_, k) => k % 97 === 0);
    const pool = [...options, ...byType('future'), ...byType('perp')];
    const encoder = new ScanBookEncoder(market);
    const profiles = [loadProfile('dcro-default'), loadProfile('derive-pm2')];
    for (let a = 0; a < 40; a++) {
      const legs: ScanAccount['legs'] = Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => {
          const i = pool[Math.floor(random() * pool.length)]!;
          const qty = Math.round((random() - 0.5) * 200) / 10;
          const type = market.instruments[i]!.type;
          return type === 'future'
            ? [i, qty, 70000 * random()]
            : type === 'perp'
              ? [i, qty, random() * 10 - 5, random()]
              : [i, qty];
        },
      );
      const collateral: Record<string, number> =
        random() < 0.5 ? { ETH: 3, USDC: 1000 } : { USDC: 5 };
      const account: ScanAccount = {
        id: `a${a}`,
        cash: Math.round(random() * 1e5),
        legs,
        collateral,
      };
      for (const params of profiles) {
        const portfolio = accountPortfolio(market, account);
        const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers).sort());
        const expected = encodeBook({ portfolio, params, scenarioSets: sets, n });
        const actual = encoder.encode(account, params);
        // BookEncoder's mark also carries its journal length, which the core never sees.
        const { journal: _, ...counts } = expected.counts as typeof expected.counts & {
          journal: number;
        };
        expect(actual.counts, `seed ${SEED}, account ${a}`).toEqual(counts);
        expect(actual.underliers).toEqual(expected.underliers);
        expect(actual.expiries).toEqual(expected.expiries);
        expect([...actual.tables.keys()].sort()).toEqual([...expected.tables.keys()].sort());
        for (const [id, table] of expected.tables)
          expect(
            Buffer.from(actual.tables.get(id)!.data.buffer).equals(Buffer.from(table.data.buffer)),
            `seed ${SEED}, account ${a}, table ${id}`,
          ).toBe(true);
      }
    }
  });
});
