import * as L from '../../../assembly/layout';
import type { VolState } from '../model/types';

/** The core's code for a vol state (assembly/layout.ts VOL_*). */
export const volCode: Record<VolState, number> = {
  none: L.VOL_NONE,
  up: L.VOL_UP,
  down: L.VOL_DOWN,
  'skew-linear': L.VOL_SKEW_LINEAR,
  'skew-abs': L.VOL_SKEW_ABS,
};
