import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension: popup, options page and background worker. The widget has its own
// build (vite.widget.config.ts) because a municipality hosts it as one plain script.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms', 'contextMenus'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kinderwerkkaart@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
  zip: { excludeSources: ['dist/**', 'bench/**', '.output/**', 'node_modules/**'] },
});
