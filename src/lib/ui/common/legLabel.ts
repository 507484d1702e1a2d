import { formatExpiryCode } from '../../import/formatExpiryCode';
import { formatInstrumentName } from '../../import/formatInstrumentName';
import type { Position } from '../../model/types';

/**
 * The Deribit-style name of a position (`BTC-26JUN26-75000-C`), or a readable stand-in when no
 * Deribit name can carry it (an expiry not at 08:00 UTC).
 *
 * @example
 * legLabel({ type: 'perp', underlier: 'ETH', qty: 1, unrealizedPnl: 0, unrealizedFunding: 0 });
 * // 'ETH-PERPETUAL'
 */
export function legLabel(p: Position): string {
  try {
    if (p.type === 'perp')
      return formatInstrumentName({
        instrument: { kind: 'perp', underlier: p.underlier, quote: undefined },
      });
    if (p.type === 'future')
      return formatInstrumentName({
        instrument: { kind: 'future', underlier: p.underlier, quote: undefined, expiry: p.expiry },
      });
    return formatInstrumentName({
      instrument: {
        kind: 'option',
        underlier: p.underlier,
        quote: undefined,
        expiry: p.expiry,
        strike: p.strike,
        right: p.right,
      },
    });
  } catch {
    return `${p.underlier} ${p.type}${'expiry' in p ? ` @${p.expiry}` : ''}`;
  }
}

/** An expiry for people: the Deribit code (`26JUN26`) or the UTC date and time. */
export function expiryLabel(expiry: number): string {
  return (
    formatExpiryCode({ expiry }) ??
    new Date(expiry * 1000)
      .toISOString()
      .replace('T', ' ')
      .replace(/:00\.000Z$/, ' UTC')
  );
}

/** Shifts a decimal string by `places` powers of ten, exactly (`'51.93', -2` → 0.5193). */
export function shiftDecimal(text: string, places: number): number {
  const t = text.trim();
  if (t === '') return Number.NaN;
  return Number(`${t}e${places}`);
}
