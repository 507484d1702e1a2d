// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Spot prices from Chainlink feeds, keyed by symbol (`bytes32("ETH")`), 18 decimals.
interface ISpotOracle {
    /// @notice Latest fresh price of `key` in USD with 18 decimals; reverts when stale or <= 0.
    function price(bytes32 key) external view returns (uint256 priceUsd);
    /// @notice Price of the first round of `key` published at or after `timestamp`: `roundId`
    /// must be published at or after it and the round before strictly before it.
    function priceAt(bytes32 key, uint64 timestamp, uint80 roundId) external view returns (uint256 priceUsd);
    /// @notice Whether `key` has a feed.
    function hasFeed(bytes32 key) external view returns (bool);
    /// @notice Every key (in registration order) with its feed's latest round id.
    function latestRounds() external view returns (bytes32[] memory keys, uint80[] memory roundIds);
}
