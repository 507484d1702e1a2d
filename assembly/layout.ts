// The ABI between the TypeScript encoder (src/lib/engine) and the core: table ids and column
// indices. Every table is one f64 buffer in linear memory, struct-of-arrays: column `c` of a
// table with `count` rows starts at element `c * count`. Integers (indices, flags, codes) are
// stored as f64. This file is plain constants so that both AssemblyScript and TypeScript import it.

// ── Tables ───────────────────────────────────────────────────────────────────────────────
export const T_GLOBAL = 0; // 1 row: parameters and counts
export const T_UNDERLIER = 1; // nU rows, sorted by name
export const T_EXPIRY = 2; // nE rows, grouped by underlier, ascending expiry
export const T_OPTION = 3; // nO rows, option positions in input order
export const T_INSTR = 4; // nI rows, option instruments in first-appearance order
export const T_GROUP = 5; // nG rows, (underlier, expiry, strike) groups for naked shorts
export const T_FUTURE = 6; // nF rows, future positions in input order
export const T_PERP = 7; // nP rows, perp positions in input order
export const T_COLL = 8; // nC rows, collateral in input order
export const T_POS = 9; // nPos rows, every position in input order (for its Greeks)
export const T_SCEN = 10; // nU·n rows: scenario k of underlier u at u·n + k
export const T_EK = 11; // nE·n rows: per expiry and scenario, at e·n + k
export const T_PNL = 12; // nU·n rows: scenario P&L of underlier u at u·n + k
export const T_JOINT = 13; // n rows
export const T_RESULT = 14; // 1 row
export const T_COUNT = 15;

// ── T_GLOBAL columns ─────────────────────────────────────────────────────────────────────
export const G_ASOF = 0;
export const G_CASH = 1;
export const G_STABLE_PRICE = 2;
export const G_VOL_MODE = 3; // 0 multiplicative, 1 additive
export const G_RANGE_UP = 4;
export const G_RANGE_DOWN = 5;
export const G_SHORT_POW = 6;
export const G_LONG_POW = 7;
export const G_DTE_FLOOR_SEC = 8;
export const G_MIN_VOL_UP = 9;
export const G_SKEW_LIN_BASECAP = 10;
export const G_SKEW_LIN_CBASE = 11;
export const G_SKEW_ABS_BASECAP = 12;
export const G_SKEW_ABS_CBASE = 13;
export const G_MIN_KSTAR = 14;
export const G_WIDTH_SCALE = 15;
export const G_VOLPARAM_STATIC = 16;
export const G_VOLPARAM_SCALE = 17;
export const G_MM_FACTOR = 18;
export const G_IM_FACTOR = 19;
export const G_LONG_BASE = 20;
export const G_LONG_RATE_MULT = 21;
export const G_LONG_RATE_ADD = 22;
export const G_SHORT_BASE = 23;
export const G_SHORT_RATE_MULT = 24;
export const G_SHORT_RATE_ADD = 25;
export const G_BASIS_UP = 26;
export const G_BASIS_DOWN = 27;
export const G_BASIS_ADD = 28;
export const G_BASIS_MULT = 29;
export const G_MM_OPTION = 30;
export const G_IM_OPTION = 31;
export const G_MM_PERP = 32;
export const G_IM_PERP = 33;
export const G_CONF_THRESHOLD = 34;
export const G_CONF_MARGIN = 35;
export const G_PEG_THRESHOLD = 36;
export const G_PEG_FACTOR = 37;
export const G_OFFSET_CREDIT = 38;
export const G_COLS = 39;

// ── T_UNDERLIER ─────────────────────────────────────────────────────────────────────────
export const U_SPOT = 0;
export const U_SPOT_CONF = 1;
export const U_PERP_PRICE = 2;
export const U_PERP_CONF = 3;
// derived
export const U_PERP_QTY = 4; // net perp quantity
export const U_PERP_EQUITY = 5; // Σ unrealizedPnl + unrealizedFunding
export const U_HAS_PERP = 6; // 1 if any perp position names the underlier
export const U_BASIS = 7;
export const U_WORST = 8; // W_u
export const U_WORST_K = 9; // scenario index of W_u, −1 = basis
export const U_DELTA = 10;
export const U_GAMMA = 11;
export const U_VEGA = 12;
export const U_THETA = 13;
export const U_PERP_ISO_MIN = 14; // min_k of the net perp's scenario P&L (isolated margin)
export const U_CHANGED = 15; // 1 when the last what-if summed this underlier's P&L again (0 in the book)
export const U_COLS = 16;

// ── T_EXPIRY ────────────────────────────────────────────────────────────────────────────
export const E_UNDERLIER = 0;
export const E_SEC = 1; // max(0, expiry − asOf)
export const E_FORWARD = 2; // NaN = default spot·exp(rate·T)
export const E_FWD_FIXED = 3;
export const E_RATE = 4; // as given; the core uses max(0, rate)
export const E_FWD_CONF = 5;
export const E_RATE_CONF = 6;
// derived
export const E_T = 7;
export const E_SQRT_T = 8;
export const E_D = 9;
export const E_F1 = 10;
export const E_LNF1 = 11;
export const E_FVAR = 12;
export const E_DISC_POS = 13;
export const E_DISC_NEG = 14;
export const E_VOL_M = 15;
export const E_FUT_QTY = 16; // net futures quantity
export const E_FUT_ENTRY = 17; // Σ qty·entryPrice of the futures
export const E_HAS_FUT = 18;
export const E_V1 = 19; // Σ qty·price now (undiscounted)
export const E_BASIS_B = 20; // b_e
export const E_FUT_ISO_MIN = 21;
export const E_VUP = 22; // Σ qty·price at basis spotUp
export const E_VDOWN = 23; // Σ qty·price at basis spotDown
export const E_CONF_MIN = 24; // smallest vol confidence among held options
export const E_CONF_NOTIONAL = 25; // Σ |net qty|·spot over held options
export const E_CHANGED = 26; // what-if flags: E_CHANGED_VALUES | E_CHANGED_FUTURES (0 in the book)
export const E_COLS = 27;

