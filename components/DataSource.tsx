/**
 * Who publishes the data and under which licence, at the foot of the screen. The
 * publisher's name and links come from the feed, so they go through SafeLink.
 */
import type { Meta } from '../lib/feed/schema';
import { useText } from './AppContext';
import { SafeLink } from './ui/SafeLink';
import { Heading } from './ui/Heading';

export function DataSource({ meta }: { meta: Meta }) {
  const text = useText();
  return (
    <footer class="kwk-data-source" data-kwk-behind-details>
      <Heading depth={1} class="kwk-visually-hidden">{text.app.dataSource}</Heading>
      <p>
        <SafeLink href={meta.publisher.url}>{text.app.source(meta.publisher.name)}</SafeLink>
        {' · '}
        <SafeLink href={meta.licenseUrl}>{text.app.license(meta.license)}</SafeLink>
      </p>
    </footer>
  );
}
