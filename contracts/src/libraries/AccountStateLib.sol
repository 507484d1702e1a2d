// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title AccountStateLib
/// @notice The canonical hash of an account's on-chain state, which an attestation binds:
///
///     stateHash = keccak256(abi.encode(
///         int256    cash,              // USDC units (6 decimals), may be negative
///         address[] collateralAssets,  // assets with a non-zero balance, in listing order
///         uint256[] collateralAmounts, // raw token units, same order
///         uint256[] instrumentIds,     // instruments with a non-zero position, ascending id
///         int256[]  quantities         // 18 decimals, same order
///     ))
///
/// i.e. viem `encodeAbiParameters([int256, address[], uint256[], uint256[], int256[]], …)`.
/// An account with nothing hashes `abi.encode(0, [], [], [], [])`.
library AccountStateLib {
    function hash(
        int256 cash,
        address[] memory collateralAssets,
        uint256[] memory collateralAmounts,
        uint256[] memory instrumentIds,
        int256[] memory quantities
    ) internal pure returns (bytes32) {
        return keccak256(abi.encode(cash, collateralAssets, collateralAmounts, instrumentIds, quantities));
    }

    /// @notice Sorts `ids` ascending in place (insertion sort: a book holds at most a few dozen).
    function sortAscending(uint256[] memory ids) internal pure {
        for (uint256 i = 1; i < ids.length; ++i) {
            uint256 key = ids[i];
            uint256 j = i;
            while (j > 0 && ids[j - 1] > key) {
                ids[j] = ids[j - 1];
                --j;
            }
            ids[j] = key;
        }
    }
}
