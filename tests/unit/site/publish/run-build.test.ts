import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PublishRequest } from '../../../../lib/site/publish/build-feed';
import { runBuild } from '../../../../lib/site/publish/run-build';

const request: PublishRequest = {
  source: { kind: 'spreadsheets', files: [{ name: 'activiteiten.csv', bytes: new Uint8Array(readFileSync('public/templates/activiteiten.csv')) }] },
  context: {},
};

/** A worker that fails as one whose script cannot load does. */
class BrokenWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  postMessage() {
    queueMicrotask(() => this.onerror?.(new Event('error')));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('runBuild', () => {
  it('builds on the page when the worker cannot start, with the same outcome', async () => {
    const worker = new BrokenWorker();
    const original = globalThis.Worker;
    globalThis.Worker = BrokenWorker as unknown as typeof Worker;
    try {
      const outcome = await runBuild(request, () => worker as unknown as Worker);
      expect(worker.terminated).toBe(true);
      expect(outcome.lines[0]).toContain('no buurten given');
    } finally {
      globalThis.Worker = original;
    }
  });
});
