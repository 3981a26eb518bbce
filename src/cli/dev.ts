// `npm run dev`: Astro's dev server in the foreground, stopped with Ctrl+C. Astro's own CLI moves the server to
// the background when it thinks an agent started it; the programmatic API never does, and needs no environment
// variable on the command line (which Windows' shell could not set).
import { resolve } from 'node:path';
import { dev } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
await dev({ root: resolve(import.meta.dirname, '..', '..'), devToolbar: { enabled: false } });
