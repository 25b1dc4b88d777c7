/**
 * Puts zod in jitless mode. Imported first by main.ts, so it runs before any schema
 * parses: zod otherwise compiles fast paths with `new Function`, which a page with a
 * strict Content-Security-Policy (no 'unsafe-eval') blocks and reports.
 */
import { z } from 'zod';

z.config({ jitless: true });
