// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A trade between a taker and a maker (an LP pool account), agreed by the maker's Quote
/// signature. Legs are in strictly ascending instrument id order.
struct Trade {
    address taker;
    address maker;
    /// Instrument ids of the legs, strictly ascending.
    uint256[] instrumentIds;
    /// Taker's signed quantity per leg, 18 decimals (`1e18` = taker buys 1); the maker gets the
    /// opposite.
    int256[] quantities;
    /// Cash paid by the taker to the maker, USDC units (6 decimals); negative = maker pays taker.
    /// Futures and perps carry entry price 0 on chain: their premium is quantity × price.
    int256 premium;
    /// Fee paid by the taker to the vault's fee account, USDC units.
    uint256 fee;
    /// The maker's quote nonce (unordered; each usable once).
    uint256 quoteNonce;
    /// Last valid unix second of the maker's quote.
    uint256 quoteDeadline;
}
