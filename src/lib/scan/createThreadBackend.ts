import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BaseError } from '../errors/BaseError';
import type { ScanBackend } from './ScanBackend';
import type { ThreadReply, ThreadRequest } from './scanWorkerThread';
import { fromErrorRecord } from './errorRecord';

export type CreateThreadBackendParameters = {
  /** Worker threads; default the machine's parallelism (at most 8). */
  workers?: number;
};

/** A .mjs entry that registers tsx, then loads the TypeScript worker (scanWorkerThread.ts). */
const WORKER_URL = new URL('./scanWorkerThread.mjs', import.meta.url);

function spawn(): Worker {
  return new Worker(WORKER_URL);
}

/**
 * The embedded scan backend: a pool of worker_threads, one Wasm core each. Each idle worker takes
 * the next shard, so uneven shards balance; results are returned in shard order whatever
 * finished first. Workers are started on the first run and kept until `close`.
 *
 * @example
 * const backend = createThreadBackend({ workers: 2 });
 * const figures = await scanAccounts(accounts, market, params, { backend });
 * await backend.close();
 */
export function createThreadBackend({ workers }: CreateThreadBackendParameters = {}): ScanBackend {
  const size = Math.max(1, Math.min(workers ?? availableParallelism(), 8));
  let pool: Worker[] = [];
  return {
    name: `embedded (${size} worker thread${size === 1 ? '' : 's'})`,
    async run(context, shards, onShardDone, signal) {
      if (pool.length === 0) pool = Array.from({ length: size }, spawn);
      const results: Float64Array[][] = new Array(shards.length);
      let next = 0;
      const drive = (worker: Worker) =>
        new Promise<void>((resolve, reject) => {
          const fail = (error: Error) => {
            cleanup();
            reject(error);
          };
          const onError = (error: Error) =>
            fail(
              new BaseError(`A scan worker thread crashed: ${error.message}`, {
                code: 'SCAN_WORKER_FAILED',
                cause: error,
              }),
            );
          const onAbort = () =>
            fail(new BaseError('The scan was cancelled.', { code: 'SCAN_CANCELLED' }));
          const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            signal?.removeEventListener('abort', onAbort);
          };
          const take = () => {
            if (signal?.aborted) return onAbort();
            if (next >= shards.length) {
              cleanup();
              return resolve();
            }
            const id = next++;
            worker.postMessage({ type: 'shard', id, shard: shards[id]! } satisfies ThreadRequest);
          };
          const onMessage = (reply: ThreadReply) => {
            if ('error' in reply) return fail(fromErrorRecord(reply.error));
            results[reply.id] = reply.figures;
            onShardDone(reply.id);
            take();
          };
          worker.on('message', onMessage);
          worker.on('error', onError);
          signal?.addEventListener('abort', onAbort);
          worker.postMessage({ type: 'context', context } satisfies ThreadRequest);
          take();
        });
      try {
        await Promise.all(pool.map(drive));
      } catch (error) {
        // A worker may still be busy with a shard of this run: start afresh next time.
        await this.close();
        throw error;
      }
      return results;
    },
    async close() {
      const old = pool;
      pool = [];
      await Promise.all(old.map((w) => w.terminate()));
    },
  };
}
