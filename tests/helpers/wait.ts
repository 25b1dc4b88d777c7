/**
 * How long `vi.waitFor` may wait for a state. Its default of 1 s is a timing assumption a
 * busy machine breaks (indexing a big feed in slices took longer with both cores loaded);
 * the wait still ends as soon as the state is there. expect.poll gets the same ceiling in
 * vitest.config.ts.
 *
 *   await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
 */
export const STATE_WAIT = { timeout: 15_000 } as const;
