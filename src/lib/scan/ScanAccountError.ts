import { BaseError } from '../errors/BaseError';

/** One account of a scan could not be computed: names the account and keeps the core's reason. */
export class ScanAccountError extends BaseError {
  override name = 'ScanAccountError';
  constructor(
    readonly index: number,
    readonly account: string,
    cause: unknown,
  ) {
    const reason =
      cause instanceof BaseError ? cause.shortMessage : String((cause as Error)?.message ?? cause);
    const details = cause instanceof BaseError ? cause.details : [];
    super(`accounts[${index}] (${account}): ${reason}`, {
      code: 'SCAN_ACCOUNT_FAILED',
      details,
      metaMessages: ['Fix or leave out that account; the other accounts were not reported.'],
      cause,
    });
  }
}
