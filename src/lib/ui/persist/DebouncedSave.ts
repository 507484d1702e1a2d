import { writeSaved } from './savedStore';

/**
 * Saves a record under one key at most every `delayMs`: a burst of edits (typing a quantity)
 * is one write, of the last value, and leaving the page writes what is pending. `cancel` drops a
 * pending write ("start over").
 *
 * @example
 * const save = new DebouncedSave('workspace', 300);
 * save.schedule(record);
 */
export class DebouncedSave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => unknown) | undefined;

  constructor(
    private readonly key: string,
    private readonly delayMs: number,
  ) {
    // Leaving the page (reload, close, another site) writes what is pending, best effort.
    if (typeof addEventListener === 'function')
      addEventListener('pagehide', () => void this.flush());
  }

  /** Saves `value()` (evaluated when the write happens) after the delay. */
  schedule(value: () => unknown): void {
    this.pending = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes a pending value now. */
  async flush(): Promise<void> {
    const value = this.pending;
    this.pending = undefined;
    clearTimeout(this.timer);
    if (value) await writeSaved(this.key, value());
  }

  cancel(): void {
    this.pending = undefined;
    clearTimeout(this.timer);
  }
}
