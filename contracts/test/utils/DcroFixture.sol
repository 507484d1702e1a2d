// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./Test.sol";
import {DcroVault} from "../../src/DcroVault.sol";
import {DcroRiskParams} from "../../src/governance/DcroRiskParams.sol";
import {SpotOracle} from "../../src/oracles/SpotOracle.sol";
import {MarketDataFeed} from "../../src/oracles/MarketDataFeed.sol";
import {MockAggregator} from "../../src/mocks/MockAggregator.sol";
import {TestToken} from "../../src/mocks/TestToken.sol";
import {IERC20} from "../../src/interfaces/IERC20.sol";
import {Attestation, SignedAttestation} from "../../src/types/Attestation.sol";
import {InstrumentKind, OptionRight} from "../../src/types/Instrument.sol";
import {Trade} from "../../src/types/Trade.sol";

/// @notice Deploys the whole system (tokens, feeds, oracles, governance, vault, four instruments)
/// and signs attestations and quotes. Hashes are computed here from the type strings written out
/// again, independently of AttestationLib, so a change there breaks the tests.
abstract contract DcroFixture is Test {
    string internal constant ATTESTATION_TYPE =
        "Attestation(address account,bytes32 stateHash,bytes32 marketHash,bytes32 paramsHash,int256 equity,uint256 initialMargin,uint256 maintenanceMargin,uint256 nonce,uint256 deadline)";
    string internal constant QUOTE_TYPE =
        "Quote(address maker,address taker,uint256[] instrumentIds,int256[] quantities,int256 premium,uint256 fee,uint256 nonce,uint256 deadline)";
    bytes32 internal constant PARAMS_HASH = keccak256("dcro-default params");
    uint64 internal constant EXPIRY = 1_800_000_000;
    uint256 internal constant START = 1_700_000_000;

    uint256 internal constant ENGINE_PK = 0xE11;
    uint256 internal constant TRADER_PK = 0xA11CE;
    uint256 internal constant LP_PK = 0xB0B;
    uint256 internal constant LIQUIDATOR_PK = 0xC0C;
    uint256 internal constant STRANGER_PK = 0xBAD;

    address internal engine;
    address internal trader;
    address internal lp;
    address internal liquidator;
    address internal stranger;
    address internal admin = address(0xAD);
    address internal guardian = address(0x6A);
    address internal keeper = address(0x4EE);
    address internal feeAccount = address(0xFEE);

    TestToken internal usdc;
    TestToken internal weth;
    TestToken internal wbtc;
    MockAggregator internal ethFeed;
    MockAggregator internal btcFeed;
    MockAggregator internal usdcFeed;
    SpotOracle internal spot;
    MarketDataFeed internal market;
    DcroRiskParams internal params;
    DcroVault internal vault;

    uint256 internal callId; // ETH 2400 call
    uint256 internal putId; // ETH 1800 put
    uint256 internal futureId; // ETH future
    uint256 internal perpId; // ETH perp

    function setUp() public virtual {
        vm.warp(START);
        engine = vm.addr(ENGINE_PK);
        trader = vm.addr(TRADER_PK);
        lp = vm.addr(LP_PK);
        liquidator = vm.addr(LIQUIDATOR_PK);
        stranger = vm.addr(STRANGER_PK);

        usdc = new TestToken("Test USD Coin", "USDC", 6);
        weth = new TestToken("Test Wrapped Ether", "WETH", 18);
        wbtc = new TestToken("Test Wrapped Bitcoin", "WBTC", 8);
        ethFeed = new MockAggregator(8, "ETH / USD", 2000e8);
        btcFeed = new MockAggregator(8, "BTC / USD", 60_000e8);
        usdcFeed = new MockAggregator(8, "USDC / USD", 1e8);

        spot = new SpotOracle(address(this));
        spot.setFeed("ETH", ethFeed, 1 hours);
        spot.setFeed("BTC", btcFeed, 1 hours);
        spot.setFeed("USDC", usdcFeed, 1 days);
        market = new MarketDataFeed(address(this));
        market.setKeeper(keeper, true);

        address[] memory signers = new address[](1);
        signers[0] = engine;
        address[] memory haircutAssets = new address[](0);
        DcroRiskParams.Haircut[] memory haircuts = new DcroRiskParams.Haircut[](0);
        params = new DcroRiskParams(admin, guardian, 1 days, PARAMS_HASH, signers, haircutAssets, haircuts);

        vault = new DcroVault(address(this), IERC20(address(usdc)), params, spot, market, feeAccount);
        vault.listCollateral(IERC20(address(usdc)), "USDC");
        vault.listCollateral(IERC20(address(weth)), "ETH");
        vault.listCollateral(IERC20(address(wbtc)), "BTC");
        callId = vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Call, EXPIRY, 2400e18);
        putId = vault.listInstrument("ETH", InstrumentKind.Option, OptionRight.Put, EXPIRY, 1800e18);
        futureId = vault.listInstrument("ETH", InstrumentKind.Future, OptionRight.None, EXPIRY, 0);
        perpId = vault.listInstrument("ETH", InstrumentKind.Perp, OptionRight.None, 0, 0);

        _fund(trader, 1_000_000e6, 100e18);
        _fund(lp, 10_000_000e6, 1000e18);
        _fund(liquidator, 10_000_000e6, 0);
    }

    // ─── funding ────────────────────────────────────────────────────────────────────────────

    function _fund(address account, uint256 usdcAmount, uint256 wethAmount) internal {
        usdc.mint(account, usdcAmount * 2);
        weth.mint(account, wethAmount);
        vm.startPrank(account);
        usdc.approve(address(vault), type(uint256).max);
        weth.approve(address(vault), type(uint256).max);
        wbtc.approve(address(vault), type(uint256).max);
        if (usdcAmount > 0) vault.deposit(address(usdc), usdcAmount);
        if (wethAmount > 0) vault.deposit(address(weth), wethAmount);
        vm.stopPrank();
    }

    // ─── EIP-712, computed independently of AttestationLib ─────────────────────────────────

    function _domainSeparator(uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("DCRO"),
                keccak256("1"),
                chainId,
                verifyingContract
            )
        );
    }

    function _attestationDigest(Attestation memory a, uint256 chainId, address verifyingContract)
        internal
        pure
        returns (bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(bytes(ATTESTATION_TYPE)),
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
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(chainId, verifyingContract), structHash));
    }

    function _quoteDigest(Trade memory t) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(bytes(QUOTE_TYPE)),
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
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(block.chainid, address(vault)), structHash));
    }

    function _signDigest(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    // ─── attestations ───────────────────────────────────────────────────────────────────────

    /// @dev A well-margined attestation of `account` with the current nonce, market and params.
    function _att(address account, bytes32 stateHash) internal view returns (Attestation memory) {
        return _att(account, stateHash, 1_000_000e18, 100_000e18, 50_000e18);
    }

    function _att(address account, bytes32 stateHash, int256 equity, uint256 im, uint256 mm)
        internal
        view
        returns (Attestation memory)
    {
        return Attestation({
            account: account,
            stateHash: stateHash,
            marketHash: vault.currentMarketHash(),
            paramsHash: params.activeParamsHash(),
            equity: equity,
            initialMargin: im,
            maintenanceMargin: mm,
            nonce: vault.nonces(account),
            deadline: block.timestamp + 5 minutes
        });
    }

    function _sign(Attestation memory a) internal view returns (SignedAttestation memory) {
        return _signWith(a, ENGINE_PK);
    }

    function _signWith(Attestation memory a, uint256 pk) internal view returns (SignedAttestation memory) {
        return SignedAttestation(a, _signDigest(pk, _attestationDigest(a, block.chainid, address(vault))));
    }

    // NB: a `vm.prank` applies to the next external call, so every argument that calls out
    // (`_att` reads the vault) is computed before the prank.

    /// @dev The `expected` hash carried by a DcroVault_StateMismatch revert: how the tests learn a
    /// post-action state hash from the vault itself (a probe with stateHash 0 reverts with it).
    function _expectedFrom(bytes memory err) internal pure returns (bytes32 expected) {
        require(bytes4(err) == DcroVault.DcroVault_StateMismatch.selector, "probe: not a StateMismatch");
        assembly {
            expected := mload(add(err, 36))
        }
    }

    // ─── trades ─────────────────────────────────────────────────────────────────────────────

    function _trade1(uint256 id, int256 qty, int256 premium, uint256 fee) internal view returns (Trade memory t) {
        uint256[] memory ids = new uint256[](1);
        int256[] memory qtys = new int256[](1);
        ids[0] = id;
        qtys[0] = qty;
        t = Trade(trader, lp, ids, qtys, premium, fee, uint256(keccak256(abi.encode(id, qty, premium, block.timestamp))), block.timestamp + 1 minutes);
    }

    /// @dev Post-trade state hashes of taker and maker, learned by probing.
    function _tradeStateHashes(Trade memory t, bytes memory quoteSig) internal returns (bytes32 takerHash, bytes32 makerHash) {
        SignedAttestation memory takerProbe = _sign(_att(t.taker, 0));
        SignedAttestation memory makerProbe = _sign(_att(t.maker, 0));
        vm.prank(t.taker);
        try vault.trade(t, quoteSig, takerProbe, makerProbe) {
            revert("probe: trade went through");
        } catch (bytes memory err) {
            takerHash = _expectedFrom(err);
        }
        SignedAttestation memory takerAtt = _sign(_att(t.taker, takerHash));
        vm.prank(t.taker);
        try vault.trade(t, quoteSig, takerAtt, makerProbe) {
            revert("probe: trade went through");
        } catch (bytes memory err) {
            makerHash = _expectedFrom(err);
        }
    }

    /// @dev Signs the quote (as the maker) and both attestations (well margined), then trades.
    function _doTrade(Trade memory t) internal {
        bytes memory quoteSig = _signDigest(t.maker == lp ? LP_PK : TRADER_PK, _quoteDigest(t));
        (bytes32 takerHash, bytes32 makerHash) = _tradeStateHashes(t, quoteSig);
        SignedAttestation memory takerAtt = _sign(_att(t.taker, takerHash));
        SignedAttestation memory makerAtt = _sign(_att(t.maker, makerHash));
        vm.prank(t.taker);
        vault.trade(t, quoteSig, takerAtt, makerAtt);
    }

    function _withdrawStateHash(address account, address asset, uint256 amount) internal returns (bytes32 h) {
        SignedAttestation memory probe = _sign(_att(account, 0));
        vm.prank(account);
        try vault.withdraw(asset, amount, probe) {
            revert("probe: withdraw went through");
        } catch (bytes memory err) {
            h = _expectedFrom(err);
        }
    }
}
