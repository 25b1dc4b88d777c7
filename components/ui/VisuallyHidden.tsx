/**
 * Text for screen readers only: present in the accessibility tree, invisible on screen.
 *
 *   <button>×<VisuallyHidden>Sluiten</VisuallyHidden></button>
 */
import type { ComponentChildren } from 'preact';

export function VisuallyHidden({ children }: { children: ComponentChildren }) {
  return <span class="kwk-visually-hidden">{children}</span>;
}
