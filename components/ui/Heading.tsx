/**
 * Headings that fit the host page's outline. The host says at which level the widget's
 * title sits (the `heading-level` attribute, default 2: under the page's own h1); every
 * other heading is that level plus its depth in the widget, never deeper than h6.
 *
 *   <HeadingBase.Provider value={3}>…<Heading depth={1}>Filters</Heading>…</HeadingBase.Provider>
 */
import { createContext, h, type ComponentChildren, type Ref } from 'preact';
import { useContext } from 'preact/hooks';

export const DEFAULT_HEADING_LEVEL = 2;
export const HeadingBase = createContext(DEFAULT_HEADING_LEVEL);

interface HeadingProps {
  /** 0 for the widget's title, 1 for its parts (filters, results, details), and so on. */
  depth: 0 | 1 | 2 | 3;
  id?: string;
  class?: string;
  lang?: string;
  tabIndex?: number;
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ComponentChildren;
}

export function Heading({ depth, headingRef, children, ...attributes }: HeadingProps) {
  const level = Math.min(6, useContext(HeadingBase) + depth);
  return h(`h${level}`, { ...attributes, ref: headingRef }, children);
}

/** A heading level from an attribute: a whole number from 1 to 6, else undefined. */
export function headingLevelFrom(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-6]$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
