// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {MarketDataFeed} from "../src/oracles/MarketDataFeed.sol";

contract MarketDataFeedTest is Test {
    MarketDataFeed internal feed;
    address internal keeper = address(0x4EE);
    uint64 internal constant EXPIRY = 1_800_000_000;

    function setUp() public {
        vm.warp(1_700_000_000);
        feed = new MarketDataFeed(address(this));
        feed.setKeeper(keeper, true);
    }

    function _entry() internal pure returns (MarketDataFeed.MarketEntry memory e) {
        uint256[] memory strikes = new uint256[](2);
        uint256[] memory vols = new uint256[](2);
        (strikes[0], strikes[1], vols[0], vols[1]) = (2000e18, 2400e18, 0.65e18, 0.62e18);
        e = MarketDataFeed.MarketEntry("ETH", EXPIRY, 2318.2e18, 0.05e18, strikes, vols);
    }

    function _post(MarketDataFeed.MarketEntry memory e) internal {
        MarketDataFeed.MarketEntry[] memory entries = new MarketDataFeed.MarketEntry[](1);
        entries[0] = e;
        vm.prank(keeper);
        feed.post(entries);
    }

    function test_post_storesEntryUnderNewVersion() public {
        _post(_entry());
        _post(_entry());
        assertEq(feed.version(), 2, "one version per post");
        MarketDataFeed.StoredEntry memory s = feed.getEntry("ETH", EXPIRY);
        assertEq(s.forward, 2318.2e18, "forward");
        assertEq(s.rate, 0.05e18, "rate");
        assertEq(s.vols[1], 0.62e18, "vol");
        assertEq(s.version, 2, "entry version");
        assertEq(uint256(s.updatedAt), block.timestamp, "updatedAt");
        assertEq(feed.underliers().length, 1, "underlier listed once");
        assertEq(feed.expiries("ETH").length, 1, "expiry listed once");
    }

    function test_post_revertsForNonKeeper() public {
        MarketDataFeed.MarketEntry[] memory entries = new MarketDataFeed.MarketEntry[](0);
        vm.expectRevert(MarketDataFeed.MarketDataFeed_NotKeeper.selector);
        feed.post(entries);
    }

    function test_post_revertsOnOutOfRangeEntry() public {
        bytes memory err = abi.encodeWithSelector(MarketDataFeed.MarketDataFeed_InvalidEntry.selector, 0);
        MarketDataFeed.MarketEntry memory e = _entry();
        e.expiry = uint64(block.timestamp);
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.forward = 0;
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.rate = 1e18 + 1;
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.strikes[1] = e.strikes[0];
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.vols[0] = 0;
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.vols = new uint256[](1);
        vm.expectRevert(err);
        _post(e);
        e = _entry();
        e.underlier = bytes32(0);
        vm.expectRevert(err);
        _post(e);
    }

    function test_setKeeper_revertsOnZero() public {
        vm.expectRevert(MarketDataFeed.MarketDataFeed_ZeroAddress.selector);
        feed.setKeeper(address(0), true);
    }

    function test_fuzz_post(uint256 forward, int256 rate, uint256 vol) public {
        forward = bound(forward, 1, 1e33);
        rate = boundInt(rate, -1e18, 1e18);
        vol = bound(vol, 1, 10e18);
        MarketDataFeed.MarketEntry memory e = _entry();
        (e.forward, e.rate, e.vols[0], e.vols[1]) = (forward, rate, vol, vol);
        _post(e);
        assertEq(feed.getEntry("ETH", EXPIRY).forward, forward, "forward stored");
    }
}
