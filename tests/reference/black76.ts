import type { Right } from '../../src/lib/model/types';
import { normalCdf } from './normalCdf';

/** σ√T at or above which the price is its limit (MODEL.md §3). */
export const SIGMA_SQRT_T_LIMIT = 24;

/** Inputs of one Black-76 unit price. */
export type Black76Input = {
  /** Forward, USD. */
  F: number;
  /** Strike, USD. */
  K: number;
  /** Discount factor exp(−rate·T). */
  D: number;
  /** Annualised vol. */
  sigma: number;
  /** Year fraction. */
  T: number;
  right: Right;
};

/** Which of MODEL.md §3's edge rules applies, or 'formula' when none does. */
export type Black76Regime = 'intrinsic' | 'zeroStrike' | 'zeroForward' | 'limit' | 'formula';

/**
 * The edge rule in force, checked in MODEL.md §3's order.
 *
 * @example
 * black76Regime({ F: 1, K: 1, D: 1, sigma: 0.5, T: 0, right: 'call' }); // 'intrinsic'
 */
export function black76Regime({ F, K, sigma, T }: Black76Input): Black76Regime {
  if (T === 0 || sigma === 0) return 'intrinsic';
  if (K === 0) return 'zeroStrike';
  if (F === 0) return 'zeroForward';
  if (sigma * Math.sqrt(T) >= SIGMA_SQRT_T_LIMIT) return 'limit';
  return 'formula';
}

/**
 * d1 and d2 of the Black-76 formula. ln(F/K) is taken as log1p((F − K)/K): F − K is exact near
 * the money, so a nearly-at-the-money option with a tiny σ√T keeps an accurate d1 (ln of the
 * rounded ratio F/K would be off by up to 1.1e-16 absolute, which σ√T = 1e-8 magnifies).
 */
export function black76D1D2({ F, K, sigma, T }: Black76Input): { d1: number; d2: number } {
  const sigmaSqrtT = sigma * Math.sqrt(T);
  const d1 = (Math.log1p((F - K) / K) + (sigma * sigma * T) / 2) / sigmaSqrtT;
  return { d1, d2: d1 - sigmaSqrtT };
}

/**
 * The Black-76 price of one unit (MODEL.md §3), edge rules and clamps included. The put uses its
 * own formula with N(−d2), N(−d1) — never put-call parity — so deep out-of-the-money puts keep
 * their full relative precision.
 *
 * @example
 * black76({ F: 1500, K: 1500, D: 1, sigma: 1, T: 7 / 365, right: 'call' }); // 82.80508066863456
 */
export function black76(input: Black76Input): number {
  const { F, K, D, right } = input;
  const isCall = right === 'call';
  switch (black76Regime(input)) {
    case 'intrinsic':
      return isCall ? D * Math.max(F - K, 0) : D * Math.max(K - F, 0);
    case 'zeroStrike':
      return isCall ? F * D : 0;
    case 'zeroForward':
      return isCall ? 0 : K * D;
    case 'limit':
      return isCall ? F * D : K * D;
    case 'formula': {
      const { d1, d2 } = black76D1D2(input);
      const value = isCall
        ? D * (F * normalCdf(d1) - K * normalCdf(d2))
        : D * (K * normalCdf(-d2) - F * normalCdf(-d1));
      return Math.min(Math.max(value, 0), isCall ? F * D : K * D);
    }
  }
}
