/**
 * The DCRO data model (MODEL.md §2, §4, §8), as TypeScript types.
 *
 * These are the *validated* shapes: every optional field of the JSON files has been filled with
 * its MODEL.md default by the schemas in `portfolioSchema.ts` / `paramsSchema.ts`, so downstream
 * code never re-applies defaults. Units are in the names where they are not obvious.
 */

export type Right = 'call' | 'put';

/** Vol state of a scenario (MODEL.md §4). */
export type VolState = 'up' | 'down' | 'none' | 'skew-linear' | 'skew-abs';

export interface ExpiryMarket {
  /** Forward in USD; `undefined` means the MODEL.md default `spot·exp(rate·T)` (computed in the core). */
  forward: number | undefined;
  forwardFixed: number;
  /** Annual continuously-compounded rate as given (negative allowed; the model uses max(0, rate)). */
  rate: number;
  forwardConfidence: number;
  rateConfidence: number;
}

export interface UnderlierMarket {
  spot: number;
  spotConfidence: number;
  /** Defaults to spot. */
  perpPrice: number;
  perpConfidence: number;
  /** Keyed by the expiry's unix time (seconds) as a decimal string. */
  expiries: Record<string, ExpiryMarket>;
}

export interface OptionPosition {
  type: 'option';
  underlier: string;
  /** Unix seconds. */
  expiry: number;
  strike: number;
  right: Right;
  qty: number;
  vol: number;
  volConfidence: number;
}

export interface FuturePosition {
  type: 'future';
  underlier: string;
  expiry: number;
  qty: number;
  entryPrice: number;
}

export interface PerpPosition {
  type: 'perp';
  underlier: string;
  qty: number;
  /** Resolved: given directly, or qty·(perpPrice − entryPrice) when entryPrice was given. */
  unrealizedPnl: number;
  unrealizedFunding: number;
}

export type Position = OptionPosition | FuturePosition | PerpPosition;

export interface CollateralHolding {
  asset: string;
  amount: number;
  /** USD per unit. */
  price: number;
  confidence: number;
}

export interface Portfolio {
  format: 'dcro.portfolio/1';
  asOf: number;
  cash: number;
  stablePrice: number;
  stableConfidence: number;
  underliers: Record<string, UnderlierMarket>;
  positions: Position[];
  collateral: CollateralHolding[];
}

export interface Scenario {
  spot: number;
  vol: VolState;
  weight: number;
}

export interface GridGenerator {
  range: number;
  steps: number;
  volStates: VolState[];
  edgeVolStates: VolState[];
}

export interface TailsGenerator {
  moves: number[];
  vol: VolState;
  /** Exactly one of weight / c is set. */
  weight: number | undefined;
  c: number | undefined;
}

/** Either an explicit list, or generators (MODEL.md §4), never both. */
export type ScenarioSpec =
  | { list: Scenario[] }
  | { grid?: GridGenerator; tails?: TailsGenerator; skew?: ('skew-linear' | 'skew-abs')[] };

export interface VolShockParams {
  mode: 'multiplicative' | 'additive';
  rangeUp: number;
  rangeDown: number;
  shortTermPower: number;
  longTermPower: number;
  dteFloorDays: number;
  minVolUp: number;
}

export interface SkewCapParams {
  baseCap: number;
  cBase: number;
}

export interface SkewShockParams {
  linear: SkewCapParams;
  abs: SkewCapParams;
  minKStar: number;
  widthScale: number;
  volParamStatic: number;
  volParamScale: number;
}

export interface MarginParams {
  mmFactor: number;
  imFactor: number;
  longBase: number;
  longRateMult: number;
  longRateAdd: number;
  shortBase: number;
  shortRateMult: number;
  shortRateAdd: number;
}

export interface BasisParams {
  spotUp: number;
  spotDown: number;
  addFactor: number;
  multFactor: number;
}

export interface ContingencyParams {
  mmOption: number;
  imOption: number;
  mmPerp: number;
  imPerp: number;
  confThreshold: number;
  confMargin: number;
  pegThreshold: number;
  pegFactor: number;
}

export interface CollateralParams {
  mmHaircut: number;
  imHaircut: number;
  /** Underlier this collateral offsets (MODEL.md §5), if any. */
  riskCancelling: string | undefined;
}

export interface Params {
  format: 'dcro.params/1';
  name: string | undefined;
  description: string | undefined;
  scenarios: ScenarioSpec;
  underliers: Record<string, { scenarios: ScenarioSpec }>;
  volShock: VolShockParams;
  skewShock: SkewShockParams;
  margin: MarginParams;
  basis: BasisParams;
  contingency: ContingencyParams;
  collateral: Record<string, CollateralParams>;
  crossUnderlier: { offsetCredit: number };
}

export interface Greeks {
  /** Underlier units per unit spot move (coins). */
  delta: number;
  gamma: number;
  /** Stable units per vol point (0.01). */
  vega: number;
  /** Stable units per calendar day. */
  theta: number;
}

/** What sets W (MODEL.md §7). */
export interface Worst {
  underlier: string;
  scenario: number | 'basis';
  pnl: number;
}

/** The result of `dcro margin --json` (MODEL.md §8). */
export interface MarginResult {
  format: 'dcro.result/1';
  equity: number;
  initialMargin: number;
  maintenanceMargin: number;
  initialHeadroom: number;
  maintenanceHeadroom: number;
  isolatedInitialMargin: number;
  efficiency: number | null;
  worst: Worst;
  scenarioPnl: Record<string, number[]>;
  basis: Record<string, number>;
  addOns: {
    mm: { option: number; perp: number; collateral: number; total: number };
    im: {
      option: number;
      perp: number;
      collateral: number;
      confidence: number;
      total: number;
      pegFactor: number;
    };
  };
  greeks: Record<string, Greeks>;
  positionGreeks: Greeks[];
  hashes: { portfolio: `0x${string}`; params: `0x${string}` };
}
