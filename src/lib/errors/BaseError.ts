/**
 * The root of every error DCRO throws on purpose (after viem's `BaseError`).
 *
 * `shortMessage` is one sentence; `details` lists specifics (one per line); `metaMessages` tell
 * the user what to do next. `message` joins them into the paragraph a CLI prints on stderr.
 *
 * @example
 * throw new BaseError('Portfolio file is not valid JSON.', {
 *   code: 'INVALID_JSON',
 *   details: ['Unexpected token } at line 3'],
 *   metaMessages: ['Check the file with `jq . book.json`.'],
 * });
 */
export type BaseErrorParameters = {
  code: string;
  details?: readonly string[];
  metaMessages?: readonly string[];
  cause?: unknown;
};

export class BaseError extends Error {
  override name = 'DcroError';
  readonly code: string;
  readonly shortMessage: string;
  readonly details: readonly string[];
  readonly metaMessages: readonly string[];

  constructor(shortMessage: string, parameters: BaseErrorParameters) {
    const { code, details = [], metaMessages = [], cause } = parameters;
    super(
      [shortMessage, ...details.map((d) => `  ${d}`), ...metaMessages].join('\n'),
      cause === undefined ? undefined : { cause },
    );
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = details;
    this.metaMessages = metaMessages;
  }
}
