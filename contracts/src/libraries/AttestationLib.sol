// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Attestation} from "../types/Attestation.sol";
import {Trade} from "../types/Trade.sol";

/// @title AttestationLib
/// @notice EIP-712 hashing of the engine's Attestation and of a maker's Quote. The type strings are
/// written out so that the TypeScript side (src/lib/chain) can pin them byte for byte.
/// Domain: {name: "DCRO", version: "1", chainId: block.chainid, verifyingContract: the vault}.
library AttestationLib {
    /// @notice The EIP-712 domain type.
    string internal constant DOMAIN_TYPE =
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

    /// @notice The engine attestation type (one line, no spaces after commas).
    string internal constant ATTESTATION_TYPE =
        "Attestation(address account,bytes32 stateHash,bytes32 marketHash,bytes32 paramsHash,int256 equity,uint256 initialMargin,uint256 maintenanceMargin,uint256 nonce,uint256 deadline)";

    /// @notice The maker's quote type: the maker (or its operator) agrees to one trade.
    string internal constant QUOTE_TYPE =
        "Quote(address maker,address taker,uint256[] instrumentIds,int256[] quantities,int256 premium,uint256 fee,uint256 nonce,uint256 deadline)";

    bytes32 internal constant DOMAIN_TYPEHASH = keccak256(bytes(DOMAIN_TYPE));
    bytes32 internal constant ATTESTATION_TYPEHASH = keccak256(bytes(ATTESTATION_TYPE));
    bytes32 internal constant QUOTE_TYPEHASH = keccak256(bytes(QUOTE_TYPE));
    bytes32 internal constant NAME_HASH = keccak256("DCRO");
    bytes32 internal constant VERSION_HASH = keccak256("1");

    /// @notice The domain separator of `verifyingContract` on the current chain.
    function domainSeparator(address verifyingContract) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, verifyingContract));
    }

    /// @notice EIP-712 `hashStruct` of an attestation.
    function hashAttestation(Attestation calldata a) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                ATTESTATION_TYPEHASH,
                a.account,
                a.stateHash,
                a.marketHash,
                a.paramsHash,
                a.equity,
                a.initialMargin,
                a.maintenanceMargin,
                a.nonce,
                a.deadline
            )
        );
    }

    /// @notice EIP-712 `hashStruct` of the quote a maker signs for `t` (arrays hashed per EIP-712:
    /// keccak256 of the packed 32-byte elements).
    function hashQuote(Trade calldata t) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                QUOTE_TYPEHASH,
                t.maker,
                t.taker,
                keccak256(abi.encodePacked(t.instrumentIds)),
                keccak256(abi.encodePacked(t.quantities)),
                t.premium,
                t.fee,
                t.quoteNonce,
                t.quoteDeadline
            )
        );
    }

    /// @notice The digest to sign: `keccak256("\x19\x01" ‖ domainSeparator ‖ structHash)`.
    function digest(bytes32 separator, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", separator, structHash));
    }
}
