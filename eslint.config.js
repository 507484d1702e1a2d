import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // Ported polynomial coefficients keep their published digits (their provenance), even where
    // the last ones do not survive f64 rounding.
    files: ['bench/**', 'tests/reference/**'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    ignores: [
      'build/',
      '**/.svelte-kit/',
      'node_modules/',
      'assembly/',
      'src/lib/engine/wasm/',
      'contracts/',
      'static/',
    ],
  },
);
