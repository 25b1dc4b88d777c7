/**
 * A short choice as radio buttons in a fieldset with its question as legend: two or
 * three options a keyboard reaches with Tab and changes with the arrow keys.
 *
 *   <ChoiceField legend={m.view} value={config.view} choices={[['list', m.viewList], ['map', m.viewMap]]} onChoice={…} />
 */
import { useId } from 'preact/hooks';

interface ChoiceFieldProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onChoice(value: T): void;
}

export function ChoiceField<T extends string>({ legend, value, choices, onChoice }: ChoiceFieldProps<T>) {
  const name = useId();
  return (
    <fieldset class="kwk-field">
      <legend class="kwk-field__label">{legend}</legend>
      <div class="kwk-site-configure__choices kwk-site-configure__choices--stacked">
        {choices.map(([choice, label]) => (
          <label key={choice} class="kwk-check">
            <input class="kwk-check__input" type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChoice(choice)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
