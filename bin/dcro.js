#!/usr/bin/env node
// The `dcro` command. The CLI is TypeScript (bin/main.ts) run through tsx, so that it shares
// src/lib with the app without a separate build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./main.ts', import.meta.url).href);
