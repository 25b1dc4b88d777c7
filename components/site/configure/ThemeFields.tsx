/**
 * "Kleuren en letter": the default look, own colours and font, or the host page's NL
 * Design System tokens with the chosen values as fallback. Colours are colour pickers,
 * the font a text field checked like the iframe checks it (lib/site/theme.ts). Pairs
 * that would be hard to read are named with their contrast (lib/site/contrast.ts).
 *
 *   <ThemeFields text={siteText(lang)} mode={mode} values={values} onMode={…} onValue={…} />
 */
import { useId } from 'preact/hooks';
import { contrastProblems, type ContrastPair } from '../../../lib/site/contrast';
import type { SiteMessages } from '../../../lib/site/i18n';
import { THEME_TOKENS, themeValue, type ThemeMode, type ThemeToken, type ThemeValues } from '../../../lib/site/theme';

interface ThemeFieldsProps {
  text: SiteMessages;
  lang: string;
  mode: ThemeMode;
  /** The values shown: the widget's defaults with the changes on top. */
  values: ThemeValues;
  onMode(mode: ThemeMode): void;
  onValue(token: ThemeToken, value: string): void;
}

export function ThemeFields({ text, lang, mode, values, onMode, onValue }: ThemeFieldsProps) {
  const m = text.configure;
  const id = useId();
  const labels: Record<ThemeToken, string> = {
    '--kwk-color-primary': m.colourPrimary,
    '--kwk-color-primary-text': m.colourPrimaryText,
    '--kwk-color-text': m.colourText,
    '--kwk-color-background': m.colourBackground,
    '--kwk-color-focus': m.colourFocus,
    '--kwk-font-family': m.font,
  };
  const pairs: Record<ContrastPair, string> = {
    primary: m.contrastPrimary,
    text: m.contrastText,
    links: m.contrastLinks,
    focus: m.contrastFocus,
  };
  const modes: [ThemeMode, string][] = [['default', m.themeDefault], ['own', m.themeOwn], ['nlds', m.themeNlds]];
  const problems = mode === 'default' ? [] : contrastProblems(values);
  const ratio = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });

  return (
    <fieldset class="kwk-site-configure__theme kwk-site-configure__wide">
      <legend class="kwk-field__label">{m.themeTitle}</legend>
      <div class="kwk-site-configure__choices">
        {modes.map(([value, label]) => (
          <label key={value} class="kwk-check">
            <input class="kwk-check__input" type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => onMode(value)} />
            {label}
          </label>
        ))}
      </div>
      {mode === 'nlds' && <p class="kwk-site__hint">{m.themeNldsHint}</p>}
      {mode !== 'default' && (
        <div class="kwk-site-configure__tokens">
          {THEME_TOKENS.map(({ token, kind }) => {
            const value = values[token] ?? '';
            const fieldId = `${id}${token}`;
            if (kind === 'colour') {
              return (
                <div key={token} class="kwk-site-configure__colour">
                  <input id={fieldId} type="color" value={value} onInput={(event) => onValue(token, event.currentTarget.value)} />
                  <label for={fieldId}>{labels[token]}</label>
                  <code class="kwk-site-configure__hex">{value}</code>
                </div>
              );
            }
            const invalid = !themeValue(token, value);
            return (
              <div key={token} class="kwk-field kwk-site-configure__wide">
                <label class="kwk-field__label" for={fieldId}>{labels[token]}</label>
                <span id={`${fieldId}-hint`} class={`kwk-site__hint${invalid ? ' kwk-site__status--error' : ''}`}>
                  {invalid ? m.fontInvalid : m.fontHint}
                </span>
                <input
                  id={fieldId}
                  class="kwk-field__control"
                  type="text"
                  value={value}
                  aria-invalid={invalid}
                  aria-describedby={`${fieldId}-hint`}
                  onInput={(event) => onValue(token, event.currentTarget.value)}
                />
              </div>
            );
          })}
        </div>
      )}
      <div role="status">
        {problems.length > 0 && (
          <ul class="kwk-site-configure__problems">
            {problems.map((problem) => (
              <li key={problem.pair}>{m.contrastLow(pairs[problem.pair], ratio(problem.ratio), ratio(problem.needed))}</li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
