import type { MarginResult } from '../../model/types';

/** One figure of the what-if table: before, after (at mark, premium in cash) and the core's raw after. */
export type WhatIfRow = {
  key: string;
  label: string;
  before: number;
  after?: number;
  /** The core's own figure when it differs from `after` (premium not in cash). */
  core?: number;
  /** Colour by sign. */
  tone: boolean;
};

/**
 * The before → after figures of a what-if. A trade at mark swaps cash for the position: the
 * premium (the core's value of the new legs, after.equity − before.equity) settles in cash, so
 * equity is unchanged and each headroom is the same equity less the new margin (Deribit's
 * simulate_portfolio convention). Only subtractions of core outputs (DESIGN.md allows them).
 *
 * @example
 * whatIfRows(before, after)[0]; // { key: 'im', label: 'Initial margin', before: 1200, after: 1450, … }
 */
export function whatIfRows(
  before: Omit<MarginResult, 'hashes'>,
  after: Omit<MarginResult, 'hashes'> | undefined,
): WhatIfRow[] {
  return [
    {
      key: 'im',
      label: 'Initial margin',
      before: before.initialMargin,
      after: after?.initialMargin,
      tone: false,
    },
    {
      key: 'mm',
      label: 'Maintenance margin',
      before: before.maintenanceMargin,
      after: after?.maintenanceMargin,
      tone: false,
    },
    {
      key: 'im-headroom',
      label: 'IM headroom',
      before: before.initialHeadroom,
      after: after && before.equity - after.initialMargin,
      core: after?.initialHeadroom,
      tone: true,
    },
    {
      key: 'mm-headroom',
      label: 'MM headroom',
      before: before.maintenanceHeadroom,
      after: after && before.equity - after.maintenanceMargin,
      core: after?.maintenanceHeadroom,
      tone: true,
    },
    {
      key: 'equity',
      label: 'Equity',
      before: before.equity,
      after: after && before.equity,
      core: after?.equity,
      tone: false,
    },
  ];
}
