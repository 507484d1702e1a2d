// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "../utils/DcroFixture.sol";
import {DcroVault} from "../../src/DcroVault.sol";
import {SignedAttestation} from "../../src/types/Attestation.sol";
import {Trade} from "../../src/types/Trade.sol";
import {TestToken} from "../../src/mocks/TestToken.sol";

/// @notice Drives the vault with random deposits, withdrawals, cash moves, trades and replay
/// attempts, keeping the ghost totals the invariants compare against. It deploys its own system
/// (DcroFixture.setUp) in the constructor.
contract VaultHandler is DcroFixture {
    address[3] internal actors;
    uint256[3] internal keys;

    int256 public ghostNetCash;
    uint256 public ghostAttestations;
    bool public replaySucceeded;
    bool public underMarginedSucceeded;
    uint256 public trades;

    // the last successful withdrawal and trade, replayed by `replay`
    address internal lastWithdrawer;
    address internal lastAsset;
    uint256 internal lastAmount;
    SignedAttestation internal lastWithdrawal;
    bool internal haveTrade;
    Trade internal lastTrade;
    bytes internal lastQuoteSig;
    SignedAttestation internal lastTakerAtt;
    SignedAttestation internal lastMakerAtt;

    constructor() {
        setUp();
        actors = [trader, lp, liquidator];
        keys = [TRADER_PK, LP_PK, LIQUIDATOR_PK];
    }

    function vaultAddress() external view returns (DcroVault) {
        return vault;
    }

    function accounts() external view returns (address[] memory list) {
        list = new address[](4);
        (list[0], list[1], list[2], list[3]) = (trader, lp, liquidator, feeAccount);
    }

    function tokens() external view returns (TestToken[] memory list) {
        list = new TestToken[](3);
        (list[0], list[1], list[2]) = (usdc, weth, wbtc);
    }

    function instrumentIds() external view returns (uint256[] memory list) {
        list = new uint256[](4);
        (list[0], list[1], list[2], list[3]) = (callId, putId, futureId, perpId);
    }

    function _token(uint256 seed) internal view returns (TestToken) {
        return [usdc, weth, wbtc][seed % 3];
    }

    function deposit(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        address actor = actors[actorSeed % 3];
        TestToken token = _token(tokenSeed);
        amount = bound(amount, 1, 1e30);
        token.mint(actor, amount);
        vm.startPrank(actor);
        token.approve(address(vault), amount);
        vault.deposit(address(token), amount);
        vm.stopPrank();
    }

    function depositCash(uint256 actorSeed, uint256 amount) external {
        address actor = actors[actorSeed % 3];
        amount = bound(amount, 1, 1e15);
        usdc.mint(actor, amount);
        vm.startPrank(actor);
        usdc.approve(address(vault), amount);
        vault.depositCash(actor, amount);
        vm.stopPrank();
        ghostNetCash += int256(amount);
    }

    /// @dev Withdraws with random attested figures: must go through iff equity ≥ IM.
    function withdraw(uint256 actorSeed, uint256 tokenSeed, uint256 amount, int256 equity, uint256 im) external {
        address actor = actors[actorSeed % 3];
        TestToken token = _token(tokenSeed);
        uint256 balance = vault.collateralBalance(actor, address(token));
        if (balance == 0) return;
        amount = bound(amount, 1, balance);
        equity = boundInt(equity, -1e24, 1e24);
        im = bound(im, 0, 1e24);
        bytes32 h = _withdrawStateHash(actor, address(token), amount);
        SignedAttestation memory s = _sign(_att(actor, h, equity, im, im / 2));
        vm.prank(actor);
        try vault.withdraw(address(token), amount, s) {
            if (equity < int256(im)) underMarginedSucceeded = true;
            ++ghostAttestations;
            (lastWithdrawer, lastAsset, lastAmount) = (actor, address(token), amount);
            lastWithdrawal = s;
        } catch {
            if (equity >= int256(im)) revert("a well-margined withdrawal was refused");
        }
    }

    function withdrawCash(uint256 actorSeed, uint256 amount) external {
        address actor = actors[actorSeed % 3];
        int256 available = vault.cash(actor);
        if (available <= 0) return;
        amount = bound(amount, 1, uint256(available));
        SignedAttestation memory probe = _sign(_att(actor, 0));
        bytes32 h;
        vm.prank(actor);
        try vault.withdrawCash(amount, probe) {
            revert("probe went through");
        } catch (bytes memory err) {
            h = _expectedFrom(err);
        }
        SignedAttestation memory s = _sign(_att(actor, h));
        vm.prank(actor);
        vault.withdrawCash(amount, s);
        ++ghostAttestations;
        ghostNetCash -= int256(amount);
    }

    function trade(uint256 takerSeed, uint256 makerOffset, uint256 idSeed, int256 qty, int256 premium, uint256 fee)
        external
    {
        uint256 ti = takerSeed % 3;
        uint256 mi = (ti + 1 + makerOffset % 2) % 3;
        qty = boundInt(qty, -1e24, 1e24);
        if (qty == 0) qty = 1;
        uint256[] memory ids = new uint256[](1);
        int256[] memory qtys = new int256[](1);
        ids[0] = [callId, putId, futureId, perpId][idSeed % 4];
        qtys[0] = qty;
        Trade memory t = Trade(
            actors[ti], actors[mi], ids, qtys, boundInt(premium, -1e12, 1e12), bound(fee, 0, 1e9), ++trades, block.timestamp + 60
        );
        bytes memory quoteSig = _signDigest(keys[mi], _quoteDigest(t));
        (bytes32 th, bytes32 mh) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory a = _sign(_att(t.taker, th));
        SignedAttestation memory b = _sign(_att(t.maker, mh));
        vm.prank(t.taker);
        vault.trade(t, quoteSig, a, b);
        ghostAttestations += 2;
        (haveTrade, lastTrade, lastQuoteSig, lastTakerAtt, lastMakerAtt) = (true, t, quoteSig, a, b);
    }

    /// @dev Re-submits the last withdrawal and the last trade exactly: both must fail.
    function replay() external {
        if (lastWithdrawer != address(0)) {
            SignedAttestation memory s = lastWithdrawal;
            vm.prank(lastWithdrawer);
            try vault.withdraw(lastAsset, lastAmount, s) {
                replaySucceeded = true;
            } catch {}
        }
        if (haveTrade) {
            Trade memory t = lastTrade;
            SignedAttestation memory a = lastTakerAtt;
            SignedAttestation memory b = lastMakerAtt;
            vm.prank(t.taker);
            try vault.trade(t, lastQuoteSig, a, b) {
                replaySucceeded = true;
            } catch {}
        }
    }
}
