// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DcroRiskParams} from "../src/governance/DcroRiskParams.sol";

contract DcroRiskParamsTest is Test {
    address internal admin = address(0xAD);
    address internal guardian = address(0x6A);
    address internal signer = address(0x51);
    address internal asset = address(0xA55E7);
    DcroRiskParams internal params;

    function setUp() public {
        vm.warp(1_700_000_000);
        address[] memory signers = new address[](1);
        signers[0] = signer;
        address[] memory assets = new address[](1);
        assets[0] = asset;
        DcroRiskParams.Haircut[] memory haircuts = new DcroRiskParams.Haircut[](1);
        haircuts[0] = DcroRiskParams.Haircut(0.15e18, 0.05e18);
        params = new DcroRiskParams(admin, guardian, 2 days, keccak256("v1"), signers, assets, haircuts);
    }

    function _activateAfterDelay(uint256 id) internal {
        vm.warp(block.timestamp + params.delay());
        params.activate(id);
    }

    function test_constructor_setsInitialValues() public view {
        assertEq(params.activeParamsHash(), keccak256("v1"), "params hash");
        assertTrue(params.isEngineSigner(signer), "signer");
        (uint256 mm, uint256 im) = params.haircuts(asset);
        assertEq(mm, 0.15e18, "mm haircut");
        assertEq(im, 0.05e18, "im haircut");
        assertEq(params.delay(), 2 days, "delay");
    }

    function test_constructor_revertsOnBadDelayOrNoSigner() public {
        address[] memory signers = new address[](1);
        signers[0] = signer;
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidDelay.selector, 0));
        new DcroRiskParams(admin, guardian, 0, keccak256("v1"), signers, new address[](0), new DcroRiskParams.Haircut[](0));
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidSignerChange.selector, address(0), true));
        new DcroRiskParams(admin, guardian, 1 days, keccak256("v1"), new address[](0), new address[](0), new DcroRiskParams.Haircut[](0));
    }

    function test_proposeParamsHash_activatesOnlyAfterDelay() public {
        vm.prank(admin);
        uint256 id = params.proposeParamsHash(keccak256("v2"));
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_TooEarly.selector, id, block.timestamp + 2 days));
        params.activate(id);
        assertEq(params.activeParamsHash(), keccak256("v1"), "unchanged during the delay");
        _activateAfterDelay(id);
        assertEq(params.activeParamsHash(), keccak256("v2"), "activated");
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_NotPending.selector, id));
        params.activate(id);
    }

    function test_cancel_byGuardianDuringDelay() public {
        vm.prank(admin);
        uint256 id = params.proposeParamsHash(keccak256("v2"));
        vm.prank(guardian);
        params.cancel(id);
        vm.warp(block.timestamp + 2 days);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_NotPending.selector, id));
        params.activate(id);
        assertEq(params.activeParamsHash(), keccak256("v1"), "cancelled change never applies");
    }

    function test_cancel_revertsForStrangerOrAfterActivation() public {
        vm.prank(admin);
        uint256 id = params.proposeParamsHash(keccak256("v2"));
        vm.expectRevert(DcroRiskParams.DcroRiskParams_NotGuardian.selector);
        params.cancel(id);
        _activateAfterDelay(id);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_NotPending.selector, id));
        vm.prank(guardian);
        params.cancel(id);
    }

    function test_activate_revertsAfterGracePeriod() public {
        vm.prank(admin);
        uint256 id = params.proposeParamsHash(keccak256("v2"));
        vm.warp(block.timestamp + 2 days + 14 days + 1);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_Expired.selector, id));
        params.activate(id);
    }

    function test_propose_revertsForNonAdmin() public {
        vm.expectRevert(DcroRiskParams.DcroRiskParams_NotAdmin.selector);
        params.proposeParamsHash(keccak256("v2"));
    }

    function test_propose_boundChecksEveryField() public {
        vm.startPrank(admin);
        vm.expectRevert(DcroRiskParams.DcroRiskParams_ZeroValue.selector);
        params.proposeParamsHash(bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidHaircut.selector, 1e18 + 1, 0));
        params.proposeHaircut(asset, 1e18 + 1, 0);
        vm.expectRevert(DcroRiskParams.DcroRiskParams_ZeroValue.selector);
        params.proposeHaircut(address(0), 0, 0);
        vm.expectRevert(DcroRiskParams.DcroRiskParams_ZeroValue.selector);
        params.proposeEngineSigner(address(0), true);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidDelay.selector, 59 minutes));
        params.proposeDelay(59 minutes);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidDelay.selector, 31 days));
        params.proposeDelay(31 days);
        vm.expectRevert(DcroRiskParams.DcroRiskParams_ZeroValue.selector);
        params.proposeGuardian(address(0));
        vm.expectRevert(DcroRiskParams.DcroRiskParams_ZeroValue.selector);
        params.proposeAdmin(address(0));
        vm.stopPrank();
    }

    function test_activate_appliesEveryKind() public {
        vm.startPrank(admin);
        uint256 a = params.proposeHaircut(asset, 0.2e18, 0.1e18);
        uint256 b = params.proposeEngineSigner(address(0x52), true);
        uint256 c = params.proposeDelay(3 days);
        uint256 d = params.proposeGuardian(address(0x6B));
        uint256 e = params.proposeAdmin(address(0xAE));
        vm.stopPrank();
        vm.warp(block.timestamp + 2 days);
        for (uint256 id = a; id <= e; ++id) params.activate(id);
        (uint256 mm,) = params.haircuts(asset);
        assertEq(mm, 0.2e18, "haircut");
        assertEq(params.engineSigners().length, 2, "two signers");
        assertEq(params.delay(), 3 days, "delay");
        assertEq(params.guardian(), address(0x6B), "guardian");
        assertEq(params.admin(), address(0xAE), "admin");
    }

    function test_activate_revertsOnRemovingLastSignerOrNoOp() public {
        vm.startPrank(admin);
        uint256 remove = params.proposeEngineSigner(signer, false);
        uint256 again = params.proposeEngineSigner(signer, true);
        vm.stopPrank();
        vm.warp(block.timestamp + 2 days);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidSignerChange.selector, signer, false));
        params.activate(remove);
        vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidSignerChange.selector, signer, true));
        params.activate(again);
    }

    function test_fuzz_proposeHaircut(uint256 mm, uint256 im) public {
        mm = bound(mm, 0, 2e18);
        im = bound(im, 0, 2e18);
        vm.prank(admin);
        if (mm > 1e18 || im > 1e18) {
            vm.expectRevert(abi.encodeWithSelector(DcroRiskParams.DcroRiskParams_InvalidHaircut.selector, mm, im));
            params.proposeHaircut(asset, mm, im);
        } else {
            uint256 id = params.proposeHaircut(asset, mm, im);
            _activateAfterDelay(id);
            (uint256 gotMm, uint256 gotIm) = params.haircuts(asset);
            assertEq(gotMm, mm, "mm");
            assertEq(gotIm, im, "im");
        }
    }
}
