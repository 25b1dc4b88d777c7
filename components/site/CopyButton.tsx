/**
 * A button that copies a text, and says so: "Gekopieerd." appears next to it and is
 * announced (role="status"); when the clipboard refuses, it says how to copy by hand.
 * The message goes when the text changes, since it belonged to the old one.
 *
 *   <CopyButton text={snippet.code} label={m.copyCode} copied={m.copied} failed={m.copyFailed} />
 */
import { useEffect, useState } from 'preact/hooks';

interface CopyButtonProps {
  text: string;
  label: string;
  copied: string;
  failed: string;
}

export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setResult('idle'), [text]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };

  return (
    <span class="kwk-site-copy">
      <button type="button" class="kwk-button" onClick={() => void copy()}>{label}</button>
      <span role="status" class="kwk-site-copy__status">
        {result === 'copied' ? copied : result === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
