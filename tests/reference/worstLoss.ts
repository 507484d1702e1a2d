import type { Worst } from '../../src/lib/model/types';

/**
 * min(basis, min_k pnl[k]) and what sets it (MODEL.md §5): on a tie the basis wins, then the
 * lowest scenario index.
 *
 * @example
 * worstLoss(0, [3, -2, -2]); // { scenario: 1, pnl: -2 }
 */
export function worstLoss(basis: number, pnl: number[]): Omit<Worst, 'underlier'> {
  let worst: Omit<Worst, 'underlier'> = { scenario: 'basis', pnl: basis };
  pnl.forEach((v, k) => {
    if (v < worst.pnl) worst = { scenario: k, pnl: v };
  });
  return worst;
}

/**
 * W across underliers (MODEL.md §7): c·W_joint + (1−c)·Σ_u W_u, or W_u itself with one
 * underlier; `worst` names the underlier (or "joint") and the scenario that sets it.
 */
export function accountWorst(
  names: string[],
  perUnderlier: { basis: number; pnl: number[] }[],
  joint: number[],
  offsetCredit: number,
): Worst {
  if (names.length === 1) {
    const only = perUnderlier[0]!;
    return { underlier: names[0]!, ...worstLoss(only.basis, only.pnl) };
  }
  let basisSum = 0;
  let sumOfWorst = 0;
  for (const u of perUnderlier) {
    basisSum += u.basis;
    sumOfWorst += worstLoss(u.basis, u.pnl).pnl;
  }
  const jointWorst = worstLoss(basisSum, joint);
  return {
    underlier: 'joint',
    scenario: jointWorst.scenario,
    pnl: offsetCredit * jointWorst.pnl + (1 - offsetCredit) * sumOfWorst,
  };
}
