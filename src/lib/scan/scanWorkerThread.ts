// A worker_threads scan worker (createThreadBackend): one Wasm core, the context of the scan it
// was last sent, and shards computed on request. Figures go back as transferred buffers.
import { parentPort } from 'node:worker_threads';
import { loadCoreNode } from '../engine/loadCoreNode';
import type { ScanContext, ScanShardInput } from './ScanBackend';
import { toErrorRecord } from './errorRecord';
import { scanShard } from './scanShard';

export type ThreadRequest =
  { type: 'context'; context: ScanContext } | { type: 'shard'; id: number; shard: ScanShardInput };
export type ThreadReply =
  { id: number; figures: Float64Array[] } | { id: number; error: ReturnType<typeof toErrorRecord> };

const port = parentPort!;
const core = loadCoreNode();
let context: ScanContext | undefined;
port.on('message', async (msg: ThreadRequest) => {
  if (msg.type === 'context') return void (context = msg.context);
  try {
    const figures = scanShard(
      await core,
      context!.market,
      msg.shard.accounts,
      context!.paramSets,
      msg.shard.offset,
    );
    port.postMessage(
      { id: msg.id, figures } satisfies ThreadReply,
      figures.map((f) => f.buffer as ArrayBuffer),
    );
  } catch (error) {
    port.postMessage({ id: msg.id, error: toErrorRecord(error) } satisfies ThreadReply);
  }
});
