// zod checks once whether it may compile with `new Function`, already while the
// schemas are being defined, so this must run before any schema module is imported.
import { z } from 'zod';

z.config({ jitless: true });
