import { BaseError } from '../errors/BaseError';

/** Connecting a wallet failed or was refused; the message says what to do next. */
export class WalletError extends BaseError {
  override name = 'WalletError';
  constructor(shortMessage: string, hint: string, cause?: unknown) {
    super(shortMessage, { code: 'WALLET', metaMessages: [hint], cause });
  }
}
