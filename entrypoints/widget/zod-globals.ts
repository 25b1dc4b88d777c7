/**
 * zod's page globals, kept to the widget's own copy. zod 4 keeps its config and schema
 * registry on `globalThis` (`__zod_globalConfig`, `__zod_globalRegistry`) so that copies
 * of zod can share them. Shared, our `jitless: true` would switch the host page's own
 * zod too, and the widget promises the host page no globals.
 *
 * Imported before zod itself (see zod-setup.ts): a page's own globals are set aside
 * here, so our copy of zod makes and keeps its own; `removeZodGlobals` then takes ours
 * off the page and puts the page's back, untouched.
 */
const ZOD_GLOBALS = ['__zod_globalConfig', '__zod_globalRegistry'] as const;

const pageGlobals = new Map<string, unknown>();
for (const name of ZOD_GLOBALS) {
  if (name in globalThis) {
    pageGlobals.set(name, Reflect.get(globalThis, name));
    Reflect.deleteProperty(globalThis, name);
  }
}

/** Removes the globals our copy of zod created and gives the page its own back. zod keeps working: it holds both objects in module constants. */
export function removeZodGlobals(): void {
  for (const name of ZOD_GLOBALS) {
    Reflect.deleteProperty(globalThis, name);
    if (pageGlobals.has(name)) Reflect.set(globalThis, name, pageGlobals.get(name));
  }
}
