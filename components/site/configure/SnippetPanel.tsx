/**
 * "Code voor je website": the three ways to embed (lib/site/snippets.ts) as a choice,
 * the code of the chosen one and the Content-Security-Policy sources it needs, each
 * with a copy button. The code is plain text in <pre>: selectable by hand as well.
 *
 *   <SnippetPanel text={siteText(lang)} config={config} context={context} />
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { EmbedConfig } from '../../../lib/site/embed-config';
import type { SiteMessages } from '../../../lib/site/i18n';
import { buildSnippet, cspLines, SNIPPET_KINDS, type Snippet, type SnippetContext, type SnippetKind } from '../../../lib/site/snippets';
import { CopyButton } from '../CopyButton';

interface SnippetPanelProps {
  text: SiteMessages;
  config: EmbedConfig;
  context: SnippetContext;
}

export function SnippetPanel({ text, config, context }: SnippetPanelProps) {
  const m = text.configure;
  const id = useId();
  const [kind, setKind] = useState<SnippetKind>('module');
  const [snippet, setSnippet] = useState<Snippet>();
  useEffect(() => {
    let current = true;
    // Hashing is asynchronous (Web Crypto); a newer choice wins over a slower older one.
    void buildSnippet(kind, config, context).then((built) => {
      if (current) setSnippet(built);
    });
    return () => {
      current = false;
    };
  }, [kind, config, context]);

  const labels: Record<SnippetKind, [string, string]> = {
    module: [m.kindModule, m.kindModuleHint],
    classic: [m.kindClassic, m.kindClassicHint],
    iframe: [m.kindIframe, m.kindIframeHint],
  };
  const csp = snippet ? cspLines(snippet.csp) : '';

  return (
    <section class="kwk-site-configure__code" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.codeTitle}</h2>
      <fieldset>
        <legend class="kwk-field__label">{m.kindLegend}</legend>
        <div class="kwk-site-configure__kinds">
          {SNIPPET_KINDS.map((value) => (
            <label key={value} class="kwk-site-configure__kind">
              <input class="kwk-check__input" type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
              <span>
                <strong>{labels[value][0]}</strong>
                <span class="kwk-site__hint">{labels[value][1]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'iframe' && config.themeMode === 'nlds' && <p class="kwk-site__hint">{m.nldsInFrame}</p>}
      {snippet && (
        <>
          <h3>{m.code}</h3>
          {kind !== 'iframe' && <p class="kwk-site__hint">{m.hostedHere}</p>}
          <pre class="kwk-site-configure__pre" tabIndex={0}><code>{snippet.code}</code></pre>
          <CopyButton text={snippet.code} label={m.copyCode} copied={m.copied} failed={m.copyFailed} />
          <h3>{m.cspTitle}</h3>
          <p>{m.cspIntro}</p>
          <pre class="kwk-site-configure__pre" tabIndex={0}><code>{csp}</code></pre>
          <CopyButton text={csp} label={m.copyCsp} copied={m.copied} failed={m.copyFailed} />
        </>
      )}
    </section>
  );
}
