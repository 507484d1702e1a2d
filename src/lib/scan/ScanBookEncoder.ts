import * as L from '../../../assembly/layout';
import type { BookEncoder } from '../engine/BookEncoder';
import type { EncodedBook } from '../engine/EncodedBook';
import { encodeGlobals } from '../engine/encodeGlobals';
import { encodeScenarios } from '../engine/encodeScenarios';
import { Table } from '../engine/Table';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import type { Params, Portfolio } from '../model/types';
import type { ScanAccount, ScanMarket } from './ScanMarket';
import { accountUnderliers } from './accountPortfolio';

/** A market expiry row's input values (BookEncoder's expiry row, for the market's asOf). */
type ExpiryPlan = { underlier: string; expiry: number; values: [number, number][] };

const KIND = { option: L.KIND_OPTION, future: L.KIND_FUTURE, perp: L.KIND_PERP } as const;

/**
 * Encodes accounts of one market straight into the core's input tables: the same rows, in the
 * same order, as `encodeBook(accountPortfolio(market, account))` (BookEncoder's first-appearance
 * order), without building a portfolio or string keys per leg. What depends only on the market
 * (expiry rows, instrument and group identities) is planned once; what depends only on a
 * parameter set (globals, scenario tables) is cached per set and underlier list. tests/scan
 * check the figures bit for bit against computeMargin of each account's portfolio.
 */
export class ScanBookEncoder {
  private readonly expiryOf: Int32Array; // instrument → market expiry id, −1 for perps
  private readonly groupOf: Int32Array; // option instrument → (underlier, expiry, strike) id
  private readonly plans: ExpiryPlan[] = [];
  private readonly rowE: Int32Array;
  private readonly rowG: Int32Array;
  private readonly rowI: Int32Array;
  private readonly stampE: Int32Array;
  private readonly stampG: Int32Array;
  private readonly stampI: Int32Array;
  private generation = 0;
  private readonly perParams = new WeakMap<
    Params,
    { globals: Table; scenarios: Map<string, { table: Table; n: number }> }
  >();

  constructor(private readonly market: ScanMarket) {
    const n = market.instruments.length;
    this.expiryOf = new Int32Array(n).fill(-1);
    this.groupOf = new Int32Array(n).fill(-1);
    const expiries = new Map<string, number>();
    const groups = new Map<string, number>();
    market.instruments.forEach((inst, i) => {
      if (inst.type === 'perp') return;
      const key = `${inst.underlier}|${inst.expiry}`;
      let e = expiries.get(key);
      if (e === undefined) {
        expiries.set(key, (e = this.plans.length));
        const m = market.underliers[inst.underlier]!.expiries[String(inst.expiry)];
        this.plans.push({
          underlier: inst.underlier,
          expiry: inst.expiry,
          values: [
            [L.E_SEC, Math.max(0, inst.expiry - market.asOf)],
            [L.E_FORWARD, m?.forward ?? Number.NaN],
            [L.E_FWD_FIXED, m?.forwardFixed ?? 0],
            [L.E_RATE, m?.rate ?? 0],
            [L.E_FWD_CONF, m?.forwardConfidence ?? 1],
            [L.E_RATE_CONF, m?.rateConfidence ?? 1],
          ],
        });
      }
      this.expiryOf[i] = e;
      if (inst.type !== 'option') return;
      const g = `${key}|${inst.strike}`;
      if (!groups.has(g)) groups.set(g, groups.size);
      this.groupOf[i] = groups.get(g)!;
    });
    this.rowE = new Int32Array(this.plans.length);
    this.stampE = new Int32Array(this.plans.length);
    this.rowG = new Int32Array(groups.size);
    this.stampG = new Int32Array(groups.size);
    this.rowI = new Int32Array(n);
    this.stampI = new Int32Array(n);
  }

  private forParams(params: Params) {
    let hit = this.perParams.get(params);
    if (!hit) {
      const { asOf, stablePrice } = this.market;
      const globals = encodeGlobals({ asOf, cash: 0, stablePrice } as Portfolio, params);
      this.perParams.set(params, (hit = { globals, scenarios: new Map() }));
    }
    return hit;
  }

