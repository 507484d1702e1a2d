// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "./utils/DcroFixture.sol";
import {DcroVault} from "../src/DcroVault.sol";
import {SignedAttestation} from "../src/types/Attestation.sol";

contract DcroVaultLiquidateTest is DcroFixture {
    function setUp() public override {
        super.setUp();
        _doTrade(_trade1(callId, -10e18, -500e6, 0)); // trader sells 10 calls
        _doTrade(_trade1(perpId, 2e18, 4000e6, 0));
    }

    /// @dev Liquidator's post-takeover state hash, by probing with a breached account attestation.
    function _liquidatorHash(SignedAttestation memory acc) internal returns (bytes32 h) {
        SignedAttestation memory probe = _sign(_att(liquidator, 0));
        vm.prank(liquidator);
        try vault.liquidate(trader, acc, probe) {
            revert("probe: liquidation went through");
        } catch (bytes memory err) {
            h = _expectedFrom(err);
        }
    }

    function test_liquidate_transfersWholeBook() public {
        SignedAttestation memory acc = _sign(_att(trader, vault.accountStateHash(trader), 1000e18, 3000e18, 1500e18));
        SignedAttestation memory liq = _sign(_att(liquidator, _liquidatorHash(acc)));
        int256 total = vault.cash(trader) + vault.cash(liquidator);
        vm.prank(liquidator);
        vault.liquidate(trader, acc, liq);
        assertEq(vault.positionOf(liquidator, callId), -10e18, "calls taken over");
        assertEq(vault.positionOf(liquidator, perpId), 2e18, "perp taken over");
        assertEq(vault.collateralBalance(liquidator, address(weth)), 100e18, "collateral taken over");
        assertEq(vault.cash(trader), 950e6, "95% of attested equity paid out");
        assertEq(vault.cash(trader) + vault.cash(liquidator), total, "cash conserved");
        (, address[] memory assets, , uint256[] memory ids,) = vault.getAccount(trader);
        assertEq(assets.length + ids.length, 0, "account emptied");
        assertEq(vault.nonces(trader), 3, "account nonce consumed (two trades + liquidation)");
    }

    function test_liquidate_negativeEquityPaysNothing() public {
        SignedAttestation memory acc = _sign(_att(trader, vault.accountStateHash(trader), -5e18, 3000e18, 1500e18));
        SignedAttestation memory liq = _sign(_att(liquidator, _liquidatorHash(acc)));
        vm.prank(liquidator);
        vault.liquidate(trader, acc, liq);
        assertEq(vault.cash(trader), 0, "no payout");
    }

    function test_liquidate_revertsWhenAboveMaintenance() public {
        SignedAttestation memory acc = _sign(_att(trader, vault.accountStateHash(trader), 1500e18, 3000e18, 1500e18));
        SignedAttestation memory liq = _sign(_att(liquidator, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_NotLiquidatable.selector, int256(0)));
        vm.prank(liquidator);
        vault.liquidate(trader, acc, liq);
    }

    function test_liquidate_revertsWhenLiquidatorUnderMargined() public {
        SignedAttestation memory acc = _sign(_att(trader, vault.accountStateHash(trader), 1000e18, 3000e18, 1500e18));
        bytes32 h = _liquidatorHash(acc);
        SignedAttestation memory liq = _sign(_att(liquidator, h, 1e18, 2e18, 1e18));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InsufficientMargin.selector, int256(-1e18)));
        vm.prank(liquidator);
        vault.liquidate(trader, acc, liq);
    }

    function test_liquidate_revertsOnStaleAccountState() public {
        bytes32 old = vault.accountStateHash(trader);
        _fund(trader, 10e6, 0); // state changed since the engine looked
        SignedAttestation memory acc = _sign(_att(trader, old, 1000e18, 3000e18, 1500e18));
        SignedAttestation memory liq = _sign(_att(liquidator, 0));
        vm.expectRevert(
            abi.encodeWithSelector(DcroVault.DcroVault_StateMismatch.selector, vault.accountStateHash(trader), old)
        );
        vm.prank(liquidator);
        vault.liquidate(trader, acc, liq);
    }

    function test_liquidate_revertsOnSelf() public {
        SignedAttestation memory acc = _sign(_att(trader, vault.accountStateHash(trader), 1000e18, 3000e18, 1500e18));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_Unauthorized.selector, trader, trader));
        vm.prank(trader);
        vault.liquidate(trader, acc, acc);
    }
}
