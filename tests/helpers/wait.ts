/**
 * How long a wait for a state may take: `expect.poll` everywhere (vitest.config.ts), and
 * `vi.waitFor`, which has no setting of its own, where it is called. Their default of 1 s
 * is a timing assumption a busy machine breaks; the wait still ends as soon as the state
 * is there.
 *
 *   await vi.waitFor(() => expect(app.index.value).toBeDefined(), STATE_WAIT);
 */
export const STATE_WAIT = { timeout: 15_000 } as const;
