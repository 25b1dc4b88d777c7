/**
 * A labelled native `<select>`: the most robust control for keyboard, screen
 * readers and phones alike. The first option means "no filter" and has value ''.
 *
 *   <SelectFilter label="Leeftijd" value="8" options={[{ value: '', label: 'Alle leeftijden' }, …]} onChange={…} />
 */
import { useId } from 'preact/hooks';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFilterProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

export function SelectFilter({ label, value, options, onChange }: SelectFilterProps) {
  const id = useId();
  return (
    <div class="kwk-field">
      <label class="kwk-field__label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="kwk-field__control"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
