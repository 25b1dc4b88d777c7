/**
 * Experience stories beside the figures, as plain text (feed text is never HTML), each
 * with its date and, when it says, its buurt.
 */
import type { InsightStory } from '../../lib/insight/types';
import { useFeedLang, useFormat, useText } from '../AppContext';
import { Heading } from '../ui/Heading';

export function StoryList({ stories, areaName }: { stories: readonly InsightStory[]; areaName(code: string): string | undefined }) {
  const text = useText();
  const format = useFormat();
  const feedLang = useFeedLang();
  return (
    <section class="kwk-insight-section kwk-insight-stories" aria-labelledby="kwk-insight-stories">
      <Heading depth={2} id="kwk-insight-stories">{text.insight.storiesTitle}</Heading>
      {stories.length === 0 ? (
        <p>{text.insight.storiesNone}</p>
      ) : (
        <>
          <p>{text.insight.storiesIntro}</p>
          {stories.map((story) => (
            <article key={story.id} class="kwk-insight-story" aria-labelledby={`kwk-story-${story.id}`}>
              <Heading depth={3} id={`kwk-story-${story.id}`} lang={feedLang}>{story.title}</Heading>
              <p class="kwk-insight-story__about">
                {text.insight.storyAbout(format.date(story.date, { withYear: true }), story.buurtCode ? areaName(story.buurtCode) : undefined)}
              </p>
              <p class="kwk-insight-story__text" lang={feedLang}>{story.text}</p>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
