// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDcroRiskParams} from "../interfaces/IDcroRiskParams.sol";

/// @title DcroRiskParams
/// @notice The risk committee's on-chain parameters: the active `dcro.params/1` profile hash,
/// collateral haircuts and the engine signer set. Every change goes through a timelock: the admin
/// proposes (bound-checked at once), anyone activates it after `delay` and within `GRACE_PERIOD`,
/// and the guardian (or the admin) can cancel it before activation. The constructor sets the
/// initial values directly (deployment is the only untimed change).
contract DcroRiskParams is IDcroRiskParams {
    /// @notice Thrown when a caller other than the admin proposes.
    error DcroRiskParams_NotAdmin();
    /// @notice Thrown when a caller other than the guardian or the admin cancels.
    error DcroRiskParams_NotGuardian();
    /// @notice Thrown when a zero hash or zero address is given where one is required (or the
    /// constructor's haircut arrays differ in length).
    error DcroRiskParams_ZeroValue();
    /// @notice Thrown when a haircut exceeds 1e18 (100%).
    error DcroRiskParams_InvalidHaircut(uint256 mmHaircut, uint256 imHaircut);
    /// @notice Thrown when a delay is outside [MIN_DELAY, MAX_DELAY].
    error DcroRiskParams_InvalidDelay(uint256 delay);
    /// @notice Thrown when a signer change is a no-op, would exceed MAX_SIGNERS or remove the last one.
    error DcroRiskParams_InvalidSignerChange(address signer, bool enabled);
    /// @notice Thrown when a proposal id is unknown or no longer pending.
    error DcroRiskParams_NotPending(uint256 id);
    /// @notice Thrown when a proposal is activated before its eta.
    error DcroRiskParams_TooEarly(uint256 id, uint256 eta);
    /// @notice Thrown when a proposal is activated after eta + GRACE_PERIOD.
    error DcroRiskParams_Expired(uint256 id);

    /// @notice What a proposal changes; its `data` is the ABI encoding of the listed arguments.
    enum ChangeKind {
        ParamsHash, // (bytes32 paramsHash)
        Haircut, // (address asset, uint256 mmHaircut, uint256 imHaircut)
        EngineSigner, // (address signer, bool enabled)
        Delay, // (uint256 delay)
        Guardian, // (address guardian)
        Admin // (address admin)
    }

    enum Status {
        None,
        Pending,
        Cancelled,
        Activated
    }

    struct Proposal {
        ChangeKind kind;
        Status status;
        uint64 eta;
        bytes data;
    }

    /// @notice Per-asset haircuts, 18 decimals (`0.15e18` = 15%).
    struct Haircut {
        uint256 mmHaircut;
        uint256 imHaircut;
    }

    uint256 public constant MIN_DELAY = 1 hours;
    uint256 public constant MAX_DELAY = 30 days;
    uint256 public constant GRACE_PERIOD = 14 days;
    uint256 public constant MAX_SIGNERS = 16;

    event ChangeProposed(uint256 indexed id, ChangeKind kind, bytes data, uint256 eta);
    event ChangeCancelled(uint256 indexed id);
    event ChangeActivated(uint256 indexed id);
    event ParamsHashSet(bytes32 previousHash, bytes32 newHash);
    event HaircutSet(address indexed asset, uint256 mmHaircut, uint256 imHaircut);
    event EngineSignerSet(address indexed signer, bool enabled);
    event DelaySet(uint256 delay);
    event GuardianSet(address guardian);
    event AdminSet(address admin);

    /// @inheritdoc IDcroRiskParams
    bytes32 public activeParamsHash;
    address public admin;
    address public guardian;
    uint256 public delay;
    uint256 public proposalCount;
    mapping(uint256 id => Proposal) private _proposals;
    mapping(address asset => Haircut) public haircuts;
    mapping(address signer => bool) public isEngineSigner;
    address[] private _signers;

    constructor(
        address admin_,
        address guardian_,
        uint256 delay_,
        bytes32 paramsHash_,
        address[] memory signers_,
        address[] memory haircutAssets_,
        Haircut[] memory haircuts_
    ) {
        if (signers_.length == 0) revert DcroRiskParams_InvalidSignerChange(address(0), true);
        if (haircutAssets_.length != haircuts_.length) revert DcroRiskParams_ZeroValue();
        _setAdmin(admin_);
        _setGuardian(guardian_);
        _setDelay(delay_);
        _setParamsHash(paramsHash_);
        for (uint256 i; i < signers_.length; ++i) _setSigner(signers_[i], true);
        for (uint256 i; i < haircutAssets_.length; ++i) {
            _setHaircut(haircutAssets_[i], haircuts_[i].mmHaircut, haircuts_[i].imHaircut);
        }
    }

    // ─── proposals (admin) ──────────────────────────────────────────────────────────────────

    function proposeParamsHash(bytes32 paramsHash) external returns (uint256) {
        if (paramsHash == bytes32(0)) revert DcroRiskParams_ZeroValue();
        return _propose(ChangeKind.ParamsHash, abi.encode(paramsHash));
    }

    function proposeHaircut(address asset, uint256 mmHaircut, uint256 imHaircut) external returns (uint256) {
        _checkHaircut(asset, mmHaircut, imHaircut);
        return _propose(ChangeKind.Haircut, abi.encode(asset, mmHaircut, imHaircut));
    }

    function proposeEngineSigner(address signer, bool enabled) external returns (uint256) {
        if (signer == address(0)) revert DcroRiskParams_ZeroValue();
        return _propose(ChangeKind.EngineSigner, abi.encode(signer, enabled));
    }

    function proposeDelay(uint256 newDelay) external returns (uint256) {
        if (newDelay < MIN_DELAY || newDelay > MAX_DELAY) revert DcroRiskParams_InvalidDelay(newDelay);
        return _propose(ChangeKind.Delay, abi.encode(newDelay));
    }

    function proposeGuardian(address newGuardian) external returns (uint256) {
        if (newGuardian == address(0)) revert DcroRiskParams_ZeroValue();
        return _propose(ChangeKind.Guardian, abi.encode(newGuardian));
    }

    function proposeAdmin(address newAdmin) external returns (uint256) {
        if (newAdmin == address(0)) revert DcroRiskParams_ZeroValue();
        return _propose(ChangeKind.Admin, abi.encode(newAdmin));
    }

    // ─── lifecycle ──────────────────────────────────────────────────────────────────────────

    /// @notice Cancels a pending proposal (guardian or admin), any time before activation.
    function cancel(uint256 id) external {
        if (msg.sender != guardian && msg.sender != admin) revert DcroRiskParams_NotGuardian();
        Proposal storage p = _proposals[id];
        if (p.status != Status.Pending) revert DcroRiskParams_NotPending(id);
        p.status = Status.Cancelled;
        emit ChangeCancelled(id);
    }

    /// @notice Applies a pending proposal once its delay has passed (anyone may call).
    function activate(uint256 id) external {
        Proposal storage p = _proposals[id];
        if (p.status != Status.Pending) revert DcroRiskParams_NotPending(id);
        if (block.timestamp < p.eta) revert DcroRiskParams_TooEarly(id, p.eta);
        if (block.timestamp > p.eta + GRACE_PERIOD) revert DcroRiskParams_Expired(id);
        p.status = Status.Activated;
        bytes memory data = p.data;
        ChangeKind kind = p.kind;
        if (kind == ChangeKind.ParamsHash) {
            _setParamsHash(abi.decode(data, (bytes32)));
        } else if (kind == ChangeKind.Haircut) {
            (address asset, uint256 mm, uint256 im) = abi.decode(data, (address, uint256, uint256));
            _setHaircut(asset, mm, im);
        } else if (kind == ChangeKind.EngineSigner) {
            (address signer, bool enabled) = abi.decode(data, (address, bool));
            _setSigner(signer, enabled);
        } else if (kind == ChangeKind.Delay) {
            _setDelay(abi.decode(data, (uint256)));
        } else if (kind == ChangeKind.Guardian) {
            _setGuardian(abi.decode(data, (address)));
        } else {
            _setAdmin(abi.decode(data, (address)));
        }
        emit ChangeActivated(id);
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────

    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _proposals[id];
    }

    /// @notice The engine signers, in the order they were added (removal swaps in the last one).
    function engineSigners() external view returns (address[] memory) {
        return _signers;
    }

    // ─── internals ──────────────────────────────────────────────────────────────────────────

    function _propose(ChangeKind kind, bytes memory data) private returns (uint256 id) {
        if (msg.sender != admin) revert DcroRiskParams_NotAdmin();
        id = ++proposalCount;
        uint256 eta = block.timestamp + delay;
        _proposals[id] = Proposal(kind, Status.Pending, uint64(eta), data);
        emit ChangeProposed(id, kind, data, eta);
    }

    function _checkHaircut(address asset, uint256 mm, uint256 im) private pure {
        if (asset == address(0)) revert DcroRiskParams_ZeroValue();
        if (mm > 1e18 || im > 1e18) revert DcroRiskParams_InvalidHaircut(mm, im);
    }

    function _setHaircut(address asset, uint256 mm, uint256 im) private {
        _checkHaircut(asset, mm, im);
        haircuts[asset] = Haircut(mm, im);
        emit HaircutSet(asset, mm, im);
    }

    function _setParamsHash(bytes32 h) private {
        if (h == bytes32(0)) revert DcroRiskParams_ZeroValue();
        emit ParamsHashSet(activeParamsHash, h);
        activeParamsHash = h;
    }

    function _setSigner(address signer, bool enabled) private {
        if (signer == address(0)) revert DcroRiskParams_ZeroValue();
        if (isEngineSigner[signer] == enabled) revert DcroRiskParams_InvalidSignerChange(signer, enabled);
        if (enabled) {
            if (_signers.length >= MAX_SIGNERS) revert DcroRiskParams_InvalidSignerChange(signer, enabled);
            _signers.push(signer);
        } else {
            if (_signers.length == 1) revert DcroRiskParams_InvalidSignerChange(signer, enabled);
            for (uint256 i; i < _signers.length; ++i) {
                if (_signers[i] == signer) {
                    _signers[i] = _signers[_signers.length - 1];
                    _signers.pop();
                    break;
                }
            }
        }
        isEngineSigner[signer] = enabled;
        emit EngineSignerSet(signer, enabled);
    }

    function _setDelay(uint256 d) private {
        if (d < MIN_DELAY || d > MAX_DELAY) revert DcroRiskParams_InvalidDelay(d);
        delay = d;
        emit DelaySet(d);
    }

    function _setGuardian(address g) private {
        if (g == address(0)) revert DcroRiskParams_ZeroValue();
        guardian = g;
        emit GuardianSet(g);
    }

    function _setAdmin(address a) private {
        if (a == address(0)) revert DcroRiskParams_ZeroValue();
        admin = a;
        emit AdminSet(a);
    }
}
