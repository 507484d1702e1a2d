// Entry of a scan worker thread: the worker is TypeScript, so register tsx first (as bin/dcro.js
// does for the CLI), then load it.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./scanWorkerThread.ts', import.meta.url).href);
