// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SafeLink } from '../../../components/ui/SafeLink';
import { readyApp } from './fixture';
import { mount } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

const renderLink = (href: string | undefined) => mount(<SafeLink href={href}>Website</SafeLink>, readyApp()).container;

describe('SafeLink', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative', 'nonsense', undefined])(
    'renders %s as plain text, not a link',
    (href) => {
      const container = renderLink(href);
      expect(container.querySelector('a')).toBeNull();
      expect(container.textContent).toBe('Website');
    },
  );

  it('opens web pages in a new window, without opener or referrer, and says so', () => {
    const link = renderLink('https://example.nl/aanmelden').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.nl/aanmelden');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.querySelector('.kwk-visually-hidden')?.textContent).toContain('(opent in een nieuw tabblad)');
  });

  it('keeps mailto: and tel: links in the same window', () => {
    for (const href of ['mailto:info@example.nl', 'tel:+31361234567']) {
      const link = renderLink(href).querySelector('a')!;
      expect(link.getAttribute('href')).toBe(href);
      expect(link.hasAttribute('target')).toBe(false);
      document.body.innerHTML = '';
    }
  });
});
