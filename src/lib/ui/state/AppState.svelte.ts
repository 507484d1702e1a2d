import { browser } from '$app/environment';
import { parsePortfolio } from '../../model/parsePortfolio';
import { isProfileName, loadProfile, profileNames, type ProfileName } from '../../model/profiles';
import type { MarginResult, Params, Portfolio, Position } from '../../model/types';
import type { MarketSnapshot } from '../../import/MarketSnapshot';
import { RiskPool } from '../../../workers/RiskPool';
import { describeError, type ErrorReport } from './describeError';
import { withMarketFor } from './withMarketFor';
import { readSession, writeSession, type SessionDocument } from './sessionDocument';
import { decodeShareHash, encodeShareHash } from './shareHash';
import { initialTheme, storeTheme, type Theme } from './theme';

/** The active risk profile: a shipped one by name, or parameters edited on /committee. */
export type ProfileChoice =
  | { kind: 'shipped'; name: ProfileName }
  | {
      kind: 'custom';
      /** Validated parameters (`parseParams`). */
      params: Params;
      /** The shipped profile it was edited from, when known (for diffs and labels). */
      base: ProfileName | undefined;
    };

/** The loaded book: a validated portfolio and where it came from ("Demo: Market maker…"). */
export type LoadedBook = { portfolio: Portfolio; source: string };

/**
 * The app's state, shared by every page (`getAppState()`): the book, the active profile, the
 * what-if legs, and what the worker pool computed from them. Every mutation re-runs the pool;
 * per channel the latest request wins, so a stale answer never overwrites a newer one. The UI
 * never computes margin itself: `result`, `whatIfResult` and `comparison` come from the Wasm core.
 *
 * @example
 * const app = getAppState();
 * await app.loadDemo('mm-delta-hedged');
 * app.result?.initialMargin; // from the workers
 * app.setCustomProfile(editedParams, 'dcro-default'); // from /committee
 */
export class AppState {
  /** The loaded book, or `undefined` before anything is loaded. */
  book = $state.raw<LoadedBook | undefined>(undefined);
  /**
   * The positions as the user is editing them (raw JSON, possibly invalid). Equal to the book's
   * positions whenever `legIssues` is empty; the book only changes when an edit validates.
   */
  draftPositions = $state.raw<unknown[]>([]);
  /** Validation problems of `draftPositions` (paths like `positions[3].vol`), empty when valid. */
  legIssues = $state.raw<{ path: string; message: string }[]>([]);
  /** The active profile. */
  profile = $state.raw<ProfileChoice>({ kind: 'shipped', name: 'dcro-default' });
  /** Hypothetical legs (validated positions) previewed on top of the book; not part of it. */
  whatIfLegs = $state.raw<Position[]>([]);
  /**
   * The leg being typed in the what-if picker: previewed after `whatIfLegs` (so figures update
   * as you type) but not part of them until added; not saved or shared.
   */
  whatIfDraft = $state.raw<Position | undefined>(undefined);
  /**
   * Margin of the book under the active profile; `undefined` until first computed. While
   * `computing` is true it is the previous book's or profile's margin.
   */
  result = $state.raw<MarginResult | undefined>(undefined);
  /** Margin of the book plus `whatIfLegs`; `undefined` when there are no legs or not yet computed. */
  whatIfResult = $state.raw<Omit<MarginResult, 'hashes'> | undefined>(undefined);
  /** The same book under every shipped profile (side-by-side table); an Error if it cannot run. */
  comparison = $state.raw<Partial<Record<ProfileName, MarginResult | ErrorReport>>>({});
  /** True while the main computation is running. */
  computing = $state(false);
  /** True while a file, a demo book or a shared URL is being read. */
  loading = $state(false);
  /** The last problem loading a file or URL (the book is kept). Cleared by the next success. */
  loadError = $state.raw<ErrorReport | undefined>(undefined);
  /** The last problem computing (e.g. book and profile incompatible, a worker crash). */
  computeError = $state.raw<ErrorReport | undefined>(undefined);
  /** The last problem computing the what-if (e.g. a leg the book has no market for). */
  whatIfError = $state.raw<ErrorReport | undefined>(undefined);
  /** Colour theme; `setTheme` stores it and applies it to `<html data-theme>`. */
  theme = $state<Theme>('light');
  /** The market snapshot (instrument picker, CSV import), once `loadMarket()` has run. */
  market = $state.raw<MarketSnapshot | undefined>(undefined);
  /** Bumped whenever the book or the profile changes (names the what-if session in the worker). */
  revision = $state(0);

