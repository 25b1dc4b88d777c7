/**
 * embed.html: the widget alone, full-frame, for a CMS that allows only iframes
 * (docs/site.md). The address's parameters become the widget's attributes and theme
 * (lib/site/embed-params.ts); the frame tells its parent its height. It wires.
 *
 *   <iframe src="https://kaart.voorbeeldstad.nl/embed.html?feed=…&lang=nl"></iframe>
 */
import '../../components/site/embed.css';
import { pickLanguage } from '../../lib/i18n/language';
import { readEmbedParams } from '../../lib/site/embed-params';
import { postHeightToParent } from '../../lib/site/frame-height';

const TAG_NAME = 'kinderwerk-kaart';

// The widget's script (the next one in embed.html) defines the element; its class names the attributes.
void customElements.whenDefined(TAG_NAME).then((widgetClass) => {
  const names = (widgetClass as unknown as { observedAttributes?: readonly string[] }).observedAttributes ?? [];
  const { attributes, theme } = readEmbedParams(location.search, names);
  const widget = document.createElement(TAG_NAME);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  // Declarations through the CSSOM, which the page's strict style-src allows.
  for (const [token, value] of theme) widget.style.setProperty(token, value);
  // The frame is a document of its own: its language is the widget's.
  document.documentElement.lang = pickLanguage(widget.getAttribute('lang'), navigator.languages);
  document.body.append(widget);
  postHeightToParent(widget, window);
});
