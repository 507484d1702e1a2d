import * as L from '../../../assembly/layout';
import type { Scenario } from '../model/types';
import { Table } from './Table';
import { volCode } from './volCode';

/**
 * T_SCEN: each underlier's scenario list (spot multiplier, vol state code, weight), underlier
 * `u`'s scenario `k` at row `u·n + k`, underliers in the book's (sorted) order.
 *
 * @example
 * encodeScenarios(['BTC'], { BTC: [{ spot: 0.9, vol: 'up', weight: 1 }] }, 1).rows; // 1
 */
export function encodeScenarios(
  underliers: readonly string[],
  scenarioSets: Record<string, Scenario[]>,
  n: number,
): Table {
  const S = new Table(underliers.length * n, L.S_COLS);
  underliers.forEach((name, u) => {
    scenarioSets[name]!.forEach((s, k) => {
      S.set(u * n + k, L.S_SPOT, s.spot);
      S.set(u * n + k, L.S_VOL, volCode[s.vol]);
      S.set(u * n + k, L.S_WEIGHT, s.weight);
    });
  });
  return S;
}
