/**
 * A kinderwerker's photo, only from a host the photo rule allows (lib/feed/photo-source.ts):
 * the feed's own origin, a host the feed declares, or any host when the page allows it.
 * It goes without cookies (`crossorigin="anonymous"`) and without the page's address
 * (`no-referrer`), and a photo that does not load is left out instead of showing a broken image.
 *
 *   <ContactPhoto contact={contact} />
 */
import { useState } from 'preact/hooks';
import type { Contact } from '../../lib/feed/schema';
import { photoSource } from '../../lib/feed/photo-source';
import { useApp, useText } from '../AppContext';

export function ContactPhoto({ contact }: { contact: Contact }) {
  const app = useApp();
  const text = useText();
  const [failed, setFailed] = useState<string>();
  const feed = app.feed.value;
  const imageHosts = feed.phase === 'ready' || feed.phase === 'stale' ? feed.data.meta.imageHosts : undefined;
  const src = photoSource(contact.photoUrl, app.photoRule.value, imageHosts);
  if (!src || failed === src) return null;
  return (
    <img
      class="kwk-contact__photo"
      src={src}
      alt={text.contact.photoOf(contact.name)}
      width={72}
      height={72}
      loading="lazy"
      crossorigin="anonymous"
      referrerpolicy="no-referrer"
      onError={() => setFailed(src)}
    />
  );
}
