import { BaseError } from '../errors/BaseError';
import type { ValidationIssue } from '../model/ValidationError';

/** A request body that failed validation; each issue names its JSON path (`action.amount`). */
export class InvalidRequestError extends BaseError {
  override name = 'InvalidRequestError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const shown = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    super(`Invalid request: ${shown.slice(0, 3).join('; ')}${shown.length > 3 ? '; …' : ''}.`, {
      code: 'INVALID_REQUEST',
      details: shown,
      metaMessages: ['See the request shapes in src/lib/server/requestSchemas.ts.'],
    });
    this.issues = issues;
  }
}
