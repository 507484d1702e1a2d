import { encodeAbiParameters, keccak256, parseAbiParameters, type Hex } from 'viem';

const MARKET_ENCODING = parseAbiParameters('uint256, bytes32[], uint80[]');

/**
 * `keccak256(abi.encode(MarketDataFeed.version(), SpotOracle.keys(), latest round ids))`, as
 * `DcroVault.currentMarketHash()` computes it (contracts/README.md "Market hash").
 */
export function marketHash(
  version: bigint,
  keys: readonly Hex[],
  roundIds: readonly bigint[],
): Hex {
  return keccak256(encodeAbiParameters(MARKET_ENCODING, [version, keys, roundIds]));
}
