import type { Worst } from '../model/types';

/**
 * What a scan computes for one account under one parameter set: MODEL.md §7's figures, what sets
 * W, and each underlier's own worst loss W_u (the core's, for every underlier of the account).
 */
export interface AccountFigures {
  account: string;
  equity: number;
  initialMargin: number;
  maintenanceMargin: number;
  initialHeadroom: number;
  maintenanceHeadroom: number;
  worst: Worst;
  worstByUnderlier: Record<string, number>;
}
