import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { BaseError } from '../errors/BaseError';
import type { ScanBackend } from './ScanBackend';
import { fromErrorRecord } from './errorRecord';
import { SCAN_QUEUE, contextKey, type ShardJobData, type ShardJobResult } from './redisJobs';
import { decodeWire, encodeWire } from './wireCodec';

export type CreateRedisBackendParameters = {
  /** `redis://host:port` of the Redis the workers (`dcro impact worker`) listen on. */
  url: string;
  queue?: string;
};

/**
 * The distributed scan backend: each shard is a BullMQ job on Redis, taken by any number of
 * worker processes on any machines (`dcro impact worker --redis URL`, runRedisWorker). The scan's
 * market and parameter sets are stored once under a key of their own; shard results come back as
 * the jobs' return values and are returned in shard order, so the merge is the embedded one.
 *
 * @example
 * const backend = createRedisBackend({ url: 'redis://127.0.0.1:6379' });
 * await scanAccounts(accounts, market, params, { backend });
 * await backend.close();
 */
export function createRedisBackend({
  url,
  queue: name = SCAN_QUEUE,
}: CreateRedisBackendParameters): ScanBackend {
  // Fail fast when Redis is not there at all; BullMQ reconnects on its own connections after.
  const connection = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    retryStrategy: (times) => (times > 5 ? null : 200),
  });
  connection.on('error', () => {}); // surfaced by the commands that fail
  const queue = new Queue<ShardJobData, ShardJobResult>(name, { connection });
  const events = new QueueEvents(name, { connection: connection.duplicate() });
  queue.on('error', () => {}); // idem
  events.on('error', () => {});
  return {
    name: `distributed (BullMQ queue ${name} on ${url})`,
    async run(context, shards, onShardDone, signal) {
      try {
        if (connection.status === 'wait') await connection.connect();
        await connection.ping();
        await events.waitUntilReady();
      } catch (cause) {
        throw new BaseError(`Cannot reach Redis at ${url}.`, {
          code: 'REDIS_UNREACHABLE',
          details: [String((cause as Error)?.message ?? cause)],
          metaMessages: ['Start redis-server, or check --redis.'],
          cause,
        });
      }
      if ((await queue.getWorkersCount()) === 0)
        throw new BaseError(`No scan worker is listening on ${url} (queue ${name}).`, {
          code: 'REDIS_NO_WORKERS',
          metaMessages: [
            'Start some with `dcro impact worker --redis URL` (on any machine), or pass --workers N.',
          ],
        });
      const scanId = randomUUID();
      await connection.set(contextKey(scanId), encodeWire(context), 'EX', 86_400);
      const jobs: Job<ShardJobData, ShardJobResult>[] = await queue.addBulk(
        shards.map((s, index) => ({
          name: 'shard',
          data: { scanId, index, offset: s.offset, accounts: encodeWire(s.accounts) },
          opts: { jobId: `${scanId}-${index}`, attempts: 3, removeOnFail: true },
        })),
      );
      const cancelled = new Promise<never>((_, reject) => {
        const abort = () =>
          reject(new BaseError('The scan was cancelled.', { code: 'SCAN_CANCELLED' }));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
      });
      cancelled.catch(() => {});
      try {
        return await Promise.race([
          cancelled,
          Promise.all(
            jobs.map(async (job, index) => {
              const result = (await job.waitUntilFinished(events)) as ShardJobResult;
              if ('error' in result) throw fromErrorRecord(result.error);
              onShardDone(index);
              return decodeWire<Float64Array[]>(result.figures);
            }),
          ),
        ]);
      } catch (error) {
        if (error instanceof BaseError) throw error;
        throw new BaseError(`A distributed scan shard failed: ${(error as Error).message}`, {
          code: 'SCAN_WORKER_FAILED',
          cause: error,
        });
      } finally {
        for (const job of jobs) await job.remove().catch(() => {});
        await connection.del(contextKey(scanId)).catch(() => {});
      }
    },
    async close() {
      // After a failed connection there is nothing to close politely.
      await Promise.allSettled([queue.close(), events.close()]);
      connection.disconnect();
    },
  };
}
