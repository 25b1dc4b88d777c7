/**
 * Prepares zod for life on someone else's page. Imported first by main.ts, so it runs
 * before any schema is created:
 * - jitless (lib/zod-jitless.ts, as in the extension): zod otherwise compiles fast paths
 *   with `new Function`, which a page with a strict Content-Security-Policy (no
 *   'unsafe-eval') blocks and reports;
 * - no globals: zod parks its config on `globalThis`; we take ours off again.
 */
import { removeZodGlobals } from './zod-globals';
import '../../lib/zod-jitless';

removeZodGlobals();