  private poolInstance: RiskPool | undefined;
  private compareTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts what-if runs, so that clearing the legs also drops an answer still in flight. */
  private whatIfSeq = 0;
  private loadSeq = 0;

  constructor() {
    if (browser) this.theme = initialTheme();
  }

  /** The worker pool (created on first use, browser only). The /stress page uses it for fineGrid. */
  get pool(): RiskPool | undefined {
    if (!browser) return undefined;
    return (this.poolInstance ??= new RiskPool());
  }

  /** The active profile's validated parameters. */
  get params(): Params {
    return this.profile.kind === 'shipped' ? shippedParams(this.profile.name) : this.profile.params;
  }

  /** A short label of the active profile: its name, or "custom (from dcro-default)". */
  get profileLabel(): string {
    const p = this.profile;
    if (p.kind === 'shipped') return p.name;
    return p.base
      ? `custom (from ${p.base})`
      : `custom${p.params.name ? ` (${p.params.name})` : ''}`;
  }

  /** Replaces the book (already validated) and recomputes. Clears nothing else. */
  setBook(portfolio: Portfolio, source: string): void {
    this.book = { portfolio, source };
    this.draftPositions = portfolio.positions.map((p) => ({ ...p }));
    this.legIssues = [];
    this.loadError = undefined;
    this.changed();
  }

  /** Selects a shipped profile and recomputes. */
  setProfile(name: ProfileName): void {
    this.profile = { kind: 'shipped', name };
    this.changed();
  }

  /**
   * Makes edited parameters the active profile (the /committee page calls this on every valid
   * edit) and recomputes. `params` must be validated (`parseParams`).
   */
  setCustomProfile(params: Params, base?: ProfileName): void {
    this.profile = { kind: 'custom', params, base };
    this.changed();
  }

  /**
   * Replaces the draft positions with `positions` (raw, e.g. one field edited) and, when the
   * book with them validates, makes that the book. Otherwise `legIssues` names each problem and
   * the book (and its margin) stay as they were.
   */
  editPositions(positions: unknown[]): void {
    const book = this.book;
    if (!book) return;
    this.draftPositions = positions;
    try {
      const portfolio = parsePortfolio({ ...book.portfolio, positions });
      this.legIssues = [];
      this.book = { portfolio, source: markEdited(book.source) };
      this.changed();
    } catch (error) {
      const report = describeError(error);
      this.legIssues = report.issues;
    }
  }

  /** Replaces the what-if legs (validated positions) and re-runs only the what-if. */
  setWhatIfLegs(legs: Position[]): void {
    this.whatIfLegs = legs;
    this.runWhatIf();
  }

  /** Sets (or clears, with `undefined`) the leg being typed, and re-runs the what-if. */
  setWhatIfDraft(leg: Position | undefined): void {
    this.whatIfDraft = leg;
    this.runWhatIf();
  }

  /** The legs the what-if previews: the added ones, then the one being typed. */
  get previewLegs(): Position[] {
    return this.whatIfDraft ? [...this.whatIfLegs, this.whatIfDraft] : this.whatIfLegs;
  }

  /** Appends the what-if legs to the book (with the market data they need) and clears them. */
  applyWhatIf(): void {
    const book = this.book;
    if (!book || this.whatIfLegs.length === 0) return;
    const base = withMarketFor(book.portfolio, this.whatIfLegs, this.market);
    const portfolio = parsePortfolio({
      ...base,
      positions: [...base.positions, ...this.whatIfLegs],
    });
    this.whatIfLegs = [];
    this.setBook(portfolio, markEdited(book.source));
  }

