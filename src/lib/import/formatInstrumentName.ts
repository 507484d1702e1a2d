import type { Instrument } from './Instrument';
import { InstrumentNameError } from './InstrumentNameError';
import { formatExpiryCode } from './formatExpiryCode';

export type FormatInstrumentNameParameters = { instrument: Instrument };
export type FormatInstrumentNameReturnType = string;
export type FormatInstrumentNameErrorType = InstrumentNameError;

/**
 * The Deribit name of an instrument: the inverse of `parseInstrumentName`. Throws when the
 * instrument cannot be named (expiry not at 08:00 UTC, a strike that is negative, not finite or
 * would need an exponent).
 *
 * @example
 * formatInstrumentName({ instrument: { kind: 'option', underlier: 'XRP', quote: 'USDC',
 *   expiry: 1780128000, strike: 0.5, right: 'call' } }); // 'XRP_USDC-30MAY26-0d5-C'
 */
export function formatInstrumentName({
  instrument,
}: FormatInstrumentNameParameters): FormatInstrumentNameReturnType {
  const currency =
    instrument.quote === undefined
      ? instrument.underlier
      : `${instrument.underlier}_${instrument.quote}`;
  if (instrument.kind === 'perp') return `${currency}-PERPETUAL`;
  const date = formatExpiryCode({ expiry: instrument.expiry });
  if (date === undefined)
    throw new InstrumentNameError({
      name: `${currency}-@${instrument.expiry}`,
      problem: `expiry ${instrument.expiry} is not 08:00:00 UTC of a day in 2000–2099`,
    });
  if (instrument.kind === 'future') return `${currency}-${date}`;
  const { strike } = instrument;
  const strikeText = String(strike);
  if (!Number.isFinite(strike) || strike < 0 || /e/i.test(strikeText))
    throw new InstrumentNameError({
      name: `${currency}-${date}-${strikeText}`,
      problem: `strike ${strikeText} cannot be written in a Deribit name`,
    });
  return `${currency}-${date}-${strikeText.replace('.', 'd')}-${instrument.right === 'call' ? 'C' : 'P'}`;
}
