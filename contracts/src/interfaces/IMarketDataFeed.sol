// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The keeper-posted forward / rate / implied-vol marks, versioned.
interface IMarketDataFeed {
    /// @notice Incremented by every post; an attestation binds it through the market hash.
    function version() external view returns (uint256);
}
