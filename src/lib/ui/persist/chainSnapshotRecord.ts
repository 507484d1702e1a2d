import type { Address, Hex } from 'viem';
import type { ChainInstrument } from '../../chain/ChainInstrument';
import type { ReadAccountReturnType } from '../../chain/readAccount';
import { parsePortfolio } from '../../model/parsePortfolio';
import type { Portfolio } from '../../model/types';
import { describeError } from '../state/describeError';
import { upgradeRecord, type UpgradeStep } from './upgradeRecord';

/** Upgrade steps of a chain snapshot (`[0]`: version 1 → 2, …). */
const STEPS: readonly UpgradeStep[] = [];

/** Keys of chain snapshots start with this. */
export const CHAIN_SNAPSHOT_PREFIX = 'chain|';

/**
 * The last read of one vault account, as saved on this device: what the Chain page shows when
 * the chain cannot be reached, with the block and the time it was read at.
 */
export type ChainSnapshot = {
  version: number;
  chainId: number;
  vault: Address;
  account: Address;
  /** Who it is ("Retail trader", "Account"). */
  label: string;
  blockNumber: bigint;
  /** Chain time of that block, unix seconds. */
  timestamp: number;
  /** When it was read, wall-clock ms. */
  savedAtMs: number;
  portfolio: Portfolio;
  instruments: ChainInstrument[];
  stateHash: Hex;
  marketHash: Hex;
  paramsHash: Hex;
  nonce: bigint;
};

/** The key of an account's snapshot: one per chain, vault and account. */
export function chainSnapshotKey(chainId: number, vault: string, account: string): string {
  return `${CHAIN_SNAPSHOT_PREFIX}${chainId}|${vault.toLowerCase()}|${account.toLowerCase()}`;
}

/** The snapshot of a read (the market reader, a live connection, is not kept). */
export function chainSnapshot(p: {
  chainId: number;
  vault: Address;
  label: string;
  read: ReadAccountReturnType;
  savedAtMs: number;
}): ChainSnapshot {
  const { read } = p;
  return {
    version: STEPS.length + 1,
    chainId: p.chainId,
    vault: p.vault,
    account: read.account,
    label: p.label,
    blockNumber: read.blockNumber,
    timestamp: read.timestamp,
    savedAtMs: p.savedAtMs,
    portfolio: read.portfolio,
    instruments: read.instruments,
    stateHash: read.stateHash,
    marketHash: read.marketHash,
    paramsHash: read.paramsHash,
    nonce: read.nonce,
  };
}

/**
 * A saved snapshot, upgraded and validated (the portfolio with parsePortfolio), or why not.
 *
 * @example
 * const r = readChainSnapshot(raw);
 * if (r.ok) show(r.snapshot.portfolio, r.snapshot.blockNumber);
 */
export function readChainSnapshot(
  raw: unknown,
): { ok: true; snapshot: ChainSnapshot } | { ok: false; problem: string } {
  const up = upgradeRecord(raw, STEPS);
  if (!up.ok) return up;
  const r = up.record as unknown as ChainSnapshot;
  if (
    typeof r.blockNumber !== 'bigint' ||
    typeof r.nonce !== 'bigint' ||
    typeof r.account !== 'string' ||
    !Array.isArray(r.instruments)
  )
    return { ok: false, problem: 'it is incomplete' };
  try {
    return { ok: true, snapshot: { ...r, portfolio: parsePortfolio(r.portfolio) } };
  } catch (error) {
    return { ok: false, problem: describeError(error).title };
  }
}
