// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "./utils/DcroFixture.sol";
import {DcroVault} from "../src/DcroVault.sol";
import {Owned} from "../src/access/Owned.sol";
import {IERC20} from "../src/interfaces/IERC20.sol";
import {TestToken} from "../src/mocks/TestToken.sol";
import {SignedAttestation} from "../src/types/Attestation.sol";
import {InstrumentKind, OptionRight, Instrument} from "../src/types/Instrument.sol";

/// @notice Deposits, cash, collateral whitelist and the instrument registry.
contract DcroVaultCollateralTest is DcroFixture {
    function test_deposit_movesTokensIntoTheAccount() public {
        wbtc.mint(stranger, 3e8);
        vm.prank(stranger);
        wbtc.approve(address(vault), 3e8);
        vm.prank(stranger);
        vault.deposit(address(wbtc), 3e8);
        assertEq(vault.collateralBalance(stranger, address(wbtc)), 3e8, "credited");
        assertEq(wbtc.balanceOf(address(vault)), 3e8, "held by the vault");
    }

    function test_depositFor_creditsAnotherAccount() public {
        vm.prank(lp);
        vault.depositFor(stranger, address(usdc), 5e6);
        assertEq(vault.collateralBalance(stranger, address(usdc)), 5e6, "credited to stranger");
    }

    function test_deposit_revertsOnUnlistedAsset() public {
        TestToken other = new TestToken("Other", "OTH", 18);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_CollateralNotAccepted.selector, address(other)));
        vm.prank(trader);
        vault.deposit(address(other), 1);
    }

    function test_deposit_revertsWhenDepositsDisabled() public {
        vault.setDepositsEnabled(address(weth), false);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_CollateralNotAccepted.selector, address(weth)));
        vm.prank(trader);
        vault.deposit(address(weth), 1);
    }

    function test_deposit_revertsOnZeroAmountOrAccount() public {
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidAmount.selector, 0));
        vm.prank(trader);
        vault.deposit(address(usdc), 0);
        vm.expectRevert(DcroVault.DcroVault_ZeroAddress.selector);
        vm.prank(trader);
        vault.depositFor(address(0), address(usdc), 1);
    }

    function test_deposit_revertsWhenTransferFails() public {
        vm.expectRevert(abi.encodeWithSignature("SafeTransferLib_TransferFailed(address)", address(usdc)));
        vm.prank(stranger);
        vault.deposit(address(usdc), 1);
    }

    function test_withdraw_revertsOnInsufficientCollateral() public {
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(
            abi.encodeWithSelector(DcroVault.DcroVault_InsufficientCollateral.selector, address(wbtc), 0, 1)
        );
        vm.prank(trader);
        vault.withdraw(address(wbtc), 1, s);
    }

    function test_withdraw_revertsOnZeroAmount() public {
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidAmount.selector, 0));
        vm.prank(trader);
        vault.withdraw(address(usdc), 0, s);
    }

    function test_depositCash_andWithdrawCash() public {
        vm.prank(trader);
        vault.depositCash(trader, 70e6);
        assertEq(vault.cash(trader), 70e6, "cash credited");
        SignedAttestation memory probe = _sign(_att(trader, 0));
        bytes32 h;
        vm.prank(trader);
        try vault.withdrawCash(30e6, probe) {
            revert("probe: went through");
        } catch (bytes memory err) {
            h = _expectedFrom(err);
        }
        SignedAttestation memory s = _sign(_att(trader, h));
        uint256 before = usdc.balanceOf(trader);
        vm.prank(trader);
        vault.withdrawCash(30e6, s);
        assertEq(vault.cash(trader), 40e6, "cash debited");
        assertEq(usdc.balanceOf(trader), before + 30e6, "paid out");
    }

    function test_withdrawCash_revertsBeyondPositiveCash() public {
        _doTrade(_trade1(callId, 1e18, 100e6, 0)); // trader's cash is -100 USDC
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InsufficientCash.selector, int256(-100e6), 1));
        vm.prank(trader);
        vault.withdrawCash(1, s);
    }

    function test_depositCash_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidAmount.selector, 0));
        vault.depositCash(trader, 0);
        vm.expectRevert(DcroVault.DcroVault_ZeroAddress.selector);
        vault.depositCash(address(0), 1);
    }

    function test_listCollateral_revertsOnDuplicateUnpricedOrZero() public {
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidCollateral.selector, address(usdc)));
        vault.listCollateral(IERC20(address(usdc)), "USDC");
        TestToken sol = new TestToken("Sol", "SOL", 9);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidCollateral.selector, address(sol)));
        vault.listCollateral(IERC20(address(sol)), "SOL");
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidCollateral.selector, address(0)));
        vault.listCollateral(IERC20(address(0)), "ETH");
    }

    function test_adminSetters_revertForNonOwner() public {
        vm.startPrank(stranger);
        vm.expectRevert(Owned.Owned_NotOwner.selector);
        vault.listCollateral(IERC20(address(weth)), "ETH");
        vm.expectRevert(Owned.Owned_NotOwner.selector);
        vault.listInstrument("ETH", InstrumentKind.Perp, OptionRight.None, 0, 0);
        vm.expectRevert(Owned.Owned_NotOwner.selector);
        vault.setDepositsEnabled(address(weth), false);
        vm.expectRevert(Owned.Owned_NotOwner.selector);
        vault.setFeeAccount(stranger);
        vm.stopPrank();
    }

    function test_setFeeAccount_revertsOnZero() public {
        vm.expectRevert(DcroVault.DcroVault_ZeroAddress.selector);
        vault.setFeeAccount(address(0));
    }

    function test_listInstrument_assignsAscendingIds() public {
        assertEq(vault.instrumentCount(), 4, "four listed in setUp");
        uint256 id = vault.listInstrument("BTC", InstrumentKind.Option, OptionRight.Put, EXPIRY, 50_000e18);
        assertEq(id, 5, "next id");
        Instrument memory inst = vault.getInstrument(id);
        assertEq(inst.underlier, bytes32("BTC"), "underlier");
        assertEq(inst.strike, 50_000e18, "strike");
        assertEq(uint256(inst.expiry), EXPIRY, "expiry");
        assertEq(vault.instrumentIdOf(keccak256(abi.encode(bytes32("BTC"), InstrumentKind.Option, OptionRight.Put, EXPIRY, uint256(50_000e18)))), 5, "key lookup");
    }

    function test_listInstrument_revertsOutOfRange() public {
        bytes4 invalid = DcroVault.DcroVault_InvalidInstrument.selector;
        vm.expectRevert(invalid); // no spot feed
        vault.listInstrument("DOGE", InstrumentKind.Perp, OptionRight.None, 0, 0);
        vm.expectRevert(invalid); // option without right
        vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.None, EXPIRY, 1e18);
        vm.expectRevert(invalid); // option with zero strike
        vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Call, EXPIRY, 0);
        vm.expectRevert(invalid); // strike too large
        vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Call, EXPIRY, 1e33 + 1);
        vm.expectRevert(invalid); // expired
        vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Call, uint64(block.timestamp), 1e18);
        vm.expectRevert(invalid); // future with strike
        vault.listInstrument("ETH", InstrumentKind.Future, OptionRight.None, EXPIRY, 1);
        vm.expectRevert(invalid); // perp with expiry
        vault.listInstrument("ETH", InstrumentKind.Perp, OptionRight.None, EXPIRY, 0);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InstrumentExists.selector, callId));
        vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Call, EXPIRY, 2400e18);
    }

    function test_getInstrument_revertsOnUnknownId() public {
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_UnknownInstrument.selector, 0));
        vault.getInstrument(0);
    }

    function test_ownership_twoStepTransfer() public {
        vault.transferOwnership(stranger);
        vm.expectRevert(Owned.Owned_NotPendingOwner.selector);
        vm.prank(trader);
        vault.acceptOwnership();
        vm.prank(stranger);
        vault.acceptOwnership();
        assertEq(vault.owner(), stranger, "new owner");
    }
}
