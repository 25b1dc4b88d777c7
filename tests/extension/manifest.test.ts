/**
 * What the browser (and a store reviewer) sees in the built manifests: the fewest
 * permissions, hosts only on request, no eval, names in Dutch and English, the
 * browser versions the extension needs, and only the files it uses.
 * Reads the output of `wxt build`; builds it first only when it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRgbaPng } from '../helpers/png';

interface Manifest {
  manifest_version: number;
  name: string;
  default_locale?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  content_security_policy?: { extension_pages?: string };
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_title?: string };
  options_ui?: { page?: string };
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv3';

function readBuilt(dir: string, buildCommand: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) execSync(buildCommand, { stdio: 'inherit' });
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The major version of a browser version string: '140.0' -> 140. */
const major = (version: string | undefined) => Number.parseInt(version ?? '', 10);

function messages(dir: string, locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
}

describe('the Chrome manifest', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readBuilt(CHROME, 'npx wxt build');
  }, 120_000);

  it('is Manifest V3 with a service worker as background', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.service_worker).toBe('background.js');
    expect(existsSync(join(CHROME, 'background.js'))).toBe(true);
  });

  it('asks only for storage, alarms and the context menu', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'contextMenus']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('reads no website until the user adds a feed from it, and only over HTTPS', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  // The popup waits for the background's reply to "Nu bijwerken", which the listener
  // gives as a Promise: Chrome takes that from version 148 on.
  it('names the first Chrome that has every API it uses', () => {
    expect(major(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(148);
  });

  it('runs only its own code: no eval, no remote scripts', () => {
    const policy = manifest.content_security_policy?.extension_pages ?? "script-src 'self'";
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });

  it('has a popup, an options page and icons', () => {
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page).toBe('options.html');
    for (const size of ['16', '32', '48', '128']) {
      expect(manifest.icons?.[size]).toBeDefined();
      expect(existsSync(join(CHROME, manifest.icons?.[size] ?? ''))).toBe(true);
    }
  });

  it('is named in Dutch by default and in English too', () => {
    expect(manifest.default_locale).toBe('nl');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(messages(CHROME, 'nl').extName.message).toBe('Kinderwerkkaart');
    expect(messages(CHROME, 'nl').extDescription.message).toMatch(/buurt/);
    expect(messages(CHROME, 'en').extDescription.message).toMatch(/neighbourhood/);
    for (const locale of ['nl', 'en']) expect(messages(CHROME, locale).extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('bundles the example feed for "Gebruik voorbeelddata", and not the demo page\'s other feeds', () => {
    expect(existsSync(join(CHROME, 'feeds/almere.json'))).toBe(true);
    expect(existsSync(join(CHROME, 'feeds/tilburg.json'))).toBe(false);
  });

  it('has a store icon of 96 × 96 px artwork in 16 px of transparent padding', () => {
    const icon = readRgbaPng(readFileSync(join(CHROME, manifest.icons?.['128'] ?? '')));
    expect([icon.width, icon.height]).toEqual([128, 128]);
    const painted = { left: 128, top: 128, right: -1, bottom: -1 };
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (icon.alphaAt(x, y) === 0) continue;
        painted.left = Math.min(painted.left, x);
        painted.top = Math.min(painted.top, y);
        painted.right = Math.max(painted.right, x);
        painted.bottom = Math.max(painted.bottom, y);
      }
    }
    expect(painted).toEqual({ left: 16, top: 16, right: 111, bottom: 111 });
  });
});

describe('the Firefox manifest', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readBuilt(FIREFOX, 'npx wxt build -b firefox --mv3');
  }, 120_000);

  it('is Manifest V3 with the project\'s add-on id, unless the build gave its own (KWK_GECKO_ID)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(process.env.KWK_GECKO_ID || 'kinderwerkkaart@kinderwerkkaart.nl');
  });

  it('needs a Firefox that knows data_collection_permissions: 140, and 142 on Android', () => {
    const settings = manifest.browser_specific_settings;
    expect(settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(major(settings?.gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(major(settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('asks for the same few permissions, hosts only on request and only over HTTPS', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_security_policy?.extension_pages ?? '').not.toContain('unsafe-eval');
  });
});
