import { describe, expect, it } from 'vitest';
import { conditionalHeaders, sameValidators } from '../../../lib/feed/validators';

const FEED = 'https://data.voorbeeldstad.nl/kinderwerk.json';
const HELD = { etag: '"v1"', lastModified: 'Wed, 04 Mar 2026 10:00:00 GMT' };
const CONDITIONAL = { 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 04 Mar 2026 10:00:00 GMT' };

describe('conditionalHeaders', () => {
  it('sends none from a page or worker on another origin, where they would cost a CORS preflight', () => {
    expect(conditionalHeaders(FEED, HELD, 'https://www.voorbeeldstad.nl')).toEqual({});
    expect(conditionalHeaders(FEED, HELD, 'chrome-extension://abcdefghijklmnop')).toEqual({});
    expect(conditionalHeaders(FEED, HELD, 'null')).toEqual({});
  });

  it('sends the held validators to the page\'s own origin and outside a browser', () => {
    expect(conditionalHeaders(FEED, HELD, 'https://data.voorbeeldstad.nl')).toEqual(CONDITIONAL);
    expect(conditionalHeaders(FEED, HELD, undefined)).toEqual(CONDITIONAL);
    expect(conditionalHeaders(FEED, { etag: '"v1"' }, undefined)).toEqual({ 'if-none-match': '"v1"' });
    expect(conditionalHeaders(FEED, {}, undefined)).toEqual({});
  });
});

describe('sameValidators', () => {
  it('compares ETags weakly when both sides have one', () => {
    expect(sameValidators(HELD, { etag: 'W/"v1"' })).toBe(true);
    expect(sameValidators(HELD, { etag: '"v2"', lastModified: HELD.lastModified })).toBe(false);
  });

  it('falls back to Last-Modified when the answer shows no ETag', () => {
    expect(sameValidators(HELD, { lastModified: HELD.lastModified })).toBe(true);
    expect(sameValidators(HELD, { lastModified: 'Thu, 05 Mar 2026 10:00:00 GMT' })).toBe(false);
  });

  it('never calls an answer the same when there is nothing to compare', () => {
    expect(sameValidators({}, { etag: '"v1"', lastModified: HELD.lastModified })).toBe(false);
    expect(sameValidators(HELD, {})).toBe(false);
    expect(sameValidators({ contentHash: '7-00' }, {})).toBe(false);
  });
});
