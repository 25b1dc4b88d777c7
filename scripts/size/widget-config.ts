/**
 * The widget's own Vite config (vite.widget.config.ts), loaded as data, so the size
 * report builds with the same plugins, defines and minifier settings as the widget
 * instead of a second copy of them.
 *
 *   const config = await widgetConfig();   // { plugins: […], build: { minify: true, … }, … }
 */
import { loadConfigFromFile, type UserConfig } from 'vite';

export const WIDGET_CONFIG_FILE = 'vite.widget.config.ts';

export async function widgetConfig(): Promise<UserConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, WIDGET_CONFIG_FILE, undefined, 'silent');
  if (!loaded) throw new Error(`${WIDGET_CONFIG_FILE} not found: run this from the project's folder`);
  return loaded.config;
}
