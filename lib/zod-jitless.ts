/**
 * Makes zod validate without compiling code. zod 4 otherwise builds fast parsers with
 * `new Function`, which a Content-Security-Policy without 'unsafe-eval' blocks and
 * reports: the extension's pages (`script-src 'self'`) and many pages that embed the
 * widget. zod reads the setting as each schema is created, so every entry point
 * imports this module before anything that defines a schema:
 *
 *   import '../../lib/zod-jitless'; // the first import of entrypoints/popup/main.tsx
 *
 * The builds also drop zod's eval probe itself (scripts/build/drop-zod-eval-probe.ts).
 */
import { z } from 'zod';

z.config({ jitless: true });
