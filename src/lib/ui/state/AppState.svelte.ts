import { browser } from '$app/environment';
import { untrack } from 'svelte';
import { parsePortfolio } from '../../model/parsePortfolio';
import { isProfileName, type ProfileName } from '../../model/profiles';
import type { MarginResult, Params, Portfolio } from '../../model/types';
import type { MarketSnapshot } from '../../import/MarketSnapshot';
import { RiskPool } from '../../../workers/RiskPool';
import { markEdited, type LoadedBook } from './bookSource';
import { describeError, type ErrorReport } from './describeError';
import { fetchJson } from './fetchJson';
import { LoadStatus } from './LoadStatus.svelte';
import { MarginRun } from './MarginRun.svelte';
import { paramsOf, profileLabel, type ProfileChoice } from './ProfileChoice';
import { ProfileComparisonRun } from './ProfileComparisonRun.svelte';
import { readBookFile } from './readBookFile';
import { readSession, writeSession, type SessionDocument } from './sessionDocument';
import { decodeShareHash, encodeShareHash } from './shareHash';
import { initialTheme, storeTheme, type Theme } from './theme';
import { WhatIfState } from './WhatIfState.svelte';
import { withMarketFor } from './withMarketFor';
import { DebouncedSave } from '../persist/DebouncedSave';
import { forgetSaved, readSaved } from '../persist/savedStore';
import { readWorkspaceRecord, WORKSPACE_KEY, workspaceRecord } from '../persist/workspaceRecord';

export type { ProfileChoice } from './ProfileChoice';
export type { LoadedBook } from './bookSource';

