import '../../lib/zod-jitless';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { createStyleSheets } from '../../components/styles';
import { loadPopupData, popupActions } from '../../lib/extension/popup-data';

// Thin: read settings and cached feeds, hand the browser-bound actions to the shared components.
async function main() {
  const params = new URLSearchParams(location.search);
  if (params.get('tab')) document.documentElement.classList.add('kwk-in-tab');
  document.adoptedStyleSheets = createStyleSheets();
  const root = document.getElementById('app')!;
  const draw = async () => {
    const data = await loadPopupData();
    document.documentElement.lang = data.lang;
    render(
      <PopupApp
        {...data}
        initialQuery={params.get('q') ?? undefined}
        {...popupActions(data.settings, draw)}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />,
      root,
    );
  };
  await draw();
}

void main();
