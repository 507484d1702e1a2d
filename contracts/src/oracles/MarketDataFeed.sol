// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "../access/Owned.sol";
import {IMarketDataFeed} from "../interfaces/IMarketDataFeed.sol";

/// @title MarketDataFeed
/// @notice Forwards, rates and per-strike implied vols per (underlier, expiry), posted by keepers.
/// Every post increments `version`, which the vault folds into `currentMarketHash()`, so an
/// attestation binds the exact marks it was computed on. Units by example: forward `2318.2e18`
/// (USD), rate `0.05e18` (5%/yr, continuously compounded), strike `2400e18`, vol `0.62e18` (62%).
contract MarketDataFeed is IMarketDataFeed, Owned {
    /// @notice Thrown when a caller that is not a keeper posts.
    error MarketDataFeed_NotKeeper();
    /// @notice Thrown when an entry is out of range; `index` is its position in the posted batch.
    error MarketDataFeed_InvalidEntry(uint256 index);
    /// @notice Thrown when a keeper address is zero.
    error MarketDataFeed_ZeroAddress();

    uint256 public constant MAX_STRIKES = 64;
    uint256 public constant MAX_FORWARD = 1e33;
    int256 public constant MAX_ABS_RATE = 1e18;
    uint256 public constant MAX_VOL = 10e18;

    /// @notice One posted mark. `strikes` strictly ascending, `vols` one per strike.
    struct MarketEntry {
        bytes32 underlier;
        uint64 expiry;
        uint256 forward;
        int256 rate;
        uint256[] strikes;
        uint256[] vols;
    }

    /// @notice A stored mark with the version and time it was posted at.
    struct StoredEntry {
        uint256 forward;
        int256 rate;
        uint256[] strikes;
        uint256[] vols;
        uint64 updatedAt;
        uint256 version;
    }

    event KeeperSet(address indexed keeper, bool enabled);
    event MarketPosted(uint256 indexed version, bytes32 indexed underlier, uint64 indexed expiry, uint256 forward, int256 rate);

    /// @inheritdoc IMarketDataFeed
    uint256 public version;
    mapping(address => bool) public isKeeper;
    mapping(bytes32 underlier => mapping(uint64 expiry => StoredEntry)) private _entries;
    mapping(bytes32 underlier => uint64[]) private _expiries;
    bytes32[] private _underliers;

    constructor(address initialOwner) Owned(initialOwner) {}

    function setKeeper(address keeper, bool enabled) external onlyOwner {
        if (keeper == address(0)) revert MarketDataFeed_ZeroAddress();
        isKeeper[keeper] = enabled;
        emit KeeperSet(keeper, enabled);
    }

    /// @notice Posts a batch of marks under one new version. Expiries must lie in the future.
    function post(MarketEntry[] calldata entries) external returns (uint256 newVersion) {
        if (!isKeeper[msg.sender]) revert MarketDataFeed_NotKeeper();
        newVersion = ++version;
        for (uint256 i; i < entries.length; ++i) {
            MarketEntry calldata e = entries[i];
            _check(e, i);
            StoredEntry storage s = _entries[e.underlier][e.expiry];
            if (s.updatedAt == 0) {
                if (_expiries[e.underlier].length == 0) _underliers.push(e.underlier);
                _expiries[e.underlier].push(e.expiry);
            }
            s.forward = e.forward;
            s.rate = e.rate;
            s.strikes = e.strikes;
            s.vols = e.vols;
            s.updatedAt = uint64(block.timestamp);
            s.version = newVersion;
            emit MarketPosted(newVersion, e.underlier, e.expiry, e.forward, e.rate);
        }
    }

    /// @notice The latest mark of (`underlier`, `expiry`); `updatedAt == 0` when never posted.
    function getEntry(bytes32 underlier, uint64 expiry) external view returns (StoredEntry memory) {
        return _entries[underlier][expiry];
    }

    /// @notice Underliers ever posted, in first-post order.
    function underliers() external view returns (bytes32[] memory) {
        return _underliers;
    }

    /// @notice Expiries ever posted for `underlier`, in first-post order.
    function expiries(bytes32 underlier) external view returns (uint64[] memory) {
        return _expiries[underlier];
    }

    function _check(MarketEntry calldata e, uint256 index) private view {
        uint256 n = e.strikes.length;
        bool ok = e.underlier != bytes32(0) && e.expiry > block.timestamp && e.forward > 0
            && e.forward <= MAX_FORWARD && e.rate >= -MAX_ABS_RATE && e.rate <= MAX_ABS_RATE
            && n == e.vols.length && n <= MAX_STRIKES;
        for (uint256 j; ok && j < n; ++j) {
            ok = e.strikes[j] > (j == 0 ? 0 : e.strikes[j - 1]) && e.vols[j] > 0 && e.vols[j] <= MAX_VOL;
        }
        if (!ok) revert MarketDataFeed_InvalidEntry(index);
    }
}
