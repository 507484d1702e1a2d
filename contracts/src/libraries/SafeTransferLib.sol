// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "../interfaces/IERC20.sol";

/// @title SafeTransferLib
/// @notice ERC-20 transfers that also accept tokens returning nothing (USDT-style).
library SafeTransferLib {
    /// @notice Thrown when a token transfer reverts or returns false.
    error SafeTransferLib_TransferFailed(address token);

    function safeTransfer(IERC20 token, address to, uint256 amount) internal {
        _call(token, abi.encodeCall(IERC20.transfer, (to, amount)));
    }

    function safeTransferFrom(IERC20 token, address from, address to, uint256 amount) internal {
        _call(token, abi.encodeCall(IERC20.transferFrom, (from, to, amount)));
    }

    function _call(IERC20 token, bytes memory data) private {
        (bool ok, bytes memory ret) = address(token).call(data);
        if (!ok || address(token).code.length == 0 || (ret.length != 0 && !abi.decode(ret, (bool)))) {
            revert SafeTransferLib_TransferFailed(address(token));
        }
    }
}
