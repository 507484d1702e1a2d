import type { Params, VolState } from '../../src/lib/model/types';
import { black76 } from './black76';
import { shockedForward } from './marketView';
import { skewShockedVol } from './skewShock';
import type { ExpiryBook } from './underlierBook';
import { shockedVol } from './volShock';

/**
 * V_e(s): the value of one expiry's options under spot multiplier s and a vol state, before any
 * static discount (MODEL.md §5). Skew vols use the unshocked forward (skew scenarios have s = 1).
 *
 * @example
 * expiryValue(book.expiries[0], 1, 'none', params); // V_e(1), the current mark
 */
export function expiryValue(e: ExpiryBook, s: number, vol: VolState, params: Params): number {
  const { view } = e;
  const F = shockedForward(view, s);
  let total = 0;
  for (const o of e.options) {
    let sigma = o.vol;
    if (vol === 'up' || vol === 'down') sigma = shockedVol(params.volShock, view.sec, o.vol, vol);
    else if (vol === 'skew-linear' || vol === 'skew-abs') {
      sigma = skewShockedVol(
        params.skewShock,
        vol,
        o.vol,
        o.strike,
        shockedForward(view, 1),
        view.T,
      );
    }
    total += o.qty * black76({ F, K: o.strike, D: view.D, sigma, T: view.T, right: o.right });
  }
  return total;
}
