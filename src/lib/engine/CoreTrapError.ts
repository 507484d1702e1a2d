import { BaseError } from '../errors/BaseError';

/**
 * Thrown when the Wasm core aborts or traps. The instance is then unusable: callers throw it
 * away and instantiate a fresh one (CoreSlot does).
 */
export class CoreTrapError extends BaseError {
  override name = 'CoreTrapError';
  constructor(detail: string, cause?: unknown) {
    super('The margin core stopped unexpectedly.', {
      code: 'CORE_TRAP',
      details: [detail],
      metaMessages: [
        'This is a bug in DCRO, not in your input: please report it with the input file.',
      ],
      cause,
    });
  }
}
