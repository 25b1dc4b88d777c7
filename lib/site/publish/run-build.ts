/**
 * Runs `buildFeed` in a module worker, so a large spreadsheet never freezes the
 * page, or on the page itself where a worker cannot start (an old browser, a
 * policy that forbids workers). The outcome is the same either way.
 *
 *   const outcome = await runBuild(request, () => new Worker(new URL('./publish.worker.ts', import.meta.url), { type: 'module' }));
 */
import { buildFeed, type PublishOutcome, type PublishRequest } from './build-feed';

export type StartWorker = () => Worker;

export type WorkerAnswer = { ok: true; outcome: PublishOutcome } | { ok: false; message: string };

function inWorker(request: PublishRequest, startWorker: StartWorker): Promise<PublishOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) =>
      finish(() => (event.data.ok ? resolve(event.data.outcome) : reject(new Error(event.data.message))));
    // The script did not load or start: the caller falls back to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new Error('worker-failed')));
    };
    worker.postMessage(request);
  });
}

export async function runBuild(request: PublishRequest, startWorker?: StartWorker): Promise<PublishOutcome> {
  if (startWorker && typeof Worker === 'function') {
    try {
      return await inWorker(request, startWorker);
    } catch {
      // Fall through: the same build on the page.
    }
  }
  return buildFeed(request);
}
