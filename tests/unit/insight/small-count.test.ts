import { expect, it } from 'vitest';
import { smallCount } from '../../../lib/insight/small-count';

it('shows 1 to 4 as "< 5", and 0, 5 and up, and unknown as they are', () => {
  expect([1, 2, 3, 4].map(smallCount)).toEqual(['< 5', '< 5', '< 5', '< 5']);
  expect([0, 5, 12, 1400].map(smallCount)).toEqual([0, 5, 12, 1400]);
  expect(smallCount(null)).toBeNull();
});
