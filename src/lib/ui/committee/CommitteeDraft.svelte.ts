import { browser } from '$app/environment';
import { untrack } from 'svelte';
import { loadProfile, type ProfileName } from '../../model/profiles';
import { parseParams } from '../../model/parseParams';
import type { MarginResult, Params, Portfolio } from '../../model/types';
import { ValidationError, type ValidationIssue } from '../../model/ValidationError';
import type { RiskPool } from '../../../workers/RiskPool';
import { describeError, type ErrorReport } from '../state/describeError';
import { diffParams, type ParamChange } from './diffParams';
import { fieldForIssue } from './fieldName';
import { setAt, type Json } from './jsonPath';
import { paramFieldGroups, type FieldGroup } from './paramFields';
import { committeeRecord, COMMITTEE_KEY, readCommitteeRecord } from '../persist/committeeRecord';
import { DebouncedSave } from '../persist/DebouncedSave';
import { readSaved } from '../persist/savedStore';

/** Plain JSON of validated parameters (`undefined` fields dropped), as a file would hold them. */
export function toParamsJson(params: Params): Json {
  return JSON.parse(JSON.stringify(params)) as Json;
}

/** A margin figure set, or why it could not be computed. */
export type Figures = { result?: MarginResult; error?: ErrorReport };

/**
 * The risk committee's draft profile: a `dcro.params/1` document edited field by field,
 * validated on every keystroke (`parseParams`; its issues mapped to the fields by path), and the
 * book's margin under the shipped profile, under the draft, and under the shipped profile with
 * each single change — all computed in the workers, latest request winning per channel. One
 * draft per browser session (`getCommitteeDraft`), so it survives switching pages.
 *
 * @example
 * const d = getCommitteeDraft();
 * d.start('dcro-default');
 * d.setValue(['volShock', 'rangeUp'], 0.6); // d.params, d.changes update
 */
export class CommitteeDraft {
  base = $state<ProfileName>('dcro-default');
  doc = $state.raw<Json>({});
  /** Raw text of fields as typed (a half-typed "0." stays as typed). */
  texts = $state.raw<Record<string, string>>({});
  /** Fields whose text is not a number (or list of numbers). */
  typos = $state.raw<Record<string, string>>({});
  baseFigures = $state.raw<Figures>({});
  editFigures = $state.raw<Figures>({});
  /** IM with only one change applied to the shipped profile, by changed path. */
  alone = $state.raw<Record<string, number | string>>({});
  computing = $state(false);
  /** Resolves once a draft saved on this device has been restored (at once on the server). */
  readonly ready: Promise<void>;
  private seq = 0;
  private saving = $state(false);
  private readonly save = new DebouncedSave(COMMITTEE_KEY, 300);

