import type { Right } from '../model/types';

/**
 * A Deribit-style instrument, decoded from its name (`parseInstrumentName`).
 *
 * `underlier` is the base currency (`BTC` in `BTC-26JUN26`, `XRP` in `XRP_USDC-PERPETUAL`);
 * `quote` is the settlement currency of a linear instrument (`USDC`), `undefined` for the inverse
 * (coin-settled) ones. `expiry` is unix seconds: Deribit expiries fall at 08:00 UTC.
 *
 * @example
 * const put: Instrument = { kind: 'option', underlier: 'BTC', quote: undefined,
 *   expiry: 1782460800, strike: 75000, right: 'put' }; // BTC-26JUN26-75000-P
 */
export type Instrument =
  | {
      kind: 'option';
      underlier: string;
      quote: string | undefined;
      expiry: number;
      /** USD per unit of the underlier. */
      strike: number;
      right: Right;
    }
  | { kind: 'future'; underlier: string; quote: string | undefined; expiry: number }
  | { kind: 'perp'; underlier: string; quote: string | undefined };

export type InstrumentKind = Instrument['kind'];
