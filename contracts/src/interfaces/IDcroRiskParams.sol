// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What the vault reads from the risk-parameter governance contract.
interface IDcroRiskParams {
    /// @notice keccak256 of the active `dcro.params/1` profile file.
    function activeParamsHash() external view returns (bytes32);
    /// @notice Whether `signer` may sign attestations.
    function isEngineSigner(address signer) external view returns (bool);
}
