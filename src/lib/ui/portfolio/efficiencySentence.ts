import { formatNumber } from '../common/formatNumber';

/**
 * The capital-efficiency multiple (isolated IM / portfolio IM, from the core) in words.
 *
 * @example
 * efficiencySentence(6.23); // 'This book needs 6.2× less collateral than isolated margin.'
 */
export function efficiencySentence(efficiency: number | null): string {
  if (efficiency === null) return 'No initial margin required, so there is no multiple to quote.';
  if (efficiency >= 1.05)
    return `This book needs ${formatNumber(efficiency, 1)}× less collateral than isolated margin.`;
  if (efficiency > 0.95)
    return 'Portfolio margin is about the same as isolated margin: the legs barely offset.';
  return `Portfolio margin is higher than isolated margin here (${formatNumber(efficiency, 2)}×): the joint scenarios ask more than the legs alone.`;
}
