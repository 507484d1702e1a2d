import { BaseError } from '../../errors/BaseError';

export type ShareLinkErrorCode = 'SHARE_LINK_DAMAGED' | 'SHARE_LINK_TOO_LARGE';

/**
 * A shared link (`#s=` / `#j=`) that cannot be opened as it is: damaged (cut off, altered) or
 * larger than any book DCRO shares. `partial` is the text that could still be read from a
 * damaged link, for recovering what it holds.
 *
 * @example
 * throw new ShareLinkError('SHARE_LINK_TOO_LARGE', 'The shared link is too large.', { hint: '…' });
 */
export class ShareLinkError extends BaseError {
  override name = 'ShareLinkError';
  override readonly code: ShareLinkErrorCode;
  /** The JSON text read before the damage (empty when nothing could be read). */
  readonly partial: string;

  constructor(
    code: ShareLinkErrorCode,
    message: string,
    p: { hint: string; details?: string[]; partial?: string; cause?: unknown },
  ) {
    super(message, { code, details: p.details, metaMessages: [p.hint], cause: p.cause });
    this.code = code;
    this.partial = p.partial ?? '';
  }
}
