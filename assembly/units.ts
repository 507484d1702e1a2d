// Time units of MODEL.md §1 and §4, named once for the core and for the TypeScript around it
// (plain constants, like layout.ts, so both AssemblyScript and TypeScript import this file; the
// decimal point makes each an f64 in AssemblyScript).

/** Seconds in a day: 86,400. */
export const DAY_SEC = 86400.0;
/** Days in the model's year (MODEL.md §1; theta is per calendar day): 365. */
export const YEAR_DAYS = 365.0;
/** Seconds in the model's year, 365 days: 31,536,000. */
export const YEAR_SEC = 31536000.0;
/** 30 days in seconds, the vol-shock scale's reference (MODEL.md §4): 2,592,000. */
export const THIRTY_DAYS_SEC = 2592000.0;
