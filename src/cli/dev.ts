// npm run dev: Astro's development server in the foreground. Astro 7 detaches the CLI server when it thinks an
// automated agent started it; started from here (not the CLI) it never does, and no "VAR=value" prefix is needed,
// which Windows' shell would reject.
import { resolve } from 'node:path';
import { dev } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
await dev({ root: resolve(import.meta.dirname, '..', '..') });
