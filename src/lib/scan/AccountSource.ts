import type { Hex } from 'viem';
import type { ScanAccount, ScanMarket } from './ScanMarket';

/** Where a set of accounts was read: a file, or a vault at one block (so it can be read again). */
export type AccountOrigin =
  { kind: 'file' } | { kind: 'chain'; chainId: number; vault: string; blockNumber: number };

/** Accounts valued in one market, ready for scanAccounts. */
export interface AccountSet {
  market: ScanMarket;
  /** In a fixed order (a vault's accounts: ascending address), so a re-read gives the same list. */
  accounts: ScanAccount[];
  origin: AccountOrigin;
  /** The id of the insurance fund's account among `accounts`, when the venue has one. */
  insuranceFund?: string;
  /** A vault's active parameter hash at that block (DcroRiskParams), when read from a chain. */
  activeParamsHash?: Hex;
}

/**
 * Where a scan's accounts come from. Implementations: `fileAccountSource` (a dcro.accounts/1
 * file), `vaultEventAccountSource` (a minimal scan of the vault's events, until the account
 * index of src/lib/accounts replaces it behind this same interface).
 */
export interface AccountSource {
  /** Reads every account; `onProgress` gets short human-readable steps. */
  load(onProgress?: (message: string) => void): Promise<AccountSet>;
}
