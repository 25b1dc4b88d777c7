/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`) refuses
 * every HTML string written into the page. The map library (Leaflet) writes some
 * while it starts, so the widget cannot run there; without this module the box would
 * stay empty without a word. Imported first by main.ts: it defines the element as a
 * short notice, in plain text, before the rest of the bundle starts (and stops).
 *
 * It imports nothing, so it runs before zod and Leaflet; the two sentences live here
 * for that reason, not in lib/i18n. docs/widget.md explains the policy to leave off.
 */
const TAG = 'kinderwerk-kaart';

const NOTICE = {
  nl: 'De kaart met kinderwerk kan op deze pagina niet worden getoond: de pagina staat geen HTML-tekst toe (Trusted Types).',
  en: 'The kinderwerk map cannot be shown on this page: the page allows no HTML text (Trusted Types).',
};

/** DOMParser is one of the places Trusted Types guards; asking it to read an empty text changes nothing on the page. */
function htmlStringsRefused(): boolean {
  try {
    new DOMParser().parseFromString('', 'text/html');
    return false;
  } catch {
    return true;
  }
}

class TrustedTypesNotice extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en') ? 'en' : 'nl';
    const notice = document.createElement('p');
    notice.setAttribute('role', 'status');
    notice.setAttribute('lang', lang);
    notice.textContent = NOTICE[lang];
    root.replaceChildren(notice);
    console.warn(`<${TAG}>: this page enforces Trusted Types (require-trusted-types-for 'script'), under which the map library cannot start; see docs/widget.md.`);
  }
}

if (typeof document !== 'undefined' && !customElements.get(TAG) && htmlStringsRefused()) customElements.define(TAG, TrustedTypesNotice);
