// Imported before any schema module on pages that validate in the browser: zod's configuration must be in place
// when the schemas are built. jitless, because zod would otherwise probe `new Function`, which the site's CSP blocks
// and reports as a violation; Vietnamese messages, as in the CLIs and the build (src/lib/data-file.ts).
import { z } from 'zod';
import { vi } from 'zod/locales';

z.config({ ...vi(), jitless: true });
