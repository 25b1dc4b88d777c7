import { relative, sep } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dropZodEvalProbe } from './scripts/build/drop-zod-eval-probe';
import { firefoxAddonId } from './scripts/build/firefox-addon-id';
import { leafletCssWithoutImages } from './scripts/build/leaflet-css-without-images';

// What the extension reads from public/: its names, its icons, and the example feed with
// the boundaries it links to. The rest of public/ (the demo page's other feeds, the CSV
// templates and JSON Schema for publishers) stays out of the store packages.
const EXTENSION_FILES = /^(_locales\/[\w-]+\/messages\.json|icons\/\d+\.png|feeds\/almere\.json|feeds\/almere-(buurten|wijken)\.geojson)$/;

// The extension: popup, options page and background worker. The widget has its own
// build (vite.widget.config.ts) because a municipality hosts it as one plain script.
// Permissions are the fewest that work: hosts only as optional permissions, asked
// for per feed on the options page (docs/extension.md explains each one).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } }), dropZodEvalProbe(), leafletCssWithoutImages()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms', 'contextMenus'],
    // HTTPS only: feeds are public data on municipal and partner websites, which serve
    // HTTPS (docs/extension.md, "Decisions").
    optional_host_permissions: ['https://*/*'],
    // The toolbar button's title comes from the popup's <title> (WXT reads it from index.html).
    // The MV3 default, written out: only the extension's own scripts, no eval, no remote code.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
        browser_specific_settings: {
          // 140, and 142 on Android: the first versions that know data_collection_permissions,
          // which addons.mozilla.org asks of new add-ons (optional_host_permissions is from 128).
          gecko: { id: firefoxAddonId(process.env.KWK_GECKO_ID), strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          gecko_android: { strict_min_version: '142.0' },
        },
      }
      : {
        // 148: the first Chrome whose runtime.onMessage takes a Promise as the reply; the
        // background answers the popup's "Nu bijwerken" that way (lib/extension/background.ts)
        // and the popup waits for it. All else is older: contextMenus.removeAll returns a
        // Promise from 123, alarms.create from 111 (Vite's default build target is Chrome
        // 111 too), container queries from 105, optional_host_permissions and inert from 102.
        minimum_chrome_version: '148',
      }),
  }),
  hooks: {
    // entrypoints/site/ is the publishing site (vite.site.config.ts), not the extension:
    // WXT would take its index.html for an unlisted extension page.
    'entrypoints:found': (wxt, infos) => {
      const kept = infos.filter((info) => !relative(wxt.config.entrypointsDir, info.inputPath).startsWith(`site${sep}`));
      infos.splice(0, infos.length, ...kept);
    },
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((file) => EXTENSION_FILES.test(file.relativeDest));
      files.splice(0, files.length, ...kept);
    },
  },
  zip: { excludeSources: ['dist/**', 'bench/**', '.output/**', 'node_modules/**', 'coverage/**', 'tests/**'] },
});
