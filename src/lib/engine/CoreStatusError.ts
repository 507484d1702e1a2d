import { BaseError } from '../errors/BaseError';

/** A non-zero status from the core that is about the input (e.g. an overflow), with its path. */
export class CoreStatusError extends BaseError {
  override name = 'CoreStatusError';
  constructor(shortMessage: string, details: string[], metaMessages: string[], code: string) {
    super(shortMessage, { code, details, metaMessages });
  }
}
