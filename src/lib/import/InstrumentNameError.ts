import { BaseError } from '../errors/BaseError';

/**
 * Thrown when a string is not a Deribit-style instrument name, or an instrument cannot be
 * written as one. The message names the offending name and what is wrong with it.
 *
 * @example
 * throw new InstrumentNameError({ name: 'BTC-26JUNE26', problem: "unknown month 'JUNE'" });
 */
export type InstrumentNameErrorType = InstrumentNameError;

export class InstrumentNameError extends BaseError {
  override name = 'InstrumentNameError';
  readonly instrumentName: string;
  readonly problem: string;

  constructor({ name, problem }: { name: string; problem: string }) {
    super(`Instrument name '${name}': ${problem}.`, {
      code: 'INSTRUMENT_NAME',
      metaMessages: [
        'Deribit names look like BTC-26JUN26-75000-C (option), ETH-27MAR26 (future), BTC-PERPETUAL.',
      ],
    });
    this.instrumentName = name;
    this.problem = problem;
  }
}
