import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Names the workers' assets (the Wasm core) the way the service worker's build names its own,
 * so that the core the risk worker fetches is the very URL the service worker precaches
 * (src/service-worker.ts imports the same file with `?url`). SvelteKit sets the worker naming
 * in its own config hook; this one runs after it.
 */
const workerAssetsBesideApp: Plugin = {
  name: 'dcro:worker-assets-beside-app',
  config: () => ({
    worker: {
      rollupOptions: { output: { assetFileNames: '_app/immutable/assets/[name].[hash][extname]' } },
    },
  }),
};

export default defineConfig({
  plugins: [sveltekit(), workerAssetsBesideApp],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
