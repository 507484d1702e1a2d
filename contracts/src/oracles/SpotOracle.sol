// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned} from "../access/Owned.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {ISpotOracle} from "../interfaces/ISpotOracle.sol";

/// @title SpotOracle
/// @notice Spot prices from Chainlink `AggregatorV3Interface` feeds, one per symbol key
/// (`bytes32("ETH")`, `bytes32("USDC")`), each with its own staleness limit. Prices come out in
/// USD with 18 decimals (`2315.6e18`).
contract SpotOracle is ISpotOracle, Owned {
    /// @notice Thrown when a key has no feed.
    error SpotOracle_UnknownFeed(bytes32 key);
    /// @notice Thrown when a feed's answer is zero or negative.
    error SpotOracle_InvalidPrice(bytes32 key, int256 answer);
    /// @notice Thrown when a feed's latest round is older than its staleness limit.
    error SpotOracle_StalePrice(bytes32 key, uint256 updatedAt);
    /// @notice Thrown when a settlement round is not the first round at or after the timestamp.
    error SpotOracle_NotFirstRoundAfter(bytes32 key, uint80 roundId, uint64 timestamp);
    /// @notice Thrown when a feed setting is out of range (zero key or address, decimals > 18,
    /// staleness 0 or above MAX_STALENESS).
    error SpotOracle_InvalidFeedConfig();

    /// @notice Upper bound of a feed's staleness limit.
    uint256 public constant MAX_STALENESS = 7 days;

    struct Feed {
        AggregatorV3Interface aggregator;
        uint8 decimals;
        /// Seconds after `updatedAt` during which the answer is usable (e.g. 3600 + margin).
        uint32 maxStaleness;
    }

    event FeedSet(bytes32 indexed key, address aggregator, uint8 decimals, uint32 maxStaleness);

    mapping(bytes32 key => Feed) public feeds;
    bytes32[] private _keys;

    constructor(address initialOwner) Owned(initialOwner) {}

    /// @notice Sets (or replaces) the feed of `key`.
    function setFeed(bytes32 key, AggregatorV3Interface aggregator, uint32 maxStaleness) external onlyOwner {
        if (key == bytes32(0) || address(aggregator) == address(0)) revert SpotOracle_InvalidFeedConfig();
        if (maxStaleness == 0 || maxStaleness > MAX_STALENESS) revert SpotOracle_InvalidFeedConfig();
        uint8 decimals = aggregator.decimals();
        if (decimals > 18) revert SpotOracle_InvalidFeedConfig();
        if (address(feeds[key].aggregator) == address(0)) _keys.push(key);
        feeds[key] = Feed(aggregator, decimals, maxStaleness);
        emit FeedSet(key, address(aggregator), decimals, maxStaleness);
    }

    /// @notice Every key, in registration order.
    function keys() external view returns (bytes32[] memory) {
        return _keys;
    }

    /// @inheritdoc ISpotOracle
    function hasFeed(bytes32 key) external view returns (bool) {
        return address(feeds[key].aggregator) != address(0);
    }

    /// @inheritdoc ISpotOracle
    function price(bytes32 key) external view returns (uint256) {
        Feed memory feed = _feed(key);
        (, int256 answer,, uint256 updatedAt,) = feed.aggregator.latestRoundData();
        if (updatedAt == 0 || updatedAt > block.timestamp || block.timestamp - updatedAt > feed.maxStaleness) {
            revert SpotOracle_StalePrice(key, updatedAt);
        }
        return _scale(key, answer, feed.decimals);
    }

    /// @inheritdoc ISpotOracle
    function priceAt(bytes32 key, uint64 timestamp, uint80 roundId) external view returns (uint256) {
        Feed memory feed = _feed(key);
        (, int256 answer,, uint256 updatedAt,) = feed.aggregator.getRoundData(roundId);
        if (updatedAt < timestamp || updatedAt > block.timestamp || roundId == 0) {
            revert SpotOracle_NotFirstRoundAfter(key, roundId, timestamp);
        }
        (,,, uint256 previousUpdatedAt,) = feed.aggregator.getRoundData(roundId - 1);
        if (previousUpdatedAt >= timestamp || previousUpdatedAt == 0) {
            revert SpotOracle_NotFirstRoundAfter(key, roundId, timestamp);
        }
        return _scale(key, answer, feed.decimals);
    }

    /// @inheritdoc ISpotOracle
    function latestRounds() external view returns (bytes32[] memory keys_, uint80[] memory roundIds) {
        keys_ = _keys;
        roundIds = new uint80[](keys_.length);
        for (uint256 i; i < keys_.length; ++i) {
            (roundIds[i],,,,) = feeds[keys_[i]].aggregator.latestRoundData();
        }
    }

    function _feed(bytes32 key) private view returns (Feed memory feed) {
        feed = feeds[key];
        if (address(feed.aggregator) == address(0)) revert SpotOracle_UnknownFeed(key);
    }

    function _scale(bytes32 key, int256 answer, uint8 decimals) private pure returns (uint256) {
        // 1e36 USD keeps every downstream product (qty · price) far from overflow.
        if (answer <= 0 || uint256(answer) > 1e36 / 10 ** (18 - decimals)) {
            revert SpotOracle_InvalidPrice(key, answer);
        }
        return uint256(answer) * 10 ** (18 - decimals);
    }
}
