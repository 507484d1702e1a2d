import { describe, expect, test } from 'vitest';
import { precacheList } from './precacheList';

describe('precacheList', () => {
  test('keeps the build, the static files, the pages and the Wasm core, each once', () => {
    const list = precacheList({
      build: ['/_app/immutable/entry/app.js', '/_app/immutable/assets/dcro.abc.wasm'],
      files: ['/books/index.json', '/market/deribit-20260415.json'],
      prerendered: ['/', '/stress'],
      extra: ['/_app/immutable/assets/dcro.abc.wasm'],
    });
    expect(list).toEqual([
      '/_app/immutable/entry/app.js',
      '/_app/immutable/assets/dcro.abc.wasm',
      '/books/index.json',
      '/market/deribit-20260415.json',
      '/',
      '/stress',
    ]);
  });

  test('never keeps the live chain config or a query-string variant', () => {
    const list = precacheList({
      build: [],
      files: ['/chain.json', '/books/index.json?v=2'],
      prerendered: ['/chain'],
      extra: [],
    });
    expect(list).toEqual(['/chain']);
  });
});
