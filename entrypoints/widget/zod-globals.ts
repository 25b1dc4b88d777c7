/**
 * Which of zod's page globals existed before the widget loaded. zod 4 keeps its config
 * and schema registry on `globalThis` (`__zod_globalConfig`, `__zod_globalRegistry`) so
 * that copies of zod can share them; the widget promises the host page no globals.
 *
 * Imported before zod itself (see zod-setup.ts), so the snapshot sees the page as it was.
 */
const ZOD_GLOBALS = ['__zod_globalConfig', '__zod_globalRegistry'] as const;

const presentBefore = new Set<string>(ZOD_GLOBALS.filter((name) => name in globalThis));

/**
 * Removes the globals our copy of zod created. zod itself keeps working: it holds both
 * objects in module constants. A page's own zod, loaded earlier, keeps its globals.
 */
export function removeZodGlobals(): void {
  for (const name of ZOD_GLOBALS) {
    if (!presentBefore.has(name)) Reflect.deleteProperty(globalThis, name);
  }
}
