// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcroFixture} from "./utils/DcroFixture.sol";
import {DcroVault} from "../src/DcroVault.sol";
import {AttestationLib} from "../src/libraries/AttestationLib.sol";
import {Attestation, SignedAttestation} from "../src/types/Attestation.sol";
import {MarketDataFeed} from "../src/oracles/MarketDataFeed.sol";

/// @notice Every way an attestation can be wrong, exercised through `withdraw` (the same `_verify`
/// guards trade, withdrawCash, settle and liquidate), plus the pinned EIP-712 type hash.
contract DcroVaultAttestationTest is DcroFixture {
    uint256 internal constant AMOUNT = 1000e6;

    function _validWithdrawal() internal returns (SignedAttestation memory) {
        return _sign(_att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT)));
    }

    function _withdraw(SignedAttestation memory s) internal {
        vm.prank(trader);
        vault.withdraw(address(usdc), AMOUNT, s);
    }

    function test_attestationTypehash_isPinned() public pure {
        assertEq(
            AttestationLib.ATTESTATION_TYPEHASH,
            0x63a107c846543990819f5f4bf2394dbfef52f277aab9e629d0efebb2c0b59907,
            "attestation typehash"
        );
        assertEq(AttestationLib.ATTESTATION_TYPEHASH, keccak256(bytes(ATTESTATION_TYPE)), "type string");
        assertEq(AttestationLib.QUOTE_TYPEHASH, keccak256(bytes(QUOTE_TYPE)), "quote type string");
    }

    function test_attestationDigest_matchesIndependentEip712() public view {
        Attestation memory a = _att(trader, keccak256("state"), -5e18, 7e18, 3e18);
        assertEq(vault.attestationDigest(a), _attestationDigest(a, block.chainid, address(vault)), "digest");
        assertEq(vault.domainSeparator(), _domainSeparator(block.chainid, address(vault)), "domain");
    }

    function test_withdraw_succeedsWithValidAttestation() public {
        uint256 before = usdc.balanceOf(trader);
        _withdraw(_validWithdrawal());
        assertEq(usdc.balanceOf(trader), before + AMOUNT, "tokens out");
        assertEq(vault.collateralBalance(trader, address(usdc)), 1_000_000e6 - AMOUNT, "balance");
        assertEq(vault.nonces(trader), 1, "nonce consumed");
    }

    function test_withdraw_succeedsAtZeroHeadroom() public {
        bytes32 h = _withdrawStateHash(trader, address(usdc), AMOUNT);
        _withdraw(_sign(_att(trader, h, 100e18, 100e18, 90e18)));
        assertEq(vault.nonces(trader), 1, "nonce consumed");
    }

    function test_withdraw_revertsWhenInitialHeadroomNegative() public {
        bytes32 h = _withdrawStateHash(trader, address(usdc), AMOUNT);
        SignedAttestation memory s = _sign(_att(trader, h, 100e18, 100e18 + 1, 90e18));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InsufficientMargin.selector, int256(-1)));
        _withdraw(s);
    }

    function test_withdraw_revertsOnReplayedAttestation() public {
        SignedAttestation memory s = _validWithdrawal();
        _withdraw(s);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidNonce.selector, 1, 0));
        _withdraw(s);
    }

    function test_withdraw_revertsOnFutureNonce() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        a.nonce = 5;
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_InvalidNonce.selector, 0, 5));
        _withdraw(_sign(a));
    }

    function test_withdraw_revertsWhenExpired() public {
        SignedAttestation memory s = _validWithdrawal();
        vm.warp(s.attestation.deadline + 1);
        usdcFeed.pushAnswer(1e8); // keep the other checks passing: only the deadline is wrong
        ethFeed.pushAnswer(2000e8);
        btcFeed.pushAnswer(60_000e8);
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_AttestationExpired.selector, s.attestation.deadline));
        _withdraw(s);
    }

    function test_withdraw_succeedsAtDeadline() public {
        SignedAttestation memory s = _validWithdrawal();
        vm.warp(s.attestation.deadline);
        _withdraw(s);
    }

    function test_withdraw_revertsWhenSignerIsNotEngine() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(_signWith(a, STRANGER_PK));
    }

    function test_withdraw_revertsOnWrongChainSignature() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        bytes memory sig = _signDigest(ENGINE_PK, _attestationDigest(a, block.chainid + 1, address(vault)));
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(SignedAttestation(a, sig));
    }

    function test_withdraw_revertsAfterChainIdChanges() public {
        SignedAttestation memory s = _validWithdrawal();
        vm.chainId(block.chainid + 7);
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(s);
    }

    function test_withdraw_revertsOnOtherVerifyingContract() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        bytes memory sig = _signDigest(ENGINE_PK, _attestationDigest(a, block.chainid, address(0xBEEF)));
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(SignedAttestation(a, sig));
    }

    function test_withdraw_revertsOnMalformedSignature() public {
        SignedAttestation memory s = _validWithdrawal();
        bytes memory short = new bytes(64);
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(SignedAttestation(s.attestation, short));
    }

    function test_withdraw_revertsOnMalleableSignature() public {
        SignedAttestation memory s = _validWithdrawal();
        (uint8 v, bytes32 r, bytes32 sv) =
            vm.sign(ENGINE_PK, _attestationDigest(s.attestation, block.chainid, address(vault)));
        // (r, n − s, v ^ 1) recovers the same key but is refused (EIP-2).
        uint256 n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
        bytes memory twin = abi.encodePacked(r, bytes32(n - uint256(sv)), v == 27 ? uint8(28) : uint8(27));
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(SignedAttestation(s.attestation, twin));
    }

    function test_withdraw_revertsOnPreActionStateHash() public {
        bytes32 expected = _withdrawStateHash(trader, address(usdc), AMOUNT);
        bytes32 pre = vault.accountStateHash(trader);
        SignedAttestation memory s = _sign(_att(trader, pre));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_StateMismatch.selector, expected, pre));
        _withdraw(s);
    }

    function test_withdraw_revertsOnWrongParamsHash() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        a.paramsHash = keccak256("derive-pm2");
        vm.expectRevert(
            abi.encodeWithSelector(DcroVault.DcroVault_ParamsMismatch.selector, PARAMS_HASH, a.paramsHash)
        );
        _withdraw(_sign(a));
    }

    function test_withdraw_revertsWhenSpotRoundMoved() public {
        SignedAttestation memory s = _validWithdrawal();
        ethFeed.pushAnswer(1900e8);
        vm.expectRevert(
            abi.encodeWithSelector(
                DcroVault.DcroVault_MarketMismatch.selector, vault.currentMarketHash(), s.attestation.marketHash
            )
        );
        _withdraw(s);
    }

    function test_withdraw_revertsWhenMarketDataVersionMoved() public {
        SignedAttestation memory s = _validWithdrawal();
        MarketDataFeed.MarketEntry[] memory entries = new MarketDataFeed.MarketEntry[](1);
        entries[0] = MarketDataFeed.MarketEntry("ETH", EXPIRY, 2010e18, 0.05e18, new uint256[](0), new uint256[](0));
        vm.prank(keeper);
        market.post(entries);
        vm.expectRevert(
            abi.encodeWithSelector(
                DcroVault.DcroVault_MarketMismatch.selector, vault.currentMarketHash(), s.attestation.marketHash
            )
        );
        _withdraw(s);
    }

    function test_withdraw_revertsOnOtherAccountsAttestation() public {
        Attestation memory a = _att(lp, vault.accountStateHash(lp));
        vm.expectRevert(abi.encodeWithSelector(DcroVault.DcroVault_AccountMismatch.selector, trader, lp));
        _withdraw(_sign(a));
    }

    function test_withdraw_revertsOnFigureOutOfRange() public {
        Attestation memory a = _att(trader, _withdrawStateHash(trader, address(usdc), AMOUNT));
        a.equity = type(int256).min;
        vm.expectRevert(DcroVault.DcroVault_FigureOutOfRange.selector);
        _withdraw(_sign(a));
    }

    function test_withdraw_revertsAfterSignerRemovedThroughTimelock() public {
        bytes32 h = _withdrawStateHash(trader, address(usdc), AMOUNT);
        address[] memory signers = params.engineSigners();
        assertEq(signers.length, 1, "one signer");
        vm.prank(admin);
        params.proposeEngineSigner(vm.addr(0x5EC0), true);
        vm.prank(admin);
        uint256 removal = params.proposeEngineSigner(engine, false);
        vm.warp(block.timestamp + 1 days);
        params.activate(1);
        params.activate(removal);
        usdcFeed.pushAnswer(1e8);
        ethFeed.pushAnswer(2000e8);
        btcFeed.pushAnswer(60_000e8);
        SignedAttestation memory s = _sign(_att(trader, h));
        vm.expectRevert(DcroVault.DcroVault_InvalidSigner.selector);
        _withdraw(s);
        _withdraw(_signWith(s.attestation, 0x5EC0));
    }

    function test_fuzz_withdraw(uint256 amount, int256 equity, uint256 im) public {
        amount = bound(amount, 1, 1_000_000e6);
        equity = boundInt(equity, -1e30, 1e30);
        im = bound(im, 0, 1e30);
        bytes32 h = _withdrawStateHash(trader, address(usdc), amount);
        SignedAttestation memory s = _sign(_att(trader, h, equity, im, im / 2));
        if (equity < int256(im)) {
            vm.expectRevert(
                abi.encodeWithSelector(DcroVault.DcroVault_InsufficientMargin.selector, equity - int256(im))
            );
            vm.prank(trader);
            vault.withdraw(address(usdc), amount, s);
        } else {
            vm.prank(trader);
            vault.withdraw(address(usdc), amount, s);
            assertEq(vault.collateralBalance(trader, address(usdc)), 1_000_000e6 - amount, "balance");
        }
    }
}
