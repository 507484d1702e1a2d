// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What an instrument is. Perpetuals never expire.
enum InstrumentKind {
    Option,
    Future,
    Perp
}

/// @notice An option's right. `None` for futures and perpetuals.
enum OptionRight {
    None,
    Call,
    Put
}

/// @notice A listed instrument. Its id (1, 2, 3, … in listing order) is the vault's canonical
/// position order. Quantities of it are in underlier units with 18 decimals (`-10e18` = short 10).
struct Instrument {
    /// Underlier symbol as a left-aligned bytes32 string (`bytes32("ETH")`); also its spot feed key.
    bytes32 underlier;
    InstrumentKind kind;
    OptionRight right;
    /// Expiry, unix seconds (0 for perps).
    uint64 expiry;
    /// Strike in USD, 18 decimals (`2400e18` = 2,400 USD); 0 for futures and perps.
    uint256 strike;
}
