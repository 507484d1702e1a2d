// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {SpotOracle} from "../src/oracles/SpotOracle.sol";
import {MockAggregator} from "../src/mocks/MockAggregator.sol";
import {Owned} from "../src/access/Owned.sol";

contract SpotOracleTest is Test {
    SpotOracle internal oracle;
    MockAggregator internal eth;

    function setUp() public {
        vm.warp(1_700_000_000);
        oracle = new SpotOracle(address(this));
        eth = new MockAggregator(8, "ETH / USD", 2315.6e8);
        oracle.setFeed("ETH", eth, 1 hours);
    }

    function test_price_scalesTo18Decimals() public view {
        assertEq(oracle.price("ETH"), 2315.6e18, "8 to 18 decimals");
    }

    function test_price_revertsWhenStale() public {
        vm.warp(block.timestamp + 1 hours + 1);
        vm.expectRevert(abi.encodeWithSelector(SpotOracle.SpotOracle_StalePrice.selector, bytes32("ETH"), 1_700_000_000));
        oracle.price("ETH");
    }

    function test_price_freshAtTheStalenessLimit() public {
        vm.warp(block.timestamp + 1 hours);
        assertEq(oracle.price("ETH"), 2315.6e18, "still fresh");
    }

    function test_price_revertsOnNonPositiveAnswer() public {
        eth.pushAnswer(0);
        vm.expectRevert(abi.encodeWithSelector(SpotOracle.SpotOracle_InvalidPrice.selector, bytes32("ETH"), int256(0)));
        oracle.price("ETH");
        eth.pushAnswer(-1);
        vm.expectRevert(abi.encodeWithSelector(SpotOracle.SpotOracle_InvalidPrice.selector, bytes32("ETH"), int256(-1)));
        oracle.price("ETH");
    }

    function test_price_revertsOnUnknownFeed() public {
        vm.expectRevert(abi.encodeWithSelector(SpotOracle.SpotOracle_UnknownFeed.selector, bytes32("BTC")));
        oracle.price("BTC");
    }

    function test_setFeed_boundChecks() public {
        bytes4 invalid = SpotOracle.SpotOracle_InvalidFeedConfig.selector;
        vm.expectRevert(invalid);
        oracle.setFeed(bytes32(0), eth, 1 hours);
        vm.expectRevert(invalid);
        oracle.setFeed("ETH", MockAggregator(address(0)), 1 hours);
        vm.expectRevert(invalid);
        oracle.setFeed("ETH", eth, 0);
        vm.expectRevert(invalid);
        oracle.setFeed("ETH", eth, 7 days + 1);
        MockAggregator wide = new MockAggregator(19, "wide", 1);
        vm.expectRevert(invalid);
        oracle.setFeed("WIDE", wide, 1 hours);
        vm.prank(address(0xBAD));
        vm.expectRevert(Owned.Owned_NotOwner.selector);
        oracle.setFeed("ETH", eth, 1 hours);
    }

    function test_latestRounds_listsEveryKey() public {
        MockAggregator btc = new MockAggregator(8, "BTC / USD", 60_000e8);
        oracle.setFeed("BTC", btc, 1 hours);
        oracle.setFeed("ETH", eth, 2 hours); // replacing keeps the order
        eth.pushAnswer(2400e8);
        (bytes32[] memory keys, uint80[] memory rounds) = oracle.latestRounds();
        assertEq(keys.length, 2, "two keys");
        assertEq(keys[0], bytes32("ETH"), "registration order");
        assertEq(uint256(rounds[0]), 2, "ETH round");
        assertEq(uint256(rounds[1]), 1, "BTC round");
    }

    function test_fuzz_price(int256 answer, uint8 decimals) public {
        decimals = uint8(bound(decimals, 0, 18));
        MockAggregator feed = new MockAggregator(decimals, "fuzz", answer);
        oracle.setFeed("FUZZ", feed, 1 hours);
        if (answer <= 0 || uint256(answer) > 1e36 / 10 ** (18 - decimals)) {
            vm.expectRevert(abi.encodeWithSelector(SpotOracle.SpotOracle_InvalidPrice.selector, bytes32("FUZZ"), answer));
            oracle.price("FUZZ");
        } else {
            assertEq(oracle.price("FUZZ"), uint256(answer) * 10 ** (18 - decimals), "scaled");
        }
    }
}
