import type { Address, Hex } from 'viem';
import { createChainClient } from '../chain/createChainClient';
import { loadVaultContext } from '../chain/loadVaultContext';
import { profileForParamsHash } from '../chain/profileForParamsHash';
import { BaseError } from '../errors/BaseError';
import { loadProfile } from '../model/profiles';
import type { Params } from '../model/types';
import type { AccountSource } from '../scan/AccountSource';
import type { ScanBackend } from '../scan/ScanBackend';
import { createRedisBackend } from '../scan/createRedisBackend';
import { createThreadBackend } from '../scan/createThreadBackend';
import { fileAccountSource } from '../scan/fileAccountSource';
import type { ScanProgress } from '../scan/scanAccounts';
import { spawnScanWorkers, type ScanWorkers } from '../scan/spawnScanWorkers';
import { vaultEventAccountSource } from '../scan/vaultEventAccountSource';
import type { ImpactReport } from './ImpactReport';
import { computeImpact } from './computeImpact';
import { hashImpactReport } from './hashImpactReport';

export type RunImpactParameters = {
  proposed: Params;
  /** Default: the vault's active set (chain), dcro-default (file). */
  current?: Params;
  /** A dcro.accounts/1 file, or a vault: exactly one. */
  accounts?: string;
  chain?: { rpcUrl: string; vault: Address; chainId?: number; blockNumber?: bigint };
  /** Embedded: worker threads. With `redis`: local worker processes to start (0: others run them). */
  workers?: number;
  redis?: string;
  shardSize?: number;
  onStep?: (line: string) => void;
  onProgress?: (progress: ScanProgress) => void;
};

function sourceOf(p: RunImpactParameters): Promise<AccountSource> | AccountSource {
  if (p.accounts !== undefined && p.chain)
    throw new BaseError('Give the accounts either as a file or as a vault, not both.', {
      code: 'INVALID_OPTIONS',
      metaMessages: ['Use --accounts FILE, or --rpc URL --vault ADDRESS.'],
    });
  if (p.accounts !== undefined) return fileAccountSource(p.accounts);
  if (!p.chain)
    throw new BaseError('No accounts to scan.', {
      code: 'INVALID_OPTIONS',
      metaMessages: ['Use --accounts FILE (dcro.accounts/1), or --rpc URL --vault ADDRESS.'],
    });
  const { rpcUrl, vault, chainId, blockNumber } = p.chain;
  return loadVaultContext({ client: createChainClient({ rpcUrl, chainId }), vault }).then((ctx) =>
    vaultEventAccountSource({ ctx, blockNumber }),
  );
}

/**
 * `dcro impact` without the flags: reads the accounts, picks the backend (worker threads, or
 * BullMQ on `redis` with optional local worker processes), scans under both sets and hashes the
 * report. Everything started here is stopped before it returns.
 */
export async function runImpact(
  p: RunImpactParameters,
): Promise<{ report: ImpactReport; hash: Hex; backend: string }> {
  const source = await sourceOf(p);
  const set = await source.load(p.onStep);
  const current =
    p.current ??
    (set.activeParamsHash
      ? profileForParamsHash(set.activeParamsHash).params
      : loadProfile('dcro-default'));
  let backend: ScanBackend;
  let workers: ScanWorkers | undefined;
  if (p.redis) {
    if (p.workers) {
      p.onStep?.(`starting ${p.workers} worker process(es) on ${p.redis}`);
      workers = await spawnScanWorkers(p.redis, p.workers);
    }
    backend = createRedisBackend({ url: p.redis });
  } else backend = createThreadBackend({ workers: p.workers });
  try {
    p.onStep?.(`scanning ${set.accounts.length} accounts under 2 parameter sets, ${backend.name}`);
    const report = await computeImpact({
      set,
      current,
      proposed: p.proposed,
      backend,
      shardSize: p.shardSize,
      onProgress: p.onProgress,
    });
    return { report, hash: hashImpactReport(report), backend: backend.name };
  } finally {
    await backend.close();
    await workers?.stop();
  }
}
