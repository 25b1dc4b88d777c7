/**
 * A link built from untrusted feed data. Only http(s), mailto: and tel: become an
 * `<a>`; anything else (`javascript:`, `data:`, garbage) renders as plain text, so
 * a broken or hostile feed can never run script through a click.
 *
 *   <SafeLink href={org.url}>{org.name}</SafeLink>
 */
import type { ComponentChildren } from 'preact';
import { useText } from '../AppContext';
import { safeHref } from './safe-href';

export interface SafeLinkProps {
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
}

export function SafeLink({ href, children, class: className }: SafeLinkProps) {
  const text = useText();
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  if (!safe.external) {
    return (
      <a class={className} href={safe.href}>
        {children}
      </a>
    );
  }
  return (
    <a
      class={className}
      href={safe.href}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
      <span class="kwk-visually-hidden"> {text.a11y.opensInNewTab}</span>
    </a>
  );
}
