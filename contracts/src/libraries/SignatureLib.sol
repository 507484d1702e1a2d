// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title SignatureLib
/// @notice ECDSA recovery of a 65-byte (r ‖ s ‖ v) signature, rejecting malleable ones.
library SignatureLib {
    /// @dev secp256k1n / 2 (EIP-2): a larger `s` has a twin signature and is refused.
    uint256 internal constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The signer of `digest`, or address(0) when the signature is malformed or invalid.
    function recover(bytes32 digest, bytes calldata signature) internal pure returns (address) {
        if (signature.length != 65) return address(0);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_ORDER || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
