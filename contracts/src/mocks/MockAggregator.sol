// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title MockAggregator
/// @notice A TEST/DEMO Chainlink feed: anyone may push answers. Never use it in production.
/// Round ids start at 1 and grow by one per `pushAnswer`; every round is kept.
contract MockAggregator is AggregatorV3Interface {
    /// @notice Thrown when a round that was never pushed is read.
    error MockAggregator_NoData(uint80 roundId);

    struct Round {
        int256 answer;
        uint256 updatedAt;
    }

    uint8 public immutable decimals;
    string public description;
    uint80 public latestRound;
    mapping(uint80 => Round) public rounds;

    constructor(uint8 decimals_, string memory description_, int256 initialAnswer) {
        decimals = decimals_;
        description = description_;
        pushAnswer(initialAnswer);
    }

    function version() external pure returns (uint256) {
        return 4;
    }

    /// @notice Publishes `answer` as a new round stamped now.
    function pushAnswer(int256 answer) public returns (uint80 roundId) {
        return pushAnswerAt(answer, block.timestamp);
    }

    /// @notice Publishes `answer` as a new round stamped `updatedAt` (to simulate old rounds).
    function pushAnswerAt(int256 answer, uint256 updatedAt) public returns (uint80 roundId) {
        roundId = ++latestRound;
        rounds[roundId] = Round(answer, updatedAt);
    }

    function getRoundData(uint80 roundId) public view returns (uint80, int256, uint256, uint256, uint80) {
        Round memory r = rounds[roundId];
        if (r.updatedAt == 0) revert MockAggregator_NoData(roundId);
        return (roundId, r.answer, r.updatedAt, r.updatedAt, roundId);
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return getRoundData(latestRound);
    }
}
