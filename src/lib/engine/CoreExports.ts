/** The raw exports of `dcro.wasm` (assembly/index.ts). All integers are i32, all reals f64. */
export interface CoreExports {
  memory: WebAssembly.Memory;
  ABI_VERSION: WebAssembly.Global;
  reserve(
    nU: number,
    nE: number,
    nO: number,
    nI: number,
    nG: number,
    nF: number,
    nP: number,
    nC: number,
    nPos: number,
    n: number,
    spare: number,
  ): number;
  tablePtr(table: number): number;
  tableRows(table: number): number;
  tableCapacity(table: number): number;
  tableCols(table: number): number;
  prepare(): number;
  runScenarios(k0: number, k1: number): number;
  finalize(): number;
  checkpoint(): number;
  appendRows(
    nE: number,
    nO: number,
    nI: number,
    nG: number,
    nF: number,
    nP: number,
    nPos: number,
  ): number;
  errorTable(): number;
  errorRow(): number;
  errorCol(): number;
  black76(F: number, K: number, D: number, sigma: number, T: number, isCall: number): number;
  normalCdf(x: number): number;
  discountFactor(rate: number, T: number): number;
}
