import { openDB, type IDBPDatabase } from 'idb';

/** The IndexedDB database of what the app remembers on this device. */
export const SAVED_DB_NAME = 'dcro';
/**
 * Its schema version (object stores): bumped with an `upgrade` step whenever a store is added.
 * The records inside carry their own format version (see `upgradeRecord`).
 */
export const SAVED_DB_VERSION = 1;
const STORE = 'records';

let opened: Promise<IDBPDatabase> | undefined;

function open(): Promise<IDBPDatabase> {
  opened ??= openDB(SAVED_DB_NAME, SAVED_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore(STORE);
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/**
 * The record saved under `key`, or `undefined` when there is none or storage is unavailable
 * (private mode, quota): remembering is a convenience, never a reason to fail.
 *
 * @example
 * await readSaved('workspace'); // { version: 1, session: {…}, … }
 */
export async function readSaved(key: string): Promise<unknown> {
  try {
    return await (await open()).get(STORE, key);
  } catch {
    return undefined;
  }
}

/** Saves `value` (structured-cloned: bigints and typed arrays survive) under `key`. */
export async function writeSaved(key: string, value: unknown): Promise<void> {
  try {
    await (await open()).put(STORE, value, key);
  } catch {
    // Not remembered this time; the next change tries again.
  }
}

/** Every saved record whose key starts with `prefix`, in key order. */
export async function listSaved(prefix: string): Promise<[key: string, value: unknown][]> {
  try {
    const db = await open();
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const [keys, values] = await Promise.all([
      db.getAllKeys(STORE, range),
      db.getAll(STORE, range),
    ]);
    return keys.map((k, i) => [String(k), values[i]]);
  } catch {
    return [];
  }
}

/** Forgets everything saved on this device ("start over"). */
export async function forgetSaved(): Promise<void> {
  try {
    await (await open()).clear(STORE);
  } catch {
    // Nothing could be stored either.
  }
}
