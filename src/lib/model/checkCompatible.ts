import type { Params, Portfolio } from './types';
import { ValidationError, type ValidationIssue } from './ValidationError';

/**
 * What a portfolio needs from a profile (MODEL.md §2, docs/model-notes.md 6): every collateral
 * asset has a `collateral.<ASSET>` entry, and risk-cancelling collateral names an underlier the
 * portfolio has a market for.
 *
 * @example
 * checkCompatible(portfolio, loadProfile('span-like')); // throws ValidationError if not
 */
export function checkCompatible(portfolio: Portfolio, params: Params): void {
  const issues: ValidationIssue[] = [];
  const profile = params.name ? `profile ${params.name}` : 'the parameters';
  portfolio.collateral.forEach((c, i) => {
    const entry = params.collateral[c.asset];
    if (!entry) {
      issues.push({
        path: `collateral[${i}].asset`,
        message: `${profile} has no collateral.${c.asset} entry (haircuts unknown)`,
      });
    } else if (entry.riskCancelling && !portfolio.underliers[entry.riskCancelling]) {
      issues.push({
        path: `collateral[${i}].asset`,
        message: `${c.asset} is risk-cancelling with ${entry.riskCancelling}, which has no market in underliers`,
      });
    }
  });
  if (issues.length)
    throw new ValidationError(
      'Portfolio and profile together',
      issues,
      'Add the missing entries, or choose another profile.',
    );
}
