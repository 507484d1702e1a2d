import type { Hex } from 'viem';
import { formatInstrumentName } from '../import/formatInstrumentName';
import type { Right } from '../model/types';
import { fromUnits } from './fixedPoint';
import { bytes32ToSymbol } from './symbols';

/**
 * A vault instrument in TypeScript terms. On chain (`Instrument` struct): `kind` 0 option,
 * 1 future, 2 perp; `right` 0 none, 1 call, 2 put; strike USD 18 decimals; expiry 0 for perps.
 *
 * @example
 * { id: 7n, name: 'BTC-26JUN26-84000-C', underlier: 'BTC', kind: 'option', right: 'call',
 *   expiry: 1782460800, strike: 84000, strikeRaw: 84000n * 10n ** 18n }
 */
export type ChainInstrument = {
  id: bigint;
  /** Deribit-style name, e.g. `ETH-26JUN26-2800-C`, `BTC-PERPETUAL`. */
  name: string;
  underlier: string;
  kind: 'option' | 'future' | 'perp';
  right: Right | undefined;
  /** Unix seconds; 0 for perps. */
  expiry: number;
  /** USD; 0 for futures and perps. */
  strike: number;
  strikeRaw: bigint;
};

export const KIND_CODES = { option: 0, future: 1, perp: 2 } as const;
export const RIGHT_CODES = { none: 0, call: 1, put: 2 } as const;

/** Decodes the vault's `getInstrument(id)` tuple. */
export function decodeInstrument(
  id: bigint,
  raw: { underlier: Hex; kind: number; right: number; expiry: bigint; strike: bigint },
): ChainInstrument {
  const underlier = bytes32ToSymbol(raw.underlier);
  const kind = (['option', 'future', 'perp'] as const)[raw.kind]!;
  const right = raw.right === 1 ? 'call' : raw.right === 2 ? 'put' : undefined;
  const expiry = Number(raw.expiry);
  const strike = fromUnits(raw.strike, 18);
  const name = formatInstrumentName({
    instrument:
      kind === 'option'
        ? { kind, underlier, quote: undefined, expiry, strike, right: right! }
        : kind === 'future'
          ? { kind, underlier, quote: undefined, expiry }
          : { kind, underlier, quote: undefined },
  });
  return { id, name, underlier, kind, right, expiry, strike, strikeRaw: raw.strike };
}
