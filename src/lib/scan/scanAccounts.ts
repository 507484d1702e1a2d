import type { Params } from '../model/types';
import type { AccountFigures } from './AccountFigures';
import type { ScanBackend, ScanShardInput } from './ScanBackend';
import type { ScanAccount, ScanMarket } from './ScanMarket';
import { checkScanInputs } from './checkScanInputs';
import { createThreadBackend } from './createThreadBackend';
import { figureWidth } from './figureColumns';
import { unpackFigures } from './unpackFigures';

/** Accounts per shard by default: small enough for steady progress, large enough to amortize. */
export const DEFAULT_SHARD_SIZE = 500;

export type ScanProgress = { done: number; total: number };

export type ScanOptions = {
  /** Where shards run; default a fresh worker_threads pool, closed after the scan. */
  backend?: ScanBackend;
  shardSize?: number;
  /** Accounts done so far, after each shard. */
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
};

/** Shards of `shardSize` consecutive accounts, in account order. */
export function accountShards(
  accounts: readonly ScanAccount[],
  shardSize: number,
): ScanShardInput[] {
  const shards: ScanShardInput[] = [];
  for (let offset = 0; offset < accounts.length; offset += shardSize)
    shards.push({ offset, accounts: accounts.slice(offset, offset + shardSize) });
  return shards;
}

/**
 * The packed figures (figureColumns.ts) of every account under each parameter set: one buffer
 * per set, accounts in input order. Shards are account ranges merged in account order, and each
 * account's figures come from the Wasm core alone, so every backend gives the same bytes.
 */
export async function scanAccountsPacked(
  accounts: readonly ScanAccount[],
  market: ScanMarket,
  paramSets: readonly Params[],
  { backend, shardSize = DEFAULT_SHARD_SIZE, onProgress, signal }: ScanOptions = {},
): Promise<Float64Array[]> {
  checkScanInputs(market, accounts, paramSets);
  const shards = accountShards(accounts, Math.max(1, Math.floor(shardSize)));
  const own = backend ? undefined : createThreadBackend();
  let done = 0;
  const onShardDone = (i: number) =>
    onProgress?.({ done: (done += shards[i]!.accounts.length), total: accounts.length });
  try {
    const parts = await (backend ?? own!).run({ market, paramSets }, shards, onShardDone, signal);
    const width = figureWidth(Object.keys(market.underliers).length);
    return paramSets.map((_, p) => {
      const all = new Float64Array(accounts.length * width);
      parts.forEach((part, s) => all.set(part[p]!, shards[s]!.offset * width));
      return all;
    });
  } finally {
    await own?.close();
  }
}

/**
 * `scanAccounts(accounts, market, params) → figures` under several parameter sets at once (each
 * account's positions are encoded once for all of them): `result[p][a]` is account `a` under
 * `paramSets[p]`.
 */
export async function scanAccountsUnder(
  accounts: readonly ScanAccount[],
  market: ScanMarket,
  paramSets: readonly Params[],
  options: ScanOptions = {},
): Promise<AccountFigures[][]> {
  const packed = await scanAccountsPacked(accounts, market, paramSets, options);
  const underliers = Object.keys(market.underliers).sort();
  return packed.map((p) => unpackFigures(p, accounts, underliers));
}

/**
 * The margin figures of every account (MODEL.md §7: equity, IM, MM, headrooms, what sets W, and
 * each underlier's W_u) under one validated parameter set, in account order.
 *
 * @example
 * const { market, accounts } = parseAccountsFile(json);
 * const figures = await scanAccounts(accounts, market, loadProfile('dcro-default'));
 * figures.filter((f) => f.maintenanceHeadroom < 0); // liquidatable
 */
export async function scanAccounts(
  accounts: readonly ScanAccount[],
  market: ScanMarket,
  params: Params,
  options: ScanOptions = {},
): Promise<AccountFigures[]> {
  return (await scanAccountsUnder(accounts, market, [params], options))[0]!;
}
