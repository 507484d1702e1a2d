/** Row counts of the core's tables for one book (arguments of `reserve`, in order). */
export interface BookCounts {
  nU: number;
  nE: number;
  nO: number;
  nI: number;
  nG: number;
  nF: number;
  nP: number;
  nC: number;
  nPos: number;
  /** Scenarios per underlier. */
  n: number;
}
