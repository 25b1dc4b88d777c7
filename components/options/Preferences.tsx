/**
 * "Voorkeuren": language, the buurt the popup opens with, the map tiles with
 * their attribution, and the postcode lookup. Saved together with one button;
 * a wrong address is named next to its field and nothing is saved.
 */
import { createRef } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { AreaChoiceGroup } from '../../lib/extension/area-choices';
import type { Settings } from '../../lib/extension/settings';
import { WebUrl } from '../../lib/feed/schema';
import { TileTemplate } from '../../lib/geo/tiles';
import { AreaOptions } from '../ui/AreaOptions';
import type { Messages } from '../../lib/i18n';

export interface PreferencesProps {
  text: Messages;
  settings: Settings;
  areaGroups: readonly AreaChoiceGroup[];
  onSave(settings: Settings): Promise<void>;
}

type Draft = Pick<Settings, 'lang' | 'tiles' | 'tileAttribution' | 'lookupEndpoint'> & { defaultArea: string };
type FieldErrors = Partial<Record<'tiles' | 'lookupEndpoint', string>>;

/** The feed format's rule for a web address (http: or https: only). */
export function isWebAddress(text: string): boolean {
  return WebUrl.safeParse(text).success;
}

export function Preferences({ text, settings, areaGroups, onSave }: PreferencesProps) {
  const id = useId();
  const m = text.options;
  const [draft, setDraft] = useState<Draft>({
    lang: settings.lang,
    defaultArea: settings.defaultArea ?? '',
    tiles: settings.tiles,
    tileAttribution: settings.tileAttribution,
    lookupEndpoint: settings.lookupEndpoint,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  // Made once: the same refs on every render.
  const [fields] = useState(() => ({ tiles: createRef<HTMLInputElement>(), lookupEndpoint: createRef<HTMLInputElement>() }));
  // The first wrong field gets focus after the render that attaches its error, so it is
  // read out; without this a screen reader user hears nothing after "Opslaan".
  const [focusRequest, setFocusRequest] = useState<{ field: keyof FieldErrors }>();
  useEffect(() => {
    if (focusRequest) fields[focusRequest.field].current?.focus();
  }, [focusRequest, fields]);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setStatus('idle');
  };
  const knownArea = areaGroups.some((group) => group.areas.some((area) => area.code === draft.defaultArea));

  async function save() {
    const found: FieldErrors = {};
    if (!TileTemplate.safeParse(draft.tiles.trim()).success) found.tiles = m.tilesInvalid;
    if (!isWebAddress(draft.lookupEndpoint.trim())) found.lookupEndpoint = m.lookupInvalid;
    setErrors(found);
    const firstWrong = (['tiles', 'lookupEndpoint'] as const).find((name) => found[name]);
    if (firstWrong) {
      setStatus('idle');
      setFocusRequest({ field: firstWrong });
      return;
    }
    setStatus('saving');
    try {
      await onSave({
        ...settings,
        lang: draft.lang,
        defaultArea: draft.defaultArea || undefined,
        tiles: draft.tiles.trim(),
        tileAttribution: draft.tileAttribution.trim(),
        lookupEndpoint: draft.lookupEndpoint.trim(),
      });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }

  const field = (name: 'tiles' | 'lookupEndpoint', label: string, hint: string) => {
    const error = errors[name];
    return (
      <div class="kwk-field kwk-options-pref">
        <label class="kwk-field__label" for={`${id}-${name}`}>{label}</label>
        <span id={`${id}-${name}-hint`} class="kwk-options__hint">{hint}</span>
        <input
          ref={fields[name]}
          id={`${id}-${name}`}
          class="kwk-field__control"
          type="url"
          spellcheck={false}
          value={draft[name]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-${name}-hint ${id}-${name}-error` : `${id}-${name}-hint`}
          onInput={(event) => change({ [name]: event.currentTarget.value })}
        />
        {error && <p id={`${id}-${name}-error`} class="kwk-options__error">{error}</p>}
      </div>
    );
  };

  return (
    <form
      class="kwk-options-prefs"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div class="kwk-field kwk-options-pref">
        <label class="kwk-field__label" for={`${id}-lang`}>{text.options.language}</label>
        <select
          id={`${id}-lang`}
          class="kwk-field__control"
          value={draft.lang}
          onChange={(event) => change({ lang: event.currentTarget.value as Draft['lang'] })}
        >
          <option value="auto">{text.options.languageAuto}</option>
          <option value="nl" lang="nl">Nederlands</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>

      <div class="kwk-field kwk-options-pref">
        <label class="kwk-field__label" for={`${id}-area`}>{text.extension.defaultArea}</label>
        <select
          id={`${id}-area`}
          class="kwk-field__control"
          value={draft.defaultArea}
          onChange={(event) => change({ defaultArea: event.currentTarget.value })}
        >
          <option value="">{m.defaultAreaNone}</option>
          {draft.defaultArea && !knownArea && <option value={draft.defaultArea}>{draft.defaultArea}</option>}
          {areaGroups.map((group) => (
            <optgroup key={group.municipality} label={group.municipality}>
              <AreaOptions areas={group.areas} wijk={text.totals.wijk} />
            </optgroup>
          ))}
        </select>
      </div>

      {field('tiles', text.extension.tiles, text.extension.tilesHint)}

      <div class="kwk-field kwk-options-pref">
        <label class="kwk-field__label" for={`${id}-attribution`}>{m.tileAttribution}</label>
        <span id={`${id}-attribution-hint`} class="kwk-options__hint">{m.tileAttributionHint}</span>
        <input
          id={`${id}-attribution`}
          class="kwk-field__control"
          type="text"
          value={draft.tileAttribution}
          aria-describedby={`${id}-attribution-hint`}
          onInput={(event) => change({ tileAttribution: event.currentTarget.value })}
        />
      </div>

      {field('lookupEndpoint', text.extension.lookupEndpoint, text.extension.lookupEndpointHint)}

      <div class="kwk-options-prefs__actions">
        <button type="submit" class="kwk-button" disabled={status === 'saving'}>{text.options.save}</button>
        <p role="status" class={`kwk-options-prefs__status ${status === 'failed' ? 'kwk-options__error' : ''}`}>
          {status === 'saved' ? text.options.saved : status === 'failed' ? m.saveFailed : ''}
        </p>
      </div>
    </form>
  );
}
