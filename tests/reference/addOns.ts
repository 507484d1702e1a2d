import type { MarginResult, Params, Portfolio } from '../../src/lib/model/types';
import type { UnderlierBook } from './underlierBook';

export type AddOns = MarginResult['addOns'];

/** (1 − confMin)·confMargin·notional when confMin is below the threshold (MODEL.md §6). */
function confidenceAddOn(params: Params, confMin: number, notional: number): number {
  const { confThreshold, confMargin } = params.contingency;
  return confMin < confThreshold ? (1 - confMin) * confMargin * notional : 0;
}

/** Σ naked·spot over (expiry, strike) of one underlier, with net call and put quantities. */
function nakedShortNotional(book: UnderlierBook): number {
  let notional = 0;
  for (const e of book.expiries) {
    const netByStrike = new Map<number, number>();
    for (const o of e.options) netByStrike.set(o.strike, (netByStrike.get(o.strike) ?? 0) + o.qty);
    for (const q of netByStrike.values()) notional += Math.max(0, -q) * book.spot;
  }
  return notional;
}

/**
 * One expiry's option instruments, netted: Σ|net qty|·spot, and the lowest vol confidence among
 * instruments actually held (net qty ≠ 0) — a flat instrument carries no oracle risk, as a flat
 * perp carries none (MODEL.md §6's "when the account holds a non-zero perp").
 */
function expiryOptionExposure(options: UnderlierBook['expiries'][number]['options'], spot: number) {
  const net = new Map<string, { qty: number; volConfidence: number }>();
  for (const o of options) {
    const key = `${o.strike}/${o.right}`;
    const seen = net.get(key);
    net.set(key, { qty: (seen?.qty ?? 0) + o.qty, volConfidence: o.volConfidence });
  }
  let notional = 0;
  let volConfidence = 1;
  for (const { qty, volConfidence: c } of net.values()) {
    notional += Math.abs(qty) * spot;
    if (qty !== 0) volConfidence = Math.min(volConfidence, c);
  }
  return { notional, volConfidence };
}

/**
 * Every contingency add-on of MODEL.md §6 and the de-peg factor: naked shorts, perps, collateral
 * haircuts, oracle confidence (IM only) and the stablecoin peg (IM only).
 *
 * @example
 * marginAddOns(portfolio, params, books).im.total;
 */
export function marginAddOns(portfolio: Portfolio, params: Params, books: UnderlierBook[]): AddOns {
  const c = params.contingency;
  let optionNotional = 0;
  let perpNotional = 0;
  let confidence = 0;
  for (const b of books) {
    optionNotional += nakedShortNotional(b);
    const perpSize = Math.abs(b.perp.qty) * b.spot;
    perpNotional += perpSize;
    confidence += confidenceAddOn(params, Math.min(b.spotConfidence, b.perpConfidence), perpSize);
    for (const e of b.expiries) {
      let confMin = Math.min(b.spotConfidence, e.view.forwardConfidence, e.view.rateConfidence);
      if (b.perp.qty !== 0) confMin = Math.min(confMin, b.perpConfidence);
      const exposure = expiryOptionExposure(e.options, b.spot);
      confMin = Math.min(confMin, exposure.volConfidence);
      confidence += confidenceAddOn(params, confMin, exposure.notional);
    }
  }

  let mmCollateral = 0;
  let imCollateral = 0;
  const lowestSpotConfidence = Math.min(
    ...Object.values(portfolio.underliers).map((u) => u.spotConfidence),
  );
  for (const h of portfolio.collateral) {
    const cp = params.collateral[h.asset]!;
    const value = (h.amount * h.price) / portfolio.stablePrice;
    mmCollateral += cp.mmHaircut * value;
    imCollateral += cp.imHaircut * value;
    const spotConfidence =
      cp.riskCancelling !== undefined
        ? portfolio.underliers[cp.riskCancelling]!.spotConfidence
        : lowestSpotConfidence;
    confidence += confidenceAddOn(params, Math.min(h.confidence, spotConfidence), value);
  }

  const mm = {
    option: c.mmOption * optionNotional,
    perp: c.mmPerp * perpNotional,
    collateral: mmCollateral,
  };
  const im = {
    option: c.imOption * optionNotional,
    perp: c.imPerp * perpNotional,
    collateral: imCollateral,
    confidence,
  };
  const pegFactor =
    portfolio.stablePrice < c.pegThreshold
      ? (c.pegThreshold - portfolio.stablePrice) * c.pegFactor
      : 0;
  return {
    mm: { ...mm, total: mm.option + mm.perp + mm.collateral },
    im: { ...im, total: im.option + im.perp + im.collateral + im.confidence, pegFactor },
  };
}
