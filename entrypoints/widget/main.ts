/**
 * The widget bundle's entry: registers `<kinderwerk-kaart>` and nothing else, so the
 * host page gains no globals. Named main.ts, not index.ts, because WXT would take
 * `entrypoints/<name>/index.ts` for an extension script.
 *
 *   <script type="module" src="kinderwerk-kaart.js"></script>
 *   <kinderwerk-kaart feed="https://example.org/kinderwerk.json"></kinderwerk-kaart>
 */
import './zod-setup';
import { KinderwerkKaartElement, TAG_NAME } from './element';

// A page may load the script twice (module and classic, or two embeds); define once.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, KinderwerkKaartElement);
