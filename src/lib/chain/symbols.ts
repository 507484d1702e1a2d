import { hexToString, stringToHex, type Hex } from 'viem';

/** `'ETH'` → `bytes32("ETH")` (left-aligned, zero-padded): the vault's underlier and feed key. */
export function symbolToBytes32(symbol: string): Hex {
  return stringToHex(symbol, { size: 32 });
}

/** `bytes32("ETH")` → `'ETH'`. */
export function bytes32ToSymbol(key: Hex): string {
  return hexToString(key, { size: 32 }).replace(/\0+$/, '');
}
