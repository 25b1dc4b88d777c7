// The feed builder's worker: it wires; lib/site/publish/build-feed.ts thinks.
import '../../lib/zod-jitless';
import { buildFeed, type PublishRequest } from '../../lib/site/publish/build-feed';
import type { WorkerAnswer } from '../../lib/site/publish/run-build';

// The project's TypeScript knows the DOM, not the worker scope: name what is used here.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<PublishRequest>) => void;
  postMessage(answer: WorkerAnswer): void;
};

scope.onmessage = (event) => {
  buildFeed(event.data).then(
    (outcome) => scope.postMessage({ ok: true, outcome }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
