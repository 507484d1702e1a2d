// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "./utils/DcroFixture.sol";
import {DcroVault} from "../src/DcroVault.sol";
import {SignedAttestation} from "../src/types/Attestation.sol";
import {InstrumentKind, OptionRight} from "../src/types/Instrument.sol";
import {Trade} from "../src/types/Trade.sol";

contract DcroVaultTradeTest is DcroFixture {
    function _quoteSig(Trade memory t) internal view returns (bytes memory) {
        return _signDigest(LP_PK, _quoteDigest(t));
    }

    /// @dev Calls trade with well-formed attestations of the CURRENT states (so that checks before
    /// the attestation stage decide the outcome).
    function _tradeExpectingRevert(Trade memory t, bytes memory quoteSig, bytes memory err) internal {
        SignedAttestation memory a = _sign(_att(t.taker, 0));
        SignedAttestation memory b = _sign(_att(t.maker, 0));
        vm.expectRevert(err);
        vm.prank(t.taker);
        vault.trade(t, quoteSig, a, b);
    }

    function test_trade_movesPositionsPremiumAndFee() public {
        _doTrade(_trade1(callId, 2e18, 300e6, 5e6));
        assertEq(vault.positionOf(trader, callId), 2e18, "taker long");
        assertEq(vault.positionOf(lp, callId), -2e18, "maker short");
        assertEq(vault.cash(trader), -305e6, "taker pays premium + fee");
        assertEq(vault.cash(lp), 300e6, "maker receives premium");
        assertEq(vault.cash(feeAccount), 5e6, "fee account receives fee");
        assertEq(vault.nonces(trader), 1, "taker nonce");
        assertEq(vault.nonces(lp), 1, "maker nonce");
    }

    function test_trade_multiLegSpread() public {
        uint256[] memory ids = new uint256[](3);
        int256[] memory qtys = new int256[](3);
        (ids[0], ids[1], ids[2]) = (callId, putId, futureId);
        (qtys[0], qtys[1], qtys[2]) = (1e18, -1e18, -1e18);
        Trade memory t = Trade(trader, lp, ids, qtys, -50e6, 1e6, 7, block.timestamp + 60);
        _doTrade(t);
        assertEq(vault.positionOf(trader, putId), -1e18, "short put");
        assertEq(vault.positionOf(lp, futureId), 1e18, "maker long future");
        assertEq(vault.cash(trader), 49e6, "premium received minus fee");
    }

    function test_trade_closingRemovesThePosition() public {
        _doTrade(_trade1(perpId, 3e18, 6000e6, 0));
        _doTrade(_trade1(perpId, -3e18, -6100e6, 0));
        (, , , uint256[] memory ids,) = vault.getAccount(trader);
        assertEq(ids.length, 0, "no open instruments");
        assertEq(vault.cash(trader), 100e6, "realised P&L");
    }

    function test_accountStateHash_matchesDocumentedEncoding() public {
        _doTrade(_trade1(putId, 1e18, 10e6, 0)); // opened first, larger id: storage order put, call
        _doTrade(_trade1(callId, -2e18, -20e6, 1e6));
        address[] memory assets = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (assets[0], assets[1]) = (address(usdc), address(weth));
        (amounts[0], amounts[1]) = (1_000_000e6, 100e18);
        uint256[] memory ids = new uint256[](2);
        int256[] memory qtys = new int256[](2);
        (ids[0], ids[1]) = (callId, putId);
        (qtys[0], qtys[1]) = (-2e18, 1e18);
        bytes32 expected = keccak256(abi.encode(int256(9e6), assets, amounts, ids, qtys));
        assertEq(vault.accountStateHash(trader), expected, "state hash");
        bytes32 empty = keccak256(abi.encode(int256(0), new address[](0), new uint256[](0), new uint256[](0), new int256[](0)));
        assertEq(vault.accountStateHash(stranger), empty, "empty account");
    }

    function test_trade_byTakersOperator() public {
        vm.prank(trader);
        vault.setOperator(stranger, true);
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        (bytes32 th, bytes32 mh) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory a = _sign(_att(trader, th));
        SignedAttestation memory b = _sign(_att(lp, mh));
        vm.prank(stranger);
        vault.trade(t, quoteSig, a, b);
        assertEq(vault.positionOf(trader, callId), 1e18, "operator traded for taker");
    }

    function test_trade_quoteSignedByMakersOperator() public {
        vm.prank(lp);
        vault.setOperator(engine, true);
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _signDigest(ENGINE_PK, _quoteDigest(t));
        (bytes32 th, bytes32 mh) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory a = _sign(_att(trader, th));
        SignedAttestation memory b = _sign(_att(lp, mh));
        vm.prank(trader);
        vault.trade(t, quoteSig, a, b);
        assertEq(vault.positionOf(lp, callId), -1e18, "maker short");
    }

    function test_trade_revertsWhenCallerIsNotTaker() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        SignedAttestation memory a = _sign(_att(trader, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_Unauthorized.selector, trader, stranger));
        vm.prank(stranger);
        vault.trade(t, quoteSig, a, a);
    }

    function test_trade_revertsOnQuoteNotSignedByMaker() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        _tradeExpectingRevert(t, _signDigest(STRANGER_PK, _quoteDigest(t)), abi.encodeWithSelector(DcroVault.DcroVault_InvalidQuoteSigner.selector));
    }

    function test_trade_revertsOnQuoteForOtherTerms() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        t.premium = 0; // the taker tries to pay less than quoted
        _tradeExpectingRevert(t, quoteSig, abi.encodeWithSelector(DcroVault.DcroVault_InvalidQuoteSigner.selector));
    }

    function test_trade_revertsOnExpiredQuote() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        vm.warp(t.quoteDeadline + 1);
        _tradeExpectingRevert(t, quoteSig, abi.encodeWithSelector(DcroVault.DcroVault_QuoteExpired.selector, t.quoteDeadline));
    }

    function test_trade_revertsOnReusedQuote() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        _doTrade(t);
        _tradeExpectingRevert(t, _quoteSig(t), abi.encodeWithSelector(DcroVault.DcroVault_QuoteNonceUsed.selector, lp, t.quoteNonce));
    }

    function test_trade_revertsOnCancelledQuote() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        vm.prank(lp);
        vault.cancelQuoteNonce(t.quoteNonce);
        _tradeExpectingRevert(t, _quoteSig(t), abi.encodeWithSelector(DcroVault.DcroVault_QuoteNonceUsed.selector, lp, t.quoteNonce));
    }

    function test_trade_revertsOnMalformedLegs() public {
        bytes memory invalid = abi.encodeWithSelector(DcroVault.DcroVault_InvalidTrade.selector);
        Trade memory t = _trade1(callId, 0, 1e6, 0); // zero quantity
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
        t = _trade1(callId, 1e33 + 1, 1e6, 0); // oversized
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
        t = _trade1(callId, 1e18, 1e6, 0);
        t.instrumentIds = new uint256[](0); // no legs / unequal arrays
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
        t = _trade1(callId, 1e18, 1e6, 0);
        t.maker = trader; // self-trade
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
        uint256[] memory ids = new uint256[](2);
        int256[] memory qtys = new int256[](2);
        (ids[0], ids[1], qtys[0], qtys[1]) = (putId, callId, 1e18, 1e18); // not ascending
        t = Trade(trader, lp, ids, qtys, 0, 0, 1, block.timestamp + 60);
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
        t = _trade1(callId, 1e18, 1e37, 0); // premium out of range
        _tradeExpectingRevert(t, _quoteSig(t), invalid);
    }

    function test_trade_revertsOnUnknownInstrument() public {
        Trade memory t = _trade1(99, 1e18, 1e6, 0);
        _tradeExpectingRevert(t, _quoteSig(t), abi.encodeWithSelector(DcroVault.DcroVault_UnknownInstrument.selector, 99));
    }

    function test_trade_revertsOnExpiredInstrument() public {
        vm.warp(EXPIRY);
        ethFeed.pushAnswer(2000e8);
        btcFeed.pushAnswer(60_000e8);
        usdcFeed.pushAnswer(1e8);
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        _tradeExpectingRevert(t, _quoteSig(t), abi.encodeWithSelector(DcroVault.DcroVault_InstrumentExpired.selector, callId));
    }

    function test_trade_perpTradesAfterAnyDate() public {
        vm.warp(EXPIRY + 365 days);
        ethFeed.pushAnswer(2000e8);
        btcFeed.pushAnswer(60_000e8);
        usdcFeed.pushAnswer(1e8);
        _doTrade(_trade1(perpId, -1e18, -2000e6, 0));
        assertEq(vault.positionOf(trader, perpId), -1e18, "short perp");
    }

    function test_trade_revertsWhenMakerWouldBreachInitialMargin() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        (bytes32 th, bytes32 mh) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory a = _sign(_att(trader, th));
        SignedAttestation memory b = _sign(_att(lp, mh, 10e18, 12e18, 8e18));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InsufficientMargin.selector, int256(-2e18)));
        vm.prank(trader);
        vault.trade(t, quoteSig, a, b);
    }

    function test_trade_revertsWithPreTradeStateAttested() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        (bytes32 th,) = _tradeStateHashes(t, quoteSig);
        bytes32 pre = vault.accountStateHash(trader);
        SignedAttestation memory a = _sign(_att(trader, pre));
        SignedAttestation memory b = _sign(_att(lp, 0));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_StateMismatch.selector, th, pre));
        vm.prank(trader);
        vault.trade(t, quoteSig, a, b);
    }

    function test_trade_revertsWithSwappedAttestations() public {
        Trade memory t = _trade1(callId, 1e18, 1e6, 0);
        bytes memory quoteSig = _quoteSig(t);
        (bytes32 th, bytes32 mh) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory a = _sign(_att(trader, th));
        SignedAttestation memory b = _sign(_att(lp, mh));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_AccountMismatch.selector, trader, lp));
        vm.prank(trader);
        vault.trade(t, quoteSig, b, a);
    }

    function test_trade_revertsOnTooManyPositions() public {
        for (uint256 i; i < 64; ++i) {
            uint256 id = vault.listInstrument("BTC", InstrumentKind.Option, OptionRight.Call, EXPIRY, (50_000 + i) * 1e18);
            _doTrade(_trade1(id, 1e18, 1e6, 0));
        }
        uint256 extra = vault.listInstrument("BTC", InstrumentKind.Option, OptionRight.Put, EXPIRY, 50_000e18);
        Trade memory t = _trade1(extra, 1e18, 1e6, 0);
        _tradeExpectingRevert(t, _quoteSig(t), abi.encodeWithSelector(DcroVault.DcroVault_TooManyPositions.selector, trader));
    }

    function test_fuzz_trade(int256 qty, int256 premium, uint256 fee, uint8 which) public {
        qty = boundInt(qty, -1e30, 1e30);
        vm.assume(qty != 0);
        premium = boundInt(premium, -1e15, 1e15);
        fee = bound(fee, 0, 1e12);
        uint256 id = [callId, putId, futureId, perpId][which % 4];
        int256 cashBefore = vault.cash(trader) + vault.cash(lp) + vault.cash(feeAccount);
        _doTrade(_trade1(id, qty, premium, fee));
        assertEq(vault.positionOf(trader, id) + vault.positionOf(lp, id), 0, "positions net to zero");
        assertEq(vault.cash(trader) + vault.cash(lp) + vault.cash(feeAccount), cashBefore, "cash conserved");
        assertEq(vault.cash(lp), premium, "maker got premium");
    }
}
