/**
 * The feed could not be loaded and nothing is cached: say so in plain words,
 * with the reason and what to do next, instead of an empty box.
 */
import type { FeedFailure } from '../../lib/feed/model';
import { useText } from '../AppContext';

export function FeedFailed({ failure }: { failure: FeedFailure }) {
  const text = useText();
  return (
    <div class="kwk-notice kwk-notice--error" role="alert">
      <p class="kwk-notice__title">{text.status.failedTitle}</p>
      <p>{text.feedFailures[failure.code]}</p>
      {/* "Try again later" cannot help a file that is too large; its own message says whom to tell. */}
      {failure.code !== 'too-large' && <p>{text.status.failedWhatToDo}</p>}
    </div>
  );
}