/** E_CHANGED: the what-if's options moved this expiry's values (they live in EK_VW). */
export const E_CHANGED_VALUES = 1;
/** E_CHANGED: the what-if added futures on this expiry. */
export const E_CHANGED_FUTURES = 2;

// ── T_OPTION ────────────────────────────────────────────────────────────────────────────
export const O_EXPIRY = 0;
export const O_STRIKE = 1;
export const O_CALL = 2; // 1 call, 0 put
export const O_QTY = 3;
export const O_VOL = 4;
export const O_VOL_CONF = 5;
export const O_INSTR = 6;
// derived
export const O_LNK = 7;
export const O_P1 = 8; // unit price now
export const O_PUP = 9; // unit price at basis spotUp
export const O_PDOWN = 10; // unit price at basis spotDown
export const O_SKEW_LIN = 11; // skew-linear vol multiplier, max(mult, 0)
export const O_SKEW_ABS = 12;
export const O_COLS = 13;

// ── T_INSTR (option instruments) ────────────────────────────────────────────────────────
export const I_FIRST = 0; // option row of the instrument's first position
export const I_GROUP = 1;
// derived
export const I_QTY = 2; // net quantity
export const I_ISO_MIN = 3; // min_k of the instrument's scenario P&L alone
export const I_ISO_BASIS = 4;
export const I_COLS = 5;

// ── T_GROUP (naked-short groups) ────────────────────────────────────────────────────────
export const GR_EXPIRY = 0;
export const GR_CALL_QTY = 1; // derived
export const GR_PUT_QTY = 2; // derived
export const GR_COLS = 3;

// ── T_FUTURE, T_PERP, T_COLL, T_POS ─────────────────────────────────────────────────────
export const F_EXPIRY = 0;
export const F_QTY = 1;
export const F_ENTRY = 2;
export const F_COLS = 3;

export const P_UNDERLIER = 0;
export const P_QTY = 1;
export const P_UPNL = 2;
export const P_FUNDING = 3;
export const P_COLS = 4;

export const C_AMOUNT = 0;
export const C_PRICE = 1;
export const C_CONF = 2;
export const C_MM_HAIRCUT = 3;
export const C_IM_HAIRCUT = 4;
export const C_RC_UNDERLIER = 5; // −1 = not risk-cancelling
export const C_VALUE = 6; // derived
export const C_COLS = 7;

export const POS_KIND = 0; // 0 option, 1 future, 2 perp
export const POS_REF = 1; // row in its kind's table
export const POS_DELTA = 2;
export const POS_GAMMA = 3;
export const POS_VEGA = 4;
export const POS_THETA = 5;
export const POS_COLS = 6;

export const KIND_OPTION = 0;
export const KIND_FUTURE = 1;
export const KIND_PERP = 2;

// ── T_SCEN, T_EK, T_PNL, T_JOINT ────────────────────────────────────────────────────────
export const S_SPOT = 0;
export const S_VOL = 1; // VOL_* code
export const S_WEIGHT = 2;
export const S_COLS = 3;

export const VOL_NONE = 0;
export const VOL_UP = 1;
export const VOL_DOWN = 2;
export const VOL_SKEW_LINEAR = 3;
export const VOL_SKEW_ABS = 4;

export const EK_F = 0; // F(s)
export const EK_LNF = 1; // ln F(s), −inf when F(s) = 0
export const EK_VMUL = 2; // shocked vol = max(VFLOOR, σ·VMUL + VADD) outside skew scenarios
export const EK_VADD = 3;
export const EK_VFLOOR = 4;
export const EK_V = 5; // Σ qty·price under the scenario (undiscounted)
export const EK_PRE = 6; // the underlier's P&L in this scenario before this expiry's term is added
export const EK_VW = 7; // a what-if's EK_V of an expiry it changes (the book's EK_V stays intact)
export const EK_X = 8; // the expiry's term in its underlier's P&L (options, discounted, weighted)
export const EK_FX = 9; // the expiry's futures term (when it has futures)
export const EK_COLS = 10;

export const PNL_VALUE = 0;
export const PNL_BEFORE_COLL = 1; // the P&L after every expiry, before risk-cancelling collateral
export const PNL_COLS = 2;
export const J_VALUE = 0;
export const J_COLS = 1;

// ── T_RESULT ────────────────────────────────────────────────────────────────────────────
export const R_EQUITY = 0;
export const R_IM = 1;
export const R_MM = 2;
export const R_IH = 3;
export const R_MH = 4;
export const R_ISO_IM = 5;
export const R_EFF = 6;
export const R_EFF_DEFINED = 7;
export const R_WORST_U = 8; // underlier row, −1 = joint
export const R_WORST_K = 9; // scenario index, −1 = basis
export const R_W = 10;
export const R_MM_OPTION = 11;
export const R_MM_PERP = 12;
export const R_MM_COLL = 13;
export const R_MM_TOTAL = 14;
export const R_IM_OPTION = 15;
export const R_IM_PERP = 16;
export const R_IM_COLL = 17;
export const R_IM_CONF = 18;
export const R_IM_TOTAL = 19;
export const R_PEG = 20;
export const R_COLS = 21;