/**
 * The app's state, shared by every page (`getAppState()`): the book, the active profile, the
 * what-if legs, and what the worker pool computed from them. Every mutation re-runs the pool;
 * per channel the latest request wins, so a stale answer never overwrites a newer one. The UI
 * never computes margin itself: `result`, `whatIf.result` and `comparison` come from the Wasm core.
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
  /** Colour theme; `setTheme` stores it and applies it to `<html data-theme>`. */
  theme = $state<Theme>('light');
  /** The market snapshot (instrument picker, CSV import), once `loadMarket()` has run. */
  market = $state.raw<MarketSnapshot | undefined>(undefined);
  /** Bumped whenever the book or the profile changes (names the what-if session in the worker). */
  revision = $state(0);
  /** Hypothetical trades previewed on top of the book. */
  readonly whatIf = new WhatIfState(() => ({
    portfolio: this.book?.portfolio,
    pool: this.pool,
    params: this.params,
    revision: this.revision,
    market: this.market,
  }));
  /** The same book under every shipped profile. */
  readonly comparisonRun = new ProfileComparisonRun();
  /** The book's margin under the active profile. */
  readonly margin = new MarginRun();

  /** Reading a file, a demo book or a shared link. */
  readonly loads = new LoadStatus();
  /** Resolves once what this device remembered has been restored (at once on the server). */
  readonly ready: Promise<void>;
  /** Why the saved workspace could not be restored (the app starts fresh), if it could not. */
  restoreProblem = $state<string | undefined>(undefined);

  private poolInstance: RiskPool | undefined;
  /** False until the saved workspace is restored, so that nothing overwrites it before. */
  private saving = $state(false);
  private readonly save = new DebouncedSave(WORKSPACE_KEY, 300);

  constructor() {
    if (!browser) {
      this.ready = Promise.resolve();
      return;
    }
    this.theme = initialTheme();
    this.ready = this.restoreSaved();
    $effect.root(() => {
      // Saves the book, profile, what-if legs and edits whenever one of them changes.
      $effect(() => {
        const session = this.toSession();
        const draft = this.draftPositions;
        if (!this.saving || !session) return;
        untrack(() => this.save.schedule(() => workspaceRecord(session, draft, Date.now())));
      });
    });
  }

  /** The worker pool (created on first use, browser only). The /stress page uses it for fineGrid. */
  get pool(): RiskPool | undefined {
    if (!browser) return undefined;
    return (this.poolInstance ??= new RiskPool());
  }

  /** The active profile's validated parameters. */
  get params(): Params {
    return paramsOf(this.profile);
  }

  /** A short label of the active profile: its name, or "custom (from dcro-default)". */
  get profileLabel(): string {
    return profileLabel(this.profile);
  }

  /**
   * Margin of the book under the active profile; `undefined` until first computed. While
   * `computing` is true it is the previous book's or profile's margin.
   */
  get result(): MarginResult | undefined {
    return this.margin.result;
  }
  /** True while the main computation is running. */
  get computing(): boolean {
    return this.margin.computing;
  }
  /** The last problem computing (e.g. book and profile incompatible, a worker crash). */
  get computeError(): ErrorReport | undefined {
    return this.margin.error;
  }

  /** True while a file, a demo book or a shared URL is being read. */
  get loading(): boolean {
    return this.loads.loading;
  }
  /** The last problem loading a file or URL (the book is kept). Cleared by the next success. */
  get loadError(): ErrorReport | undefined {
    return this.loads.error;
  }
  set loadError(error: ErrorReport | undefined) {
    this.loads.error = error;
  }

  /** True while the workspace saved on this device is being restored (browser only). */
  get restoring(): boolean {
    return browser && !this.saving;
  }

  /** The book under every shipped profile (side-by-side table); an Error if it cannot run. */
  get comparison(): ProfileComparisonRun['byProfile'] {
    return this.comparisonRun.byProfile;
  }

  /** Replaces the book (already validated) and recomputes. Clears nothing else. */
  setBook(portfolio: Portfolio, source: string): void {
    this.book = { portfolio, source };
    this.draftPositions = portfolio.positions.map((p) => ({ ...p }));
    this.legIssues = [];
    this.loadError = undefined;
    this.changed();
  }

  /**
   * Opens another book: its what-if legs start empty (legs made for one book never leak into
   * the next). A shared link or a session file brings its own legs (`restore`).
   */
  openBook(portfolio: Portfolio, source: string): void {
    this.whatIf.legs = [];
    this.whatIf.draft = undefined;
    this.setBook(portfolio, source);
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

  /** Appends the what-if legs to the book (with the market data they need) and clears them. */
  applyWhatIf(): void {
    const book = this.book;
    const legs = this.whatIf.legs;
    if (!book || legs.length === 0) return;
    const base = withMarketFor(book.portfolio, legs, this.market);
    const portfolio = parsePortfolio({ ...base, positions: [...base.positions, ...legs] });
    this.whatIf.legs = [];
    this.setBook(portfolio, markEdited(book.source));
  }

  /** Loads one of the shipped demo books (`/books/<id>.json`). */
  async loadDemo(id: string, title = id): Promise<void> {
    await this.loads.guard(async (current) => {
      const json = await fetchJson(`/books/${encodeURIComponent(id)}.json`, `Demo book "${id}"`);
      const portfolio = parsePortfolio(json);
      if (current()) this.openBook(portfolio, `Demo: ${title}`);
    });
  }

  /** Loads the market snapshot used by the what-if picker and the CSV import (once). */
  async loadMarket(): Promise<MarketSnapshot> {
    if (this.market) return this.market;
    const { parseMarketSnapshot } = await import('../../import/parseMarketSnapshot');
    const json = await fetchJson('/market/deribit-20260415.json', 'The market snapshot');
    this.market = parseMarketSnapshot(json);
    // What-if legs restored before the snapshot arrived may need its market data.
    if (this.whatIf.previewLegs.length) this.whatIf.run();
    return this.market;
  }

  /**
   * Loads a file the user picked: a `dcro.portfolio/1` or `dcro.session/1` JSON, or a CSV of
   * Deribit-style legs (priced from the market snapshot). On any problem `loadError` explains it
   * and the current book is kept.
   */
  async loadFile(file: File): Promise<void> {
    await this.loads.guard(async (current) => {
      const read = await readBookFile({ file, market: () => this.loadMarket() });
      if (!current()) return;
      if (read.kind === 'session') this.restore(read.session, read.source);
      else this.openBook(read.portfolio, read.source);
    }, file.name);
  }

  /** The whole state (book, profile, what-if legs) as a `dcro.session/1` document. */
  toSession(): SessionDocument | undefined {
    if (!this.book) return undefined;
    return writeSession({
      book: this.book.portfolio,
      source: this.book.source,
      profile: this.profile,
      whatIf: this.whatIf.legs,
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
    await this.loads.guard(async (current) => {
      const session = readSession(await decodeShareHash(hash));
      if (!current()) return;
      this.restore(session, 'Shared link');
      // The link is now this device's workspace (saved as it changes): a reload must not bring
      // back the link's state over later edits.
      history.replaceState(history.state, '', location.pathname + location.search);
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
    if (this.book) await this.comparisonRun.run(this.pool, this.book.portfolio);
  }

  /**
   * Forgets everything remembered on this device (book, profile, what-if legs, committee
   * edits, chain snapshots) and starts again on the Portfolio page with the default demo book.
   */
  async startOver(): Promise<void> {
    this.saving = false;
    this.save.cancel();
    await forgetSaved();
    location.assign('/');
  }

  /** Terminates the workers (tests, hot reload). */
  dispose(): void {
    this.poolInstance?.dispose();
    this.poolInstance = undefined;
  }

  /** Restores the workspace saved on this device, if there is one and it is still valid. */
  private async restoreSaved(): Promise<void> {
    const raw = await readSaved(WORKSPACE_KEY);
    if (raw !== undefined && !this.book) {
      const saved = readWorkspaceRecord(raw);
      if (!saved.ok) this.restoreProblem = `Your saved book was not restored: ${saved.problem}`;
      else {
        this.restore(saved.session, saved.session.source);
        const draft = saved.draftPositions;
        // Edits that did not validate yet come back as they were typed, with their problems.
        if (draft.length && JSON.stringify(draft) !== JSON.stringify(this.draftPositions))
          this.editPositions(draft);
      }
    }
    this.saving = true;
  }

  private restore(session: SessionDocument, fallbackSource: string): void {
    const profile = session.profile;
    if (typeof profile === 'string') {
      if (!isProfileName(profile)) throw new Error(`Unknown profile "${profile}" in the session.`);
      this.profile = { kind: 'shipped', name: profile };
    } else {
      this.profile = { kind: 'custom', params: profile.params, base: profile.base };
    }
    this.whatIf.legs = session.whatIf;
    this.setBook(session.book, session.source || fallbackSource);
  }

  private changed(): void {
    this.revision++;
    // The previous figures stay on screen (dimmed via `computing`) until the new ones arrive.
    if (this.book) void this.margin.run(this.pool, this.book.portfolio, this.params);
    this.whatIf.run();
    if (this.book) this.comparisonRun.schedule(this.pool, this.book.portfolio);
  }
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
