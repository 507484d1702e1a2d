import type { Hex } from 'viem';

/** The impact report's format tag (src/lib/impact/README.md). */
export const IMPACT_FORMAT = 'dcro.impact/1';

/** Where the accounts came from: a file, or a vault read at one block (recomputable). */
export type ImpactSource =
  { kind: 'file' } | { kind: 'chain'; chainId: number; vault: string; blockNumber: number };

export type Before = { current: number; proposed: number; change: number };

/** The accounts that cross a line (headroom < 0) between the two sets, by id in account order. */
export type Crossings = { current: number; proposed: number; newly: string[]; cured: string[] };

export type Mover = {
  account: string;
  initialMargin: Before;
  maintenanceMargin: Before;
  initialHeadroom: Before;
  maintenanceHeadroom: Before;
};

/**
 * `dcro.impact/1`: what a proposed parameter set does to every account, against the current
 * one. Canonical JSON of this object is the commitment: its keccak256 (`hashImpactReport`) is
 * what a proposal stores on chain, and anyone recomputes it (`dcro impact --verify`).
 */
export interface ImpactReport {
  format: typeof IMPACT_FORMAT;
  current: { paramsHash: Hex; name: string | null };
  proposed: { paramsHash: Hex; name: string | null };
  inputs: { source: ImpactSource; asOf: number; accounts: number; accountsHash: Hex };
  /** Σ over accounts, in account order. */
  totals: { equity: number; initialMargin: Before; maintenanceMargin: Before };
  belowInitial: Crossings;
  belowMaintenance: Crossings;
  /** Per underlier: the accounts holding it and Σ of their W_u (that underlier's worst loss). */
  byUnderlier: Record<string, { accounts: number; worstLoss: Before }>;
  /** The accounts whose initial margin moves most (|change|, ties in account order). */
  largestMovers: Mover[];
  /** Whether no account's margin falls: the evidence a margin-raising-only change needs. */
  raisesOnly: { initialMargin: boolean; maintenanceMargin: boolean };
  /**
   * What the insurance fund stands behind: Σ over accounts of max(0, −(equity + W)), the loss
   * beyond equity in each account's own worst scenario; `fund` is the vault's insurance fund
   * account and equity when the vault has one (null until then).
   */
  insuranceFund: { fund: { account: string; equity: number } | null; shortfallAtWorst: Before };
}
