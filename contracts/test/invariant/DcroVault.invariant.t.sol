// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {VaultHandler} from "./VaultHandler.sol";
import {DcroVault} from "../../src/DcroVault.sol";
import {TestToken} from "../../src/mocks/TestToken.sol";

/// @notice Conservation and replay invariants over random sequences of vault actions.
contract DcroVaultInvariantTest is Test {
    VaultHandler internal handler;
    DcroVault internal vault;

    function setUp() public {
        handler = new VaultHandler();
        vault = handler.vaultAddress();
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = VaultHandler.deposit.selector;
        selectors[1] = VaultHandler.depositCash.selector;
        selectors[2] = VaultHandler.withdraw.selector;
        selectors[3] = VaultHandler.withdrawCash.selector;
        selectors[4] = VaultHandler.trade.selector;
        selectors[5] = VaultHandler.replay.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    function _sumCash() internal view returns (int256 total) {
        address[] memory accounts = handler.accounts();
        for (uint256 i; i < accounts.length; ++i) total += vault.cash(accounts[i]);
    }

    /// @notice Every token the vault holds is somebody's collateral, or (for USDC) backs cash.
    function invariant_tokensBackCollateralAndCash() public view {
        address[] memory accounts = handler.accounts();
        TestToken[] memory tokens = handler.tokens();
        for (uint256 k; k < tokens.length; ++k) {
            int256 owed;
            for (uint256 i; i < accounts.length; ++i) {
                owed += int256(vault.collateralBalance(accounts[i], address(tokens[k])));
            }
            if (address(tokens[k]) == address(vault.cashAsset())) owed += _sumCash();
            assertEq(int256(tokens[k].balanceOf(address(vault))), owed, "token balance = collateral (+ cash)");
        }
    }

    /// @notice Trades and fees only move cash: the total changes only by cash deposits/withdrawals.
    function invariant_cashConserved() public view {
        assertEq(_sumCash(), handler.ghostNetCash(), "sum of cash = net cash deposits");
    }

    /// @notice Every trade is bilateral: each instrument's positions net to zero.
    function invariant_positionsNetToZero() public view {
        address[] memory accounts = handler.accounts();
        uint256[] memory ids = handler.instrumentIds();
        for (uint256 j; j < ids.length; ++j) {
            int256 net;
            for (uint256 i; i < accounts.length; ++i) net += vault.positionOf(accounts[i], ids[j]);
            assertEq(net, 0, "net position");
        }
    }

    /// @notice A used attestation or quote never works twice.
    function invariant_replayImpossible() public view {
        assertTrue(!handler.replaySucceeded(), "a replay went through");
    }

    /// @notice No action went through on an attestation with negative initial headroom, and every
    /// successful attested action consumed exactly one nonce.
    function invariant_attestationsGateEveryAction() public view {
        assertTrue(!handler.underMarginedSucceeded(), "an under-margined withdrawal went through");
        address[] memory accounts = handler.accounts();
        uint256 nonces;
        for (uint256 i; i < accounts.length; ++i) nonces += vault.nonces(accounts[i]);
        assertEq(nonces, handler.ghostAttestations(), "nonces = attestations consumed");
    }
}
