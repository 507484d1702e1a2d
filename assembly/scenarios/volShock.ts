// Vol shocks per expiry (MODEL.md §4, "Vol shocks").
import {
  G_VOL_MODE, G_RANGE_UP, G_RANGE_DOWN, G_SHORT_POW, G_LONG_POW, G_DTE_FLOOR_SEC, G_MIN_VOL_UP,
  T_GLOBAL, VOL_UP, VOL_DOWN,
} from '../layout';
import { scalar } from '../tables';
import { THIRTY_DAYS_SEC } from '../units';

/** The shock scale `m = (30 days / max(sec, dteFloor))^p` of an expiry `sec` seconds away. */
export function volShockScale(sec: f64): f64 {
  const floored = Math.max(sec, scalar(T_GLOBAL, G_DTE_FLOOR_SEC));
  if (floored <= 0) return 1;
  const p = sec <= THIRTY_DAYS_SEC ? scalar(T_GLOBAL, G_SHORT_POW) : scalar(T_GLOBAL, G_LONG_POW);
  return Math.pow(THIRTY_DAYS_SEC / floored, p);
}

// The shocked vol of every non-skew scenario is max(floor, σ·mul + add): one formula for both
// modes, chosen so that it equals MODEL.md's expressions bit for bit (σ·1 + 0 = σ exactly).
export let shockMul: f64 = 1;
export let shockAdd: f64 = 0;
export let shockFloor: f64 = 0;

/** Sets shockMul/Add/Floor for vol state `code` at scale `m`. */
export function volShockCoefficients(code: i32, m: f64): void {
  shockMul = 1;
  shockAdd = 0;
  shockFloor = 0;
  const additive = scalar(T_GLOBAL, G_VOL_MODE) == 1;
  if (code == VOL_UP) {
    shockFloor = scalar(T_GLOBAL, G_MIN_VOL_UP);
    if (additive) shockAdd = scalar(T_GLOBAL, G_RANGE_UP) * m;
    else shockMul = 1 + scalar(T_GLOBAL, G_RANGE_UP) * m;
  } else if (code == VOL_DOWN) {
    if (additive) shockAdd = -(scalar(T_GLOBAL, G_RANGE_DOWN) * m);
    else shockMul = Math.max(0, 1 - scalar(T_GLOBAL, G_RANGE_DOWN) * m);
  }
}
