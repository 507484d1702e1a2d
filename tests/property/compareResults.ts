import type { Greeks, Portfolio, Scenario, Worst } from '../../src/lib/model/types';
import type { ReferenceResult } from '../reference/referenceMargin';
import { greeksConditioning } from './greeksConditioning';

/** Relative agreement demanded of every figure. */
export const REL_TOL = 1e-9;
/** Absolute agreement, as a fraction of the book's money scale (see moneyScale). */
export const ABS_TOL = 1e-11;
/** Below this, doubles are subnormal and carry few significant bits: any two such values agree. */
const SUBNORMAL_FLOOR = 1e-290;

export type Mismatch = { path: string; wasm: unknown; reference: unknown; allowed?: number };

/**
 * A bound on every stable-unit figure of the book: its notional under the largest spot move and
 * weight. Rounding noise in a difference of values (scenario P&L) scales with this, not with the
 * difference itself.
 */
export function moneyScale(portfolio: Portfolio, lists: Scenario[][]): number {
  let notional = Math.abs(portfolio.cash);
  for (const c of portfolio.collateral) notional += (c.amount * c.price) / portfolio.stablePrice;
  for (const p of portfolio.positions) {
    const m = portfolio.underliers[p.underlier]!;
    const forwards = Object.values(m.expiries).map((e) => e.forward ?? 0);
    let size = m.spot + m.perpPrice + Math.max(0, ...forwards) * 2;
    if (p.type === 'option') size += p.strike;
    if (p.type === 'future') size += p.entryPrice;
    notional += Math.abs(p.qty) * size;
    if (p.type === 'perp') notional += Math.abs(p.unrealizedPnl) + Math.abs(p.unrealizedFunding);
  }
  const all = lists.flat();
  const maxSpot = Math.max(1, ...all.map((s) => s.spot));
  const maxWeight = Math.max(1, ...all.map((s) => s.weight));
  return notional * (1 + maxSpot) * maxWeight * 3 + 1;
}

/** Collects every disagreement between the core's result and the reference's. */
export class ResultComparison {
  readonly mismatches: Mismatch[] = [];

  number(path: string, wasm: number, reference: number, absScale: number): void {
    const allowed = REL_TOL * Math.abs(reference) + ABS_TOL * absScale + SUBNORMAL_FLOOR;
    this.within(path, wasm, reference, allowed);
  }

  within(path: string, wasm: number, reference: number, allowed: number): void {
    if (!(Math.abs(wasm - reference) <= allowed)) {
      this.mismatches.push({ path, wasm, reference, allowed });
    }
  }

  exact(path: string, wasm: unknown, reference: unknown): void {
    if (wasm !== reference) this.mismatches.push({ path, wasm, reference });
  }

  greeks(path: string, wasm: Greeks | undefined, ref: Greeks, scale: Greeks, drift: Greeks): void {
    if (!wasm) return this.exact(path, wasm, ref);
    for (const k of GREEKS) {
      const allowed = REL_TOL * Math.abs(ref[k]) + ABS_TOL * scale[k] + drift[k] + SUBNORMAL_FLOOR;
      this.within(`${path}.${k}`, wasm[k], ref[k], allowed);
    }
  }
}

const GREEKS = ['delta', 'gamma', 'vega', 'theta'] as const;

const absGreeks = (gs: Greeks[]): Greeks =>
  gs.reduce(
    (a, g) => ({
      delta: a.delta + Math.abs(g.delta),
      gamma: a.gamma + Math.abs(g.gamma),
      vega: a.vega + Math.abs(g.vega),
      theta: a.theta + Math.abs(g.theta),
    }),
    { delta: 0, gamma: 0, vega: 0, theta: 0 },
  );

/**
 * The stable-unit value the reference gives to what the core names as worst: a scenario index
 * or the basis, of one underlier or joint.
 */
function referenceValueOf(ref: ReferenceResult, worst: Worst): number | undefined {
  const joint = worst.underlier === 'joint';
  if (worst.scenario === 'basis') {
    return joint ? Object.values(ref.basis).reduce((a, b) => a + b, 0) : ref.basis[worst.underlier];
  }
  return ref.scenarioPnl[joint ? 'joint' : worst.underlier]?.[worst.scenario];
}

/**
 * Compares every output field of MODEL.md §8 (hashes aside): money figures to REL_TOL relative
 * plus ABS_TOL of the money scale, Greeks to REL_TOL plus ABS_TOL of the sum of |position
 * Greeks|, `worst` and null-ness of efficiency exactly.
 */
