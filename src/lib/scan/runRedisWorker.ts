import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { BaseError } from '../errors/BaseError';
import { loadCoreNode } from '../engine/loadCoreNode';
import type { ScanAccount } from './ScanMarket';
import type { ScanContext } from './ScanBackend';
import { toErrorRecord } from './errorRecord';
import {
  SCAN_QUEUE,
  SHARD_LOCK_MS,
  contextKey,
  type ShardJobData,
  type ShardJobResult,
} from './redisJobs';
import { scanShard } from './scanShard';
import { decodeWire, encodeWire } from './wireCodec';

const CONNECT_TIMEOUT_MS = 5_000;

export type RunRedisWorkerParameters = {
  url: string;
  queue?: string;
  /** Called after each shard, with the accounts it held. */
  onShard?: (accounts: number) => void;
};

/**
 * A distributed scan worker: takes shard jobs from the BullMQ queue one at a time and computes
 * them with its own Wasm core (scanShard). Keeps the context of the last few scans it served.
 * Resolves once connected, to a handle whose `close` finishes the current shard and stops.
 *
 * @example
 * const worker = await runRedisWorker({ url: 'redis://127.0.0.1:6379' });
 * await worker.close();
 */
export async function runRedisWorker({
  url,
  queue = SCAN_QUEUE,
  onShard,
}: RunRedisWorkerParameters) {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  connection.on('error', () => {});
  // Reconnect forever once served, but say so at once when Redis is not there at the start.
  const reached = await Promise.race([
    connection.ping().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CONNECT_TIMEOUT_MS).unref()),
  ]);
  if (!reached) {
    connection.disconnect();
    throw new BaseError(`Cannot reach Redis at ${url}.`, {
      code: 'REDIS_UNREACHABLE',
      details: [`refused, or no answer within ${CONNECT_TIMEOUT_MS / 1000} s`],
      metaMessages: ['Start redis-server, or check --redis.'],
    });
  }
  const core = await loadCoreNode();
  const contexts = new Map<string, ScanContext>();
  const contextOf = async (scanId: string) => {
    let context = contexts.get(scanId);
    if (context) return context;
    const text = await connection.get(contextKey(scanId));
    if (text === null)
      throw new BaseError(`Scan ${scanId} has no context in Redis (finished or expired).`, {
        code: 'SCAN_CONTEXT_MISSING',
      });
    context = decodeWire<ScanContext>(text);
    contexts.set(scanId, context);
    if (contexts.size > 4) contexts.delete(contexts.keys().next().value!);
    return context;
  };
  const worker = new Worker<ShardJobData, ShardJobResult>(
    queue,
    async (job) => {
      try {
        const { market, paramSets } = await contextOf(job.data.scanId);
        const accounts = decodeWire<ScanAccount[]>(job.data.accounts);
        const figures = scanShard(core, market, accounts, paramSets, job.data.offset);
        onShard?.(accounts.length);
        return { figures: encodeWire(figures) };
      } catch (error) {
        return { error: toErrorRecord(error) };
      }
    },
    { connection, concurrency: 1, lockDuration: SHARD_LOCK_MS },
  );
  worker.on('error', () => {});
  try {
    await worker.waitUntilReady();
  } catch (cause) {
    await worker.close();
    throw new BaseError(`Cannot reach Redis at ${url}.`, {
      code: 'REDIS_UNREACHABLE',
      cause,
      metaMessages: ['Start redis-server, or check --redis.'],
    });
  }
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
