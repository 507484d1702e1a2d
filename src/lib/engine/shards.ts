import * as L from '../../../assembly/layout';
import type { MarginResult } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { checkStatus } from './checkStatus';
import { loadBook } from './loadBook';
import { readResult } from './readResult';
import { columnView } from './tableView';

/** What one shard of scenarios [k0, k1) contributes: its P&L slice and its isolated minima. */
export interface ShardResult {
  k0: number;
  k1: number;
  /** nU rows of (k1 − k0) values: underlier u's P&L for scenario k at u·(k1−k0) + (k − k0). */
  pnl: Float64Array;
  instrIsoMin: Float64Array;
  futureIsoMin: Float64Array;
  perpIsoMin: Float64Array;
}

/** Splits [0, n) into `parts` contiguous ranges (fewer when n is small), in order. */
export function shardRanges(n: number, parts: number): [number, number][] {
  const count = Math.max(1, Math.min(parts, n));
  return Array.from({ length: count }, (_, i) => [
    Math.floor((i * n) / count),
    Math.floor(((i + 1) * n) / count),
  ]);
}

/** Runs scenarios [k0, k1) of `book` in `core` (its own instance) and copies out its part. */
export function runShard(
  core: CoreExports,
  book: EncodedBook,
  k0: number,
  k1: number,
): ShardResult {
  loadBook(core, book);
  checkStatus(core.runScenarios(k0, k1), core, book, 'runScenarios');
  const { n, nU } = book.counts;
  const all = columnView(core, L.T_PNL, L.PNL_VALUE);
  const pnl = new Float64Array(nU * (k1 - k0));
  for (let u = 0; u < nU; u++) pnl.set(all.subarray(u * n + k0, u * n + k1), u * (k1 - k0));
  return {
    k0,
    k1,
    pnl,
    instrIsoMin: columnView(core, L.T_INSTR, L.I_ISO_MIN).slice(),
    futureIsoMin: columnView(core, L.T_EXPIRY, L.E_FUT_ISO_MIN).slice(),
    perpIsoMin: columnView(core, L.T_UNDERLIER, L.U_PERP_ISO_MIN).slice(),
  };
}

/** Elementwise min of `from` into `into` (exact, so the fold order cannot change a bit). */
function minInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] = Math.min(into[i]!, from[i]!);
}

/**
 * Merges shards that together cover [0, n) in one core and finalizes: the result is the same
 * bits whatever the shards, because a scenario's sum never crosses a shard and min is exact.
 */
export function finalizeShards(
  core: CoreExports,
  book: EncodedBook,
  shards: ShardResult[],
  /** `core` still holds `book` from running one of the shards: skip reloading it. */
  loaded = false,
): Omit<MarginResult, 'hashes'> {
  if (!loaded) loadBook(core, book);
  const { n, nU } = book.counts;
  const pnl = columnView(core, L.T_PNL, L.PNL_VALUE);
  const instr = columnView(core, L.T_INSTR, L.I_ISO_MIN);
  const fut = columnView(core, L.T_EXPIRY, L.E_FUT_ISO_MIN);
  const perp = columnView(core, L.T_UNDERLIER, L.U_PERP_ISO_MIN);
  const covered = new Uint8Array(n);
  for (const s of shards) {
    const width = s.k1 - s.k0;
    for (let u = 0; u < nU; u++) pnl.set(s.pnl.subarray(u * width, (u + 1) * width), u * n + s.k0);
    covered.fill(1, s.k0, s.k1);
    minInto(instr, s.instrIsoMin);
    minInto(fut, s.futureIsoMin);
    minInto(perp, s.perpIsoMin);
  }
  if (covered.includes(0))
    throw new RangeError('finalizeShards: the shards do not cover every scenario');
  checkStatus(core.finalize(), core, book, 'finalize');
  return readResult(core, book);
}
