import type { Params } from '../model/types';
import { ValidationError, type ValidationIssue } from '../model/ValidationError';
import type { ScanAccount, ScanMarket } from './ScanMarket';
import { accountUnderliers } from './accountPortfolio';

/**
 * What the accounts need from each parameter set (checkCompatible, for every account at once):
 * a `collateral.<ASSET>` entry for every held asset, and a risk-cancelling asset's underlier in
 * the account's book. Throws one ValidationError naming `accounts[i].collateral.<ASSET>`.
 */
export function checkScanInputs(
  market: ScanMarket,
  accounts: readonly ScanAccount[],
  paramSets: readonly Params[],
): void {
  const issues: ValidationIssue[] = [];
  paramSets.forEach((params, p) => {
    const profile = params.name ? `profile ${params.name}` : `parameter set ${p + 1}`;
    accounts.forEach((account, i) => {
      for (const asset of Object.keys(account.collateral)) {
        const entry = params.collateral[asset];
        const path = `accounts[${i}].collateral.${asset}`;
        if (!entry)
          issues.push({
            path,
            message: `${profile} has no collateral.${asset} entry (haircuts unknown)`,
          });
        else if (
          entry.riskCancelling &&
          !accountUnderliers(market, account).includes(entry.riskCancelling)
        )
          issues.push({
            path,
            message: `${asset} is risk-cancelling with ${entry.riskCancelling}, which the market does not price`,
          });
      }
    });
  });
  if (issues.length)
    throw new ValidationError(
      'Accounts and parameters together',
      issues,
      'Add the missing collateral entries to the profile, or leave those holdings out.',
    );
}
