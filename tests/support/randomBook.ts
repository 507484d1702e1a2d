import { DAY_SEC, YEAR_DAYS } from '../../assembly/units';
import type { Portfolio, Position } from '../../src/lib/model/types';
import { rng } from './rng';

const ASOF = 1776248687;

/** A book of `instruments` distinct BTC/ETH options over 8 expiries, market-maker style. */
export function randomBook(instruments: number, seed = 1): Portfolio {
  const r = rng(seed);
  const expiries = [1, 3, 9, 16, 44, 72, 163, 345].map((d) => ASOF + d * DAY_SEC);
  const spots: Record<string, number> = { BTC: 74010, ETH: 2315.6 };
  const positions: Position[] = [];
  const seen = new Set<string>();
  while (positions.length < instruments) {
    const underlier = r() < 0.5 ? 'BTC' : 'ETH';
    const expiry = expiries[Math.floor(r() * expiries.length)]!;
    const strike = Math.round((spots[underlier]! * (0.5 + r())) / 10) * 10;
    const right = r() < 0.5 ? 'call' : 'put';
    const key = `${underlier}${expiry}${strike}${right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    positions.push({
      type: 'option',
      underlier,
      expiry,
      strike,
      right,
      qty: Math.round((r() - 0.5) * 40) / 2 || 1,
      vol: 0.35 + r() * 0.5,
      volConfidence: 1,
    });
  }
  const market = (spot: number) => ({
    spot,
    spotConfidence: 1,
    perpPrice: spot,
    perpConfidence: 1,
    expiries: Object.fromEntries(
      expiries.map((e) => [
        String(e),
        {
          forward: spot * (1 + ((e - ASOF) / DAY_SEC / YEAR_DAYS) * 0.02),
          forwardFixed: 0,
          rate: 0,
          forwardConfidence: 1,
          rateConfidence: 1,
        },
      ]),
    ),
  });
  return {
    format: 'dcro.portfolio/1',
    asOf: ASOF,
    cash: 0,
    stablePrice: 1,
    stableConfidence: 1,
    underliers: { BTC: market(spots.BTC!), ETH: market(spots.ETH!) },
    positions,
    collateral: [],
  };
}
