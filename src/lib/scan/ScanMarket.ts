import type { Right, UnderlierMarket } from '../model/types';

/** An instrument a scan's accounts can hold, with its mark (options carry their vol). */
export type ScanInstrument =
  | {
      type: 'option';
      underlier: string;
      expiry: number;
      strike: number;
      right: Right;
      vol: number;
      volConfidence: number;
    }
  | { type: 'future'; underlier: string; expiry: number }
  | { type: 'perp'; underlier: string };

/**
 * The market every account of a scan is valued in (validated, MODEL.md §2 defaults filled): the
 * `dcro.portfolio/1` market fields once for all accounts, an instrument table the accounts'
 * legs point into, and the price of each collateral asset.
 */
export interface ScanMarket {
  asOf: number;
  stablePrice: number;
  stableConfidence: number;
  underliers: Record<string, UnderlierMarket>;
  instruments: ScanInstrument[];
  collateral: Record<string, { price: number; confidence: number }>;
}

/**
 * One leg: `[instrument, qty]` (an index into `ScanMarket.instruments`), then for a future its
 * entry price, for a perp its unrealized P&L and funding (both 0 when left out).
 */
export type ScanLeg = [instrument: number, qty: number, ...extra: number[]];

/** One account: an id (the vault address), its cash and legs, collateral amounts by asset. */
export interface ScanAccount {
  id: string;
  cash: number;
  legs: ScanLeg[];
  collateral: Record<string, number>;
}
