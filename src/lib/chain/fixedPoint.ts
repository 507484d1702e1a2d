import { formatUnits } from 'viem';
import { BaseError } from '../errors/BaseError';

/**
 * The ONE conversion between chain integers and the core's f64 numbers (STYLE.md "Units").
 *
 * - Chain → core: `fromUnits(raw, decimals)` formats the integer as an exact decimal string and
 *   parses it; decimal parsing is correctly rounded in every JS engine, so the browser and the
 *   engine get the same double.
 * - Core → chain: `toFixed(x, decimals, rounding)` is EXACT: a finite double is m·2^e, so
 *   x·10^decimals is a rational computed in bigint and rounded once, in the stated direction. An
 *   attestation uses `toAttestedFigures`: equity rounded down, initial and maintenance margin rounded
 *   up (each rounding can only lower the attested headroom), 1e18 = 1 USD.
 *
 * @example
 * fromUnits(-1_500_250_000n, 6); // -1500.25
 * toFixed(0.1, 18, 'down'); // 100000000000000005n (0.1 is 0.10000000000000000555…)
 * toFixed(0.1, 18, 'up'); // 100000000000000006n
 */
export function fromUnits(raw: bigint, decimals: number): number {
  return Number(formatUnits(raw, decimals));
}

export type Rounding = 'down' | 'up';

export function toFixed(x: number, decimals: number, rounding: Rounding): bigint {
  if (!Number.isFinite(x))
    throw new BaseError(`Cannot convert ${x} to a fixed-point integer.`, {
      code: 'NON_FINITE_FIGURE',
      metaMessages: ['The margin core returned a non-finite figure; nothing was signed.'],
    });
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biasedExp = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  // |x| = mantissa · 2^exp exactly (subnormals have no implicit leading 1).
  const mantissa = biasedExp === 0 ? fraction : fraction | (1n << 52n);
  const exp = (biasedExp === 0 ? 1 : biasedExp) - 1075;
  const scaled = mantissa * 10n ** BigInt(decimals);
  let q: bigint;
  let exact: boolean;
  if (exp >= 0) {
    q = scaled << BigInt(exp);
    exact = true;
  } else {
    const d = 1n << BigInt(-exp);
    q = scaled / d;
    exact = q * d === scaled;
  }
  // q = floor(|x|·10^decimals); round the signed value in the requested direction.
  if (negative) return exact || rounding === 'up' ? -q : -q - 1n;
  return exact || rounding === 'down' ? q : q + 1n;
}

/** The attested figures of a margin result (1e18 = 1 USD). A negative margin is attested as 0. */
export function toAttestedFigures(result: {
  equity: number;
  initialMargin: number;
  maintenanceMargin: number;
}): { equity: bigint; initialMargin: bigint; maintenanceMargin: bigint } {
  const clamp = (v: bigint) => (v < 0n ? 0n : v);
  return {
    equity: toFixed(result.equity, 18, 'down'),
    initialMargin: clamp(toFixed(result.initialMargin, 18, 'up')),
    maintenanceMargin: clamp(toFixed(result.maintenanceMargin, 18, 'up')),
  };
}