  /** The core input tables of `account` under `params` (loadBook-ready). */
  encode(account: ScanAccount, params: Params): EncodedBook {
    const { market } = this;
    const underliers = accountUnderliers(market, account);
    const uIndex = new Map(underliers.map((u, i) => [u, i]));
    const gen = ++this.generation;
    const expiries: EncodedBook['expiries'] = [];
    const legs = account.legs;
    // Pass 1: rows of each table, in BookEncoder's order.
    let nE = 0,
      nO = 0,
      nI = 0,
      nG = 0,
      nF = 0,
      nP = 0;
    for (const [i] of legs) {
      const inst = market.instruments[i]!;
      if (inst.type === 'perp') {
        nP++;
        continue;
      }
      const e = this.expiryOf[i]!;
      if (this.stampE[e] !== gen) {
        this.stampE[e] = gen;
        this.rowE[e] = nE++;
        expiries.push({ underlier: inst.underlier, expiry: inst.expiry });
      }
      if (inst.type === 'future') {
        nF++;
        continue;
      }
      if (this.stampI[i] !== gen) {
        this.stampI[i] = gen;
        this.rowI[i] = nI++;
        const g = this.groupOf[i]!;
        if (this.stampG[g] !== gen) {
          this.stampG[g] = gen;
          this.rowG[g] = nG++;
        }
      }
      nO++;
    }
    const E = new Table(nE, L.E_COLS);
    const O = new Table(nO, L.O_COLS);
    const I = new Table(nI, L.I_COLS);
    const G = new Table(nG, L.GR_COLS);
    const Fu = new Table(nF, L.F_COLS);
    const P = new Table(nP, L.P_COLS);
    const Pos = new Table(legs.length, L.POS_COLS);
    // Pass 2: fill them.
    let o = 0,
      f = 0,
      p = 0;
    const done = new Uint8Array(nI);
    legs.forEach((leg, k) => {
      const i = leg[0];
      const qty = leg[1];
      const inst = market.instruments[i]!;
      Pos.set(k, L.POS_KIND, KIND[inst.type]);
      if (inst.type === 'perp') {
        Pos.set(k, L.POS_REF, p);
        P.set(p, L.P_UNDERLIER, uIndex.get(inst.underlier)!);
        P.set(p, L.P_QTY, qty);
        P.set(p, L.P_UPNL, leg[2] ?? 0);
        P.set(p++, L.P_FUNDING, leg[3] ?? 0);
        return;
      }
      const e = this.rowE[this.expiryOf[i]!]!;
      if (inst.type === 'future') {
        Pos.set(k, L.POS_REF, f);
        Fu.set(f, L.F_EXPIRY, e);
        Fu.set(f, L.F_QTY, qty);
        Fu.set(f++, L.F_ENTRY, leg[2] ?? 0);
        return;
      }
      const r = this.rowI[i]!;
      if (!done[r]) {
        done[r] = 1;
        I.set(r, L.I_FIRST, o);
        I.set(r, L.I_GROUP, this.rowG[this.groupOf[i]!]!);
        G.set(this.rowG[this.groupOf[i]!]!, L.GR_EXPIRY, e);
      }
      Pos.set(k, L.POS_REF, o);
      O.set(o, L.O_EXPIRY, e);
      O.set(o, L.O_STRIKE, inst.strike);
      O.set(o, L.O_CALL, inst.right === 'call' ? 1 : 0);
      O.set(o, L.O_QTY, qty);
      O.set(o, L.O_VOL, inst.vol);
      O.set(o, L.O_VOL_CONF, inst.volConfidence);
      O.set(o++, L.O_INSTR, r);
    });
    for (const [e, plan] of this.plans.entries()) {
      if (this.stampE[e] !== gen) continue;
      const row = this.rowE[e]!;
      E.set(row, L.E_UNDERLIER, uIndex.get(plan.underlier)!);
      for (const [c, v] of plan.values) E.set(row, c, v);
    }

    const cached = this.forParams(params);
    const key = underliers.join(',');
    let scen = cached.scenarios.get(key);
    if (!scen) {
      const { n, sets } = resolveScenarioSets(params, underliers);
      cached.scenarios.set(key, (scen = { table: encodeScenarios(underliers, sets, n), n }));
    }
    const Gl = new Table(1, L.G_COLS);
    Gl.data.set(cached.globals.data);
    Gl.set(0, L.G_CASH, account.cash);
    const U = new Table(underliers.length, L.U_COLS);
    underliers.forEach((name, u) => {
      const m = market.underliers[name]!;
      U.set(u, L.U_SPOT, m.spot);
      U.set(u, L.U_SPOT_CONF, m.spotConfidence);
      U.set(u, L.U_PERP_PRICE, m.perpPrice);
      U.set(u, L.U_PERP_CONF, m.perpConfidence);
    });
    const assets = Object.keys(account.collateral);
    const C = new Table(assets.length, L.C_COLS);
    assets.forEach((asset, c) => {
      const cp = params.collateral[asset]!;
      const price = market.collateral[asset]!;
      C.set(c, L.C_AMOUNT, account.collateral[asset]!);
      C.set(c, L.C_PRICE, price.price);
      C.set(c, L.C_CONF, price.confidence);
      C.set(c, L.C_MM_HAIRCUT, cp.mmHaircut);
      C.set(c, L.C_IM_HAIRCUT, cp.imHaircut);
      C.set(
        c,
        L.C_RC_UNDERLIER,
        cp.riskCancelling === undefined ? -1 : uIndex.get(cp.riskCancelling)!,
      );
    });
    const tables = new Map<number, Table>([
      [L.T_GLOBAL, Gl],
      [L.T_UNDERLIER, U],
      [L.T_EXPIRY, E],
      [L.T_OPTION, O],
      [L.T_INSTR, I],
      [L.T_GROUP, G],
      [L.T_FUTURE, Fu],
      [L.T_PERP, P],
      [L.T_POS, Pos],
      [L.T_COLL, C],
      [L.T_SCEN, scen.table],
    ]);
    const counts = {
      nU: underliers.length,
      nE,
      nO,
      nI,
      nG,
      nF,
      nP,
      nC: assets.length,
      nPos: legs.length,
      n: scen.n,
    };
    // optionPositions and encoder serve what-if sessions only, which never see a scan's books.
    return {
      counts,
      tables,
      underliers,
      expiries,
      optionPositions: [],
      encoder: undefined as unknown as BookEncoder,
    };
  }
}
