import '../../lib/zod-jitless';
import { render } from 'preact';
import optionsCss from '../../components/options/options.css?inline';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createStyleSheets } from '../../components/styles';
import { t } from '../../lib/i18n';
import { createOptionsServices } from '../../lib/extension/options-services';
import { loadSettings } from '../../lib/extension/settings';
import { openFeedStore } from '../../lib/store/cache';

// Thin: open the shared cache and settings, hand the browser-bound services to the page.
async function main() {
  document.adoptedStyleSheets = createStyleSheets([optionsCss]);
  const [store, settings] = await Promise.all([openFeedStore(), loadSettings()]);
  render(
    <OptionsPage
      services={createOptionsServices(store)}
      initial={settings}
      onLanguage={(lang) => {
        document.documentElement.lang = lang;
        document.title = t(lang).extension.optionsTitle;
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
