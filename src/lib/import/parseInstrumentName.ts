import type { Instrument } from './Instrument';
import { InstrumentNameError } from './InstrumentNameError';
import { EXPIRY_HOUR_UTC, MONTHS } from './expiryCode';

export type ParseInstrumentNameParameters = { name: string };
export type ParseInstrumentNameReturnType = Instrument;
export type ParseInstrumentNameErrorType = InstrumentNameError;

// `BTC`, or a linear pair `XRP_USDC` (base, settlement currency).
const CURRENCY = /^([A-Z][A-Z0-9]*)(?:_([A-Z][A-Z0-9]*))?$/;
const DATE = /^(\d{1,2})([A-Z]{3})(\d{2})$/;
// Deribit writes decimal strikes with `d` for the point (`0d5` = 0.5): `.` would be ambiguous in URLs.
const STRIKE = /^(\d+)(?:d(\d+))?$/;

/**
 * Decodes a Deribit instrument name: an option `BTC-26JUN26-75000-C`, a dated future
 * `ETH-27MAR26`, a perpetual `BTC-PERPETUAL`, or their linear variants (`XRP_USDC-30MAY26-0d5-C`,
 * `BTC_USDC-PERPETUAL`). Expiries are 08:00 UTC of the named day, in unix seconds.
 *
 * @example
 * parseInstrumentName({ name: 'BTC-26JUN26-75000-C' });
 * // { kind: 'option', underlier: 'BTC', quote: undefined, expiry: 1782460800, strike: 75000,
 * //   right: 'call' }
 */
export function parseInstrumentName({
  name,
}: ParseInstrumentNameParameters): ParseInstrumentNameReturnType {
  const fail = (problem: string): never => {
    throw new InstrumentNameError({ name, problem });
  };
  if (typeof name !== 'string' || name.length === 0) fail('the name is empty');
  if (name !== name.trim()) fail('it has leading or trailing spaces');
  if (/[a-ce-z]/.test(name) || (name.includes('d') && name.split('-').length !== 4))
    fail('Deribit names are upper case');
  const parts = name.split('-');
  if (parts.length < 2 || parts.length > 4)
    fail(`expected 2 to 4 parts separated by '-', found ${parts.length}`);
  const [currency = '', date = '', strikeText, rightText] = parts;
  const pair = CURRENCY.exec(currency);
  if (!pair) fail(`'${currency}' is not a currency (e.g. BTC, ETH, XRP_USDC)`);
  const underlier = pair![1]!;
  const quote = pair![2];
  if (parts.length === 2 && date === 'PERPETUAL') return { kind: 'perp', underlier, quote };
  if (parts.length === 3) fail('an option needs a strike and a right (…-75000-C)');
  const expiry = parseDate(date, fail);
  if (parts.length === 2) return { kind: 'future', underlier, quote, expiry };
  const strikeMatch = STRIKE.exec(strikeText!);
  if (!strikeMatch)
    fail(`strike '${strikeText}' is not a number (digits, with 'd' as the decimal point)`);
  const strike = Number(
    strikeMatch![2] === undefined ? strikeMatch![1] : `${strikeMatch![1]}.${strikeMatch![2]}`,
  );
  if (rightText !== 'C' && rightText !== 'P') fail(`right '${rightText}' must be C or P`);
  return {
    kind: 'option',
    underlier,
    quote,
    expiry,
    strike,
    right: rightText === 'C' ? 'call' : 'put',
  };
}

function parseDate(date: string, fail: (problem: string) => never): number {
  const match = DATE.exec(date);
  if (!match) fail(`'${date}' is not PERPETUAL or a date like 26JUN26`);
  const [, dayText, monthText, yearText] = match!;
  const month = MONTHS.indexOf(monthText as (typeof MONTHS)[number]);
  if (month < 0) fail(`unknown month '${monthText}' in '${date}'`);
  const day = Number(dayText);
  const year = 2000 + Number(yearText);
  const ms = Date.UTC(year, month, day, EXPIRY_HOUR_UTC);
  // Date.UTC rolls 31APR over into May: a round trip catches days the month does not have.
  if (day === 0 || new Date(ms).getUTCDate() !== day)
    fail(`day ${day} does not exist in ${monthText} ${year}`);
  return ms / 1000;
}
