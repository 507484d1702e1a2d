import type { MarginResult, Params, Portfolio } from '../../src/lib/model/types';
import { marginAddOns } from './addOns';
import { expandScenarios, scenarioListsFor } from './expandScenarios';
import { expiryValue } from './expiryValue';
import { shockedForward } from './marketView';
import { netPositions } from './netPositions';
import { positionGreeks, underlierGreeks } from './positionGreeks';
import { underlierBasis, underlierScenarioPnl } from './scenarioPnl';
import { underlierBook } from './underlierBook';
import { accountWorst } from './worstLoss';

export type ReferenceResult = Omit<MarginResult, 'hashes'>;

/** Everything but isolated margin and efficiency, which need the account margin of sub-books. */
function accountMargin(portfolio: Portfolio, params: Params) {
  const names = Object.keys(portfolio.underliers).sort();
  const riskCancelling: Record<string, string | undefined> = {};
  for (const [asset, cp] of Object.entries(params.collateral))
    riskCancelling[asset] = cp.riskCancelling;
  const books = names.map((u) => underlierBook(portfolio, u, riskCancelling));
  const lists = scenarioListsFor(params, names);
  // Every underlier's list has the default set's length n (validated), also with no underlier.
  const n = expandScenarios(params.scenarios).length;

  const perUnderlier = books.map((b) => ({
    pnl: underlierScenarioPnl(b, lists[b.name]!, params),
    basis: underlierBasis(b, params),
  }));
  const joint = Array.from({ length: n }, (_, k) =>
    perUnderlier.reduce((sum, u) => sum + u.pnl[k]!, 0),
  );
  const worst = accountWorst(names, perUnderlier, joint, params.crossUnderlier.offsetCredit);
  const W = worst.pnl;

  const addOns = marginAddOns(portfolio, params, books);
  let equity = portfolio.cash;
  for (const h of portfolio.collateral) equity += (h.amount * h.price) / portfolio.stablePrice;
  for (const b of books) {
    for (const e of b.expiries) equity += expiryValue(e, 1, 'none', params);
    equity += b.perp.unrealizedPnl + b.perp.unrealizedFunding;
    for (const f of b.futures) equity += f.qty * shockedForward(f.view, 1) - f.entryCost;
  }
  const maintenanceMargin = -params.margin.mmFactor * W + addOns.mm.total;
  const initialMargin =
    -(params.margin.imFactor + addOns.im.pegFactor) * W + addOns.mm.total + addOns.im.total;

  const scenarioPnl: Record<string, number[]> = {};
  const basis: Record<string, number> = {};
  names.forEach((u, i) => {
    scenarioPnl[u] = perUnderlier[i]!.pnl;
    basis[u] = perUnderlier[i]!.basis;
  });
  scenarioPnl.joint = joint;
  const posGreeks = portfolio.positions.map((p) => positionGreeks(portfolio, p));
  return {
    equity,
    initialMargin,
    maintenanceMargin,
    initialHeadroom: equity - initialMargin,
    maintenanceHeadroom: equity - maintenanceMargin,
    worst,
    scenarioPnl,
    basis,
    addOns,
    greeks: underlierGreeks(portfolio, posGreeks),
    positionGreeks: posGreeks,
  };
}

/**
 * The full MODEL.md result (less the hashes) of a validated portfolio under validated parameters,
 * computed slowly and plainly from MODEL.md and docs/model-notes.md — an independent check of the
 * Wasm core, used only by tests.
 *
 * @example
 * referenceMargin({ portfolio, params: loadProfile('derive-pm2') }).maintenanceHeadroom;
 */
export function referenceMargin({
  portfolio,
  params,
}: {
  portfolio: Portfolio;
  params: Params;
}): ReferenceResult {
  const account = accountMargin(portfolio, params);
  let isolatedInitialMargin = 0;
  for (const p of netPositions(portfolio.positions)) {
    const alone = { ...portfolio, positions: [p], collateral: [] };
    isolatedInitialMargin += accountMargin(alone, params).initialMargin;
  }
  const { equity, initialMargin, maintenanceMargin, initialHeadroom, maintenanceHeadroom } =
    account;
  return {
    format: 'dcro.result/1',
    equity,
    initialMargin,
    maintenanceMargin,
    initialHeadroom,
    maintenanceHeadroom,
    isolatedInitialMargin,
    efficiency: initialMargin === 0 ? null : isolatedInitialMargin / initialMargin,
    worst: account.worst,
    scenarioPnl: account.scenarioPnl,
    basis: account.basis,
    addOns: account.addOns,
    greeks: account.greeks,
    positionGreeks: account.positionGreeks,
  };
}
