import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { loadProfile } from '../../src/lib/model/profiles';
import { createRedisBackend } from '../../src/lib/scan/createRedisBackend';
import { createThreadBackend } from '../../src/lib/scan/createThreadBackend';
import { parseAccountsFile } from '../../src/lib/scan/parseAccountsFile';
import { scanAccounts, scanAccountsPacked } from '../../src/lib/scan/scanAccounts';
import { scanShard } from '../../src/lib/scan/scanShard';
import { startRedis, type RunningRedis } from '../../src/lib/scan/startRedis';
import { syntheticScan } from './fixtures';

const SEED = Number(process.env.SCAN_SEED ?? 7);
let redis: RunningRedis;
const workers: ChildProcess[] = [];

/** A `dcro impact worker` process on the test's Redis; resolves when it says it is ready. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn('node', ['bin/dcro.js', 'impact', 'worker', '--redis', url, '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('ready on')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${err}`)));
  });
}

beforeAll(async () => {
  redis = await startRedis();
  await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
}, 120_000);
afterAll(async () => {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(
    workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once('exit', r)) : null)),
  );
  await redis?.stop();
});

describe('distributed scan (BullMQ on a real redis-server, two worker processes)', () => {
  test(`gives the same bytes as the embedded pool and one core (seed ${SEED})`, async () => {
    const { market, accounts } = syntheticScan(300, 25, SEED);
    const paramSets = [loadProfile('dcro-default'), loadProfile('deribit-pm-like')];
    const hex = (fs: Float64Array[]) => fs.map((f) => Buffer.from(f.buffer).toString('hex'));
    const distributed = createRedisBackend({ url: redis.url });
    const embedded = createThreadBackend({ workers: 2 });
    try {
      const progress: number[] = [];
      const viaRedis = await scanAccountsPacked(accounts, market, paramSets, {
        backend: distributed,
        shardSize: 23,
        onProgress: ({ done }) => progress.push(done),
      });
      const viaThreads = await scanAccountsPacked(accounts, market, paramSets, {
        backend: embedded,
        shardSize: 100,
      });
      const oneCore = scanShard(await loadCoreNode(), market, accounts, paramSets);
      expect(hex(viaRedis)).toEqual(hex(viaThreads));
      expect(hex(viaRedis)).toEqual(hex(oneCore));
      expect(Math.max(...progress)).toBe(300);
      expect(progress).toHaveLength(Math.ceil(300 / 23));
    } finally {
      await Promise.all([distributed.close(), embedded.close()]);
    }
  });

  test('an account the core cannot compute comes back as a typed error naming it', async () => {
    const doc = {
      format: 'dcro.accounts/1',
      market: {
        asOf: 0,
        underliers: { ETH: { spot: 2000, expiries: { '31536000000': { rate: 1000 } } } },
        instruments: [{ type: 'future', underlier: 'ETH', expiry: 31536000000 }],
        collateral: {},
      },
      accounts: [
        { id: 'fine', legs: [] },
        { id: 'overflows', legs: [[0, 1, 2000]] },
      ],
    };
    const { market, accounts } = parseAccountsFile(doc);
    const backend = createRedisBackend({ url: redis.url });
    try {
      await expect(
        scanAccounts(accounts, market, loadProfile('dcro-default'), { backend }),
      ).rejects.toMatchObject({
        code: 'SCAN_ACCOUNT_FAILED',
        shortMessage: expect.stringMatching(
          /^accounts\[1\] \(overflows\): The book is too large for double precision/,
        ),
      });
    } finally {
      await backend.close();
    }
  });

  test('a Redis that is not there is REDIS_UNREACHABLE, not a hang', async () => {
    const backend = createRedisBackend({ url: 'redis://127.0.0.1:1' });
    const { market, accounts } = syntheticScan(2, 1, SEED);
    try {
      await expect(
        scanAccounts(accounts, market, loadProfile('dcro-default'), { backend }),
      ).rejects.toMatchObject({ code: 'REDIS_UNREACHABLE' });
    } finally {
      await backend.close();
    }
  });
});
