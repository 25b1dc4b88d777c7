/**
 * A Vite plugin that takes zod's eval probe out of the bundle. zod 4 checks once
 * whether it may compile parsers, with `new Function("")` in a try/catch. We run zod
 * jitless (lib/zod-jitless.ts), so the probe never runs, but its code would still ship,
 * and code is what addons-linter reads: it reports it as DANGEROUS_EVAL, and so would a
 * reviewer searching the bundle for `Function(`. Without the probe zod answers "no
 * eval" straight away, which is what jitless means anyway.
 *
 *   plugins: [dropZodEvalProbe()]
 */
import type { Plugin } from 'vite';

const ZOD_UTIL = /\/zod\/v4\/core\/util\.js(\?|$)/;
// zod 4.x, util.js `allowsEval`: `try { const F = Function; new F(""); return true; }`.
const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;

export function dropZodEvalProbe(): Plugin {
  return {
    name: 'kwk:drop-zod-eval-probe',
    enforce: 'pre',
    transform: {
      filter: { id: ZOD_UTIL },
      handler(code, id) {
        // Fail the build rather than ship the probe again after a zod update.
        if (!PROBE.test(code)) this.error(`zod's eval probe is no longer where scripts/build/drop-zod-eval-probe.ts looks for it (${id}); update the plugin`);
        return { code: code.replace(PROBE, 'return false;'), map: null };
      },
    },
  };
}