  /** Loads one of the shipped demo books (`/books/<id>.json`). */
  async loadDemo(id: string, title = id): Promise<void> {
    await this.guardLoad(async (current) => {
      const response = await fetch(`/books/${encodeURIComponent(id)}.json`);
      if (!response.ok)
        throw new Error(`Demo book "${id}" could not be fetched (${response.status}).`);
      const portfolio = parsePortfolio(await response.json());
      if (current()) this.setBook(portfolio, `Demo: ${title}`);
    });
  }

  /** Loads the market snapshot used by the what-if picker and the CSV import (once). */
  async loadMarket(): Promise<MarketSnapshot | undefined> {
    if (this.market) return this.market;
    const { parseMarketSnapshot } = await import('../../import/parseMarketSnapshot');
    const response = await fetch('/market/deribit-20260415.json');
    if (!response.ok)
      throw new Error(`The market snapshot could not be fetched (${response.status}).`);
    this.market = parseMarketSnapshot(await response.json());
    // What-if legs restored before the snapshot arrived may need its market data.
    if (this.previewLegs.length) this.runWhatIf();
    return this.market;
  }

  /**
   * Loads a file the user picked: a `dcro.portfolio/1` or `dcro.session/1` JSON, or a CSV of
   * Deribit-style legs (priced from the market snapshot). On any problem `loadError` explains it
   * and the current book is kept.
   */
  async loadFile(file: File): Promise<void> {
    await this.guardLoad(async (current) => {
      const text = await file.text();
      const isCsv =
        /\.csv$/i.test(file.name) || (!text.trimStart().startsWith('{') && text.includes(','));
      if (isCsv) {
        const market = await this.loadMarket();
        const { importLegsCsv } = await import('../../import/importLegsCsv');
        const json = importLegsCsv({ csv: text, market: market! });
        const portfolio = parsePortfolio(json);
        if (current()) this.setBook(portfolio, `CSV: ${file.name}`);
        return;
      }
      const { parseJsonText } = await import('../../model/ValidationError');
      const json = parseJsonText(text, file.name);
      if ((json as { format?: unknown })?.format === 'dcro.session/1') {
        const session = readSession(json);
        if (current()) this.restore(session, `Session: ${file.name}`);
        return;
      }
      const portfolio = parsePortfolio(json);
      if (current()) this.setBook(portfolio, `File: ${file.name}`);
    }, file.name);
  }

  /** The whole state (book, profile, what-if legs) as a `dcro.session/1` document. */
  toSession(): SessionDocument | undefined {
    if (!this.book) return undefined;
    return writeSession({
      book: this.book.portfolio,
      source: this.book.source,
      profile: this.profile,
      whatIf: this.whatIfLegs,
    });
  }

  /** A URL that reopens the whole state (`#s=` compressed JSON, `#j=` without compression). */
  async shareUrl(): Promise<string | undefined> {
    const session = this.toSession();
    if (!session) return undefined;
    const hash = await encodeShareHash(session);
    return `${location.origin}/${hash}`;
  }

