import { describe, expect, it } from 'vitest';
import { photoSource } from '../../../lib/feed/photo-source';
import { ImageHost, Meta } from '../../../lib/feed/schema';

const FEED = 'https://data.voorbeeldstad.nl/kinderwerk/feed.json';

describe('which contact photos may load', () => {
  it('loads a photo from the feed’s own origin', () => {
    expect(photoSource('https://data.voorbeeldstad.nl/fotos/sam.jpg', { feedUrl: FEED, allow: 'feed' }))
      .toBe('https://data.voorbeeldstad.nl/fotos/sam.jpg');
  });

  it('refuses a photo on any other host, port or scheme unless the feed declares it', () => {
    for (const url of [
      'https://tracker.example.com/pixel.gif',
      'https://data.voorbeeldstad.nl.tracker.example/sam.jpg',
      'https://data.voorbeeldstad.nl:8443/sam.jpg',
      'http://data.voorbeeldstad.nl/sam.jpg',
      'https://user@tracker.example.com/sam.jpg',
    ]) {
      expect(photoSource(url, { feedUrl: FEED, allow: 'feed' }), url).toBeUndefined();
    }
  });

  it('loads a photo from a host the feed declares in meta.imageHosts', () => {
    const rule = { feedUrl: FEED, allow: 'feed' } as const;
    expect(photoSource('https://fotos.voorbeeldstad.nl/sam.jpg', rule, ['https://fotos.voorbeeldstad.nl']))
      .toBe('https://fotos.voorbeeldstad.nl/sam.jpg');
    expect(photoSource('https://tracker.example.com/p.gif', rule, ['https://fotos.voorbeeldstad.nl'])).toBeUndefined();
  });

  it('loads any web photo with photos="all" and none with photos="none"', () => {
    expect(photoSource('https://elders.example.org/sam.jpg', { feedUrl: FEED, allow: 'all' })).toBe('https://elders.example.org/sam.jpg');
    expect(photoSource('https://data.voorbeeldstad.nl/sam.jpg', { feedUrl: FEED, allow: 'none' })).toBeUndefined();
  });

  it('never loads a photo that is no web address, whatever the page allows', () => {
    for (const url of ['javascript:alert(1)', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', '/relative.jpg', '']) {
      expect(photoSource(url, { feedUrl: FEED, allow: 'all' }), url).toBeUndefined();
    }
  });

  it('loads no photo when the feed’s address is unknown and nothing is declared', () => {
    expect(photoSource('https://data.voorbeeldstad.nl/sam.jpg', { allow: 'feed' })).toBeUndefined();
  });
});

describe('meta.imageHosts', () => {
  it('takes an origin, with or without a slash at the end', () => {
    for (const host of ['https://fotos.voorbeeldstad.nl', 'https://fotos.voorbeeldstad.nl/', 'http://localhost:8080']) {
      expect(ImageHost.safeParse(host).success, host).toBe(true);
    }
  });

  it('refuses a path, a query, a user name or another scheme, saying how to write it', () => {
    for (const host of ['https://fotos.voorbeeldstad.nl/kinderwerk/', 'https://fotos.voorbeeldstad.nl?x=1', 'https://user@fotos.voorbeeldstad.nl', 'ftp://fotos.voorbeeldstad.nl', 'fotos.voorbeeldstad.nl']) {
      const result = ImageHost.safeParse(host);
      expect(result.success, host).toBe(false);
      expect(result.error?.issues[0].message).toContain('only the scheme and host');
    }
  });

  it('is part of meta', () => {
    const meta = {
      municipality: { code: 'GM0034', name: 'Almere' }, publisher: { name: 'Gemeente' }, license: 'CC0-1.0',
      generatedAt: '2026-11-01T08:00:00Z', boundaryAttribution: 'CBS',
    };
    expect(Meta.parse({ ...meta, imageHosts: ['https://fotos.voorbeeldstad.nl'] }).imageHosts).toEqual(['https://fotos.voorbeeldstad.nl']);
    expect(Meta.safeParse({ ...meta, imageHosts: ['javascript:alert(1)'] }).success).toBe(false);
  });
});
