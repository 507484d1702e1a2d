// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "./access/Owned.sol";
import {IERC20} from "./interfaces/IERC20.sol";
import {IDcroRiskParams} from "./interfaces/IDcroRiskParams.sol";
import {ISpotOracle} from "./interfaces/ISpotOracle.sol";
import {IMarketDataFeed} from "./interfaces/IMarketDataFeed.sol";
import {AccountStateLib} from "./libraries/AccountStateLib.sol";
import {AttestationLib} from "./libraries/AttestationLib.sol";
import {SafeTransferLib} from "./libraries/SafeTransferLib.sol";
import {SettlementLib} from "./libraries/SettlementLib.sol";
import {SignatureLib} from "./libraries/SignatureLib.sol";
import {Attestation, SignedAttestation} from "./types/Attestation.sol";
import {Instrument, InstrumentKind, OptionRight} from "./types/Instrument.sol";
import {Trade} from "./types/Trade.sol";

/// @title DcroVault
/// @notice Holds each account's collateral (whitelisted ERC-20s), cash (USDC units, may be
/// negative) and derivative book, and lets an account trade, withdraw or settle only with a risk
/// engine attestation (EIP-712, AttestationLib) of its margin AFTER the action. The vault does no
/// margin arithmetic itself: it recomputes what it can — the account's state hash, the market
/// hash, the active parameter hash, the signer, the nonce and the deadline — and checks
/// `equity − initialMargin ≥ 0`. Trades are bilateral against a maker (an LP pool account) whose
/// quote is signed by the maker and whose post-trade margin is attested too. Nothing is minted:
/// cash only moves between accounts (premium, fee, settlement, liquidation) or in and out 1:1
/// against the cash asset.
contract DcroVault is Owned {
    using SafeTransferLib for IERC20;

    // ─── errors ─────────────────────────────────────────────────────────────────────────────

    /// @notice Thrown when an attestation is not signed by an engine signer of DcroRiskParams
    /// (also what a signature for another chain or another vault recovers to).
    error DcroVault_InvalidSigner();
    /// @notice Thrown when an attestation's nonce is not the account's current one (stale or replayed).
    error DcroVault_InvalidNonce(uint256 expected, uint256 given);
    /// @notice Thrown when an attestation's deadline has passed.
    error DcroVault_AttestationExpired(uint256 deadline);
    /// @notice Thrown when an attestation is about another account than the one acting.
    error DcroVault_AccountMismatch(address expected, address given);
    /// @notice Thrown when an attestation's state hash is not the account's (post-action) state hash.
    error DcroVault_StateMismatch(bytes32 expected, bytes32 given);
    /// @notice Thrown when an attestation was computed with other risk parameters than the active ones.
    error DcroVault_ParamsMismatch(bytes32 expected, bytes32 given);
    /// @notice Thrown when an attestation's market hash is not `currentMarketHash()`.
    error DcroVault_MarketMismatch(bytes32 expected, bytes32 given);
    /// @notice Thrown when the attested initial headroom (equity − initial margin) is negative.
    error DcroVault_InsufficientMargin(int256 initialHeadroom);
    /// @notice Thrown when an attestation's figures are out of range (|equity|, margins > MAX_FIGURE).
    error DcroVault_FigureOutOfRange();
    /// @notice Thrown when a liquidation's attestation shows maintenance headroom ≥ 0.
    error DcroVault_NotLiquidatable(int256 maintenanceHeadroom);
    /// @notice Thrown when a quote is not signed by the maker or one of its operators.
    error DcroVault_InvalidQuoteSigner();
    /// @notice Thrown when a quote's deadline has passed.
    error DcroVault_QuoteExpired(uint256 deadline);
    /// @notice Thrown when a maker's quote nonce was already used or cancelled.
    error DcroVault_QuoteNonceUsed(address maker, uint256 nonce);
    /// @notice Thrown when the caller is neither the account nor one of its operators.
    error DcroVault_Unauthorized(address account, address caller);
    /// @notice Thrown when an asset is not listed as collateral (or its deposits are disabled).
    error DcroVault_CollateralNotAccepted(address asset);
    /// @notice Thrown when listing an asset twice, the zero address, or one without a price feed.
    error DcroVault_InvalidCollateral(address asset);
    /// @notice Thrown when withdrawing more collateral than the account holds.
    error DcroVault_InsufficientCollateral(address asset, uint256 balance, uint256 amount);
    /// @notice Thrown when withdrawing more cash than the account's positive cash.
    error DcroVault_InsufficientCash(int256 cash, uint256 amount);
    /// @notice Thrown when an amount is zero or above MAX_AMOUNT.
    error DcroVault_InvalidAmount(uint256 amount);
    /// @notice Thrown when a zero address is given where an account is required.
    error DcroVault_ZeroAddress();
    /// @notice Thrown when an instrument listing is out of range (see `listInstrument`).
    error DcroVault_InvalidInstrument();
    /// @notice Thrown when an identical instrument is already listed.
    error DcroVault_InstrumentExists(uint256 id);
    /// @notice Thrown when an instrument id is not listed.
    error DcroVault_UnknownInstrument(uint256 id);
    /// @notice Thrown when trading an instrument at or after its expiry.
    error DcroVault_InstrumentExpired(uint256 id);
    /// @notice Thrown when settling an instrument before its expiry (or a perpetual).
    error DcroVault_NotExpired(uint256 id);
    /// @notice Thrown when a trade is malformed: no legs, unequal arrays, ids not strictly
    /// ascending, a zero or oversized quantity, maker = taker, or premium/fee above MAX_AMOUNT.
    error DcroVault_InvalidTrade();
    /// @notice Thrown when a position would exceed MAX_POSITION in absolute value.
    error DcroVault_PositionTooLarge(uint256 id);
    /// @notice Thrown when an account would hold more than MAX_POSITIONS open instruments.
    error DcroVault_TooManyPositions(address account);
    /// @notice Thrown when settling an instrument the account holds no position in.
    error DcroVault_NoPosition(address account, uint256 id);
    /// @notice Thrown when settling before the settlement price of (underlier, expiry) is fixed.
    error DcroVault_SettlementPriceNotFixed(bytes32 underlier, uint64 expiry);
    /// @notice Thrown when fixing a settlement price twice or before the expiry.
    error DcroVault_CannotFixSettlementPrice(bytes32 underlier, uint64 expiry);

    // ─── constants ──────────────────────────────────────────────────────────────────────────

    /// @notice Most open instruments per account (bounds the state-hash cost).
    uint256 public constant MAX_POSITIONS = 64;
    /// @notice Most legs per trade.
    uint256 public constant MAX_LEGS = 16;
    /// @notice Largest |position| and |leg quantity|: 1e33 = 1e15 underlier units.
    int256 public constant MAX_POSITION = 1e33;
    /// @notice Largest token amount, premium or fee (raw units).
    uint256 public constant MAX_AMOUNT = 1e36;
    /// @notice Largest strike: 1e33 = 1e15 USD.
    uint256 public constant MAX_STRIKE = 1e33;
    /// @notice Largest |equity| and margin in an attestation: 1e45 = 1e27 USD.
    int256 public constant MAX_FIGURE = 1e45;
    /// @notice A liquidated account keeps (1 − 5%) of its positive attested equity, paid in cash.
    uint256 public constant LIQUIDATION_DISCOUNT = 0.05e18;
    /// @notice USD 18 decimals → USDC 6 decimals.
    int256 internal constant USD_TO_CASH = 1e12;

    // ─── events ─────────────────────────────────────────────────────────────────────────────

    event CollateralListed(address indexed asset, bytes32 priceKey, uint8 decimals);
    event DepositsEnabledSet(address indexed asset, bool enabled);
    event FeeAccountSet(address indexed feeAccount);
    event InstrumentListed(
        uint256 indexed id, bytes32 indexed underlier, InstrumentKind kind, OptionRight right, uint64 expiry, uint256 strike
    );
    event OperatorSet(address indexed account, address indexed operator, bool approved);
    event QuoteNonceCancelled(address indexed maker, uint256 nonce);
    event Deposited(address indexed account, address indexed asset, uint256 amount);
    event Withdrawn(address indexed account, address indexed asset, uint256 amount);
    event CashDeposited(address indexed account, uint256 amount);
    event CashWithdrawn(address indexed account, uint256 amount);
    event Traded(
        address indexed taker, address indexed maker, uint256[] instrumentIds, int256[] quantities, int256 premium, uint256 fee
    );
    event SettlementPriceFixed(bytes32 indexed underlier, uint64 indexed expiry, uint80 roundId, uint256 price);
    event Settled(address indexed account, uint256 indexed instrumentId, int256 quantity, int256 cashCredit);
    event Liquidated(address indexed account, address indexed liquidator, int256 equity, uint256 payout);
    event AttestationConsumed(
        address indexed account,
        uint256 indexed nonce,
        bytes32 stateHash,
        bytes32 marketHash,
        int256 equity,
        uint256 initialMargin,
        uint256 maintenanceMargin
    );

    // ─── storage ────────────────────────────────────────────────────────────────────────────

    struct CollateralConfig {
        bool listed;
        bool depositsEnabled;
        uint8 decimals;
        /// SpotOracle key of the asset's USD price (`bytes32("ETH")` for WETH).
        bytes32 priceKey;
    }

    /// @notice The settlement asset: cash is denominated in it (test USDC, 6 decimals).
    IERC20 public immutable cashAsset;
    IDcroRiskParams public immutable riskParams;
    ISpotOracle public immutable spotOracle;
    IMarketDataFeed public immutable marketDataFeed;
    /// @notice The account that receives trade fees (as cash).
    address public feeAccount;

    address[] private _collateralAssets;
    mapping(address asset => CollateralConfig) public collateralConfig;
    mapping(address account => mapping(address asset => uint256)) public collateralBalance;
    mapping(address account => int256) public cash;

    Instrument[] private _instruments;
    mapping(bytes32 instrumentKey => uint256 id) public instrumentIdOf;
    mapping(address account => mapping(uint256 id => int256)) public positionOf;
    mapping(address account => uint256[]) private _openIds;
    mapping(address account => mapping(uint256 id => uint256)) private _openIndexPlusOne;

    /// @notice The nonce the account's next attestation must carry.
    mapping(address account => uint256) public nonces;
    mapping(address account => mapping(address operator => bool)) public isOperator;
    mapping(address maker => mapping(uint256 nonce => bool)) public quoteNonceUsed;

    /// @notice Fixed settlement price (USD, 18 decimals) per (underlier, expiry); 0 = not fixed.
    mapping(bytes32 underlier => mapping(uint64 expiry => uint256)) public settlementPrice;
    /// @notice Running sum of settled payoff numerators per instrument (SettlementLib).
    mapping(uint256 id => int256) public settledNumerator;

    constructor(
        address initialOwner,
        IERC20 cashAsset_,
        IDcroRiskParams riskParams_,
        ISpotOracle spotOracle_,
        IMarketDataFeed marketDataFeed_,
        address feeAccount_
    ) Owned(initialOwner) {
        if (
            address(cashAsset_) == address(0) || address(riskParams_) == address(0)
                || address(spotOracle_) == address(0) || address(marketDataFeed_) == address(0)
        ) revert DcroVault_ZeroAddress();
        cashAsset = cashAsset_;
        riskParams = riskParams_;
        spotOracle = spotOracle_;
        marketDataFeed = marketDataFeed_;
        _setFeeAccount(feeAccount_);
    }

    // ─── admin ──────────────────────────────────────────────────────────────────────────────

    /// @notice Whitelists `asset` as collateral priced by SpotOracle feed `priceKey`. Listing order
    /// is the state hash's collateral order; assets are never removed (deposits can be disabled).
    function listCollateral(IERC20 asset, bytes32 priceKey) external onlyOwner {
        if (address(asset) == address(0) || collateralConfig[address(asset)].listed || !spotOracle.hasFeed(priceKey)) {
            revert DcroVault_InvalidCollateral(address(asset));
        }
        uint8 decimals = asset.decimals();
        if (decimals > 36) revert DcroVault_InvalidCollateral(address(asset));
        collateralConfig[address(asset)] = CollateralConfig(true, true, decimals, priceKey);
        _collateralAssets.push(address(asset));
        emit CollateralListed(address(asset), priceKey, decimals);
    }

    /// @notice Enables or disables new deposits of a listed asset (withdrawals always work).
    function setDepositsEnabled(address asset, bool enabled) external onlyOwner {
        if (!collateralConfig[asset].listed) revert DcroVault_CollateralNotAccepted(asset);
        collateralConfig[asset].depositsEnabled = enabled;
        emit DepositsEnabledSet(asset, enabled);
    }

    function setFeeAccount(address feeAccount_) external onlyOwner {
        _setFeeAccount(feeAccount_);
    }

    /// @notice Lists an instrument and returns its id (1, 2, …). Options need a right, a strike in
    /// (0, MAX_STRIKE] and a future expiry; futures a future expiry, no right, strike 0; perps no
    /// right, strike 0, expiry 0. The underlier must have a SpotOracle feed.
    function listInstrument(bytes32 underlier, InstrumentKind kind, OptionRight right, uint64 expiry, uint256 strike)
        external
        onlyOwner
        returns (uint256 id)
    {
        bool ok = spotOracle.hasFeed(underlier);
        if (kind == InstrumentKind.Option) {
            ok = ok && right != OptionRight.None && strike > 0 && strike <= MAX_STRIKE && expiry > block.timestamp;
        } else if (kind == InstrumentKind.Future) {
            ok = ok && right == OptionRight.None && strike == 0 && expiry > block.timestamp;
        } else {
            ok = ok && right == OptionRight.None && strike == 0 && expiry == 0;
        }
        if (!ok) revert DcroVault_InvalidInstrument();
        bytes32 key = keccak256(abi.encode(underlier, kind, right, expiry, strike));
        if (instrumentIdOf[key] != 0) revert DcroVault_InstrumentExists(instrumentIdOf[key]);
        _instruments.push(Instrument(underlier, kind, right, expiry, strike));
        id = _instruments.length;
        instrumentIdOf[key] = id;
        emit InstrumentListed(id, underlier, kind, right, expiry, strike);
    }

    // ─── account settings ───────────────────────────────────────────────────────────────────

    /// @notice Lets `operator` trade for the caller and sign the caller's quotes.
    function setOperator(address operator, bool approved) external {
        if (operator == address(0)) revert DcroVault_ZeroAddress();
        isOperator[msg.sender][operator] = approved;
        emit OperatorSet(msg.sender, operator, approved);
    }

    /// @notice Burns one of the caller's quote nonces so that a signed quote can no longer be used.
    function cancelQuoteNonce(uint256 nonce) external {
        quoteNonceUsed[msg.sender][nonce] = true;
        emit QuoteNonceCancelled(msg.sender, nonce);
    }

    // ─── collateral and cash ────────────────────────────────────────────────────────────────

    /// @notice Deposits `amount` of `asset` from the caller into the caller's account.
    function deposit(address asset, uint256 amount) external {
        _deposit(msg.sender, asset, amount);
    }

    /// @notice Deposits `amount` of `asset` from the caller into `account` (deposits only add margin).
    function depositFor(address account, address asset, uint256 amount) external {
        _deposit(account, asset, amount);
    }

    /// @notice Pays `amount` of the cash asset from the caller into `account`'s cash.
    function depositCash(address account, uint256 amount) external {
        if (account == address(0)) revert DcroVault_ZeroAddress();
        if (amount == 0 || amount > MAX_AMOUNT) revert DcroVault_InvalidAmount(amount);
        cash[account] += int256(amount);
        emit CashDeposited(account, amount);
        cashAsset.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraws `amount` of collateral `asset` to the caller, with an attestation of the
    /// caller's state after the withdrawal.
    function withdraw(address asset, uint256 amount, SignedAttestation calldata attestation) external {
        if (amount == 0 || amount > MAX_AMOUNT) revert DcroVault_InvalidAmount(amount);
        uint256 balance = collateralBalance[msg.sender][asset];
        if (balance < amount) revert DcroVault_InsufficientCollateral(asset, balance, amount);
        collateralBalance[msg.sender][asset] = balance - amount;
        _verify(msg.sender, attestation, currentMarketHash(), true);
        emit Withdrawn(msg.sender, asset, amount);
        IERC20(asset).safeTransfer(msg.sender, amount);
    }

    /// @notice Withdraws `amount` of the caller's positive cash as the cash asset, with an
    /// attestation of the caller's state after the withdrawal. Cash cannot be borrowed out.
    function withdrawCash(uint256 amount, SignedAttestation calldata attestation) external {
        if (amount == 0 || amount > MAX_AMOUNT) revert DcroVault_InvalidAmount(amount);
        int256 balance = cash[msg.sender];
        if (balance < int256(amount)) revert DcroVault_InsufficientCash(balance, amount);
        cash[msg.sender] = balance - int256(amount);
        _verify(msg.sender, attestation, currentMarketHash(), true);
        emit CashWithdrawn(msg.sender, amount);
        cashAsset.safeTransfer(msg.sender, amount);
    }

    // ─── trading ────────────────────────────────────────────────────────────────────────────

    /// @notice Executes `t` between its taker (the caller or the caller's principal) and its maker.
    /// Needs the maker's quote signature over exactly `t` and engine attestations of both accounts'
    /// post-trade states with initial headroom ≥ 0.
    function trade(
        Trade calldata t,
        bytes calldata quoteSignature,
        SignedAttestation calldata takerAttestation,
        SignedAttestation calldata makerAttestation
    ) external {
        _authorize(t.taker);
        _checkQuote(t, quoteSignature);
        uint256 n = t.instrumentIds.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = t.instrumentIds[i];
            int256 qty = t.quantities[i];
            if ((i > 0 && id <= t.instrumentIds[i - 1]) || qty == 0 || qty > MAX_POSITION || qty < -MAX_POSITION) {
                revert DcroVault_InvalidTrade();
            }
            Instrument storage inst = _instrument(id);
            if (inst.kind != InstrumentKind.Perp && block.timestamp >= inst.expiry) revert DcroVault_InstrumentExpired(id);
            _addPosition(t.taker, id, qty);
            _addPosition(t.maker, id, -qty);
        }
        cash[t.taker] -= t.premium + int256(t.fee);
        cash[t.maker] += t.premium;
        cash[feeAccount] += int256(t.fee);
        bytes32 marketHash = currentMarketHash();
        _verify(t.taker, takerAttestation, marketHash, true);
        _verify(t.maker, makerAttestation, marketHash, true);
        emit Traded(t.taker, t.maker, t.instrumentIds, t.quantities, t.premium, t.fee);
    }

    // ─── settlement ─────────────────────────────────────────────────────────────────────────

    /// @notice Fixes the settlement price of (`underlier`, `expiry`) from the first SpotOracle round
    /// published at or after the expiry (`roundId`; the round before must be earlier). Anyone may call.
    function fixSettlementPrice(bytes32 underlier, uint64 expiry, uint80 roundId) external returns (uint256 price) {
        if (expiry == 0 || expiry > block.timestamp || settlementPrice[underlier][expiry] != 0) {
            revert DcroVault_CannotFixSettlementPrice(underlier, expiry);
        }
        price = spotOracle.priceAt(underlier, expiry, roundId);
        settlementPrice[underlier][expiry] = price;
        emit SettlementPriceFixed(underlier, expiry, roundId, price);
    }

    /// @notice Settles `account`'s expired positions in `instrumentIds` into cash at the fixed
    /// settlement prices (SettlementLib), with an attestation of the account's state afterwards.
    /// Anyone may call (settlement is not optional), but only with the engine's attestation.
    function settle(address account, uint256[] calldata instrumentIds, SignedAttestation calldata attestation) external {
        for (uint256 i; i < instrumentIds.length; ++i) {
            uint256 id = instrumentIds[i];
            Instrument memory inst = _instrument(id);
            if (inst.kind == InstrumentKind.Perp || block.timestamp < inst.expiry) revert DcroVault_NotExpired(id);
            uint256 price = settlementPrice[inst.underlier][inst.expiry];
            if (price == 0) revert DcroVault_SettlementPriceNotFixed(inst.underlier, inst.expiry);
            int256 qty = positionOf[account][id];
            if (qty == 0) revert DcroVault_NoPosition(account, id);
            int256 numerator = qty * SettlementLib.unitValue(inst, price);
            int256 before = settledNumerator[id];
            int256 credit = SettlementLib.credit(before, numerator);
            settledNumerator[id] = before + numerator;
            cash[account] += credit;
            _addPosition(account, id, -qty);
            emit Settled(account, id, qty, credit);
        }
        _verify(account, attestation, currentMarketHash(), true);
    }

    // ─── liquidation ────────────────────────────────────────────────────────────────────────

    /// @notice The caller takes over `account`'s whole book, collateral and cash when an
    /// attestation of `account`'s CURRENT state shows equity < maintenance margin. The account is
    /// left with cash = (1 − LIQUIDATION_DISCOUNT) × max(equity, 0), paid by the liquidator; the
    /// liquidator's state after the takeover must be attested with initial headroom ≥ 0.
    function liquidate(
        address account,
        SignedAttestation calldata accountAttestation,
        SignedAttestation calldata liquidatorAttestation
    ) external {
        address liquidator = msg.sender;
        if (account == liquidator || account == address(0)) revert DcroVault_Unauthorized(account, liquidator);
        bytes32 marketHash = currentMarketHash();
        Attestation calldata a = _verify(account, accountAttestation, marketHash, false);
        int256 maintenanceHeadroom = a.equity - int256(a.maintenanceMargin);
        if (maintenanceHeadroom >= 0) revert DcroVault_NotLiquidatable(maintenanceHeadroom);

        uint256[] memory ids = _openIds[account];
        for (uint256 i; i < ids.length; ++i) {
            int256 qty = positionOf[account][ids[i]];
            _addPosition(account, ids[i], -qty);
            _addPosition(liquidator, ids[i], qty);
        }
        for (uint256 i; i < _collateralAssets.length; ++i) {
            address asset = _collateralAssets[i];
            uint256 amount = collateralBalance[account][asset];
            if (amount != 0) {
                collateralBalance[account][asset] = 0;
                collateralBalance[liquidator][asset] += amount;
            }
        }
        uint256 payout =
            a.equity > 0 ? uint256(a.equity) * (1e18 - LIQUIDATION_DISCOUNT) / 1e18 / uint256(USD_TO_CASH) : 0;
        cash[liquidator] += cash[account] - int256(payout);
        cash[account] = int256(payout);
        _verify(liquidator, liquidatorAttestation, marketHash, true);
        emit Liquidated(account, liquidator, a.equity, payout);
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────

    /// @notice The state hash an attestation must bind (AccountStateLib documents the encoding).
    function accountStateHash(address account) public view returns (bytes32) {
        (int256 c, address[] memory assets, uint256[] memory amounts, uint256[] memory ids, int256[] memory qtys) =
            getAccount(account);
        return AccountStateLib.hash(c, assets, amounts, ids, qtys);
    }

    /// @notice The account's state in canonical order: exactly the fields AccountStateLib hashes.
    function getAccount(address account)
        public
        view
        returns (
            int256 cashBalance,
            address[] memory collateralAssets_,
            uint256[] memory collateralAmounts,
            uint256[] memory instrumentIds,
            int256[] memory quantities
        )
    {
        cashBalance = cash[account];
        uint256 listed = _collateralAssets.length;
        uint256 held;
        for (uint256 i; i < listed; ++i) {
            if (collateralBalance[account][_collateralAssets[i]] != 0) ++held;
        }
        collateralAssets_ = new address[](held);
        collateralAmounts = new uint256[](held);
        held = 0;
        for (uint256 i; i < listed; ++i) {
            uint256 amount = collateralBalance[account][_collateralAssets[i]];
            if (amount != 0) {
                collateralAssets_[held] = _collateralAssets[i];
                collateralAmounts[held++] = amount;
            }
        }
        instrumentIds = _openIds[account];
        AccountStateLib.sortAscending(instrumentIds);
        quantities = new int256[](instrumentIds.length);
        for (uint256 i; i < instrumentIds.length; ++i) {
            quantities[i] = positionOf[account][instrumentIds[i]];
        }
    }

    /// @notice `keccak256(abi.encode(uint256 marketDataFeed.version(), bytes32[] spotKeys,
    /// uint80[] latestRoundIds))` — the market an attestation must have been computed on.
    function currentMarketHash() public view returns (bytes32) {
        (bytes32[] memory keys, uint80[] memory roundIds) = spotOracle.latestRounds();
        return keccak256(abi.encode(marketDataFeed.version(), keys, roundIds));
    }

    /// @notice The EIP-712 domain separator (recomputed with the current chain id).
    function domainSeparator() public view returns (bytes32) {
        return AttestationLib.domainSeparator(address(this));
    }

    /// @notice The digest the engine signs for `a`.
    function attestationDigest(Attestation calldata a) external view returns (bytes32) {
        return AttestationLib.digest(domainSeparator(), AttestationLib.hashAttestation(a));
    }

    /// @notice The digest the maker signs for `t`.
    function quoteDigest(Trade calldata t) public view returns (bytes32) {
        return AttestationLib.digest(domainSeparator(), AttestationLib.hashQuote(t));
    }

    function collateralAssets() external view returns (address[] memory) {
        return _collateralAssets;
    }

    function instrumentCount() external view returns (uint256) {
        return _instruments.length;
    }

    function getInstrument(uint256 id) external view returns (Instrument memory) {
        return _instrument(id);
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────

    function _setFeeAccount(address feeAccount_) private {
        if (feeAccount_ == address(0)) revert DcroVault_ZeroAddress();
        feeAccount = feeAccount_;
        emit FeeAccountSet(feeAccount_);
    }

    function _deposit(address account, address asset, uint256 amount) private {
        if (account == address(0)) revert DcroVault_ZeroAddress();
        if (!collateralConfig[asset].depositsEnabled) revert DcroVault_CollateralNotAccepted(asset);
        if (amount == 0 || amount > MAX_AMOUNT) revert DcroVault_InvalidAmount(amount);
        collateralBalance[account][asset] += amount;
        emit Deposited(account, asset, amount);
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
    }

    function _authorize(address account) private view {
        if (msg.sender != account && !isOperator[account][msg.sender]) {
            revert DcroVault_Unauthorized(account, msg.sender);
        }
    }

    function _checkQuote(Trade calldata t, bytes calldata signature) private {
        uint256 n = t.instrumentIds.length;
        if (
            n == 0 || n > MAX_LEGS || n != t.quantities.length || t.maker == t.taker || t.maker == address(0)
                || t.fee > MAX_AMOUNT || t.premium > int256(MAX_AMOUNT) || t.premium < -int256(MAX_AMOUNT)
        ) revert DcroVault_InvalidTrade();
        if (block.timestamp > t.quoteDeadline) revert DcroVault_QuoteExpired(t.quoteDeadline);
        if (quoteNonceUsed[t.maker][t.quoteNonce]) revert DcroVault_QuoteNonceUsed(t.maker, t.quoteNonce);
        quoteNonceUsed[t.maker][t.quoteNonce] = true;
        address signer = SignatureLib.recover(quoteDigest(t), signature);
        if (signer == address(0) || (signer != t.maker && !isOperator[t.maker][signer])) {
            revert DcroVault_InvalidQuoteSigner();
        }
    }

    function _instrument(uint256 id) private view returns (Instrument storage) {
        if (id == 0 || id > _instruments.length) revert DcroVault_UnknownInstrument(id);
        return _instruments[id - 1];
    }

    function _addPosition(address account, uint256 id, int256 delta) private {
        int256 before = positionOf[account][id];
        int256 next = before + delta;
        if (next > MAX_POSITION || next < -MAX_POSITION) revert DcroVault_PositionTooLarge(id);
        positionOf[account][id] = next;
        if (before == 0 && next != 0) {
            uint256[] storage open = _openIds[account];
            if (open.length >= MAX_POSITIONS) revert DcroVault_TooManyPositions(account);
            open.push(id);
            _openIndexPlusOne[account][id] = open.length;
        } else if (before != 0 && next == 0) {
            uint256[] storage open = _openIds[account];
            uint256 index = _openIndexPlusOne[account][id] - 1;
            uint256 last = open[open.length - 1];
            open[index] = last;
            _openIndexPlusOne[account][last] = index + 1;
            open.pop();
            delete _openIndexPlusOne[account][id];
        }
    }

    /// @dev Checks `signed` for `account` and consumes its nonce. `requireInitial`: also demand
    /// initial headroom ≥ 0. Every check is against the state as it is now (post-action).
    function _verify(address account, SignedAttestation calldata signed, bytes32 marketHash, bool requireInitial)
        private
        returns (Attestation calldata a)
    {
        a = signed.attestation;
        if (a.account != account) revert DcroVault_AccountMismatch(account, a.account);
        if (block.timestamp > a.deadline) revert DcroVault_AttestationExpired(a.deadline);
        uint256 nonce = nonces[account];
        if (a.nonce != nonce) revert DcroVault_InvalidNonce(nonce, a.nonce);
        nonces[account] = nonce + 1;
        address signer = SignatureLib.recover(
            AttestationLib.digest(domainSeparator(), AttestationLib.hashAttestation(a)), signed.signature
        );
        if (signer == address(0) || !riskParams.isEngineSigner(signer)) revert DcroVault_InvalidSigner();
        bytes32 paramsHash = riskParams.activeParamsHash();
        if (a.paramsHash != paramsHash) revert DcroVault_ParamsMismatch(paramsHash, a.paramsHash);
        if (a.marketHash != marketHash) revert DcroVault_MarketMismatch(marketHash, a.marketHash);
        bytes32 stateHash = accountStateHash(account);
        if (a.stateHash != stateHash) revert DcroVault_StateMismatch(stateHash, a.stateHash);
        if (
            a.equity > MAX_FIGURE || a.equity < -MAX_FIGURE || a.initialMargin > uint256(MAX_FIGURE)
                || a.maintenanceMargin > uint256(MAX_FIGURE)
        ) revert DcroVault_FigureOutOfRange();
        if (requireInitial) {
            int256 headroom = a.equity - int256(a.initialMargin);
            if (headroom < 0) revert DcroVault_InsufficientMargin(headroom);
        }
        emit AttestationConsumed(
            account, nonce, a.stateHash, a.marketHash, a.equity, a.initialMargin, a.maintenanceMargin
        );
    }
}