  /**
   * Restores the state from a shared URL's hash (`#s=…` or `#j=…`). Returns false when the hash
   * carries no session; a broken one sets `loadError` and keeps the current book.
   */
  async loadFromHash(hash: string): Promise<boolean> {
    if (!/^#[sj]=/.test(hash)) return false;
    await this.guardLoad(async (current) => {
      const session = readSession(await decodeShareHash(hash));
      if (current()) this.restore(session, 'Shared link');
    });
    return true;
  }

  /** Switches the theme, remembers it, and applies it to the document. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    storeTheme(theme);
  }

  /** Recomputes the comparison under every shipped profile now (normally debounced). */
  async compareProfiles(): Promise<void> {
    const book = this.book;
    const pool = this.pool;
    if (!book || !pool) return;
    await Promise.all(
      profileNames.map(async (name) => {
        try {
          const r = await pool.compute(
            { portfolio: book.portfolio, params: shippedParams(name) },
            `compare:${name}`,
          );
          if (r) this.comparison = { ...this.comparison, [name]: r };
        } catch (error) {
          this.comparison = { ...this.comparison, [name]: describeError(error) };
        }
      }),
    );
  }

  /** Terminates the workers (tests, hot reload). */
  dispose(): void {
    this.poolInstance?.dispose();
    this.poolInstance = undefined;
  }

  private restore(session: SessionDocument, fallbackSource: string): void {
    const profile = session.profile;
    if (typeof profile === 'string') {
      if (!isProfileName(profile)) throw new Error(`Unknown profile "${profile}" in the session.`);
      this.profile = { kind: 'shipped', name: profile };
    } else {
      this.profile = { kind: 'custom', params: profile.params, base: profile.base };
    }
    this.whatIfLegs = session.whatIf;
    this.setBook(session.book, session.source || fallbackSource);
  }

  /**
   * Runs a load; the latest load wins: one that finishes after a newer one started (the default
   * demo book arriving after the user already imported a file) changes nothing.
   */
  private async guardLoad(
    fn: (current: () => boolean) => Promise<void>,
    what?: string,
  ): Promise<void> {
    const seq = ++this.loadSeq;
    const current = () => seq === this.loadSeq;
    this.loading = true;
    try {
      await fn(current);
      if (current()) this.loadError = undefined;
    } catch (error) {
      if (!current()) return;
      const report = describeError(error);
      this.loadError = what ? { ...report, title: `${what}: ${report.title}` } : report;
    } finally {
      if (current()) this.loading = false;
    }
  }

  private changed(): void {
    this.revision++;
    // The previous figures stay on screen (dimmed via `computing`) until the new ones arrive.
    void this.runCompute();
    this.runWhatIf();
    clearTimeout(this.compareTimer);
    this.comparison = {};
    this.compareTimer = setTimeout(() => void this.compareProfiles(), 150);
  }

  private async runCompute(): Promise<void> {
    const book = this.book;
    const pool = this.pool;
    if (!book || !pool) return;
    this.computing = true;
    try {
      const r = await pool.compute({ portfolio: book.portfolio, params: this.params });
      if (r === null) return; // superseded: the newer request will set the figures
      this.result = r;
      this.computeError = undefined;
      this.computing = false;
    } catch (error) {
      this.computeError = describeError(error);
      this.result = undefined;
      this.computing = false;
    }
  }

  private runWhatIf(): void {
    const book = this.book;
    const pool = this.pool;
    const legs = this.previewLegs;
    const seq = ++this.whatIfSeq;
    if (!book || !pool) return;
    if (legs.length === 0) {
      this.whatIfResult = undefined;
      this.whatIfError = undefined;
      return;
    }
    const portfolio = withMarketFor(book.portfolio, legs, this.market);
    const added = Object.entries(portfolio.underliers)
      .map(([u, m]) => `${u}:${Object.keys(m.expiries).join(',')}`)
      .join(';');
    const key = `${this.revision}|${added}`;
    pool
      .whatIf({ portfolio, params: this.params, key, legs })
      .then((r) => {
        if (r === null || seq !== this.whatIfSeq) return;
        this.whatIfResult = r;
        this.whatIfError = undefined;
      })
      .catch((error) => {
        if (seq !== this.whatIfSeq) return;
        this.whatIfError = describeError(error);
      });
  }
}

// A plain cache, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const shipped = new Map<string, Params>();

/** A shipped profile, parsed once: the same object each time lets the worker pool reuse the
 *  hashes it computed for it (the app never mutates a profile; edits make a new one). */
function shippedParams(name: ProfileName): Params {
  let params = shipped.get(name);
  if (!params) shipped.set(name, (params = loadProfile(name)));
  return params;
}

function markEdited(source: string): string {
  return source.endsWith(' (edited)') ? source : `${source} (edited)`;
}

let shared: AppState | undefined;

/**
 * The one AppState of the browser session (created on first call). On the server (prerender)
 * each call returns a fresh, inert instance: nothing is computed there.
 */
export function getAppState(): AppState {
  if (!browser) return new AppState();
  return (shared ??= new AppState());
}
