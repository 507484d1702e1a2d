// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "./utils/DcroFixture.sol";
import {DcroVault} from "../src/DcroVault.sol";
import {SpotOracle} from "../src/oracles/SpotOracle.sol";
import {SignedAttestation} from "../src/types/Attestation.sol";
import {InstrumentKind, OptionRight} from "../src/types/Instrument.sol";

contract DcroVaultSettleTest is DcroFixture {
    function _ids(uint256 id) internal pure returns (uint256[] memory ids) {
        ids = new uint256[](1);
        ids[0] = id;
    }

    function _expireAt(int256 answer) internal returns (uint80 roundId) {
        vm.warp(EXPIRY + 30);
        roundId = ethFeed.pushAnswer(answer);
        vault.fixSettlementPrice("ETH", EXPIRY, roundId);
    }

    function _settle(address account, uint256[] memory ids) internal {
        SignedAttestation memory probe = _sign(_att(account, 0));
        bytes32 h;
        try vault.settle(account, ids, probe) {
            revert("probe: settle went through");
        } catch (bytes memory err) {
            h = _expectedFrom(err);
        }
        vault.settle(account, ids, _sign(_att(account, h)));
    }

    function test_fixSettlementPrice_takesFirstRoundAfterExpiry() public {
        vm.warp(EXPIRY - 10);
        ethFeed.pushAnswer(2500e8);
        vm.warp(EXPIRY + 5);
        uint80 first = ethFeed.pushAnswer(2600e8);
        ethFeed.pushAnswer(2700e8);
        vault.fixSettlementPrice("ETH", EXPIRY, first);
        assertEq(vault.settlementPrice("ETH", EXPIRY), 2600e18, "first round after expiry, 18 decimals");
    }

    function test_fixSettlementPrice_revertsOnLaterRound() public {
        vm.warp(EXPIRY + 5);
        ethFeed.pushAnswer(2600e8);
        uint80 second = ethFeed.pushAnswer(2700e8);
        vm.expectRevert(
            abi.encodeWithSelector(SpotOracle.SpotOracle_NotFirstRoundAfter.selector, bytes32("ETH"), second, EXPIRY)
        );
        vault.fixSettlementPrice("ETH", EXPIRY, second);
    }

    function test_fixSettlementPrice_revertsOnRoundBeforeExpiry() public {
        vm.warp(EXPIRY + 5);
        vm.expectRevert(
            abi.encodeWithSelector(SpotOracle.SpotOracle_NotFirstRoundAfter.selector, bytes32("ETH"), uint80(1), EXPIRY)
        );
        vault.fixSettlementPrice("ETH", EXPIRY, 1);
    }

    function test_fixSettlementPrice_revertsBeforeExpiryAndTwice() public {
        bytes memory err =
            abi.encodeWithSelector(DcroVault.DcroVault_CannotFixSettlementPrice.selector, bytes32("ETH"), EXPIRY);
        vm.expectRevert(err);
        vault.fixSettlementPrice("ETH", EXPIRY, 1);
        uint80 r = _expireAt(2600e8);
        vm.expectRevert(err);
        vault.fixSettlementPrice("ETH", EXPIRY, r);
    }

    function test_settle_paysIntrinsicAndConservesCash() public {
        _doTrade(_trade1(callId, 2e18, 150e6, 0));
        _doTrade(_trade1(futureId, -1e18, -2000e6, 0));
        int256 total = vault.cash(trader) + vault.cash(lp) + vault.cash(feeAccount);
        _expireAt(2600e8);
        int256 traderCash = vault.cash(trader);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (callId, futureId);
        _settle(trader, ids);
        assertEq(vault.cash(trader) - traderCash, 400e6 - 2600e6, "2 x 200 call payoff, short future at 2600");
        assertEq(vault.positionOf(trader, callId), 0, "call settled");
        _settle(lp, ids);
        assertEq(vault.cash(trader) + vault.cash(lp) + vault.cash(feeAccount), total, "cash conserved");
        (, , , uint256[] memory open,) = vault.getAccount(lp);
        assertEq(open.length, 0, "nothing left open");
    }

    function test_settle_putExpiresWorthless() public {
        _doTrade(_trade1(putId, -1e18, -20e6, 0));
        _expireAt(1900e8);
        int256 before = vault.cash(trader);
        _settle(trader, _ids(putId));
        assertEq(vault.cash(trader), before, "OTM put pays nothing");
    }

    function test_settle_revertsBeforeExpiry() public {
        _doTrade(_trade1(callId, 1e18, 1e6, 0));
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_NotExpired.selector, callId));
        vault.settle(trader, _ids(callId), s);
    }

    function test_settle_revertsForPerp() public {
        _doTrade(_trade1(perpId, 1e18, 2000e6, 0));
        _expireAt(2600e8);
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_NotExpired.selector, perpId));
        vault.settle(trader, _ids(perpId), s);
    }

    function test_settle_revertsWithoutSettlementPrice() public {
        _doTrade(_trade1(callId, 1e18, 1e6, 0));
        vm.warp(EXPIRY + 1);
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(
            abi.encodeWithSelector(DcroVault.DcroVault_SettlementPriceNotFixed.selector, bytes32("ETH"), EXPIRY)
        );
        vault.settle(trader, _ids(callId), s);
    }

    function test_settle_revertsWithoutPosition() public {
        _expireAt(2600e8);
        SignedAttestation memory s = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_NoPosition.selector, trader, callId));
        vault.settle(trader, _ids(callId), s);
    }

    function test_settle_revertsWithoutValidAttestation() public {
        _doTrade(_trade1(callId, 1e18, 1e6, 0));
        _expireAt(2600e8);
        SignedAttestation memory s = _signWith(_att(trader, 0), STRANGER_PK);
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        vault.settle(trader, _ids(callId), s);
    }

    function test_fuzz_settle(int256 qty, uint256 strike, uint256 price, bool isCall) public {
        qty = boundInt(qty, -1e24, 1e24);
        vm.assume(qty != 0);
        strike = bound(strike, 1, 1e24);
        vm.assume(strike != 2400e18 && strike != 1800e18); // listed in setUp
        price = bound(price, 1, 1e16); // feed answer, 8 decimals
        uint256 id = vault.listInstrument(
            "ETH", InstrumentKind.Option, isCall ? OptionRight.Call : OptionRight.Put, EXPIRY, strike
        );
        _doTrade(_trade1(id, qty, 0, 0));
        _expireAt(int256(price));
        int256 traderBefore = vault.cash(trader);
        int256 lpBefore = vault.cash(lp);
        _settle(trader, _ids(id));
        _settle(lp, _ids(id));
        int256 traderCredit = vault.cash(trader) - traderBefore;
        assertEq(traderCredit + vault.cash(lp) - lpBefore, 0, "credits sum to zero");
        uint256 s = price * 1e10;
        int256 intrinsic = isCall ? (s > strike ? int256(s - strike) : int256(0)) : (strike > s ? int256(strike - s) : int256(0));
        int256 exactTimes1e30 = qty * intrinsic;
        int256 diff = traderCredit * 1e30 - exactTimes1e30;
        assertTrue(diff > -1e30 && diff <= 0, "first settler rounds down, by less than one unit");
    }
}