export function compareResults(
  portfolio: Portfolio,
  wasm: ReferenceResult,
  ref: ReferenceResult,
  scale: number,
): Mismatch[] {
  const c = new ResultComparison();
  for (const k of [
    'equity',
    'initialMargin',
    'maintenanceMargin',
    'initialHeadroom',
    'maintenanceHeadroom',
    'isolatedInitialMargin',
  ] as const) {
    c.number(k, wasm[k], ref[k], scale);
  }
  // Efficiency divides by IM: it is only meaningful once IM stands clear of the rounding noise
  // of the margins themselves (then relative noise ABS_TOL·scale / IM carries into the ratio).
  const imNoise = ABS_TOL * scale;
  if (Math.abs(ref.initialMargin) > 1e3 * imNoise) {
    if (ref.efficiency === null || wasm.efficiency === null) {
      c.exact('efficiency', wasm.efficiency, ref.efficiency);
    } else {
      const relNoise =
        imNoise / Math.abs(ref.initialMargin) +
        imNoise / Math.max(Math.abs(ref.isolatedInitialMargin), imNoise);
      const allowed = (REL_TOL + relNoise) * Math.abs(ref.efficiency) + SUBNORMAL_FLOOR;
      c.within('efficiency', wasm.efficiency, ref.efficiency, allowed);
    }
  } else if (ref.initialMargin === 0 && wasm.initialMargin === 0) {
    c.exact('efficiency', wasm.efficiency, ref.efficiency);
  }
  c.exact('worst.underlier', wasm.worst.underlier, ref.worst.underlier);
  // `worst` must name the same scenario, except on a near-tie: when the reference values the
  // core's pick within tolerance of its own pick, rounding alone decided between them. Both
  // picks are valued the same way (a joint scenario's P&L, not `worst.pnl`, which with several
  // underliers is the offset-credit blend W, MODEL.md §7).
  const wasmPick = referenceValueOf(ref, wasm.worst);
  const refPick = referenceValueOf(ref, ref.worst) ?? ref.worst.pnl;
  const allowedTie = REL_TOL * Math.abs(refPick) + ABS_TOL * scale;
  if (wasmPick === undefined || !(Math.abs(wasmPick - refPick) <= allowedTie)) {
    c.exact('worst.scenario', wasm.worst.scenario, ref.worst.scenario);
  }
  c.number('worst.pnl', wasm.worst.pnl, ref.worst.pnl, scale);

  c.exact(
    'scenarioPnl keys',
    Object.keys(wasm.scenarioPnl).sort().join(),
    Object.keys(ref.scenarioPnl).sort().join(),
  );
  for (const [u, pnl] of Object.entries(ref.scenarioPnl)) {
    const got = wasm.scenarioPnl[u] ?? [];
    c.exact(`scenarioPnl.${u}.length`, got.length, pnl.length);
    pnl.forEach((v, k) => c.number(`scenarioPnl.${u}[${k}]`, got[k]!, v, scale));
  }
  c.exact(
    'basis keys',
    Object.keys(wasm.basis).sort().join(),
    Object.keys(ref.basis).sort().join(),
  );
  for (const [u, b] of Object.entries(ref.basis)) c.number(`basis.${u}`, wasm.basis[u]!, b, scale);

  for (const side of ['mm', 'im'] as const) {
    for (const [k, v] of Object.entries(ref.addOns[side])) {
      const got = (wasm.addOns[side] as Record<string, number>)[k]!;
      c.number(`addOns.${side}.${k}`, got, v, k === 'pegFactor' ? 1 : scale);
    }
  }

  c.exact('positionGreeks.length', wasm.positionGreeks.length, ref.positionGreeks.length);
  const drift = greeksConditioning(portfolio);
  ref.positionGreeks.forEach((g, i) =>
    c.greeks(`positionGreeks[${i}]`, wasm.positionGreeks[i], g, absGreeks([g]), drift[i]!),
  );
  c.exact(
    'greeks keys',
    Object.keys(wasm.greeks).sort().join(),
    Object.keys(ref.greeks).sort().join(),
  );
  for (const [u, g] of Object.entries(ref.greeks)) {
    const mine = (_: Greeks, i: number) => portfolio.positions[i]!.underlier === u;
    const own = ref.positionGreeks.filter(mine);
    c.greeks(`greeks.${u}`, wasm.greeks[u], g, absGreeks(own), absGreeks(drift.filter(mine)));
  }
  return c.mismatches;
}
