import { expect, test } from 'vitest';
import * as L from '../../../assembly/layout';
import { randomBook } from '../../../tests/support/randomBook';
import { loadProfile } from '../model/profiles';
import { resolveScenarioSets } from '../model/resolveScenarioSets';
import { computeMargin } from './computeMargin';
import type { CoreExports } from './CoreExports';
import { CoreSlot } from './CoreSlot';
import { encodeBook } from './encodeBook';
import { loadBook } from './loadBook';
import { loadCoreNode } from './loadCoreNode';
import { Table } from './Table';

const portfolio = randomBook(20, 3);
const params = loadProfile('dcro-default');

/** The book with its first option pointing at an expiry row far outside memory. */
function malformedBook() {
  const { n, sets } = resolveScenarioSets(params, Object.keys(portfolio.underliers));
  const book = encodeBook({ portfolio, params, scenarioSets: sets, n });
  const options = book.tables.get(L.T_OPTION)!;
  const broken = new Table(options.rows, options.cols);
  broken.data.set(options.data);
  broken.set(0, L.O_EXPIRY, 1e9);
  return { ...book, tables: new Map(book.tables).set(L.T_OPTION, broken) };
}

test('a core that traps on a malformed buffer is thrown away; the next use gets a fresh one', async () => {
  const loaded: CoreExports[] = [];
  const slot = new CoreSlot(async () => {
    const core = await loadCoreNode();
    loaded.push(core);
    return core;
  });
  const expected = computeMargin({ portfolio, params, core: await loadCoreNode() });
  await expect(slot.use((core) => loadBook(core, malformedBook()))).rejects.toBeInstanceOf(
    WebAssembly.RuntimeError,
  );
  expect(slot.discarded).toBe(1);
  const after = await slot.use((core) => computeMargin({ portfolio, params, core }));
  expect(loaded).toHaveLength(2);
  expect(loaded[1]).not.toBe(loaded[0]);
  expect(JSON.stringify(after)).toBe(JSON.stringify(expected));
});

test('an input error keeps the instance; a failed load is retried on the next use', async () => {
  let loads = 0;
  const slot = new CoreSlot(async () => {
    if (++loads === 1) throw new Error('no dcro.wasm yet');
    return loadCoreNode();
  });
  await expect(slot.use(() => 1)).rejects.toThrow('no dcro.wasm yet');
  expect(await slot.use(() => 2)).toBe(2);
  await expect(
    slot.use(() => {
      throw new RangeError('bad leg');
    }),
  ).rejects.toThrow('bad leg');
  expect(await slot.use(() => 3)).toBe(3);
  expect(loads).toBe(2);
  expect(slot.discarded).toBe(1);
});
