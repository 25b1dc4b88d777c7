import { describe, expect, it } from 'vitest';
import { createFeedIndex } from '../../../lib/query';
import { areaSummaryText } from '../../../lib/summary/area-summary';
import { CHAT_MESSAGE_LIMIT, shareText, tooLongForChat } from '../../../lib/summary/share-text';
import { validDemo } from '../../helpers/demo-feed';

const index = createFeedIndex(validDemo('almere.json').data);
const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const PAGE = 'https://www.almere.nl/kinderwerk';

describe('the text to share with a parent', () => {
  it("ends with a link to the buurt on the municipality's map, in the parent's language", () => {
    expect(shareText('Kinderwerk in Filmwijk (Almere)', 'nl', PAGE, 'BU00340202')).toBe(
      'Kinderwerk in Filmwijk (Almere)\n\nOp de kaart: https://www.almere.nl/kinderwerk#kwk:area=BU00340202',
    );
    expect(shareText('Kinderwerk in Filmwijk (Almere)', 'en', PAGE, 'BU00340202')).toMatch(/\n\nOn the map: https:\/\/www\.almere\.nl\/kinderwerk#kwk:area=BU00340202$/);
  });

  it('is the summary alone when the map is not known', () => {
    expect(shareText('Kinderwerk in Filmwijk (Almere)', 'nl', undefined, 'BU00340202')).toBe('Kinderwerk in Filmwijk (Almere)');
  });

  it('fits one chat message for a buurt, with the link; a whole wijk does not', () => {
    for (const lang of ['nl', 'en'] as const) {
      const filmwijk = shareText(areaSummaryText(index, 'BU00340202', lang, MONDAY)!, lang, PAGE, 'BU00340202');
      expect(filmwijk.length).toBeLessThan(CHAT_MESSAGE_LIMIT / 2);
      expect(tooLongForChat(filmwijk)).toBe(false);
    }
    expect(tooLongForChat(areaSummaryText(index, 'WK003402', 'nl', MONDAY)!)).toBe(true);
  });
});
