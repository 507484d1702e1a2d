import type { VolShockParams } from '../../src/lib/model/types';

import { DAY_SEC, THIRTY_DAYS_SEC } from '../../assembly/units';

/**
 * The term-structure multiplier m of one expiry (MODEL.md §4, "Vol shocks"):
 * ratio = 30 d / max(sec, dteFloor), m = ratio^p with the short-term power up to 30 days.
 */
export function volShockScale(p: VolShockParams, sec: number): number {
  const floored = Math.max(sec, p.dteFloorDays * DAY_SEC);
  if (floored === 0) return 1;
  const power = sec <= THIRTY_DAYS_SEC ? p.shortTermPower : p.longTermPower;
  return Math.pow(THIRTY_DAYS_SEC / floored, power);
}

/**
 * Vol after an "up" or "down" shock, multiplicative or additive.
 *
 * @example
 * shockedVol({ mode: 'multiplicative', rangeUp: 0.5, rangeDown: 0.25, shortTermPower: 0.3,
 *   longTermPower: 0.13, dteFloorDays: 1, minVolUp: 0.5 }, 2_592_000, 0.6, 'up'); // 0.9
 */
export function shockedVol(
  p: VolShockParams,
  sec: number,
  sigma: number,
  direction: 'up' | 'down',
): number {
  const m = volShockScale(p, sec);
  if (p.mode === 'additive') {
    return direction === 'up'
      ? Math.max(p.minVolUp, sigma + p.rangeUp * m)
      : Math.max(0, sigma - p.rangeDown * m);
  }
  return direction === 'up'
    ? Math.max(p.minVolUp, sigma * (1 + p.rangeUp * m))
    : sigma * Math.max(0, 1 - p.rangeDown * m);
}
