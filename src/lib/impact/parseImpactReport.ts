import { ValidationError } from '../model/ValidationError';
import { IMPACT_FORMAT, type ImpactReport } from './ImpactReport';

/**
 * A `dcro.impact/1` report read back from a file, checked only as far as verification needs
 * (its format and inputs); every other field is compared, not trusted, by `dcro impact --verify`.
 */
export function parseImpactReport(json: unknown, source: string): ImpactReport {
  const r = json as Partial<ImpactReport> | null;
  const issues = [];
  if (r === null || typeof r !== 'object' || Array.isArray(r))
    issues.push({ path: '(root)', message: 'must be a JSON object (an impact report)' });
  else {
    if (r.format !== IMPACT_FORMAT)
      issues.push({ path: 'format', message: `must be "${IMPACT_FORMAT}"` });
    const s = r.inputs?.source;
    if (!s || (s.kind !== 'file' && s.kind !== 'chain'))
      issues.push({ path: 'inputs.source.kind', message: 'must be "file" or "chain"' });
    else if (
      s.kind === 'chain' &&
      !(
        Number.isInteger(s.blockNumber) &&
        typeof s.vault === 'string' &&
        Number.isInteger(s.chainId)
      )
    )
      issues.push({
        path: 'inputs.source',
        message: 'a chain source needs chainId, vault and blockNumber',
      });
  }
  if (issues.length)
    throw new ValidationError(
      `Impact report ${source}`,
      issues,
      'Give a report written by `dcro impact --out`.',
    );
  return r as ImpactReport;
}
