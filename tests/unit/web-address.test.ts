import { describe, expect, it } from 'vitest';
import { webAddress } from '../../lib/web-address';

describe('webAddress', () => {
  it('reads an http(s) address, relative to a base and with spaces around it', () => {
    expect(webAddress(' https://data.example.nl/feed.json ')?.href).toBe('https://data.example.nl/feed.json');
    expect(webAddress('feed.json', 'http://www.example.nl/kaart/')?.href).toBe('http://www.example.nl/kaart/feed.json');
  });

  it('refuses what could run code, is no web address or is no address at all', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'mailto:a@example.nl', 'feed.json', 'http://', '', undefined]) {
      expect(webAddress(text), String(text)).toBeUndefined();
    }
    expect(webAddress('javascript:alert(1)', 'https://www.example.nl/')).toBeUndefined();
  });
});
