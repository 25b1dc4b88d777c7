/**
 * The <option>s of a "start with this buurt or wijk" select: each wijk named as a wijk,
 * its buurten indented under it (lib/extension/area-choices.ts gives that order). Used by
 * the extension's options and the site's embed configurator.
 *
 *   <select>…<AreaOptions areas={group.areas} wijk={text.totals.wijk} /></select>
 */
import type { AreaChoice } from '../../lib/extension/area-choices';

export function AreaOptions({ areas, wijk }: { areas: readonly AreaChoice[]; wijk: string }) {
  return (
    <>
      {areas.map((area) => (
        <option key={area.code} value={area.code}>
          {area.kind === 'wijk' ? `${area.name} (${wijk.toLowerCase()})` : `\u00a0\u00a0${area.name}`}
        </option>
      ))}
    </>
  );
}
