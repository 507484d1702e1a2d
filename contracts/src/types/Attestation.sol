// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The risk engine's signed statement about one account's margin (EIP-712, see
/// AttestationLib for the type string and the domain). All money figures are USD fixed point with
/// 18 decimals (`1500e18` = 1,500 USD). The engine rounds `equity` down and `initialMargin` up.
struct Attestation {
    /// The account the figures are about.
    address account;
    /// `DcroVault.accountStateHash(account)` of the state the figures were computed on — for an
    /// action, the state AFTER the action.
    bytes32 stateHash;
    /// `DcroVault.currentMarketHash()` at the block the engine read (oracle rounds + feed version).
    bytes32 marketHash;
    /// `DcroRiskParams.activeParamsHash()` — keccak256 of the `dcro.params/1` profile used.
    bytes32 paramsHash;
    /// Account equity, 1e18 = 1 USD, rounded down. May be negative.
    int256 equity;
    /// Initial margin, 1e18 = 1 USD, rounded up.
    uint256 initialMargin;
    /// Maintenance margin, 1e18 = 1 USD.
    uint256 maintenanceMargin;
    /// Must equal `DcroVault.nonces(account)`; consumed on use.
    uint256 nonce;
    /// Last valid unix second (inclusive).
    uint256 deadline;
}

/// @notice An attestation with its 65-byte (r, s, v) engine signature.
struct SignedAttestation {
    Attestation attestation;
    bytes signature;
}
