/**
 * The Firefox add-on id of a build. addons.mozilla.org ties an add-on to its id for
 * good at the first upload, so the id is chosen at build time: this project's own by
 * default, and a municipality that publishes its own build gives its own with
 * KWK_GECKO_ID (docs/extension.md).
 *
 *   firefoxAddonId(process.env.KWK_GECKO_ID); // 'kinderwerkkaart@kinderwerkkaart.nl'
 */
export const DEFAULT_FIREFOX_ADDON_ID = 'kinderwerkkaart@kinderwerkkaart.nl';

// What Firefox accepts: an email-like id or a GUID in braces, at most 80 characters.
const EMAIL_LIKE = /^[\w.-]*@[\w.-]+$/;
const GUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;

/** Throws for an id Firefox would refuse, so the build stops instead of the upload. */
export function firefoxAddonId(fromEnvironment: string | undefined): string {
  const id = fromEnvironment?.trim() || DEFAULT_FIREFOX_ADDON_ID;
  if (id.length > 80 || !(EMAIL_LIKE.test(id) || GUID.test(id))) {
    throw new Error(`KWK_GECKO_ID "${id}" is not a Firefox add-on id: use one like kinderwerkkaart@your-municipality.nl (at most 80 characters)`);
  }
  return id;
}
