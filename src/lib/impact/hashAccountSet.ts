import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex, type Hex } from 'viem';
import { canonicalJson } from '../engine/canonicalJson';
import type { ScanAccount, ScanMarket } from '../scan/ScanMarket';

/** Accounts hashed between two yields to the event loop. */
const CHUNK = 2_000;

/**
 * keccak256 of the canonical JSON of `{market, accounts}` (the report's `accountsHash`), fed to
 * the hash account by account and yielding to the event loop between chunks, so that hashing a
 * hundred thousand accounts overlaps the scan instead of stalling the workers' dispatch. The
 * bytes hashed are exactly `canonicalJson({ market, accounts })` ("accounts" sorts first).
 *
 * @example
 * await hashAccountSet(market, accounts); // '0x…'
 */
export async function hashAccountSet(
  market: ScanMarket,
  accounts: readonly ScanAccount[],
): Promise<Hex> {
  const hash = keccak_256.create();
  const encoder = new TextEncoder();
  hash.update(encoder.encode('{"accounts":['));
  for (let a = 0; a < accounts.length; a += CHUNK) {
    const part = accounts
      .slice(a, a + CHUNK)
      .map(canonicalJson)
      .join(',');
    hash.update(encoder.encode(a === 0 ? part : `,${part}`));
    await new Promise((resolve) => setImmediate(resolve));
  }
  hash.update(encoder.encode(`],"market":${canonicalJson(market)}}`));
  return bytesToHex(hash.digest());
}
