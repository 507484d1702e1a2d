import type { CoreExports } from './CoreExports';
import { CoreTrapError } from './CoreTrapError';

/** Whether an error means the instance that raised it can no longer be trusted. */
function trapped(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError || error instanceof CoreTrapError;
}

/**
 * One core instance, loaded on first use and thrown away when it traps (or fails to load), so the
 * next use gets a fresh one: after a trap the instance's memory is in an unknown state.
 *
 * @example
 * const slot = new CoreSlot(loadCoreNode);
 * const result = await slot.use((core) => computeMargin({ portfolio, params, core }));
 */
export class CoreSlot {
  private core: Promise<CoreExports> | undefined;
  /** Instances thrown away after a trap or a failed load. */
  discarded = 0;

  constructor(private readonly load: () => Promise<CoreExports>) {}

  /** Runs `fn` on the instance; a trap discards the instance and is rethrown. */
  async use<T>(fn: (core: CoreExports) => T): Promise<T> {
    const pending = (this.core ??= this.load());
    let core: CoreExports;
    try {
      core = await pending;
    } catch (error) {
      this.drop(pending);
      throw error;
    }
    try {
      return fn(core);
    } catch (error) {
      if (trapped(error)) this.drop(pending);
      throw error;
    }
  }

  /** Throws the instance away (its state is unknown): the next `use` loads a fresh one. */
  discard(): void {
    if (this.core) this.drop(this.core);
  }

  private drop(instance: Promise<CoreExports>): void {
    if (this.core !== instance) return;
    this.core = undefined;
    this.discarded++;
  }
}
