import type { Params } from '../model/types';
import type { ScanAccount, ScanMarket } from './ScanMarket';

/** What every shard of one scan shares: sent once per worker, not once per shard. */
export interface ScanContext {
  market: ScanMarket;
  paramSets: readonly Params[];
}

/** A contiguous range of a scan's accounts, starting at `offset` in the whole list. */
export interface ScanShardInput {
  offset: number;
  accounts: readonly ScanAccount[];
}

/**
 * Where a scan's shards run. `run` resolves to, per shard in the order given, the packed figures
 * (figureColumns.ts) of its accounts under each parameter set, as `scanShard` computes them;
 * `onShardDone` is called as each shard finishes (in any order). Implementations: an in-process
 * worker_threads pool (createThreadBackend), BullMQ over Redis (createRedisBackend); the app's
 * Web Worker pool can be a third, since a shard is a pure function of its inputs.
 */
export interface ScanBackend {
  readonly name: string;
  run(
    context: ScanContext,
    shards: readonly ScanShardInput[],
    onShardDone: (index: number) => void,
    signal?: AbortSignal,
  ): Promise<Float64Array[][]>;
  close(): Promise<void>;
}
