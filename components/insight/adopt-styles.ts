/**
 * The municipality view's CSS, added to the shadow root (or document) it renders in when
 * it first renders there. It ships with the view's own file, so parents who never open
 * the figures do not download it (components/styles.ts leaves it out).
 *
 *   useLayoutEffect(() => adoptInsightStyles(element), []);
 */
import css from './insight.css?inline';
import { cssAdopter } from '../adopt-css';

export const adoptInsightStyles = cssAdopter(css);
