import * as L from '../../../assembly/layout';
import type { Params, Portfolio } from '../model/types';
import { Table } from './Table';

/** 86,400 seconds a day. */
const DAY_SEC = 86400;

/** T_GLOBAL: the account's scalars and every model parameter. */
export function encodeGlobals(portfolio: Portfolio, params: Params): Table {
  const t = new Table(1, L.G_COLS);
  const set = (c: number, v: number) => t.set(0, c, v);
  const { volShock: v, skewShock: s, margin: m, basis: b, contingency: c } = params;
  set(L.G_ASOF, portfolio.asOf);
  set(L.G_CASH, portfolio.cash);
  set(L.G_STABLE_PRICE, portfolio.stablePrice);
  set(L.G_VOL_MODE, v.mode === 'additive' ? 1 : 0);
  set(L.G_RANGE_UP, v.rangeUp);
  set(L.G_RANGE_DOWN, v.rangeDown);
  set(L.G_SHORT_POW, v.shortTermPower);
  set(L.G_LONG_POW, v.longTermPower);
  set(L.G_DTE_FLOOR_SEC, v.dteFloorDays * DAY_SEC);
  set(L.G_MIN_VOL_UP, v.minVolUp);
  set(L.G_SKEW_LIN_BASECAP, s.linear.baseCap);
  set(L.G_SKEW_LIN_CBASE, s.linear.cBase);
  set(L.G_SKEW_ABS_BASECAP, s.abs.baseCap);
  set(L.G_SKEW_ABS_CBASE, s.abs.cBase);
  set(L.G_MIN_KSTAR, s.minKStar);
  set(L.G_WIDTH_SCALE, s.widthScale);
  set(L.G_VOLPARAM_STATIC, s.volParamStatic);
  set(L.G_VOLPARAM_SCALE, s.volParamScale);
  set(L.G_MM_FACTOR, m.mmFactor);
  set(L.G_IM_FACTOR, m.imFactor);
  set(L.G_LONG_BASE, m.longBase);
  set(L.G_LONG_RATE_MULT, m.longRateMult);
  set(L.G_LONG_RATE_ADD, m.longRateAdd);
  set(L.G_SHORT_BASE, m.shortBase);
  set(L.G_SHORT_RATE_MULT, m.shortRateMult);
  set(L.G_SHORT_RATE_ADD, m.shortRateAdd);
  set(L.G_BASIS_UP, b.spotUp);
  set(L.G_BASIS_DOWN, b.spotDown);
  set(L.G_BASIS_ADD, b.addFactor);
  set(L.G_BASIS_MULT, b.multFactor);
  set(L.G_MM_OPTION, c.mmOption);
  set(L.G_IM_OPTION, c.imOption);
  set(L.G_MM_PERP, c.mmPerp);
  set(L.G_IM_PERP, c.imPerp);
  set(L.G_CONF_THRESHOLD, c.confThreshold);
  set(L.G_CONF_MARGIN, c.confMargin);
  set(L.G_PEG_THRESHOLD, c.pegThreshold);
  set(L.G_PEG_FACTOR, c.pegFactor);
  set(L.G_OFFSET_CREDIT, params.crossUnderlier.offsetCredit);
  return t;
}
