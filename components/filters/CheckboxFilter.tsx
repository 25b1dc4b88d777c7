/**
 * A labelled checkbox for an on/off filter ("alleen gratis").
 *
 *   <CheckboxFilter label="Alleen gratis" checked={free} onChange={setFree} />
 */
import { useId } from 'preact/hooks';

export interface CheckboxFilterProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxFilter({ label, checked, onChange }: CheckboxFilterProps) {
  const id = useId();
  return (
    <div class="kwk-check">
      <input
        id={id}
        class="kwk-check__input"
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label class="kwk-check__label" for={id}>
        {label}
      </label>
    </div>
  );
}
