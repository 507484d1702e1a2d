import * as Comlink from 'comlink';
import { hashInputs } from '../lib/engine/hashInputs';
import { shardRanges, type ShardResult } from '../lib/engine/shards';
import { resolveScenarioSets } from '../lib/model/resolveScenarioSets';
import type { MarginResult, Params, Portfolio, Position } from '../lib/model/types';
import type { FineGrid } from '../lib/engine/FineGrid';
import type { BookRequest, CachedBookRequest, RiskWorkerApi, WhatIfResult } from './RiskWorkerApi';
import { WorkerCrashedError } from './WorkerCrashedError';

type Slot = {
  worker: Worker;
  /** The portfolio this worker holds (CachedBookRequest), so it is sent only once. */
  portfolioId: number | undefined;
  api: Comlink.Remote<RiskWorkerApi>;
  /** Rejects when the worker crashes, so calls in flight on it stop waiting. */
  died: Promise<never>;
};

/** The most workers a pool runs (more would only add copies of the book on a few cores). */
export const MAX_POOL_SIZE = 8;

export type RiskPoolParameters = {
  /** Number of workers; defaults to navigator.hardwareConcurrency (at most MAX_POOL_SIZE). */
  size?: number;
};

/**
 * A pool of risk workers (one Wasm core each) that shards a book's scenarios across workers
 * and merges the shards in a fixed order, so the result is the same bits whatever the pool size
 * (a scenario's sum never crosses a shard, and minima merge exactly). Per channel the latest
 * request wins: an older one resolves to `null` once a newer one has started. A crashed worker
 * is replaced and its work re-run once.
 *
 * @example
 * const pool = new RiskPool();
 * const result = await pool.compute({ portfolio, params }); // null if superseded
 * pool.dispose();
 */
