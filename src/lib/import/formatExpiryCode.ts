import { EXPIRY_HOUR_UTC, MONTHS } from './expiryCode';

export type FormatExpiryCodeParameters = { expiry: number };
export type FormatExpiryCodeReturnType = string | undefined;

/**
 * The Deribit date code (`26JUN26`, `1MAY26`: day without a leading zero) of an expiry in unix
 * seconds, or `undefined` when the expiry is not at 08:00:00 UTC (no Deribit name can carry it).
 *
 * @example
 * formatExpiryCode({ expiry: 1782460800 }); // '26JUN26'
 */
export function formatExpiryCode({
  expiry,
}: FormatExpiryCodeParameters): FormatExpiryCodeReturnType {
  if (!Number.isInteger(expiry)) return undefined;
  const date = new Date(expiry * 1000);
  const atEight =
    date.getUTCHours() === EXPIRY_HOUR_UTC &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0;
  const year = date.getUTCFullYear();
  if (!atEight || year < 2000 || year > 2099) return undefined;
  const yy = String(year - 2000).padStart(2, '0');
  return `${date.getUTCDate()}${MONTHS[date.getUTCMonth()]}${yy}`;
}
