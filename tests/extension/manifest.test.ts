/**
 * What the browser (and a store reviewer) sees in the built manifests: the fewest
 * permissions, hosts only on request, no eval, and names in Dutch and English.
 * Reads the output of `wxt build`; builds it first only when it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

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
  browser_specific_settings?: { gecko?: { id?: string } };
}

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv3';

function readBuilt(dir: string, buildCommand: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) execSync(buildCommand, { stdio: 'inherit' });
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

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

  it('reads no website until the user adds a feed from it', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
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

  it('bundles the example feed for "Gebruik voorbeelddata"', () => {
    expect(existsSync(join(CHROME, 'feeds/almere.json'))).toBe(true);
  });
});

describe('the Firefox manifest', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readBuilt(FIREFOX, 'npx wxt build -b firefox --mv3');
  }, 120_000);

  it('is Manifest V3 with a fixed add-on id', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });

  it('asks for the same few permissions, hosts only on request', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_security_policy?.extension_pages ?? '').not.toContain('unsafe-eval');
  });
});