export class RiskPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly latest = new Map<string, number>();
  private books = 0;
  private readonly portfolioIds = new WeakMap<Portfolio, number>();
  private readonly hashCache = new WeakMap<Portfolio, WeakMap<Params, MarginResult['hashes']>>();

  /** The input hashes, once per (portfolio, params) pair of objects: validated inputs are
   *  immutable values here, and hashing a big book costs tens of milliseconds. */
  private hashesOf({ portfolio, params }: BookRequest): MarginResult['hashes'] {
    let byParams = this.hashCache.get(portfolio);
    if (!byParams) this.hashCache.set(portfolio, (byParams = new WeakMap()));
    let hashes = byParams.get(params);
    if (!hashes) byParams.set(params, (hashes = hashInputs(portfolio, params)));
    return hashes;
  }
  private portfolios = 0;

  /**
   * The book part of a shard/finalize request for worker `i`: the portfolio itself only if that
   * worker does not hold it yet. Portfolios are immutable values here, so identity names them.
   */
  private cached(i: number, req: BookRequest, bookId: string): CachedBookRequest {
    let portfolioId = this.portfolioIds.get(req.portfolio);
    if (portfolioId === undefined) {
      portfolioId = ++this.portfolios;
      this.portfolioIds.set(req.portfolio, portfolioId);
    }
    const slot = this.slots[i]!;
    const portfolio = slot.portfolioId === portfolioId ? undefined : req.portfolio;
    slot.portfolioId = portfolioId;
    return { portfolioId, portfolio, params: req.params, bookId };
  }
  /** Workers replaced after a crash (for tests and diagnostics). */
  restarts = 0;

  constructor({ size }: RiskPoolParameters = {}) {
    const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
    this.size = Math.max(1, Math.min(size ?? cores, MAX_POOL_SIZE));
    this.slots = Array.from({ length: this.size }, () => this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module' });
    let fail: (e: Error) => void = () => {};
    const died = new Promise<never>((_, reject) => (fail = reject));
    died.catch(() => {}); // observed by whoever races it
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new WorkerCrashedError(event.message || 'worker error'));
    });
    return { worker, api: Comlink.wrap<RiskWorkerApi>(worker), died, portfolioId: undefined };
  }

  private replace(i: number): void {
    const old = this.slots[i]!;
    old.api[Comlink.releaseProxy]();
    old.worker.terminate();
    this.slots[i] = this.spawn();
    this.restarts++;
  }

  /** Runs `fn` on worker `i`; if that worker crashes, replaces it and runs `fn` once more. */
  private async call<T>(i: number, fn: (api: Comlink.Remote<RiskWorkerApi>) => Promise<T>) {
    for (let attempt = 0; ; attempt++) {
      const slot = this.slots[i]!;
      try {
        return await Promise.race([fn(slot.api), slot.died]);
      } catch (error) {
        if (!(error instanceof WorkerCrashedError)) throw error;
        if (this.slots[i] === slot) this.replace(i);
        if (attempt > 0) throw error;
      }
    }
  }

  private begin(channel: string): () => boolean {
    const id = (this.latest.get(channel) ?? 0) + 1;
    this.latest.set(channel, id);
    return () => this.latest.get(channel) === id;
  }

  /** The margin of a book, scenarios sharded over every worker. `null` if superseded. */
  async compute(req: BookRequest, channel = 'compute'): Promise<MarginResult | null> {
    const current = this.begin(channel);
    const { n } = resolveScenarioSets(req.params, []);
    const bookId = String(++this.books);
    const pending = Promise.all(
      shardRanges(n, this.size).map(([k0, k1], i) =>
        this.call(i, (api) => api.shard({ ...this.cached(i, req, bookId), k0, k1 })),
      ),
    );
    // The input hashes (keccak of canonical JSON: tens of ms for a 2,000-leg book) are computed
    // here while the workers run their shards, instead of after them on a worker. Pure
    // TypeScript with no floating point, so they are the same bytes wherever they are computed.
    const hashes = this.hashesOf(req);
    const shards: ShardResult[] = await pending;
    if (!current()) return null;
    const result = await this.call(0, (api) =>
      api.finalize({ ...this.cached(0, req, bookId), shards }),
    );
    // Same key order as the CLI's `{ ...result, hashes }`, so the JSON is byte-identical.
    const full: MarginResult = { ...result, hashes };
    return current() ? full : null;
  }

  /**
   * The margin of the book plus hypothetical `legs`, from a session the worker caches under
   * `key` (name the book and profile: a new key rebuilds the session). `null` if superseded.
   */
  async whatIf(
    req: BookRequest & { key: string; legs: Position[] },
    channel = 'whatIf',
  ): Promise<WhatIfResult | null> {
    const current = this.begin(channel);
    const result = await this.call(this.size - 1, (api) => api.whatIf(req));
    return current() ? result : null;
  }

  /** An exploratory spot × vol-shift P&L grid, rows sharded over the workers. */
  async fineGrid(
    req: BookRequest & { spots: number[]; volShifts: number[] },
    channel = 'fineGrid',
  ): Promise<FineGrid | null> {
    const current = this.begin(channel);
    const parts = await Promise.all(
      shardRanges(req.volShifts.length, this.size).map(([v0, v1], i) =>
        this.call(i, (api) => api.fineGridRows({ ...req, v0, v1 })),
      ),
    );
    if (!current()) return null;
    const pnl: Record<string, Float64Array> = {};
    const width = req.spots.length;
    for (const name of Object.keys(parts[0] ?? {})) {
      const all = new Float64Array(req.volShifts.length * width);
      let offset = 0;
      for (const part of parts) {
        all.set(part[name]!, offset);
        offset += part[name]!.length;
      }
      pnl[name] = all;
    }
    return { spots: req.spots, volShifts: req.volShifts, pnl };
  }

  /** Terminates every worker and releases the proxies. */
  dispose(): void {
    for (const slot of this.slots) {
      slot.api[Comlink.releaseProxy]();
      slot.worker.terminate();
    }
  }
}
