import type { Params } from '../model/types';

/**
 * The profile that prices an exploratory grid row: the given spot multipliers, every vol moved
 * by `volShift` (additive, flat across expiries), weight 1, no static discount — so the row is
 * the book's plain revaluation P&L. Contingencies and aggregation are left as in `params`; only
 * the scenario P&L of the result is used.
 *
 * @example
 * fineGridParams(params, [0.9, 1, 1.1], 0.05).scenarios; // {list: [{spot: 0.9, vol: 'up', …}, …]}
 */
export function fineGridParams(params: Params, spots: number[], volShift: number): Params {
  const vol = volShift > 0 ? 'up' : volShift < 0 ? 'down' : 'none';
  const size = Math.abs(volShift);
  return {
    ...params,
    scenarios: { list: spots.map((spot) => ({ spot, vol, weight: 1 })) },
    underliers: {},
    volShock: {
      mode: 'additive',
      rangeUp: size,
      rangeDown: size,
      shortTermPower: 0,
      longTermPower: 0,
      dteFloorDays: 0,
      minVolUp: 0,
    },
    margin: {
      ...params.margin,
      longBase: 1,
      longRateMult: 0,
      longRateAdd: 0,
      shortBase: 1,
      shortRateMult: 0,
      shortRateAdd: 0,
    },
  };
}