  constructor() {
    if (!browser) {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = this.restore();
    $effect.root(() => {
      // Saves the draft (valid or not) whenever a field changes.
      $effect(() => {
        const record = committeeRecord({
          base: this.base,
          doc: this.doc,
          texts: this.texts,
          typos: this.typos,
        });
        if (!this.saving || Object.keys(record.doc as object).length === 0) return;
        untrack(() => this.save.schedule(() => record));
      });
    });
  }

  private async restore(): Promise<void> {
    const saved = readCommitteeRecord(await readSaved(COMMITTEE_KEY));
    if (saved.ok && Object.keys(this.doc as object).length === 0) {
      this.base = saved.record.base;
      this.doc = saved.record.doc;
      this.texts = saved.record.texts;
      this.typos = saved.record.typos;
    }
    this.saving = true;
  }

  readonly shippedDoc = $derived(toParamsJson(loadProfile(this.base)));
  readonly groups: FieldGroup[] = $derived(paramFieldGroups(this.doc));
  readonly validation = $derived.by((): { params?: Params; issues: readonly ValidationIssue[] } => {
    try {
      return { params: parseParams(this.doc), issues: [] };
    } catch (error) {
      if (error instanceof ValidationError) return { issues: error.issues };
      return { issues: [{ path: '', message: String(error) }] };
    }
  });
  readonly params = $derived(Object.keys(this.typos).length ? undefined : this.validation.params);
  readonly changes: ParamChange[] = $derived(diffParams(this.shippedDoc, this.doc));
  /** Validation messages by field name; `other` holds those no field shows. */
  readonly issues = $derived.by(() => {
    const names = this.groups.flatMap((g) => g.fields.map((f) => f.name));
    const byField: Record<string, string[]> = {};
    const other: string[] = [];
    for (const [name, message] of Object.entries(this.typos)) (byField[name] ??= []).push(message);
    for (const i of this.validation.issues) {
      const name = fieldForIssue(i.path, names);
      if (name) (byField[name] ??= []).push(i.message);
      else other.push(i.path ? `${i.path}: ${i.message}` : i.message);
    }
    return { byField, other };
  });

  /** Starts a draft from a shipped profile, or from given parameters edited from it. */
  start(base: ProfileName, from?: Params): void {
    this.base = base;
    this.doc = toParamsJson(from ?? loadProfile(base));
    this.texts = {};
    this.typos = {};
  }

  /** Sets one parameter from a parsed value (a number, a list, a choice). */
  setValue(path: readonly string[], value: Json | undefined): void {
    this.doc = setAt(this.doc, path, value);
  }

  /**
   * Sets a parameter from typed text: `kind` `number`/`integer` takes one number, `list` a
   * comma-separated list. Unparseable text is kept as typed, flagged on the field, and the margin
   * stays at the last valid draft.
   */
  setText(name: string, path: readonly string[], text: string, kind: 'number' | 'list'): void {
    this.texts = { ...this.texts, [name]: text };
    const typos = { ...this.typos };
    delete typos[name];
    const parts = kind === 'list' ? text.split(/[\s,;]+/).filter(Boolean) : [text.trim()];
    const nums = parts.map((p) => (p === '' ? NaN : Number(p.replace('−', '-'))));
    if (nums.some((n) => !Number.isFinite(n)))
      typos[name] = kind === 'list' ? 'not a list of numbers (use commas)' : 'not a number';
    else this.setValue(path, kind === 'list' ? nums : nums[0]!);
    this.typos = typos;
  }

  /** The edited document as a file: a `dcro.params/1` named after its base profile. */
  exportJson(): string {
    const doc = setAt(this.doc, ['name'], `${this.base}-edited`);
    return `${JSON.stringify(doc, null, 2)}\n`;
  }

  /**
   * Recomputes the book's margin: under the shipped profile, under the draft (when valid), and
   * under the shipped profile with each single change (the per-field impact).
   */
  async recompute(pool: RiskPool, portfolio: Portfolio): Promise<void> {
    const shipped = loadProfile(this.base);
    const params = this.params;
    const changes = this.changes;
    const id = ++this.seq;
    this.computing = true;
    const run = async (p: Params, channel: string): Promise<Figures | null> => {
      try {
        const result = await pool.compute({ portfolio, params: p }, channel);
        return result ? { result } : null;
      } catch (error) {
        return { error: describeError(error) };
      }
    };
    const [base, edit] = await Promise.all([
      run(shipped, 'committee:base'),
      params ? run(params, 'committee:edit') : Promise.resolve(null),
    ]);
    if (base) this.baseFigures = base;
    if (edit) this.editFigures = edit;
    if (id === this.seq) this.computing = false;
    const alone: Record<string, number | string> = {};
    await Promise.all(
      changes.map(async (c) => {
        let p: Params;
        try {
          p = parseParams(setAt(this.shippedDoc, c.path.split('.'), c.edited));
        } catch {
          alone[c.path] = 'invalid alone';
          return;
        }
        const f = await run(p, `committee:alone:${c.path}`);
        if (f?.result) alone[c.path] = f.result.initialMargin;
        else if (f?.error) alone[c.path] = 'error';
      }),
    );
    if (id === this.seq) this.alone = alone;
  }
}

let shared: CommitteeDraft | undefined;

/** The committee's one draft of this browser session. */
export function getCommitteeDraft(): CommitteeDraft {
  return (shared ??= new CommitteeDraft());
}
