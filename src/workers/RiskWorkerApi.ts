import type { ShardResult } from '../lib/engine/shards';
import type { MarginResult, Params, Portfolio, Position } from '../lib/model/types';

/** A validated book under a validated profile: what every request carries. */
export type BookRequest = { portfolio: Portfolio; params: Params };

/**
 * A book for `shard` / `finalize`, sent once per worker: `portfolio` may be left out when the
 * worker was sent the same `portfolioId` before (the pool tracks which worker holds which), so
 * recomputing a book under other parameters neither clones nor re-encodes its positions.
 */
export type CachedBookRequest = {
  portfolioId: number;
  portfolio: Portfolio | undefined;
  params: Params;
  bookId: string;
};

/** A what-if result: MODEL.md §8's result less the input hashes. */
export type WhatIfResult = Omit<MarginResult, 'hashes'>;

/**
 * What one risk worker does (comlink-exposed by risk.worker.ts). Every method is a pure
 * function of its arguments: a worker keeps only Wasm instances and what-if sessions (caches).
 */
export interface RiskWorkerApi {
  /** Scenario P&L of scenarios [k0, k1) and the isolated minima over them. */
  shard(req: CachedBookRequest & { k0: number; k1: number }): Promise<ShardResult>;
  /**
   * The margin from shards covering every scenario (merged in a fixed order). A worker that ran
   * a shard of the same `bookId` reuses the book it has loaded instead of preparing it again.
   */
  finalize(
    req: CachedBookRequest & { shards: ShardResult[] },
  ): Promise<Omit<MarginResult, 'hashes'>>;

  /**
   * The margin of the book plus `legs`, from a cached session of the book (`key` names it).
   * Without input hashes: hashing the whole book on every keystroke would cost milliseconds.
   */
  whatIf(req: BookRequest & { key: string; legs: Position[] }): Promise<WhatIfResult>;
  /** Rows [v0, v1) of an exploratory spot × vol-shift grid (additive vol shifts, no weights). */
  fineGridRows(
    req: BookRequest & { spots: number[]; volShifts: number[]; v0: number; v1: number },
  ): Promise<Record<string, Float64Array>>;
}
