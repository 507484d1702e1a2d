import { profileForParamsHash } from '../../chain/profileForParamsHash';
import type { ProfileName } from '../../model/profiles';
import type { MarginResult, Params } from '../../model/types';
import type { AppState } from '../state/AppState.svelte';
import { describeError, type ErrorReport } from '../state/describeError';
import {
  CHAIN_SNAPSHOT_PREFIX,
  readChainSnapshot,
  type ChainSnapshot,
} from '../persist/chainSnapshotRecord';
import { listSaved } from '../persist/savedStore';

/**
 * The accounts last read from a chain on this device, for the Chain page when the chain
 * cannot be reached: each with its block and time, the chosen one's margin recomputed in the
 * workers (same core) under the profile its parameters hash names.
 *
 * @example
 * const s = new ChainSnapshots(getAppState());
 * await s.load(); // s.list, s.selected, s.result
 */
export class ChainSnapshots {
  /** Newest first. */
  list = $state.raw<ChainSnapshot[]>([]);
  selected = $state.raw<ChainSnapshot | undefined>(undefined);
  profile = $state.raw<{ name: ProfileName; params: Params } | undefined>(undefined);
  result = $state.raw<MarginResult | undefined>(undefined);
  error = $state.raw<ErrorReport | undefined>(undefined);
  loaded = $state(false);

  constructor(private readonly app: AppState) {}

  /** Reads every saved snapshot and shows the newest (or `account`'s). */
  async load(account?: string): Promise<void> {
    const saved = await listSaved(CHAIN_SNAPSHOT_PREFIX);
    this.list = saved
      .map(([, raw]) => readChainSnapshot(raw))
      .flatMap((r) => (r.ok ? [r.snapshot] : []))
      .sort((a, b) => b.savedAtMs - a.savedAtMs);
    this.loaded = true;
    const wanted = this.list.find((s) => s.account.toLowerCase() === account?.toLowerCase());
    const first = wanted ?? this.list[0];
    if (first) await this.show(first);
  }

  /** Shows one snapshot and computes its margin. */
  async show(snapshot: ChainSnapshot): Promise<void> {
    this.selected = snapshot;
    this.result = undefined;
    const pool = this.app.pool;
    if (!pool) return;
    try {
      const profile = profileForParamsHash(snapshot.paramsHash);
      const result = await pool.compute(
        { portfolio: snapshot.portfolio, params: profile.params },
        'chain:snapshot',
      );
      if (!result || this.selected !== snapshot) return;
      this.profile = profile;
      this.result = result;
      this.error = undefined;
    } catch (error) {
      if (this.selected === snapshot) this.error = describeError(error);
    }
  }
}
