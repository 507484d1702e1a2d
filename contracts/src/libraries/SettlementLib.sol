// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Instrument, InstrumentKind, OptionRight} from "../types/Instrument.sol";

/// @title SettlementLib
/// @notice Cash paid at expiry, exactly conserved across the holders of an instrument.
/// A position's exact payoff is `qty · value / 1e30` USDC units (qty 18 decimals, value 18-decimal
/// USD, USDC 6 decimals: 1e18 · 1e18 / 1e6). To pay integer units without minting or losing
/// dust, the vault keeps per instrument the running sum `S` of settled numerators `qty · value`
/// and credits each settling holder `floor((S + qty·value) / 1e30) − floor(S / 1e30)`. The credits
/// telescope: once every holder has settled, `S = 0` (quantities sum to zero) and so do the credits.
library SettlementLib {
    int256 internal constant PAYOFF_SCALE = 1e30;

    /// @notice USD value (18 decimals) at expiry of one unit of `inst` when the underlier settles at
    /// `settlementPrice`: a call's `max(S − K, 0)`, a put's `max(K − S, 0)`, a future's `S` (futures
    /// carry entry price 0 on chain; their entry cost moved as cash when traded).
    function unitValue(Instrument memory inst, uint256 settlementPrice) internal pure returns (int256) {
        if (inst.kind == InstrumentKind.Future) return int256(settlementPrice);
        if (inst.right == OptionRight.Call) {
            return settlementPrice > inst.strike ? int256(settlementPrice - inst.strike) : int256(0);
        }
        return inst.strike > settlementPrice ? int256(inst.strike - settlementPrice) : int256(0);
    }

    /// @notice The credit for a holder settling numerator `numerator` after `before` was settled.
    function credit(int256 before, int256 numerator) internal pure returns (int256) {
        return floorDiv(before + numerator, PAYOFF_SCALE) - floorDiv(before, PAYOFF_SCALE);
    }

    /// @notice `floor(a / b)` for `b > 0`.
    function floorDiv(int256 a, int256 b) internal pure returns (int256 q) {
        q = a / b;
        if (a % b != 0 && a < 0) q -= 1;
    }
}
