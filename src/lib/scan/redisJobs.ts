import type { ErrorRecord } from './errorRecord';

/** The BullMQ queue both sides of a distributed scan use unless told otherwise. */
export const SCAN_QUEUE = 'dcro-scan';
/** Long enough for any shard: a worker computing one cannot renew its lock meanwhile. */
export const SHARD_LOCK_MS = 300_000;

/** Where a scan's context (market and parameter sets, wire-encoded) waits for the workers. */
export function contextKey(scanId: string): string {
  return `dcro:scan:${scanId}:context`;
}

/** One job: a range of accounts of scan `scanId` (wire-encoded ScanAccount[]). */
export type ShardJobData = { scanId: string; index: number; offset: number; accounts: string };

/** A job's return value: per parameter set the packed figures (wire-encoded Float64Array). */
export type ShardJobResult = { figures: string } | { error: ErrorRecord };
