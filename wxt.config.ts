import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// public/ also holds files for feed publishers (CSV templates, the JSON Schema);
// the extension does not use them, so they stay out of the package.
const PUBLISHER_FILES = /^(templates\/|feed\.schema\.json$)/;

// The extension: popup, options page and background worker. The widget has its own
// build (vite.widget.config.ts) because a municipality hosts it as one plain script.
// Permissions are the fewest that work: hosts only as optional permissions, asked
// for per feed on the options page (docs/extension.md explains each one).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The toolbar button's title comes from the popup's <title> (WXT reads it from index.html).
    // The MV3 default, written out: only the extension's own scripts, no eval, no remote code.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
        browser_specific_settings: {
          // 128: the first Firefox that knows optional_host_permissions.
          gecko: { id: 'kinderwerkkaart@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
        },
      }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((file) => !PUBLISHER_FILES.test(file.relativeDest));
      files.splice(0, files.length, ...kept);
    },
  },
  zip: { excludeSources: ['dist/**', 'bench/**', '.output/**', 'node_modules/**', 'coverage/**', 'tests/**'] },
});
