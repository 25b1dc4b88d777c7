/**
 * A file input that also takes files dropped anywhere on its box. The input is
 * the control for keyboard and screen reader; dropping is the shortcut for a mouse.
 *
 *   <FileDrop id="files" label="Kies je bestanden" multiple onFiles={(files) => …} />
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Field } from './Field';

interface FileDropProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  dropHint?: string;
  error?: string;
  accept: string;
  multiple?: boolean;
  onFiles(files: File[]): void;
}

export function FileDrop({ id, label, hint, dropHint, error, accept, multiple, onFiles }: FileDropProps) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      class={`kwk-publish__drop${over ? ' kwk-publish__drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Field id={id} label={label} hint={hint} error={error}>
        {(described) => (
          <input
            id={id}
            class="kwk-publish__file"
            type="file"
            accept={accept}
            multiple={multiple}
            {...described}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])];
              if (files.length > 0) onFiles(files);
            }}
          />
        )}
      </Field>
      {dropHint && <p class="kwk-publish__hint kwk-publish__drop-hint">{dropHint}</p>}
    </div>
  );
}
